/**
 * The options page's filters, and their round trip through URL search parameters so a search
 * can be bookmarked and the Back button restores the previous one. Pure.
 */
import { type Side, sides, type Topic, topics } from '../dataset/schema';
import { type ClaimEntry, dateInterval } from './entries';
import { type ClaimSearch, MIN_QUERY_LENGTH, type SearchHit } from './search';

export interface ClaimFilters {
  /** Free-text fuzzy query; '' for none. URL parameter `q`. */
  q: string;
  /** Speaker id, or null for any. URL parameter `speaker`. */
  speaker: string | null;
  side: Side | null;
  topic: Topic | null;
  /** First day (`YYYY-MM-DD`) of the date range, inclusive, or null. URL parameter `from`. */
  from: string | null;
  /** Last day of the date range, inclusive, or null. URL parameter `to`. */
  to: string | null;
  /** Only claims that take part in a contradiction. URL parameter `contradicted=1`. */
  contradicted: boolean;
}

export const NO_FILTERS: Readonly<ClaimFilters> = Object.freeze({
  q: '',
  speaker: null,
  side: null,
  topic: null,
  from: null,
  to: null,
  contradicted: false,
});

const DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const SPEAKER = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads filters from URL search parameters. Unknown parameters and invalid values (an unknown
 * side, a malformed date) are ignored, so a hand-edited or stale URL never breaks the page.
 */
export function filtersFromParams(params: URLSearchParams): ClaimFilters {
  const side = params.get('side');
  const topic = params.get('topic');
  const speaker = params.get('speaker');
  const from = params.get('from');
  const to = params.get('to');
  return {
    q: params.get('q') ?? '',
    speaker: speaker && SPEAKER.test(speaker) ? speaker : null,
    side: side && (sides as readonly string[]).includes(side) ? (side as Side) : null,
    topic: topic && (topics as readonly string[]).includes(topic) ? (topic as Topic) : null,
    from: from && DAY.test(from) ? from : null,
    to: to && DAY.test(to) ? to : null,
    contradicted: params.get('contradicted') === '1',
  };
}

/** Writes filters as URL search parameters, leaving out the ones not set. */
export function filtersToParams(filters: ClaimFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.speaker) params.set('speaker', filters.speaker);
  if (filters.side) params.set('side', filters.side);
  if (filters.topic) params.set('topic', filters.topic);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.contradicted) params.set('contradicted', '1');
  return params;
}

/** Whether any filter (including the query) is set. */
export function hasFilters(filters: ClaimFilters): boolean {
  return filtersToParams(filters).toString() !== '';
}

/**
 * Whether an entry passes the non-text filters. A claim's date is an interval (`2024-08` is the
 * whole month) and passes a date range when the two overlap.
 */
export function matchesFilters(entry: ClaimEntry, filters: ClaimFilters): boolean {
  const { claim } = entry;
  if (filters.speaker && claim.speakerId !== filters.speaker) return false;
  if (filters.side && entry.speaker?.side !== filters.side) return false;
  if (filters.topic && !claim.topics.includes(filters.topic)) return false;
  if (filters.contradicted && entry.contradictions.length === 0) return false;
  const [start, end] = dateInterval(claim.date);
  if (filters.from && end < filters.from) return false;
  if (filters.to && start > filters.to) return false;
  return true;
}

/**
 * The hits for a set of filters: the fuzzy query's hits (best first) that pass the other
 * filters; without a query, every passing claim in date order (oldest first).
 */
export function runQuery(search: ClaimSearch, filters: ClaimFilters): SearchHit[] {
  const hits = search.search(filters.q).filter((hit) => matchesFilters(hit.entry, filters));
  if (filters.q.trim().length < MIN_QUERY_LENGTH) {
    return hits.sort((a, b) => compareDates(a.entry.claim.date, b.entry.claim.date));
  }
  return hits;
}

function compareDates(a: string, b: string): number {
  const [a0] = dateInterval(a);
  const [b0] = dateInterval(b);
  return a0 < b0 ? -1 : a0 > b0 ? 1 : 0;
}
