import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../dataset/bundled';
import { createEngine } from '../engine/engine';
import { packSentences, unpackOffset } from '../engine/pack';
import { loadFile } from '../read/page-source';
import { ARTICLES_DIR, WIRE_DIR } from './corpus';

const engine = createEngine(bundledDataset);

/** Who each mention is credited to, and its claims, as one matching reads them. */
function answers(matched: ReturnType<typeof engine.match>, offset: (at: number) => number) {
  return matched.map((m) => [
    offset(m.start),
    m.speaker?.name ?? null,
    m.speaker?.speakerId ?? null,
    m.claims.map((c) => `${c.claimId} ${c.relation}`),
  ]);
}

describe('the labelled pages, packed as the content script packs them', () => {
  const pages = [WIRE_DIR, ARTICLES_DIR].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => resolve(dir, f)),
  );

  it('are credited and matched as the whole pages are', async () => {
    let compared = 0;
    for (const file of pages) {
      const page = await loadFile(file);
      const context = { published: page.published, site: page.site };
      const { mentions } = engine.detect(page.text, context);
      if (mentions.length === 0) continue;
      const packed = packSentences(page.text, mentions);
      const whole = answers(engine.match(page.text, mentions, context), (at) => at);
      const viaPack = answers(engine.match(packed.text, packed.mentions, context), (at) =>
        unpackOffset(packed, at),
      );
      expect(viaPack, file).toEqual(whole);
      compared += whole.length;
    }
    expect(compared).toBeGreaterThan(1500);
  });
});
