/**
 * Dates stated as deadlines ("by the end of next year", "September 2026", "within twelve
 * months"), resolved to absolute dates against the page's publication date.
 */
import { MONTHS, WEEKDAYS } from '../model/dates';
import type { ResolvedDate } from '../model/types';

export { MONTHS };

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
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
  'twenty-four': 24,
  thirty: 30,
  'forty-eight': 48,
  'seventy-two': 72,
  second: 2,
  third: 3,
  fourth: 4,
};

function countOf(word: string): number | null {
  return /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? null);
}

export function monthNumber(word: string): number | null {
  const clean = word.replace(/\.$/, '');
  const full = MONTHS.indexOf(clean as (typeof MONTHS)[number]);
  if (full >= 0) return full + 1;
  return MONTH_ABBREVIATIONS[clean] ?? null;
}

function pad(month: number): string {
  return String(month).padStart(2, '0');
}

/** The publication date moved by a number of days, as `YYYY-MM-DD`. */
function addDays(published: string, days: number): string {
  const [y, m, d] = published.split('-').map(Number);
  const at = new Date(Date.UTC(y ?? 2024, (m ?? 1) - 1, d ?? 1));
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
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
export function resolveDeadline(
  expression: string,
  published: string | null,
  told: 'ahead' | 'passed' | 'maybe-passed' = 'ahead',
): ResolvedDate | null {
  // "end-of-2025", "end-September": the end of it.
  const text = expression
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(the )?end-(?:of-)?/, '$1end of ');
  const publishedYear = published ? Number(published.slice(0, 4)) : null;

  const endOf = /^(?:the )?(?:end|close) of /.test(text);

  // Periods counted from the publication date: "next week", "within 24 hours", "by Friday".
  // "the following week" is counted from the page too: reports give it days after it was said.
  let match = /^(?:the )?(?:end of )?(last|this|next|coming|following) (week|month)$/.exec(text);
  if (match?.[1] && match[2]) {
    if (!published) return null;
    const step = match[1] === 'last' ? -1 : match[1] === 'this' ? 0 : 1;
    if (match[2] === 'month') return { date: addMonths(published, step), endOf };
    return { date: addDays(published, step * 7), endOf };
  }
  match =
    /^(?:by|before|until) (?:(tomorrow|tonight)|([a-z]+day)|the weekend|the end of the (week|month))$/.exec(
      text,
    );
  if (match) {
    if (!published) return null;
    if (match[1])
      return { date: addDays(published, match[1] === 'tomorrow' ? 1 : 0), endOf: false };
    if (match[2]) {
      const day = (WEEKDAYS as readonly string[]).indexOf(match[2]);
      if (day < 0) return null;
      const today = new Date(`${published}T00:00:00Z`).getUTCDay();
      return { date: addDays(published, (day - today + 7) % 7 || 7), endOf: false };
    }
    if (match[3] === 'month') return { date: published.slice(0, 7), endOf: true };
    return {
      date: addDays(published, 6 - new Date(`${published}T00:00:00Z`).getUTCDay()),
      endOf: false,
    };
  }
  match = /within ([a-z0-9-]+) (hour|day|week)s?$/.exec(text);
  if (match?.[1] && match[2]) {
    const count = countOf(match[1]);
    if (!published || count === null) return null;
    const days =
      match[2] === 'hour' ? Math.ceil(count / 24) : match[2] === 'day' ? count : count * 7;
    return { date: addDays(published, days), endOf: false };
  }
  match = /^in the coming (days|weeks|months)$/.exec(text);
  if (match?.[1]) {
    if (!published) return null;
    return {
      date: addMonths(published, match[1] === 'months' ? 6 : match[1] === 'weeks' ? 1 : 0),
      endOf: false,
    };
  }
  match = /over the (?:next|coming) (?:([a-z0-9-]+) months|year)$/.exec(text);
  if (match) {
    if (!published) return null;
    const count = match[1] ? countOf(match[1]) : 12;
    return count === null ? null : { date: addMonths(published, count), endOf: false };
  }
  // A length of time for the plan: "a two-year plan", "the two years", "a third year".
  match = /^(?:a |the )?(\d+|a|one|two|three|four|five|second|third|fourth)[ -]years?$/.exec(text);
  if (match?.[1]) {
    const count = countOf(match[1]);
    if (!published || count === null) return null;
    return { date: addMonths(published, count * 12), endOf: true };
  }
  match =
    /^(?:the )?(?:end|close|middle) of ([a-z]+\.?)(?: of)? next year$|^([a-z]+\.?) (?:of )?next year$/.exec(
      text,
    );
  if (match && publishedYear !== null) {
    const month = monthNumber(match[1] ?? match[2] ?? '');
    if (month) return { date: `${publishedYear + 1}-${pad(month)}`, endOf };
  }

  match = /(?:end|close) of (?:the )?(\d{4}|next year|this year|the year)/.exec(text);
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
    if (month) return { date: `${match[2]}-${pad(month)}`, endOf };
  }
  match = /within (\d+|[a-z-]+) (month|year)s?/.exec(text);
  if (match?.[1] && match[2]) {
    if (!published) return null;
    const count = countOf(match[1]);
    if (count === null) return null;
    return { date: addMonths(published, match[2] === 'year' ? count * 12 : count), endOf: false };
  }
  if (/next year/.test(text)) {
    return publishedYear === null ? null : { date: String(publishedYear + 1), endOf: false };
  }
  // "before 2026" is the end of 2025 at the latest.
  match = /^before\s+\[?(\d{4})\]?$/.exec(text);
  if (match?.[1]) return { date: String(Number(match[1]) - 1), endOf: true };
  match = /\[?(\d{4})\]?/.exec(text);
  if (match?.[1]) return { date: match[1], endOf: false };
  match =
    /^(?:(?:in|from|starting|starts?|beginning|begins?|by|until|before|after|beyond|past|this|next|the|end|close|middle|of) )*([a-z]+\.?)$/.exec(
      text,
    );
  if (match?.[1] && published) {
    const month = monthNumber(match[1]);
    if (!month) return null;
    // A bare month is the next one on or after the publication month; one that something goes
    // on "after" or "past" is the nearer of the last and the next, since a passed deadline is
    // told that way too ("advisers who stayed past September").
    const publishedMonth = Number(published.slice(5, 7));
    const publishedYear = Number(published.slice(0, 4));
    const ahead = month < publishedMonth;
    const nearer = /^(?:after|beyond|past) /.test(text) && ahead && publishedMonth - month < 6;
    // A deadline told as passed ("had been due to leave by the end of September"): the last
    // such month, not the next; told in the past ("was supposed to leave by September"), the
    // last one if it has gone by this year.
    if (told === 'passed')
      return { date: `${publishedYear - (month > publishedMonth ? 1 : 0)}-${pad(month)}`, endOf };
    const year = publishedYear + (ahead && !nearer && told === 'ahead' ? 1 : 0);
    return { date: `${year}-${pad(month)}`, endOf };
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
