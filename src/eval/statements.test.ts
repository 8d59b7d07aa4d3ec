import { describe, expect, it } from 'vitest';
import type { ClaimMatch, MatchedMention, PageSpeaker } from '../model/types';
import { scoreStatements } from './statements';

const GENERAL: PageSpeaker = {
  name: 'Qais al-Muhammadawi',
  role: null,
  kind: 'person',
  speakerId: 'qais-al-muhammadawi',
};

const SENTENCE =
  'There are no coalition personnel remaining at Ain al-Asad base, and next week will witness a complete withdrawal, he said.';

/** A mention of `needle` in SENTENCE, showing `reported` as the claim it reports. */
function mention(needle: string, reported: string): MatchedMention {
  const start = SENTENCE.indexOf(needle);
  return {
    start,
    end: start + needle.length,
    text: needle,
    kind: 'change',
    sentenceStart: 0,
    sentenceEnd: SENTENCE.length,
    speaker: GENERAL,
    claims: [{ claimId: reported, speakerId: 'qais-al-muhammadawi', score: 0.8, relation: 'same' }],
  };
}

const CLAIM_WORDS: Record<string, string> = {
  'no-personnel': 'There are no coalition personnel remaining at Ain al-Asad base',
  'withdrawal-next-week':
    'next week will witness a complete withdrawal and the handover of the base',
};

function score(claim: string) {
  const mentions = [
    mention('remaining', 'no-personnel'),
    mention('withdrawal', 'withdrawal-next-week'),
  ];
  const relateTo = (m: MatchedMention, claimId: string): ClaimMatch | null =>
    m.claims.find((c) => c.claimId === claimId) ?? {
      claimId,
      speakerId: 'qais-al-muhammadawi',
      score: 0.5,
      relation: 'agrees',
    };
  return scoreStatements(
    SENTENCE,
    [
      {
        sentence: SENTENCE,
        speaker: 'Qais al-Muhammadawi',
        speakerKind: 'person',
        relates: {
          file: 'rudaw.txt',
          fragment: 'There are no coalition personnel remaining at Ain al-Asad base, and next week',
          relation: 'same',
          claim,
        },
      },
    ],
    mentions,
    relateTo,
    () => false,
    undefined,
    (id) => CLAIM_WORDS[id],
  );
}

describe('a labelled sentence that reports two of its speaker’s statements', () => {
  it('is judged by the mention in the part that carries the labelled claim’s words', () => {
    for (const claim of ['no-personnel', 'withdrawal-next-week']) {
      const judged = score(claim);
      expect(judged.relationRight, claim).toBe(1);
      expect(judged.sameGiven, claim).toBe(1);
      expect(judged.sameRight, claim).toBe(1);
    }
  });
});

describe('the speaker a label names', () => {
  function speakerRight(labelled: string, found: PageSpeaker): number {
    const m = { ...mention('remaining', 'no-personnel'), speaker: found };
    return scoreStatements(
      SENTENCE,
      [{ sentence: SENTENCE, speaker: labelled, speakerKind: found.kind, relates: null }],
      [m],
      () => null,
      () => false,
    ).speakerRight;
  }
  const body = (name: string): PageSpeaker => ({
    name,
    role: null,
    kind: 'institution',
    speakerId: null,
  });

  it('is one body named at two lengths', () => {
    expect(speakerRight('U.S. Embassy Baghdad', body('The United States Embassy in Baghdad'))).toBe(
      1,
    );
  });

  it('is not another body', () => {
    expect(speakerRight('U.S. Embassy Baghdad', body('The Iraqi Embassy in Washington'))).toBe(0);
  });
});

describe('a name that opens a sentence of two statements', () => {
  const text =
    'Sudani told reporters that "the variable that changed is the events in Syria", and that 250 to 350 advisers would stay.';
  const sudani: PageSpeaker = {
    name: 'Sudani',
    role: null,
    kind: 'person',
    speakerId: 'mohammed-shia-al-sudani',
  };
  const name: MatchedMention = {
    start: 0,
    end: 6,
    text: 'Sudani',
    kind: 'official',
    sentenceStart: 0,
    sentenceEnd: text.length,
    speaker: sudani,
    claims: ['variable-changed', 'advisers-stay'].map((claimId) => ({
      claimId,
      speakerId: 'mohammed-shia-al-sudani',
      score: 0.9,
      relation: 'same' as const,
    })),
  };
  const label = (sentence: string, claim: string) => ({
    sentence,
    speaker: 'Mohammed Shia al-Sudani',
    speakerKind: 'person' as const,
    relates: { file: 'national.txt', fragment: sentence, relation: 'same' as const, claim },
  });

  it('answers `same` rightly for each claim the labels give the sentence, and no other', () => {
    const labels = [
      label('the variable that changed is the events in Syria', 'variable-changed'),
      label('250 to 350 advisers would stay', 'advisers-stay'),
    ];
    const judged = scoreStatements(text, labels, [name], () => null);
    // The name answers for the words of its own part of the sentence, both claims right.
    expect(judged.sameGiven).toBe(2);
    expect(judged.sameRight).toBe(2);
    const alone = scoreStatements(text, [labels[0] as (typeof labels)[0]], [name], () => null);
    expect(alone.sameRight).toBe(1);
    expect(alone.errors.some((e) => e.startsWith('wrong same: advisers-stay'))).toBe(true);
  });
});

describe('a body labelled by its initials', () => {
  it('is the body the engine names in full', () => {
    const text = 'The Kurdistan Regional Government (KRG) said the coalition would stay.';
    const krg: MatchedMention = {
      start: text.indexOf('coalition'),
      end: text.indexOf('coalition') + 'coalition'.length,
      text: 'coalition',
      kind: 'coalition',
      sentenceStart: 0,
      sentenceEnd: text.length,
      speaker: {
        name: 'The Kurdistan Regional Government',
        role: null,
        kind: 'institution',
        speakerId: null,
      },
      claims: [],
    };
    const label = {
      sentence: text,
      speaker: 'KRG',
      speakerKind: 'institution' as const,
      relates: null,
    };
    expect(scoreStatements(text, [label], [krg], () => null).speakerRight).toBe(1);
    const other = { ...label, speaker: 'KDP' };
    expect(scoreStatements(text, [other], [krg], () => null).speakerRight).toBe(0);
  });
});
