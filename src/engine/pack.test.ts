import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../dataset/bundled';
import { catalogueFor } from '../dataset/catalogue';
import { createEngine } from './engine';
import { packGroups, packSentences, unpackOffset } from './pack';

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

  it('keeps the mentions with their attribution windows, and maps offsets back', () => {
    const far = `${'Markets: shares rose. '.repeat(200)}\n${page}`;
    const farMentions = engine.detect(far, context).mentions;
    expect(packSentences(far, farMentions).text).not.toContain('Markets');
    packed.mentions.forEach((m, i) => {
      const original = mentions[i];
      expect(m.text).toBe(packed.text.slice(m.start, m.end));
      expect(unpackOffset(packed, m.start)).toBe(original?.start);
      expect(unpackOffset(packed, m.sentenceEnd)).toBe(original?.sentenceEnd);
    });
  });

  it('matches packed sentences as the page would be matched, speakers included', () => {
    const direct = engine
      .match(page, mentions, context)
      .map((m) => [m.start, m.speaker?.name ?? null, m.claims.map((c) => [c.claimId, c.relation])]);
    const viaPack = engine
      .match(packed.text, packed.mentions, context)
      .map((m) => [
        unpackOffset(packed, m.start),
        m.speaker?.name ?? null,
        m.claims.map((c) => [c.claimId, c.relation]),
      ]);
    expect(viaPack).toEqual(direct);
    expect(direct.some(([, speaker]) => speaker === 'Sabhan Mullah Jiad')).toBe(true);
  });
});

describe('windows that read far back', () => {
  it('credit an interview’s later answers to its guest whether the page is packed or whole', () => {
    const filler =
      'The guest described the politics of the region at length in this answer. '.repeat(8);
    const interview = [
      'We asked Nadia Karim, who studies Iraqi security, what comes next for the coalition.',
      'Is the coalition leaving Iraq?',
      `Not in the sense people think. ${filler}`,
      'What about the economy?',
      `It depends on oil prices. ${filler}`,
      'And the deadline?',
      `${filler}`,
      'Will the advisers stay?',
      'Some will. The US-led coalition will keep advisers in Erbil until September 2026.',
    ].join('\n');
    const interviewContext = { published: '2025-10-01' };
    const { mentions } = engine.detect(interview, interviewContext);
    const packed = packSentences(interview, mentions);
    const direct = engine.match(interview, mentions, interviewContext);
    const viaPack = engine.match(packed.text, packed.mentions, interviewContext);
    expect(viaPack.map((m) => m.speaker?.name ?? null)).toEqual(
      direct.map((m) => m.speaker?.name ?? null),
    );
    expect(direct.find((m) => m.text === 'September 2026')?.speaker?.name).toBe('Nadia Karim');
  });
});

describe('packGroups', () => {
  it('matches the mentions of several blocks in one request as each block alone', () => {
    const other = [
      'Markets: shares rose on Tuesday.',
      'The US-led coalition will end its military mission in Iraq by September 2025, Vedant Patel said.',
    ].join('\n');
    const blocks = [page, other].map((text) => ({
      text,
      mentions: engine.detect(text, context).mentions,
    }));
    const alone = blocks.map(({ text, mentions }) => {
      const packed = packSentences(text, mentions);
      return engine
        .match(packed.text, packed.mentions, context)
        .map((m) => [m.text, m.speaker?.name ?? null, m.claims]);
    });
    const together = packGroups(blocks);
    expect(together.mentions).toHaveLength(blocks.reduce((n, b) => n + b.mentions.length, 0));
    for (const m of together.mentions) expect(together.text.slice(m.start, m.end)).toBe(m.text);
    const matched = engine
      .match(together.text, together.mentions, context)
      .map((m) => [m.text, m.speaker?.name ?? null, m.claims]);
    expect(matched).toEqual(alone.flat());
    expect(alone[1]?.some(([, speaker]) => speaker === 'Vedant Patel')).toBe(true);
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
