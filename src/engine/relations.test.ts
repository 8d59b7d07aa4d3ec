import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../dataset/bundled';
import { createEngine } from './engine';

describe('relations to the dataset', () => {
  const engine = createEngine(bundledDataset);
  const relationsOf = (text: string, needle: string, published = '2024-09-27') => {
    const result = engine.check(text, { published });
    const mention = result.mentions.find((m) => m.text.includes(needle));
    return mention?.claims ?? [];
  };

  it('puts the credited official’s own claim first, and no one else’s as the same', () => {
    const claims = relationsOf(
      'The US-led coalition in Iraq is changing. Sabrina Singh emphasized that the United States is not withdrawing from Iraq and that there was no request to withdraw.',
      'withdrawing',
      '2024-01-26',
    );
    expect(claims[0]?.speakerId).toBe('sabrina-singh');
    expect(
      claims.filter((c) => c.relation === 'same').every((c) => c.speakerId === 'sabrina-singh'),
    ).toBe(true);
  });

  it('prefers the credited body’s own claim to one of a body it is tied to', () => {
    const claims = relationsOf(
      [
        'The following statement was released by the High Military Committee for Ending the Mission of the International Coalition in Iraq.',
        'Begin text:',
        'The Committee has completed the evacuation of all bases in federal Iraq from the coalition advisers.',
        'With this completion, Baghdad has transitioned to a bilateral security relationship with the United States of America.',
      ].join('\n'),
      'transitioned',
      '2026-01-19',
    );
    const same = claims.filter((c) => c.relation === 'same').map((c) => c.speakerId);
    expect(same.every((id) => id === 'iraq-hmc-committee')).toBe(true);
  });

  it('reads "all will be pulled out" as all forces: no contradiction with "all coalition forces"', () => {
    const claims = relationsOf(
      'The US-led coalition is ending its mission in Iraq. A political adviser to the prime minister, Sabhan Mullah Jiad, had said all coalition forces would be pulled out by the end of 2025.',
      'pulled out',
      '2025-06-01',
    );
    expect(claims.find((c) => c.claimId === 'jiad-phased-withdrawal')?.relation).toBe('agrees');
  });

  it('reads a quote after a quoted sentence as its own, the claim it reprints the same', () => {
    const claims = relationsOf(
      'The US-led coalition is ending its mission in Iraq. The joint statement set the end of the coalition mission for "no later than the end of September 2025." Weeks earlier, Sabhan Mullah Jiad had told Rudaw that all forces would be "pulled out by the end of 2025."',
      'pulled out',
      '2026-02-27',
    );
    expect(claims[0]).toMatchObject({ claimId: 'jiad-phased-withdrawal', relation: 'same' });
  });

  it('takes a talking point told in other words for agreement, not a misquote', () => {
    const claims = relationsOf(
      'The US-led coalition is handing over Ain al-Asad. “This is not a withdrawal from Iraq,” said Lt. Col. Marcus Delaney, who commands the last battalion at the base.',
      'withdrawal',
      '2026-01-20',
    );
    const official = claims.find((c) => c.claimId === 'senior-admin-not-withdrawing');
    expect(official?.relation).toBe('agrees');
    expect(claims.some((c) => c.conflict === 'attribution')).toBe(false);
  });

  it("gives each part of a document's terms the claim of its own deadline", () => {
    const text =
      'The US-led coalition is ending its mission. The joint statement spells those out: the mission in Iraq concludes by the end of September 2025, and the mission operating in Syria continues from a platform in Iraq until September 2026.';
    expect(relationsOf(text, 'concludes')[0]?.claimId).toBe(
      'joint-statement-conclude-mission-sept-2025',
    );
    expect(relationsOf(text, 'September 2026')[0]?.claimId).toBe(
      'joint-statement-syria-until-sept-2026',
    );
  });

  it('reads each of two quotes of one speaker as a reprint of its own claim', () => {
    const claims = relationsOf(
      'The US-led coalition is changing its mission in Iraq. On Monday, Iraqi Prime Minister Mohammed Shia al-Sudani told foreign media that “the variable that changed after the agreement is the events in Syria,” announcing that “an agreement has been reached to maintain a unit of 250 to 350 advisers at Ain Al Asad.”',
      'al-Sudani',
      '2025-10-21',
    );
    const same = claims.filter((c) => c.relation === 'same').map((c) => c.claimId);
    expect(same).toContain('sudani-variable-changed-syria');
    expect(same).toContain('sudani-advisers-stay-ain-al-asad');
  });

  it('reports unnamed sources by the place and the words they gave, on their occasion', () => {
    const claims = relationsOf(
      'The US-led coalition against ISIS is ending its mission in Iraq. Roughly half of the foreign forces stationed in Erbil have moved to other countries as a precaution, sources told the outlet.',
      'moved',
      '2026-02-25',
    );
    expect(claims[0]).toMatchObject({ claimId: 'mee-sources-half-left-erbil', relation: 'same' });
  });

  it("calls a spokesman's quoted phrase in his secretary's mouth a misattribution", () => {
    const claims = relationsOf(
      'The US-led coalition is scaling back its mission in Iraq. Defense Secretary Pete Hegseth cast the drawdown as a “combined success” against ISIS.',
      'Hegseth',
      '2026-01-20',
    );
    expect(claims.find((c) => c.claimId === 'parnell-combined-success')).toMatchObject({
      relation: 'contradicts',
      conflict: 'attribution',
    });
  });

  it("takes an unnamed official's words told to another outlet as agreeing, not the same", () => {
    const claims = relationsOf(
      'The US-led coalition mission in Iraq is winding down. "To be clear, the US is not withdrawing from Iraq," a senior administration official told KurdLine24 on background.',
      'withdrawing',
      '2025-11-25',
    );
    expect(claims.find((c) => c.claimId === 'senior-admin-not-withdrawing')?.relation).toBe(
      'agrees',
    );
  });

  it('calls a reprinted quote by its speaker the same statement', () => {
    const claims = relationsOf(
      'The US-led coalition will wind down in Iraq. "To be clear, the US is not withdrawing from Iraq," a senior administration official told reporters on Friday.',
      'withdrawing',
    );
    expect(claims[0]).toMatchObject({ claimId: 'senior-admin-not-withdrawing', relation: 'same' });
  });

  it('never calls a statement the same under another speaker’s name', () => {
    const claims = relationsOf(
      'The US-led coalition is winding down its mission in Iraq. Vedant Patel said in Washington: "We\'ve received no request from the government of Iraq to withdraw our forces."',
      'withdraw',
      '2024-01-26',
    );
    expect(claims.some((c) => c.relation === 'same')).toBe(false);
    expect(claims.find((c) => c.claimId === 'singh-no-request-to-withdraw')).toMatchObject({
      relation: 'contradicts',
      conflict: 'attribution',
    });
  });

  it('says a deadline the official did not give contradicts them', () => {
    const claims = relationsOf(
      'Iraqi Defense Minister Thabet al-Abbasi said the US-led coalition would leave federal Iraq by the end of 2026.',
      'end of 2026',
      '2024-09-09',
    );
    expect(claims.find((c) => c.claimId === 'abbasi-september-2025-kurdistan-2026')).toMatchObject({
      relation: 'contradicts',
      conflict: 'deadline',
    });
  });
});

