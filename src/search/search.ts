/**
 * Fuzzy search over the dataset's claims (Fuse.js): quotes, summaries, speakers (names and
 * aliases), roles, affiliations, outlets and headlines. Every query word must match somewhere
 * (Fuse token search, `tokenMatch: 'all'`), each fuzzily, so "withdrawl kurdistan" narrows to
 * claims mentioning both. Pure: no DOM.
 */
import Fuse, { type FuseResultMatch } from 'fuse.js';
import type { Dataset } from '../dataset/schema';
import { buildEntries, type ClaimEntry } from './entries';

/** The displayed fields a match can be marked in. */
export type SearchField = 'quote' | 'summary' | 'speaker' | 'role' | 'outlet' | 'headline';

/** A marked span of a field's text: `[start, end)` in UTF-16 code units. */
export type MarkRange = readonly [start: number, end: number];

export interface SearchHit {
  entry: ClaimEntry;
  /** Fuse score: 0 is a perfect match, 1 none. 0 for every hit of an empty query. */
  score: number;
  /** Where the query matched, per displayed field; sorted, non-overlapping ranges. */
  marks: Partial<Record<SearchField, MarkRange[]>>;
}

/** Queries shorter than this (after trimming) do not filter: every claim is a hit. */
export const MIN_QUERY_LENGTH = 2;

/** Fuse's threshold: 0 exact only, 1 anything. 0.3 forgives a typo in five letters or so. */
export const SEARCH_THRESHOLD = 0.3;

interface Doc {
  entry: ClaimEntry;
  quote: string;
  summary: string;
  speaker: string;
  aliases: string[];
  role: string;
  affiliation: string;
  outlet: string;
  headline: string;
}

const displayed = new Set<string>(['quote', 'summary', 'speaker', 'role', 'outlet', 'headline']);

export interface ClaimSearch {
  /** All entries, in dataset order. */
  entries: readonly ClaimEntry[];
  /**
   * Hits for `query`, best first. An empty or too-short query returns every entry, in dataset
   * order, with no marks.
   */
  search(query: string): SearchHit[];
}

/** Builds the search index for a dataset (do it once per dataset). */
export function createClaimSearch(dataset: Dataset): ClaimSearch {
  const entries = buildEntries(dataset);
  const docs: Doc[] = entries.map((entry) => ({
    entry,
    quote: entry.claim.quote ?? '',
    summary: entry.claim.summary,
    speaker: entry.speaker?.name ?? entry.claim.speakerId,
    aliases: entry.speaker?.aliases ?? [],
    role: entry.speaker?.role ?? '',
    affiliation: entry.speaker?.affiliation ?? '',
    outlet: entry.source?.outlet ?? '',
    headline: entry.source?.headline ?? '',
  }));
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'quote', weight: 2 },
      { name: 'summary', weight: 1.5 },
      { name: 'speaker', weight: 2 },
      { name: 'aliases', weight: 1.5 },
      { name: 'role', weight: 1 },
      { name: 'affiliation', weight: 0.8 },
      { name: 'outlet', weight: 1 },
      { name: 'headline', weight: 0.6 },
    ],
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: SEARCH_THRESHOLD,
    includeMatches: true,
    includeScore: true,
    useTokenSearch: true,
    tokenMatch: 'all',
  });

  return {
    entries,
    search(query: string): SearchHit[] {
      const trimmed = withoutStopWords(query.trim());
      if (trimmed.length < MIN_QUERY_LENGTH) {
        return entries.map((entry) => ({ entry, score: 0, marks: {} }));
      }
      const words = trimmed.split(/[^\p{L}\p{M}\p{N}_]+/u).filter(Boolean);
      const shortest = Math.min(...words.map((word) => word.length));
      // Fuzzy matching marks fragments; hide the ones too short to help a reader.
      const minMark = Math.min(3, Number.isFinite(shortest) ? shortest : 3);
      // Numbers are not fuzzy: "2025" must not find "2026".
      const numbers = words.filter((word) => /^\d+$/.test(word));
      return fuse
        .search(trimmed)
        .filter((result) => numbers.every((n) => searchableText(result.item).includes(n)))
        .map((result) => ({
          entry: result.item.entry,
          score: result.score ?? 0,
          marks: toMarks(result.matches ?? [], minMark, numbers),
        }));
    },
  };
}

/** Words too common to search for; dropped from a query that has other words. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'in',
  'is',
  'it',
  'of',
  'on',
  'or',
  'the',
  'to',
]);

/** `query` without its stop words ("end of 2025" → "end 2025"), unless that would leave nothing. */
export function withoutStopWords(query: string): string {
  const words = query.split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => !STOP_WORDS.has(word.toLowerCase()));
  return kept.length > 0 && kept.length < words.length ? kept.join(' ') : query;
}

function searchableText(doc: Doc): string {
  return [
    doc.quote,
    doc.summary,
    doc.speaker,
    ...doc.aliases,
    doc.role,
    doc.affiliation,
    doc.outlet,
    doc.headline,
  ].join('\n');
}

function toMarks(
  matches: readonly FuseResultMatch[],
  minLength: number,
  numbers: readonly string[],
): Partial<Record<SearchField, MarkRange[]>> {
  const marks: Partial<Record<SearchField, MarkRange[]>> = {};
  for (const match of matches) {
    if (!match.key || !displayed.has(match.key)) continue;
    const field = match.key as SearchField;
    const ranges = match.indices
      .map(([start, end]): MarkRange => [start, end + 1])
      .filter(([start, end]) => end - start >= minLength)
      .filter(([start, end]) => {
        const text = (match.value ?? '').slice(start, end);
        return !/\d/.test(text) || numbers.some((n) => text.includes(n));
      });
    if (ranges.length > 0) marks[field] = mergeRanges([...(marks[field] ?? []), ...ranges]);
  }
  return marks;
}

/** Sorts ranges and merges the ones that overlap or touch. */
export function mergeRanges(ranges: readonly MarkRange[]): MarkRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

export interface TextSegment {
  text: string;
  marked: boolean;
}

/**
 * Splits `text` into plain and marked segments (for `<mark>`). Ranges outside the text are
 * clipped; overlapping ranges are merged. Concatenating the segments gives back `text`.
 */
export function splitMarks(text: string, ranges: readonly MarkRange[] = []): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const [rawStart, rawEnd] of mergeRanges(ranges)) {
    const start = Math.max(at, Math.min(rawStart, text.length));
    const end = Math.min(rawEnd, text.length);
    if (end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) {
    segments.push({ text: text.slice(at), marked: false });
  }
  return segments;
}
