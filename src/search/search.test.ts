import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../dataset/bundled';
import { buildEntries, dateInterval } from './entries';
import {
  filtersFromParams,
  filtersToParams,
  hasFilters,
  matchesFilters,
  NO_FILTERS,
  runQuery,
} from './filters';
import { createClaimSearch, mergeRanges, splitMarks, withoutStopWords } from './search';

const search = createClaimSearch(bundledDataset);

function markedText(text: string, ranges: readonly (readonly [number, number])[] = []): string[] {
  return splitMarks(text, ranges)
    .filter((s) => s.marked)
    .map((s) => s.text);
}

describe('createClaimSearch', () => {
  it('returns every claim, unmarked, for an empty or one-letter query', () => {
    expect(search.search('')).toHaveLength(bundledDataset.claims.length);
    expect(search.search(' p ')).toHaveLength(bundledDataset.claims.length);
    expect(search.search('').every((hit) => Object.keys(hit.marks).length === 0)).toBe(true);
  });

  it('finds a speaker by name and marks it', () => {
    const hits = search.search('Patel');
    expect(hits[0]?.entry.claim.id).toBe('patel-no-withdrawal-discussed');
    const speaker = hits[0]?.entry.speaker?.name ?? '';
    expect(markedText(speaker, hits[0]?.marks.speaker)).toEqual(['Patel']);
  });

  it('forgives a typo and marks the matched word in the quote', () => {
    const hits = search.search('withdrawl');
    expect(hits.length).toBeGreaterThan(3);
    const first = hits[0];
    const quote = first?.entry.claim.quote ?? '';
    expect(markedText(quote, first?.marks.quote).join(' ').toLowerCase()).toContain('withdraw');
  });

  it('needs every query word to match somewhere', () => {
    const ids = search.search('kurdistan september').map((h) => h.entry.claim.id);
    expect(ids).toContain('al-monitor-two-phase-plan');
    for (const id of ids) {
      const entry = search.entries.find((e) => e.claim.id === id);
      const text = JSON.stringify([entry?.claim, entry?.speaker, entry?.source]).toLowerCase();
      expect(text, id).toMatch(/kurdistan/);
    }
  });

  it('searches outlets and roles', () => {
    expect(search.search('Rudaw').length).toBeGreaterThan(0);
    expect(search.search('deputy spokesperson').map((h) => h.entry.claim.id)).toContain(
      'patel-no-withdrawal-discussed',
    );
  });

  it('matches numbers exactly: 2025 does not find or mark 2026', () => {
    const hits = search.search('2026');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(JSON.stringify([hit.entry.claim, hit.entry.source, hit.entry.speaker])).toContain(
        '2026',
      );
      const quote = hit.entry.claim.quote ?? '';
      for (const marked of markedText(quote, hit.marks.quote)) expect(marked).toContain('2026');
    }
  });

  it('ignores stop words unless the query is only stop words', () => {
    expect(withoutStopWords('end of 2025')).toBe('end 2025');
    expect(withoutStopWords('of the')).toBe('of the');
    const hits = search.search('end of 2025');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const summary = hit.entry.claim.summary;
      expect(markedText(summary, hit.marks.summary).map((m) => m.toLowerCase())).not.toContain(
        'of',
      );
    }
  });

  it('finds nothing for nonsense', () => {
    expect(search.search('zzxqv')).toEqual([]);
  });
});

describe('splitMarks', () => {
  it('splits text into plain and marked parts that join back to the text', () => {
    const parts = splitMarks('end of 2025', [
      [7, 11],
      [0, 3],
    ]);
    expect(parts).toEqual([
      { text: 'end', marked: true },
      { text: ' of ', marked: false },
      { text: '2025', marked: true },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('end of 2025');
  });

  it('merges overlapping ranges and clips ranges past the end', () => {
    expect(
      mergeRanges([
        [2, 5],
        [0, 3],
        [6, 8],
        [8, 9],
      ]),
    ).toEqual([
      [0, 5],
      [6, 9],
    ]);
    expect(markedText('abc', [[1, 99]])).toEqual(['bc']);
    expect(splitMarks('', [])).toEqual([{ text: '', marked: false }]);
  });
});

describe('filters', () => {
  const entries = buildEntries(bundledDataset);

  it('round-trips through URL parameters, leaving unset ones out', () => {
    const filters = {
      ...NO_FILTERS,
      q: 'end of 2025',
      side: 'iraq' as const,
      topic: 'deadline' as const,
      from: '2024-01-01',
      contradicted: true,
    };
    const params = filtersToParams(filters);
    expect(params.toString()).toBe(
      'q=end+of+2025&side=iraq&topic=deadline&from=2024-01-01&contradicted=1',
    );
    expect(filtersFromParams(params)).toEqual(filters);
    expect(filtersToParams(NO_FILTERS).toString()).toBe('');
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters(filters)).toBe(true);
  });

  it('ignores invalid parameters', () => {
    const filters = filtersFromParams(
      new URLSearchParams('side=mars&topic=nope&from=2024-13-01&to=soon&speaker=Bad%20Id&x=1'),
    );
    expect(filters).toEqual(NO_FILTERS);
  });

  it('filters by side, topic, speaker and contradiction', () => {
    const iraq = entries.filter((e) => matchesFilters(e, { ...NO_FILTERS, side: 'iraq' }));
    expect(iraq.length).toBeGreaterThan(0);
    expect(iraq.every((e) => e.speaker?.side === 'iraq')).toBe(true);
    const contradicted = entries.filter((e) =>
      matchesFilters(e, { ...NO_FILTERS, contradicted: true }),
    );
    expect(contradicted.length).toBeGreaterThan(0);
    expect(contradicted.length).toBeLessThan(entries.length);
    const patel = entries.filter((e) =>
      matchesFilters(e, { ...NO_FILTERS, speaker: 'vedant-patel' }),
    );
    expect(patel.every((e) => e.claim.speakerId === 'vedant-patel')).toBe(true);
  });

  it('treats a claim date as an interval for the date range', () => {
    expect(dateInterval('2024-08')).toEqual(['2024-08-01', '2024-08-31']);
    expect(dateInterval('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(dateInterval('2025')).toEqual(['2025-01-01', '2025-12-31']);
    expect(dateInterval('2024-01-25')).toEqual(['2024-01-25', '2024-01-25']);
    const entry = entries[0];
    if (!entry) throw new Error('no entries');
    const monthly = { ...entry, claim: { ...entry.claim, date: '2024-08' } };
    expect(matchesFilters(monthly, { ...NO_FILTERS, from: '2024-08-15' })).toBe(true);
    expect(matchesFilters(monthly, { ...NO_FILTERS, from: '2024-09-01' })).toBe(false);
    expect(matchesFilters(monthly, { ...NO_FILTERS, to: '2024-07-31' })).toBe(false);
  });

  it('runQuery sorts by date without a query and by relevance with one', () => {
    const all = runQuery(search, NO_FILTERS);
    const starts = all.map((h) => dateInterval(h.entry.claim.date)[0]);
    expect(starts).toEqual([...starts].sort());
    const hits = runQuery(search, { ...NO_FILTERS, q: 'withdrawal', side: 'united-states' });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.entry.speaker?.side === 'united-states')).toBe(true);
  });
});