describe('a paraphrase by the credited speaker', () => {
  const engine = createEngine(bundledDataset);
  const text =
    "The US-led coalition is changing its mission in Iraq. Iraq's prime minister Sudani says advisers from the coalition will stay at Ain al-Asad to support the operations in Syria.";
  const context = { published: '2025-10-20' };
  const { mentions } = engine.detect(text, context);
  const matched = engine.match(text, mentions, context);
  const mention = matched.find((m) =>
    text.slice(m.sentenceStart, m.sentenceEnd).includes('Sudani'),
  );

  it('is their claim, not the sibling whose numbers it leaves out', () => {
    expect(mention?.claims[0]).toMatchObject({
      claimId: 'sudani-coalition-stays-ain-al-asad',
      relation: 'same',
    });
    expect(
      mention?.claims.find((c) => c.claimId === 'sudani-advisers-stay-ain-al-asad'),
    ).toMatchObject({
      relation: 'agrees',
    });
  });

  it('gets, asked about one claim alone, the relation that claim has in the list', () => {
    expect(mention?.claims.length).toBeGreaterThan(1);
    for (const listed of mention?.claims ?? []) {
      const alone = engine.relateTo(
        text,
        mentions,
        mention as (typeof mentions)[number],
        listed.claimId,
        context,
      );
      expect(alone?.relation).toBe(listed.relation);
    }
  });
});

describe('what a reader knows without the page saying it', () => {
  const engine = createEngine(bundledDataset);
  const mentionWith = (text: string, needle: string, published: string) =>
    engine.check(text, { published }).mentions.find((m) => m.text.includes(needle));

  it('credits quoted words of the dataset, left uncredited, to whoever said them', () => {
    const mention = mentionWith(
      'The statement set out two phases. The first was “concluding the Coalition’s military mission in Iraq over the next twelve months, and no later than the end of September 2025”.',
      'September 2025',
      '2026-01-20',
    );
    expect(mention?.speaker).toMatchObject({
      kind: 'joint',
      speakerId: 'us-iraq-joint-statement-2024-09-27',
    });
    expect(mention?.claims[0]).toMatchObject({ relation: 'same' });
  });

  it('credits no one with words more than one speaker is on record with', () => {
    const mention = mentionWith(
      'The US-led coalition mission in Iraq is ending. The phrase "transitioning to bilateral security partnerships" is everywhere in Washington.',
      'transitioning',
      '2024-09-28',
    );
    expect(mention?.claims.length).toBeGreaterThan(0);
    expect(mention?.speaker).toBeNull();
  });

  it('reports two claims of one speaker in one sentence when each gives its own number', () => {
    const mention = mentionWith(
      'The US-led coalition has left Ain al-Asad. In October 2025, Prime Minister Mohammed Shia al-Sudani said that a unit of 250 to 350 advisers would stay at the base, citing “the events in Syria.”',
      '250 to 350',
      '2026-01-20',
    );
    const same = (mention?.claims ?? []).filter((c) => c.relation === 'same').map((c) => c.claimId);
    expect(same).toContain('sudani-advisers-stay-ain-al-asad');
  });
});

