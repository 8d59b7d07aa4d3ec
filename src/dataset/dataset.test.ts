import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import raw from '../../data/claims.json';
import { bundledDataset } from './bundled';
import { parseDataset, parseDatasetText } from './load';

/** The source articles live beside the repository: `../shared/seeds` and `../shared/sources`. */
const sharedDir = resolve(__dirname, '../../../shared');
const articleDirs = ['seeds', 'sources'].map((folder) => resolve(sharedDir, folder));
const sourcesDir = resolve(sharedDir, 'sources');
/** Without the articles a local run skips the checks that read them; CI must have them. */
const needArticles = Boolean(process.env.CI);
const haveArticles = existsSync(sharedDir);
const dataset = bundledDataset;

/** The text of an article by file name, from either folder, without the header of `sources/`. */
function articleText(file: string): string | null {
  for (const dir of articleDirs) {
    const path = resolve(dir, file);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    const body = text.startsWith('URL:') ? text.indexOf('\n---\n') : -1;
    return body >= 0 ? text.slice(body + 5) : text;
  }
  return null;
}

function requireArticles(): void {
  expect(
    existsSync(sharedDir),
    `the source articles are missing from ${sharedDir}; CI must check quotes against them`,
  ).toBe(true);
}

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
    // "today" in DOD News of 23 July 2024 ("on Tuesday" in The New Region of Wednesday 24 July).
    expect(byId.get('austin-reaffirmed-sovereignty')?.date).toBe('2024-07-23');
  });

  it('names only claims of the dataset in contradictions, each between different statements', () => {
    expect(dataset.contradictions.length).toBeGreaterThanOrEqual(8);
    for (const contradiction of dataset.contradictions) {
      const claims = contradiction.claimIds.map((id) => dataset.claims.find((c) => c.id === id));
      expect(claims.every(Boolean), contradiction.id).toBe(true);
    }
  });

  it.skipIf(!haveArticles && !needArticles)(
    'prints every quote verbatim in the article it cites, in seeds/ or sources/',
    () => {
      requireArticles();
      const texts = new Map<string, string | null>();
      const unreadable: string[] = [];
      for (const source of dataset.sources) {
        const text = source.seedFile ? articleText(source.seedFile) : null;
        if (text === null) unreadable.push(`${source.id}: ${source.seedFile ?? 'no seedFile'}`);
        texts.set(source.id, text);
      }
      expect(unreadable).toEqual([]);
      const missing: string[] = [];
      for (const claim of dataset.claims) {
        const appearances = [{ sourceId: claim.sourceId, quote: claim.quote }, ...claim.alsoIn];
        for (const { sourceId, quote } of appearances) {
          const text = texts.get(sourceId);
          if (quote !== null && !text?.includes(quote)) missing.push(`${claim.id} in ${sourceId}`);
        }
      }
      expect(missing).toEqual([]);
    },
  );

  it.skipIf(!haveArticles && !needArticles)(
    'cites every article of shared/sources from a source that a claim uses',
    () => {
      requireArticles();
      const files = readdirSync(sourcesDir).filter((f) => f.endsWith('.txt'));
      expect(files.length).toBeGreaterThanOrEqual(20);
      const cited = new Set(
        dataset.claims.flatMap((c) => [c.sourceId, ...c.alsoIn.map((a) => a.sourceId)]),
      );
      const usedFiles = new Set(
        dataset.sources.filter((s) => cited.has(s.id) && s.seedFile).map((s) => s.seedFile),
      );
      const primaryFiles = new Set(
        dataset.claims.map((c) => dataset.sources.find((s) => s.id === c.sourceId)?.seedFile),
      );
      expect(files.filter((f) => !usedFiles.has(f))).toEqual([]);
      // Each article is the first source of at least one claim, not only an `alsoIn`.
      expect(files.filter((f) => !primaryFiles.has(f))).toEqual([]);
    },
  );

  it('meets the coverage the 2024–2026 extension set out', () => {
    const byId = new Map(dataset.claims.map((c) => [c.id, c]));
    expect(dataset.claims.length).toBeGreaterThanOrEqual(130);
    expect(dataset.sources.length).toBeGreaterThanOrEqual(24);
    expect(dataset.claims.filter((c) => c.date >= '2025').length).toBeGreaterThanOrEqual(40);
    expect(dataset.contradictions.length).toBeGreaterThanOrEqual(20);
    const acrossYears = dataset.contradictions.filter((contradiction) => {
      const dates = contradiction.claimIds.map((id) => byId.get(id)?.date ?? '');
      return dates.some((d) => d.startsWith('2024')) && dates.some((d) => d >= '2025');
    });
    expect(acrossYears.length).toBeGreaterThanOrEqual(5);
  });

  it('sets each outcome contradiction a stated deadline against a reported event', () => {
    const byId = new Map(dataset.claims.map((c) => [c.id, c]));
    const outcomes = dataset.contradictions.filter((c) => c.kind === 'outcome');
    expect(outcomes.length).toBeGreaterThan(0);
    for (const contradiction of outcomes) {
      const claims = contradiction.claimIds.map((id) => byId.get(id));
      expect(
        claims.some((c) => (c?.deadlines.length ?? 0) > 0),
        contradiction.id,
      ).toBe(true);
      expect(
        claims.some((c) => (c?.events.length ?? 0) > 0),
        contradiction.id,
      ).toBe(true);
    }
  });

  it('dates every event no later than the claim that reports it', () => {
    for (const claim of dataset.claims) {
      for (const event of claim.events) {
        expect(
          event.date <= claim.date || claim.date.startsWith(event.date),
          `${claim.id}: ${event.date}`,
        ).toBe(true);
      }
    }
  });

  it('explains each alsoIn quote that differs from the claim with a note or its own wording', () => {
    const merged = dataset.claims.find((c) => c.id === 'sudani-advisers-stay-ain-al-asad');
    expect(merged?.quote).toContain('250 to 300');
    expect(merged?.alsoIn[0]?.quote).toContain('250 to 350');
    expect(merged?.alsoIn[0]?.note).toMatch(/250 to 350/);
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

  it("rejects an event dated after its source and an alsoIn naming the claim's own source", () => {
    const data = clone();
    const index = data.claims.findIndex((c: { events?: unknown[] }) => (c.events?.length ?? 0) > 0);
    data.claims[index].events[0].date = '2030-01-01';
    data.claims[0].alsoIn = [{ sourceId: data.claims[0].sourceId, quote: null }];
    const result = parseDataset(data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const paths = result.problems.map((p) => p.path);
      expect(paths).toContain(`claims[${index}].events[0].date`);
      expect(paths).toContain('claims[0].alsoIn[0].sourceId');
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
