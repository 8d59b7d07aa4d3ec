/** The labelled evaluation articles under `e2e/pages/articles/`, run through the engine. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFile } from '../cli/page-source';
import type { Engine } from '../engine/engine';
import { labelsSchema, type PageScore, scorePage } from './score';

export const ARTICLES_DIR = resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../e2e/pages/articles',
);

export async function evaluateCorpus(engine: Engine, dir = ARTICLES_DIR): Promise<PageScore[]> {
  const labels = labelsSchema.parse(
    JSON.parse(await readFile(resolve(dir, 'labels.json'), 'utf8')),
  );
  const scores: PageScore[] = [];
  for (const page of labels) {
    const loaded = await loadFile(resolve(dir, page.file));
    const result = engine.check(loaded.text, { published: loaded.published });
    scores.push(scorePage(loaded.text, page, result.mentions));
  }
  return scores;
}
