import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import raw from '../../data/claims.json';
import { bundledDataset } from './bundled';
import { parseDataset, parseDatasetText } from './load';

const seedsDir = resolve(__dirname, '../../../shared/seeds');
const dataset = bundledDataset;

// biome-ignore lint/suspicious/noExplicitAny: tests break the JSON in arbitrary places
function clone(): any {
  return structuredClone(raw);
}

describe('bundled dataset', () => {
  it('passes the schema and every cross-reference check', () => {
    const result = parseDataset(raw);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('cites every source at least once and uses every non-person speaker', () => {
    const cited = new Set(
      dataset.claims.flatMap((c) => [c.sourceId, ...c.alsoIn.map((a) => a.sourceId)]),
    );
    expect([...cited].sort()).toEqual(dataset.sources.map((s) => s.id).sort());
    const speaking = new Set(dataset.claims.map((c) => c.speakerId));
    const silent = dataset.speakers.filter((s) => !speaking.has(s.id) && s.kind !== 'person');
    expect(silent.map((s) => s.id)).toEqual([]);
  });

  it('dates each claim no later than its source, and day-dated claims within a fortnight of it', () => {
    for (const claim of dataset.claims) {
      const source = dataset.sources.find((s) => s.id === claim.sourceId);
      expect(source, claim.id).toBeDefined();
      if (!source) continue;
      expect(
        claim.date <= source.published || source.published.startsWith(claim.date),
        claim.id,
      ).toBe(true);
      if (claim.date.length === 10 && claim.date.startsWith('2024')) {
        const days = (Date.parse(source.published) - Date.parse(claim.date)) / 86_400_000;
        expect(days, claim.id).toBeLessThanOrEqual(14);
      }
    }
  });

  it('resolves the relative dates of the articles to the right days', () => {
    const byId = new Map(dataset.claims.map((c) => [c.id, c]));
    // "on Thursday" in an article of Saturday 27 January 2024.
    expect(byId.get('singh-no-request-to-withdraw')?.date).toBe('2024-01-25');
    // "on Friday" in an article of Saturday 21 September 2024.
    expect(byId.get('pentagon-official-evolution')?.date).toBe('2024-09-20');
    // "on Sunday" in an article of Sunday 8 September 2024.
    expect(byId.get('jiad-agreement-withdraw-by-end-2025')?.date).toBe('2024-09-08');
    // "In August" with no day: month precision.
    expect(byId.get('iraq-fm-agreement-on-withdrawal')?.date).toBe('2024-08');
    // "on Tuesday" in an article of Wednesday 24 July 2024.
    expect(byId.get('austin-reaffirmed-sovereignty')?.date).toBe('2024-07-23');
  });

  it('names only claims of the dataset in contradictions, each between different statements', () => {
    expect(dataset.contradictions.length).toBeGreaterThanOrEqual(8);
    for (const contradiction of dataset.contradictions) {
      const claims = contradiction.claimIds.map((id) => dataset.claims.find((c) => c.id === id));
      expect(claims.every(Boolean), contradiction.id).toBe(true);
    }
  });

  it.skipIf(!existsSync(seedsDir))('prints every quote verbatim in the article it cites', () => {
    const texts = new Map(
      dataset.sources.map((s) => [
        s.id,
        s.seedFile ? readFileSync(resolve(seedsDir, s.seedFile), 'utf8') : null,
      ]),
    );
    const missing: string[] = [];
    for (const claim of dataset.claims) {
      const appearances = [{ sourceId: claim.sourceId, quote: claim.quote }, ...claim.alsoIn];
      for (const { sourceId, quote } of appearances) {
        const text = texts.get(sourceId);
        if (quote !== null && text && !text.includes(quote))
          missing.push(`${claim.id} in ${sourceId}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('parseDataset on bad input', () => {
  it('names the JSON path of a wrong type', () => {
    const data = clone();
    data.claims[2].date = 'last Friday';
    const result = parseDataset(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('claims[2].date');
  });

  it('reports a claim citing a speaker that does not exist', () => {
    const data = clone();
    data.claims[0].speakerId = 'nobody-at-all';
    const result = parseDataset(data);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContainEqual({
        path: 'claims[0].speakerId',
        message: 'no speaker "nobody-at-all"',
      });
  });

  it('reports a contradiction naming an unknown claim and a duplicate id', () => {
    const data = clone();
    data.contradictions[0].claimIds[1] = 'missing-claim';
    data.claims[1].id = data.claims[0].id;
    const result = parseDataset(data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const paths = result.problems.map((p) => p.path);
      expect(paths).toContain('contradictions[0].claimIds[1]');
      expect(paths).toContain('claims[1].id');
    }
  });

  it('rejects a claim dated after its source and a reported date that is not the publication date', () => {
    const data = clone();
    data.claims[0].date = '2030-01-01';
    const reported = data.claims.findIndex(
      (c: { dateBasis: string }) => c.dateBasis === 'reported',
    );
    data.claims[reported].date = '2020-01-01';
    const result = parseDataset(data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const paths = result.problems.map((p) => p.path);
      expect(paths).toContain('claims[0].date');
      expect(paths).toContain(`claims[${reported}].date`);
    }
  });

  it('rejects another format version and text that is not JSON', () => {
    const data = clone();
    data.formatVersion = 2;
    const result = parseDataset(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('formatVersion');
    const text = parseDatasetText('{"speakers": [');
    expect(text.ok).toBe(false);
    if (!text.ok) expect(text.problems[0]?.message).toMatch(/not valid JSON/);
  });
});
