import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../dataset/bundled';
import { createEngine } from '../engine/engine';
import { packSentences, unpackOffset } from '../engine/pack';
import type { Mention } from '../model/types';
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

/** The officials a page names, as the content script reads them from its mentions. */
function officialsOf(mentions: readonly Mention[]): string[] {
  return [...new Set(mentions.filter((m) => m.kind === 'official').map((m) => m.text))];
}

describe('the labelled pages, packed as the content script packs them', () => {
  const pages = [WIRE_DIR, ARTICLES_DIR].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => resolve(dir, f)),
  );

  // Each sentence packed alone with its window, as a page with few mentions sends it: a rule
  // that read outside the window would credit it otherwise here.
  it('credit each sentence packed alone as the whole page does', async () => {
    let compared = 0;
    for (const file of pages) {
      const page = await loadFile(file);
      const read = { published: page.published, site: page.site, signer: page.signer };
      const { mentions } = engine.detect(page.text, read);
      // The content script sends the officials the whole page names with every batch.
      const context = { ...read, people: officialsOf(mentions) };
      const speakers = (matched: ReturnType<typeof engine.match>) =>
        matched.map((m) => [m.speaker?.name ?? null, m.speaker?.speakerId ?? null]);
      const whole = speakers(engine.match(page.text, mentions, context));
      const alone = [...new Set(mentions.map((m) => m.sentenceStart))].flatMap((start) => {
        const packed = packSentences(
          page.text,
          mentions.filter((m) => m.sentenceStart === start),
        );
        return speakers(engine.match(packed.text, packed.mentions, context));
      });
      expect(alone, file).toEqual(whole);
      compared += whole.length;
    }
    expect(compared).toBeGreaterThan(1500);
  }, 60_000);

  it('are credited and matched as the whole pages are', async () => {
    let compared = 0;
    for (const file of pages) {
      const page = await loadFile(file);
      const read = { published: page.published, site: page.site, signer: page.signer };
      const { mentions } = engine.detect(page.text, read);
      if (mentions.length === 0) continue;
      const context = { ...read, people: officialsOf(mentions) };
      const packed = packSentences(page.text, mentions);
      const whole = answers(engine.match(page.text, mentions, context), (at) => at);
      const viaPack = answers(engine.match(packed.text, packed.mentions, context), (at) =>
        unpackOffset(packed, at),
      );
      expect(viaPack, file).toEqual(whole);
      compared += whole.length;
    }
    expect(compared).toBeGreaterThan(1500);
  }, 60_000);
});
