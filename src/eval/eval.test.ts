/**
 * The labelled articles as a regression test: thresholds sit just under what the engine
 * reaches (`npm run eval` prints the figures), so a change that loses accuracy fails here.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../dataset/bundled';
import { createEngine } from '../engine/engine';
import { evaluateCorpus } from './corpus';
import { totals } from './score';

describe('evaluation corpus', async () => {
  const scores = await evaluateCorpus(createEngine(bundledDataset));
  const t = totals(scores);

  it('covers at least a dozen relevant articles and six unrelated pages', () => {
    expect(scores.filter((s) => s.relevant).length).toBeGreaterThanOrEqual(12);
    expect(scores.filter((s) => !s.relevant).length).toBeGreaterThanOrEqual(6);
  });

  it('finds the labelled mentions and little else', () => {
    expect(t.precision).toBeGreaterThanOrEqual(0.98);
    expect(t.recall).toBeGreaterThanOrEqual(0.97);
  });

  it('highlights nothing on pages about other things', () => {
    expect(t.unrelatedHighlights).toBe(0);
  });

  it('attributes claims to the right speaker and abstains on what the dataset cannot know', () => {
    expect(t.attributionPrecision).toBeGreaterThanOrEqual(0.97);
    expect(t.speakerAccuracy).toBeGreaterThanOrEqual(0.73);
    expect(t.abstention).toBeGreaterThanOrEqual(0.97);
  });
});
