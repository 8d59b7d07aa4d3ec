import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../dataset/bundled';
import { catalogueFor } from '../dataset/catalogue';
import { createEngine } from './engine';
import { packSentences, unpackOffset } from './pack';

const engine = createEngine(bundledDataset);
const page = [
  'Weather today: sunny across the region, with light winds.',
  'Sabhan Mullah Jiad told reporters that all coalition forces would withdraw from Iraq by the end of 2025. He added that the first troops would leave before the end of this year.',
  'Football: the cup final was postponed.',
  '"We haven\'t reached any final conclusions," the Pentagon official said of the US-led coalition in Iraq.',
].join('\n');
const context = { published: '2024-09-08' };

describe('packSentences', () => {
  const { mentions } = engine.detect(page, context);
  const packed = packSentences(page, mentions);

  it('keeps only the sentences that hold mentions, and maps offsets back', () => {
    expect(packed.text).not.toContain('Weather');
    expect(packed.text).not.toContain('Football');
    packed.mentions.forEach((m, i) => {
      const original = mentions[i];
      expect(m.text).toBe(packed.text.slice(m.start, m.end));
      expect(unpackOffset(packed, m.start)).toBe(original?.start);
      expect(unpackOffset(packed, m.sentenceEnd)).toBe(original?.sentenceEnd);
    });
  });

  it('matches packed sentences as the page would be matched', () => {
    const direct = engine
      .match(page, mentions, context)
      .map((m) => [m.start, m.claims[0]?.claimId]);
    const viaPack = engine
      .match(packed.text, packed.mentions, context)
      .map((m) => [unpackOffset(packed, m.start), m.claims[0]?.claimId]);
    expect(viaPack).toEqual(direct);
    expect(
      direct.some(
        ([, id]) => id === 'jiad-phased-withdrawal' || id === 'jiad-agreement-withdraw-by-end-2025',
      ),
    ).toBe(true);
  });
});

describe('catalogueFor', () => {
  it('brings the claims, their contradictions and the other side of each', () => {
    const catalogue = catalogueFor(bundledDataset, ['patel-no-withdrawal-discussed']);
    expect(catalogue.contradictions.map((c) => c.id)).toContain(
      'patel-denial-vs-foreign-ministry-agreement',
    );
    expect(catalogue.claims.map((c) => c.id)).toContain('iraq-fm-agreement-on-withdrawal');
    expect(catalogue.speakers.map((s) => s.id).sort()).toEqual(
      [...new Set(catalogue.claims.map((c) => c.speakerId))].sort(),
    );
    expect(catalogue.claims.length).toBeLessThan(bundledDataset.claims.length);
  });
});
