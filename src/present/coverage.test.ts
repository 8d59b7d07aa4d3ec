import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../dataset/bundled';
import { datasetCoverage } from '../dataset/coverage';
import type { Claim, Source } from '../dataset/schema';
import { coverageText } from './words';

const claim = (date: string) => ({ date }) as Claim;
const source = (published: string) => ({ published }) as Source;

describe('datasetCoverage', () => {
  it('reads the span, sources and claims from the bundled data', () => {
    const coverage = datasetCoverage(bundledDataset);
    expect(coverage).toMatchObject({
      claims: bundledDataset.claims.length,
      sources: bundledDataset.sources.length,
      from: '2024-01',
      to: '2026-02',
    });
    // The 2020 parliament vote, recalled by a 2024 article, is history, not the span.
    expect(coverage.earlier).toEqual({ count: 1, from: '2020-01' });
    expect(coverageText(coverage)).toBe(
      `Statements from January 2024 to February 2026 (plus 1 earlier statement, from January 2020) · ${bundledDataset.sources.length} sources · ${bundledDataset.claims.length} claims`,
    );
  });

  it('counts statements from the earliest source month on, at any precision', () => {
    const coverage = datasetCoverage({
      sources: [source('2025-03-14'), source('2024-05-02')],
      claims: [claim('2024-05'), claim('2024'), claim('2025-03-02'), claim('2019-12-31')],
    });
    // "2024" may fall in May 2024 or later, so it is not history; the span starts at its start.
    expect(coverage.from).toBe('2024');
    expect(coverage.to).toBe('2025-03');
    expect(coverage.earlier).toEqual({ count: 1, from: '2019-12' });
    expect(coverageText(coverage)).toBe(
      'Statements from 2024 to March 2025 (plus 1 earlier statement, from December 2019) · 2 sources · 4 claims',
    );
  });

  it('words an imported dataset with one source, one month or nothing', () => {
    expect(
      coverageText(
        datasetCoverage({ sources: [source('2025-01-10')], claims: [claim('2025-01-09')] }),
      ),
    ).toBe('Statements from January 2025 · 1 source · 1 claim');
    expect(
      coverageText(
        datasetCoverage({
          sources: [source('2025-01-10')],
          claims: [claim('2023-01'), claim('2022-06-01'), claim('2025-01-09')],
        }),
      ),
    ).toBe(
      'Statements from January 2025 (plus 2 earlier statements, back to June 2022) · 1 source · 3 claims',
    );
    expect(coverageText(datasetCoverage({ sources: [], claims: [] }))).toBe(
      'No statements · 0 sources · 0 claims',
    );
  });
});