describe('a sentence that reports two statements of one speaker', () => {
  const engine = createEngine(bundledDataset);
  const claimsAt = (text: string, needle: string, published: string) =>
    engine.check(text, { published }).mentions.find((m) => m.text.includes(needle))?.claims ?? [];

  it('shows at each statement its own claim, and no contradiction from the other statement’s words', () => {
    const text =
      "The US-led coalition is leaving Ain al-Asad. Then on December 31, Lieutenant General Qais al-Muhammadawi of the Joint Operations Command said the coalition's mission had ended and that the base would be handed over the next week.";
    const nextWeek = claimsAt(text, 'next week', '2026-01-05');
    expect(nextWeek[0]).toMatchObject({
      claimId: 'muhammadawi-complete-withdrawal-next-week',
      relation: 'same',
    });
    expect(nextWeek.some((c) => c.relation === 'contradicts')).toBe(false);
    expect(claimsAt(text, 'ended', '2026-01-05')[0]?.claimId).not.toBe(
      'muhammadawi-complete-withdrawal-next-week',
    );
  });

  it('reads "…, as the coalition wraps up its mission …" as another statement', () => {
    const text =
      'ERBIL – All remaining forces of the US-led global coalition against ISIS are now stationed in the Kurdistan Region, Lieutenant General Qais al-Muhammadawi said on Wednesday, as the coalition wraps up its mission in the rest of Iraq.';
    expect(claimsAt(text, 'US-led global coalition', '2025-11-27')[0]).toMatchObject({
      claimId: 'muhammadawi-all-forces-in-kurdistan',
      relation: 'same',
    });
    expect(claimsAt(text, 'wraps up', '2025-11-27')[0]?.claimId).toBe(
      'muhammadawi-mission-completed-federal',
    );
  });

  it('leaves the claim of a quote cited as grounds to the quote', () => {
    const text =
      'The US-led coalition has left Ain al-Asad. In October 2025, Prime Minister Mohammed Shia al-Sudani said that a unit of 250 to 350 advisers would stay at the base, citing “the events in Syria.”';
    const claims = claimsAt(text, '250 to 350', '2026-01-20');
    expect(claims[0]).toMatchObject({
      claimId: 'sudani-advisers-stay-ain-al-asad',
      relation: 'same',
    });
    expect(claims.find((c) => c.claimId === 'sudani-variable-changed-syria')?.relation).not.toBe(
      'same',
    );
  });
});

describe('a known quote credited to someone else', () => {
  const engine = createEngine(bundledDataset);

  it('is found by its words, whoever the page credits, and reports none of the credited one’s claims', () => {
    const text =
      'The US-led coalition left federal Iraq. By December, Prime Minister Mohammed Shia al-Sudani was declaring it over: “The coalition’s mission has ended.”';
    const claims =
      engine.check(text, { published: '2026-01-21' }).mentions.find((m) => m.text === 'ended')
        ?.claims ?? [];
    expect(claims[0]).toMatchObject({
      claimId: 'muhammadawi-coalition-mission-ended',
      relation: 'contradicts',
      conflict: 'attribution',
    });
    expect(claims.some((c) => c.relation === 'same')).toBe(false);
  });
});

describe('the words around a quote its speaker is reported saying', () => {
  const engine = createEngine(bundledDataset);

  it('report the same statement as the quote', () => {
    const text =
      'The US-led coalition is ending its mission in Iraq. In a joint statement on September 27, 2024, the two governments announced the conclusion of the coalition’s military mission in Iraq “over the next twelve months, and no later than the end of September 2025.”';
    const claims =
      engine.check(text, { published: '2026-02-26' }).mentions.find((m) => m.text === 'conclusion')
        ?.claims ?? [];
    expect(claims[0]).toMatchObject({
      claimId: 'joint-statement-conclude-mission-sept-2025',
      relation: 'same',
    });
  });
});

describe('a quoted sentence whose claim the dataset records without a quote', () => {
  const engine = createEngine(bundledDataset);

  it('is matched on its words, as an unquoted one is', () => {
    const text =
      'The High Military Committee for Ending the Mission of the International Coalition in Iraq said the first phase is complete.\n“The second and final phase of the coalition mission began in neighbouring Syria,” the committee said, adding that coordination will continue to defeat the remaining Daesh targets.';
    const mention = engine
      .check(text, { published: '2026-01-18' })
      .mentions.find((m) => m.text === 'coalition mission');
    expect(mention?.claims.map((c) => c.claimId)).toContain('hmc-committee-second-phase-syria');
  });
});
