/**
 * The labelled sets as a regression test: thresholds sit just under what the engine reaches
 * (`npm run eval` prints the figures), so a change that loses accuracy fails here. The real
 * articles live beside the project (`../shared`); in CI they are there and the test runs.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../dataset/bundled';
import { createEngine } from '../engine/engine';
import { evaluateCorpus, evaluateShared, evaluateWire, sharedPresent } from './corpus';
import { totals } from './score';

const engine = createEngine(bundledDataset);
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

describe('first corpus (2024 styles)', async () => {
  const scores = await evaluateCorpus(engine);
  const t = totals(scores);

  it('covers at least a dozen relevant articles and six unrelated pages', () => {
    expect(scores.filter((s) => s.relevant).length).toBeGreaterThanOrEqual(12);
    expect(scores.filter((s) => !s.relevant).length).toBeGreaterThanOrEqual(6);
  });

  it('finds the labelled mentions and little else, and nothing on unrelated pages', () => {
    expect(t.precision).toBeGreaterThanOrEqual(0.99);
    expect(t.recall).toBeGreaterThanOrEqual(0.98);
    expect(t.unrelatedHighlights).toBe(0);
  });

  it('gives sentences their speaker’s claim and abstains on what the dataset cannot know', () => {
    expect(t.attributionPrecision).toBeGreaterThanOrEqual(0.97);
    expect(t.speakerAccuracy).toBeGreaterThanOrEqual(0.79);
    expect(t.abstention).toBeGreaterThanOrEqual(0.96);
  });
});

describe('wire-style corpus (2024–2026 styles, hard unrelated pages)', async () => {
  const scores = await evaluateWire(engine);
  const t = totals(scores);
  const st = t.statements;

  it('holds its 191 relevant articles and 60 unrelated pages (twenty-seven authors)', () => {
    expect(scores.filter((s) => s.relevant).length).toBeGreaterThanOrEqual(191);
    expect(scores.filter((s) => !s.relevant).length).toBeGreaterThanOrEqual(60);
  });

  it('finds the mentions of 2025–2026 phrasing, and nothing on unrelated pages', () => {
    expect(t.precision).toBeGreaterThanOrEqual(0.97);
    expect(t.recall).toBeGreaterThanOrEqual(0.97);
    expect(t.unrelatedHighlights).toBe(0);
  });

  it('reads who the page credits and how each statement stands to the dataset', () => {
    expect(ratio(st.speakerRight, st.statements)).toBeGreaterThanOrEqual(0.915);
    expect(ratio(st.sameRight, st.sameGiven)).toBeGreaterThanOrEqual(0.95);
    expect(ratio(st.inTopThree, st.reported)).toBeGreaterThanOrEqual(0.905);
    expect(ratio(st.relationRight, st.relatable)).toBeGreaterThanOrEqual(0.82);
  });
});

describe.runIf(sharedPresent() || process.env.CI)('real articles in ../shared', async () => {
  const scores = sharedPresent() ? await evaluateShared(engine) : [];
  const t = totals(scores);
  const st = t.statements;

  it('are all there (25 articles)', () => {
    expect(scores.length).toBe(25);
  });

  it('finds their mentions', () => {
    expect(t.precision).toBeGreaterThanOrEqual(0.99);
    expect(t.recall).toBeGreaterThanOrEqual(0.99);
  });

  it('reads who each credits', () => {
    expect(ratio(st.speakerRight, st.statements)).toBeGreaterThanOrEqual(0.97);
    expect(ratio(st.sameRight, st.sameGiven)).toBeGreaterThanOrEqual(0.995);
    expect(ratio(st.inTopThree, st.reported)).toBeGreaterThanOrEqual(0.88);
    expect(ratio(st.relationRight, st.relatable)).toBeGreaterThanOrEqual(0.84);
  });
});
