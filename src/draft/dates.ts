/**
 * When a statement was made, read from the words around it and resolved against the article's
 * publication date, as `data/README.md` asks: "on Friday" in an article of Saturday
 * 21 September 2024 is 2024-09-20 (the most recent such day on or before publication), "in
 * August" is `2024-08`, "last week" and "earlier this month" keep the month only.
 */
import { MONTHS, monthNumber } from '../detect/deadlines';
import { WEEKDAYS } from '../model/dates';
import { fold } from '../text/fold';

export interface StatementDate {
  date: string;
  /** The words that date the statement. */
  wording: string;
}

const MONTH_WORDS = `${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec`;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function addDays(day: string, days: number): string {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

function previousMonth(day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`;
}

/** The year of a month named without one: the latest on or before the publication month. */
function yearOf(month: number, published: string): number {
  const year = Number(published.slice(0, 4));
  return month > Number(published.slice(5, 7)) ? year - 1 : year;
}

/** A day named without a year: the latest such day on or before publication. */
function dayOf(month: number, day: number, published: string): string | null {
  if (day < 1 || day > 31) return null;
  let year = Number(published.slice(0, 4));
  let candidate = `${year}-${pad(month)}-${pad(day)}`;
  if (candidate > published) {
    year -= 1;
    candidate = `${year}-${pad(month)}-${pad(day)}`;
  }
  return candidate;
}

interface Rule {
  pattern: RegExp;
  /** Whether the phrase dates a statement wherever it stands, or only next to the speech. */
  anywhere: boolean;
  resolve(match: RegExpExecArray, published: string): string | null;
}

const RULES: Rule[] = [
  {
    pattern: /\b(today|tonight|this morning|this afternoon|this evening)\b/g,
    anywhere: true,
    resolve: (_m, published) => published,
  },
  {
    pattern: /\b(yesterday)\b/g,
    anywhere: true,
    resolve: (_m, published) => addDays(published, -1),
  },
  {
    pattern: new RegExp(
      `\\b(?:on|late on|early on|late|early)?\\s*(${WEEKDAYS.join('|')})\\b(?!\\s*,?\\s*(?:${MONTH_WORDS})\\b)`,
      'g',
    ),
    anywhere: true,
    resolve: (m, published) => {
      const wanted = (WEEKDAYS as readonly string[]).indexOf(m[1] as string);
      const today = new Date(`${published}T00:00:00Z`).getUTCDay();
      return addDays(published, -((today - wanted + 7) % 7));
    },
  },
  {
    // "on July 21", "on Sept. 30", "on 24 February", with or without the year.
    pattern: new RegExp(
      `\\bon\\s+(?:(${MONTH_WORDS})\\.?\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?|(\\d{1,2})\\s+(${MONTH_WORDS})\\.?(?:\\s+(\\d{4}))?)\\b`,
      'g',
    ),
    anywhere: true,
    resolve: (m, published) => {
      const month = monthNumber((m[1] ?? m[5] ?? '').replace(/\.$/, ''));
      const day = Number(m[2] ?? m[4]);
      const year = m[3] ?? m[6];
      if (!month) return null;
      if (year) return `${year}-${pad(month)}-${pad(day)}`;
      return dayOf(month, day, published);
    },
  },
  {
    pattern: /\b(last week|earlier this week|this week|earlier this month|this month)\b/g,
    anywhere: false,
    resolve: (m, published) =>
      m[1] === 'last week' ? addDays(published, -7).slice(0, 7) : published.slice(0, 7),
  },
  {
    pattern: /\b(last month|earlier last month)\b/g,
    anywhere: false,
    resolve: (_m, published) => previousMonth(published),
  },
  {
    // "in August", "in late August", "In early October", "in September 2024".
    pattern: new RegExp(
      `\\bin\\s+(?:(?:late|early|mid)[\\s-]+)?(${MONTH_WORDS})\\b\\.?(?:\\s+(\\d{4}))?`,
      'g',
    ),
    anywhere: false,
    resolve: (m, published) => {
      const month = monthNumber(m[1] as string);
      if (!month) return null;
      const year = m[2] ? Number(m[2]) : yearOf(month, published);
      const date = `${year}-${pad(month)}`;
      return date <= published.slice(0, 7) ? date : null;
    },
  },
];

/** Where the speech verb of a sentence stands, for phrases that date only what is near it. */
const SPEECH =
  /\b(?:said|says|told|stated|announced|added|noted|confirmed|stressed|explained|declared|reported|quoted|affirmed|reaffirmed|indicated|underscored|recommitted|insisted|warned|emphasi[sz]ed|revealed|acknowledged)\b/g;

/**
 * The date `sentence` gives its statement, or null. `blanked` marks the offsets not to read
 * (the quoted words, whose dates are the speaker's subject, and deadlines).
 */
export function statementDate(
  sentence: string,
  published: string,
  blanked: ReadonlyArray<readonly [number, number]> = [],
): StatementDate | null {
  let folded = fold(sentence);
  for (const [a, b] of blanked)
    folded = folded.slice(0, a) + ' '.repeat(Math.max(0, b - a)) + folded.slice(b);
  const verbs = [...folded.matchAll(SPEECH)].map((m) => m.index ?? 0);
  let best: { at: number; date: string; wording: string } | null = null;
  for (const rule of RULES) {
    for (const match of folded.matchAll(new RegExp(rule.pattern.source, 'g'))) {
      const at = match.index ?? 0;
      const near =
        /^\s*$/.test(folded.slice(0, at)) ||
        verbs.some((v) => Math.abs(v - at) <= 30 || Math.abs(v - (at + match[0].length)) <= 30);
      if (!rule.anywhere && !near) continue;
      const date = rule.resolve(match as RegExpExecArray, published);
      if (!date || date > published) continue;
      const wording = sentence.slice(at, at + match[0].length).trim();
      // The phrase nearest a speech verb wins; otherwise the first.
      const distance = (p: number) =>
        verbs.length ? Math.min(...verbs.map((v) => Math.abs(v - p))) : p;
      if (!best || distance(at) < distance(best.at)) best = { at, date, wording };
    }
  }
  return best ? { date: best.date, wording: best.wording } : null;
}
