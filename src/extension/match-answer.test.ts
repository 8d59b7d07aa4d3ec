import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../dataset/bundled';
import { createEngine } from '../engine/engine';
import { packSentences } from '../engine/pack';
import { answerMatch } from './match-answer';

const engine = createEngine(bundledDataset);
const context = { published: '2024-09-08' };
const PATEL =
  'Vedant Patel said: "At no point did we discuss the withdrawal of US forces from Iraq, but we continued to discuss a - the transition to a - what we would say a bilateral security partnership."';
const DEADLINE =
  'Sabhan Mullah Jiad said the agreement had the international coalition forces against ISIS, including US forces, withdraw from Iraq by September 2026.';

function answer(page: string) {
  const packed = packSentences(page, engine.detect(page, context).mentions);
  return answerMatch(engine, { ...packed, ...context, site: null }, 'key');
}

describe('answerMatch', () => {
  it('answers with the matches, the findings of their sentences and the catalogue of both', () => {
    const response = answer(`Weather: sunny.\n${PATEL}`);
    expect(response.datasetKey).toBe('key');
    const contradiction = response.findings.find(
      (f) => f.id === 'patel-denial-vs-foreign-ministry-agreement',
    );
    expect(contradiction?.source).toBe('dataset');
    // The mentions that report one of its claims name it; the catalogue shows both sides.
    const naming = response.mentions.filter((m) => m.findingIds.includes(contradiction?.id ?? ''));
    expect(naming.length).toBeGreaterThan(0);
    for (const id of contradiction?.claimIds ?? [])
      expect(response.catalogue.claims.map((c) => c.id)).toContain(id);
    expect(response.catalogue.contradictions.map((c) => c.id)).toContain(contradiction?.id);
  });

  it('names a page conflict by its sentence, whatever else the batch holds', () => {
    const alone = answer(DEADLINE).findings.filter((f) => f.source === 'page');
    const among = answer(`${PATEL}\n${DEADLINE}`).findings.filter((f) => f.source === 'page');
    expect(alone.map((f) => f.kind)).toContain('deadline');
    expect(alone[0]?.id).toMatch(/^page-deadline-jiad-agreement-withdraw-by-end-2025-[0-9a-z]+$/);
    expect(among.map((f) => f.id)).toEqual(expect.arrayContaining(alone.map((f) => f.id)));
    // Every id a mention names is in the answer.
    const response = answer(`${PATEL}\n${DEADLINE}`);
    const ids = new Set(response.findings.map((f) => f.id));
    expect(response.mentions.flatMap((m) => m.findingIds).every((id) => ids.has(id))).toBe(true);
  });
});
