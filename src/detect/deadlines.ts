/**
 * Dates stated as deadlines ("by the end of next year", "September 2026", "within twelve
 * months"), resolved to absolute dates against the page's publication date.
 */
import type { ResolvedDate } from '../engine/types';

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  nine: 9,
  twelve: 12,
  eighteen: 18,
  'twenty-four': 24,
};

export function monthNumber(word: string): number | null {
  const clean = word.replace(/\.$/, '');
  const full = MONTHS.indexOf(clean as (typeof MONTHS)[number]);
  if (full >= 0) return full + 1;
  return MONTH_ABBREVIATIONS[clean] ?? null;
}

function pad(month: number): string {
  return String(month).padStart(2, '0');
}

function addMonths(published: string, months: number): string {
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7)) || 1;
  const total = year * 12 + (month - 1) + months;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
}

/**
 * Resolves the folded text of a date expression; null when it needs a publication date the
 * page does not give, or is not a date.
 */
export function resolveDeadline(expression: string, published: string | null): ResolvedDate | null {
  const text = expression.replace(/\s+/g, ' ').trim();
  const publishedYear = published ? Number(published.slice(0, 4)) : null;

  let match = /(?:end|close) of (?:the )?(\d{4}|next year|this year|the year)/.exec(text);
  if (match?.[1]) {
    const what = match[1];
    if (/^\d{4}$/.test(what)) return { date: what, endOf: true };
    if (publishedYear === null) return null;
    return { date: String(what === 'next year' ? publishedYear + 1 : publishedYear), endOf: true };
  }
  match = /(?:mid|early|late)-? ?(\d{4})/.exec(text);
  if (match?.[1]) return { date: match[1], endOf: false };
  match = /([a-z]+\.?) (?:of )?(\d{4})/.exec(text);
  if (match?.[1] && match[2]) {
    const month = monthNumber(match[1]);
    if (month) return { date: `${match[2]}-${pad(month)}`, endOf: false };
  }
  match = /within (\d+|[a-z-]+) (months|years)/.exec(text);
  if (match?.[1] && match[2]) {
    if (!published) return null;
    const count = /^\d+$/.test(match[1]) ? Number(match[1]) : (NUMBER_WORDS[match[1]] ?? null);
    if (count === null) return null;
    return { date: addMonths(published, match[2] === 'years' ? count * 12 : count), endOf: false };
  }
  if (/next year/.test(text)) {
    return publishedYear === null ? null : { date: String(publishedYear + 1), endOf: false };
  }
  match = /\[?(\d{4})\]?/.exec(text);
  if (match?.[1]) return { date: match[1], endOf: false };
  match = /^(?:(?:in|from|starting|beginning|by|until|before|this|next) )*([a-z]+\.?)$/.exec(text);
  if (match?.[1] && published) {
    const month = monthNumber(match[1]);
    if (!month) return null;
    // A bare month is the next one on or after the publication month.
    const publishedMonth = Number(published.slice(5, 7));
    const year = Number(published.slice(0, 4)) + (month < publishedMonth ? 1 : 0);
    return { date: `${year}-${pad(month)}`, endOf: false };
  }
  return null;
}

/** The last month a resolved date covers, as `YYYY-MM`, for comparing deadlines. */
export function lastMonth(date: ResolvedDate): string {
  if (date.date.length === 4) return `${date.date}-12`;
  return date.date.slice(0, 7);
}

/** Whether two deadlines name the same time, at the coarser of their precisions. */
export function sameDeadline(a: ResolvedDate, b: ResolvedDate): boolean {
  if (a.date.length === 4 && b.date.length === 4) return a.date === b.date;
  if (a.date.length === 4 || b.date.length === 4) {
    // "the end of 2025" is December 2025; a bare "2025" covers any month of it.
    const year = a.date.length === 4 ? a : b;
    const other = year === a ? b : a;
    return year.endOf ? lastMonth(other) === `${year.date}-12` : other.date.startsWith(year.date);
  }
  return a.date.slice(0, 7) === b.date.slice(0, 7);
}
