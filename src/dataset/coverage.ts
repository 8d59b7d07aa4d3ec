/**
 * How current a dataset is, from its own data (never a constant): the span of its statements,
 * how many sources and claims it holds. Statements dated before the earliest source was
 * published are history those sources recall (a 2020 parliament vote quoted in 2024); they are
 * counted apart so the span says when the reporting runs, not the oldest thing it mentions.
 * Pure; wording lives in `present/words` (`coverageText`).
 */
import type { Dataset } from './schema';

export interface Coverage {
  claims: number;
  sources: number;
  /** Earliest and latest dates of the statements made while the sources report, at month precision (`YYYY-MM`, or `YYYY` for a year-only date); null when there are none. */
  from: string | null;
  to: string | null;
  /** Statements from before the earliest source's month: how many, and the earliest date. */
  earlier: { count: number; from: string } | null;
}

/** The first day a date at its precision covers. */
function firstDay(date: string): string {
  if (date.length >= 10) return date.slice(0, 10);
  return date.length === 4 ? `${date}-01-01` : `${date}-01`;
}

/** The last day a date at its precision covers (31 is fine for comparing `YYYY-MM-DD` strings). */
function lastDay(date: string): string {
  if (date.length >= 10) return date.slice(0, 10);
  return date.length === 4 ? `${date}-12-31` : `${date}-31`;
}

/** A date cut to month precision: `2024-01-25` → `2024-01`; `2024` stays `2024`. */
function toMonth(date: string): string {
  return date.slice(0, 7);
}

export function datasetCoverage(dataset: Pick<Dataset, 'claims' | 'sources'>): Coverage {
  const published = dataset.sources.map((s) => s.published).sort();
  // Reporting starts with the month of the earliest source; without sources, nothing is "earlier".
  const reportingStart = published[0] ? firstDay(toMonth(published[0])) : null;
  const current: string[] = [];
  const history: string[] = [];
  for (const claim of dataset.claims) {
    if (reportingStart && lastDay(claim.date) < reportingStart) history.push(claim.date);
    else current.push(claim.date);
  }
  const byStart = (a: string, b: string) => firstDay(a).localeCompare(firstDay(b));
  const byEnd = (a: string, b: string) => lastDay(a).localeCompare(lastDay(b));
  current.sort(byStart);
  history.sort(byStart);
  const first = current[0];
  const last = [...current].sort(byEnd).at(-1);
  return {
    claims: dataset.claims.length,
    sources: dataset.sources.length,
    from: first ? toMonth(first) : null,
    to: last ? toMonth(last) : null,
    earlier: history[0] ? { count: history.length, from: toMonth(history[0]) } : null,
  };
}
