import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../dataset/bundled';
import { createEngine } from '../engine/engine';
import { packSentences } from '../engine/pack';
import { AnswerCache, answerMatch } from './match-answer';

const engine = createEngine(bundledDataset);
const context = { published: '2024-09-08' };
const PATEL =
  'Vedant Patel said: "At no point did we discuss the withdrawal of US forces from Iraq, but we continued to discuss a - the transition to a - what we would say a bilateral security partnership."';
const DEADLINE =
  'Sabhan Mullah Jiad said the agreement had the international coalition forces against ISIS, including US forces, withdraw from Iraq by September 2026.';

function answer(page: string) {
  const packed = packSentences(page, engine.detect(page, context).mentions);
  return answerMatch(
    engine,
    { ...packed, ...context, site: null, signer: null, people: [] },
    'key',
  );
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

describe('AnswerCache', () => {
  const request = (text: string) => ({
    text,
    mentions: [],
    published: null,
    site: null,
    signer: null,
    people: [],
    sensitivity: 'balanced' as const,
  });
  const response = (datasetKey: string) => ({
    datasetKey,
    mentions: [],
    findings: [],
    catalogue: answer('Weather: sunny.').catalogue,
  });

  it('keeps the last answers by request, dataset and day, and drops the least recently used', () => {
    const cache = new AnswerCache(2);
    const a = cache.keyOf(request('a'), 'key', '2026-01-01');
    const b = cache.keyOf(request('b'), 'key', '2026-01-01');
    const c = cache.keyOf(request('c'), 'key', '2026-01-01');
    cache.set(a, response('a'));
    cache.set(b, response('b'));
    expect(cache.get(a)?.datasetKey).toBe('a');
    cache.set(c, response('c'));
    expect(cache.get(b)).toBeUndefined();
    expect(cache.get(a)?.datasetKey).toBe('a');
    expect(cache.get(cache.keyOf(request('a'), 'other', '2026-01-01'))).toBeUndefined();
    expect(cache.get(cache.keyOf(request('a'), 'key', '2026-01-02'))).toBeUndefined();
  });

  it('keeps requests within a budget of characters, dropping the oldest first', () => {
    const a = request('a'.repeat(100));
    const b = request('b'.repeat(100));
    const keyOf = (r: ReturnType<typeof request>) =>
      new AnswerCache().keyOf(r, 'key', '2026-01-01') as string;
    const cache = new AnswerCache(10, 1_000, keyOf(a).length + keyOf(b).length - 1);
    cache.set(keyOf(a), response('a'));
    cache.set(keyOf(b), response('b'));
    expect(cache.get(keyOf(a))).toBeUndefined();
    expect(cache.get(keyOf(b))?.datasetKey).toBe('b');
  });

  it('keeps no large request', () => {
    const cache = new AnswerCache(2, 10);
    const key = cache.keyOf(request('x'.repeat(11)), 'key', '2026-01-01');
    expect(key).toBeNull();
    cache.set(key, response('x'));
    expect(cache.get(key)).toBeUndefined();
  });
});
