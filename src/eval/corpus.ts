/**
 * The labelled evaluation sets, run through the engine exactly as the command line reads a page:
 * the first corpus (`e2e/pages/articles/`), the wire-style corpus (`e2e/pages/wire/`), and the
 * real articles in `../shared/` (labels here, articles there).
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Engine } from '../engine/engine';
import { quotedSpans } from '../match/matcher';
import { loadFile } from '../read/page-source';
import { fold } from '../text/fold';
import { labelsSchema, type PageLabels, type PageScore, scorePage } from './score';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const ARTICLES_DIR = resolve(HERE, '../../e2e/pages/articles');
export const WIRE_DIR = resolve(HERE, '../../e2e/pages/wire');
export const SHARED_DIR = resolve(HERE, '../../../shared');
export const SHARED_LABELS = resolve(HERE, 'shared-labels.json');

/** Text compared as words: folded, punctuation and spacing dropped. */
function plain(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

async function readLabels(path: string): Promise<PageLabels[]> {
  return labelsSchema.parse(JSON.parse(await readFile(path, 'utf8')));
}

async function scoreAll(
  engine: Engine,
  dir: string,
  pages: readonly PageLabels[],
  siteOf: (file: string) => string | null = () => null,
): Promise<PageScore[]> {
  const quotes = new Map(
    engine.dataset.claims.map((c) => [
      c.id,
      [c.quote, ...c.alsoIn.map((a) => a.quote)].filter((q): q is string => !!q).map(plain),
    ]),
  );
  // A claim is printed in a sentence when the sentence holds its quote, or quotes a passage
  // of it (a sentence can print two claims cut from one long quote).
  const reprints = (sentence: string, claimId: string): boolean => {
    const said = plain(sentence);
    const passages = quotedSpans(sentence)
      .map(([a, b]) => plain(sentence.slice(a, b)))
      .filter((p) => p.split(' ').length >= 5);
    return (quotes.get(claimId) ?? []).some(
      (q) => (q.length >= 12 && said.includes(q)) || passages.some((p) => q.includes(p)),
    );
  };
  const said = new Map(engine.dataset.claims.map((c) => [c.id, `${c.quote ?? ''} ${c.summary}`]));
  const scores: PageScore[] = [];
  for (const page of pages) {
    const loaded = await loadFile(resolve(dir, page.file));
    const published = page.published ?? loaded.published;
    const site = loaded.site ?? siteOf(page.file);
    const context = { published, site, signer: loaded.signer };
    const result = engine.check(loaded.text, context);
    scores.push(
      scorePage(
        loaded.text,
        page,
        result.mentions,
        (mention, claimId) =>
          engine.relateTo(loaded.text, result.mentions, mention, claimId, context),
        reprints,
        engine.resolveSpeaker,
        (claimId) => said.get(claimId),
      ),
    );
  }
  return scores;
}

/** The first corpus, labelled with the speaker of each sentence's claim. */
export async function evaluateCorpus(engine: Engine, dir = ARTICLES_DIR): Promise<PageScore[]> {
  return scoreAll(engine, dir, await readLabels(resolve(dir, 'labels.json')));
}

/** The wire-style corpus: every `labels-*.json` in its folder. */
export async function evaluateWire(engine: Engine, dir = WIRE_DIR): Promise<PageScore[]> {
  const files = readdirSync(dir)
    .filter((f) => /^labels.*\.json$/.test(f))
    .sort();
  const pages: PageLabels[] = [];
  for (const file of files) pages.push(...(await readLabels(resolve(dir, file))));
  return scoreAll(engine, dir, pages);
}

/** Whether the real articles are beside the project (they are in CI). */
export const sharedPresent = (): boolean => existsSync(resolve(SHARED_DIR, 'sources'));

/**
 * The real articles of `../shared/`, when present. Their stored copies keep no page metadata,
 * so a copy without a `Publication:` header is read as the outlet the dataset records for it,
 * the name its page would carry (`og:site_name`).
 */
export async function evaluateShared(engine: Engine): Promise<PageScore[]> {
  const outletOf = new Map(
    engine.dataset.sources.flatMap((s) =>
      s.seedFile
        ? [[s.seedFile, s.citing ? `${s.outlet}, citing ${s.citing}` : s.outlet] as const]
        : [],
    ),
  );
  return scoreAll(
    engine,
    SHARED_DIR,
    await readLabels(SHARED_LABELS),
    (file) => outletOf.get(basename(file)) ?? null,
  );
}
