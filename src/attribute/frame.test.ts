import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../dataset/bundled';
import { type Claim, claimSchema } from '../dataset/schema';
import { createDetector } from '../detect/detect';
import { compareFrames, frameOf } from './frame';

const detector = createDetector(bundledDataset);

/** A page about the story, so the detector reads the sentence after it. */
const LEAD = 'The US-led coalition against ISIS is changing its military mission in Iraq. ';

/** The frame of `sentence`, with the deadlines the detector finds in it on a page about the story. */
function frameOfText(sentence: string, published = '2025-03-01') {
  const text = LEAD + sentence;
  const { mentions } = detector.detect(text, { published });
  const inSentence = mentions.filter((m) => m.sentenceStart === LEAD.length);
  if (inSentence.length === 0) throw new Error(`no mention in: ${sentence}`);
  return frameOf(sentence, LEAD.length, inSentence);
}

function claim(fields: Partial<Claim>): Claim {
  return claimSchema.parse({
    id: 'test-claim',
    speakerId: 'test-speaker',
    sourceId: 'test-source',
    date: '2025-01-10',
    dateBasis: 'said',
    quote: null,
    summary: 'A test official said something about the coalition.',
    topics: ['coalition-mission'],
    ...fields,
  });
}

const twoDeadlines = claim({
  position: { calls: ['withdrawal'], rejects: [] },
  deadlines: [
    {
      subject: 'coalition-forces',
      where: 'federal-iraq',
      relation: 'by',
      endOf: false,
      date: '2025-09',
      wording: 'out of federal Iraq by September 2025',
    },
    {
      subject: 'coalition-forces',
      where: 'kurdistan-region',
      relation: 'by',
      endOf: false,
      date: '2026-09',
      wording: 'out of the Kurdistan Region by September 2026',
    },
  ],
});

describe('the words a sentence uses for the change', () => {
  it('does not hear a departure in a government department', () => {
    const frame = frameOf('The State Department briefed reporters on the coalition.', 0, []);
    expect(frame.calls).not.toContain('withdrawal');
  });

  it('hears forces that vacated a base as leaving it', () => {
    const frame = frameOf('US forces had vacated Ain al-Asad entirely, the official said.', 0, []);
    expect(frame.calls).toContain('withdrawal');
  });

  it('hears "not necessarily" as a negation of the word after it', () => {
    const frame = frameOf(
      'US officials said the deadline would not necessarily mean an immediate departure of US forces.',
      0,
      [],
    );
    expect(frame.rejects).toContain('withdrawal');
    expect(frame.calls).not.toContain('withdrawal');
  });

  it('hears a negation fused to its verb', () => {
    const frame = frameOf('The drawdown wouldn’t mean the troops leave at once.', 0, []);
    expect(frame.rejects).toContain('withdrawal');
    expect(frame.calls).not.toContain('withdrawal');
  });

  it('reads "no later than the end of" as a deadline, not as rejecting the end of the mission', () => {
    const frame = frameOf(
      'The coalition will conclude its mission no later than the end of June, the minister said.',
      0,
      [],
    );
    expect(frame.rejects).not.toContain('end-of-mission');
    expect(frame.calls).toContain('end-of-mission');
  });

  it('does not take "the end of" a month for the end of the mission', () => {
    const frame = frameOf('By the end of March the mission will have new advisers.', 0, []);
    expect(frame.calls).not.toContain('end-of-mission');
  });
});

describe('where a deadline applies', () => {
  it('reads each deadline’s place in its own clause', () => {
    const frame = frameOfText(
      'Coalition forces in federal Iraq, the defence minister said on Monday, will pull out by September 2025, while Syria operations go on until September 2026.',
      '2024-10-01',
    );
    expect(frame.deadlines.map((d) => [d.date, d.where])).toEqual([
      ['2025-09', 'federal-iraq'],
      ['2026-09', 'syria-support'],
    ]);
  });

  it('ends a clause at a quote closed before ", and"', () => {
    const frame = frameOfText(
      'It promised to end the coalition’s mission in Iraq “no later than the end of September 2025,” and to keep the mission in Syria going “until September 2026.”',
      '2024-10-01',
    );
    expect(frame.deadlines.map((d) => [d.date, d.where])).toEqual([
      ['2025-09', null],
      ['2026-09', 'syria-support'],
    ]);
  });

  it('contradicts a claim that gives the same place another date, though it shares the date of another place', () => {
    const frame = frameOfText(
      'All coalition troops will leave the Kurdistan Region by September 2025, a lawmaker said.',
      '2025-01-15',
    );
    expect(compareFrames(frame, twoDeadlines)).toMatchObject({ conflict: 'deadline' });
  });

  it('shares a deadline whose place it does not name', () => {
    const frame = frameOfText(
      'Coalition troops will withdraw by September 2026, an official said.',
      '2025-01-15',
    );
    expect(compareFrames(frame, twoDeadlines)).toMatchObject({ conflict: null, agrees: true });
  });

  it('reads "the following week" in a later report as the claim’s "next week"', () => {
    const nextWeek = claim({
      date: '2025-12-31',
      position: { calls: ['withdrawal'], rejects: [] },
      deadlines: [
        {
          subject: 'base-handover',
          where: 'federal-iraq',
          relation: 'by',
          endOf: false,
          date: '2026-01-11',
          wording: 'next week will witness a complete withdrawal',
        },
      ],
    });
    // Published two months later: "the following week" counted from the page is March.
    const later = frameOfText(
      'The general said the following week would see a complete withdrawal from Ain al-Asad.',
      '2026-03-01',
    );
    expect(compareFrames(later, nextWeek)).toMatchObject({ conflict: null, facts: 1 });
    // A date the page writes out is still another date.
    const dated = frameOfText(
      'The general said Ain al-Asad would be handed over by March 2026.',
      '2026-03-01',
    );
    expect(compareFrames(dated, nextWeek)).toMatchObject({ conflict: 'deadline' });
    // A span of another length is not the claim's, and says nothing against it either.
    const month = frameOfText(
      'The general said the coalition would withdraw from Ain al-Asad within the coming months.',
      '2026-03-01',
    );
    expect(compareFrames(month, nextWeek)).toMatchObject({ conflict: null, facts: 0 });
  });

  it('counts the Syria-support phase as the Kurdistan Region’s', () => {
    const syria = claim({
      deadlines: [
        {
          subject: 'coalition-mission',
          where: 'syria-support',
          relation: 'by',
          endOf: false,
          date: '2026-09',
          wording: 'support for Syria until September 2026',
        },
      ],
    });
    const frame = frameOfText(
      'Coalition troops will stay in the Kurdistan Region until the end of 2027, a regional official said.',
      '2025-01-15',
    );
    expect(compareFrames(frame, syria)).toMatchObject({ conflict: 'deadline' });
  });
});

describe('what a sentence shares with a claim', () => {
  it('does not take a day of the month for a troop number', () => {
    const dated = claim({
      summary: 'The ministry said on Oct. 21 that about 2,400 US troops remain.',
    });
    expect(compareFrames({ ...frameOf('', 0, []), troops: [21] }, dated).agrees).toBe(false);
    expect(compareFrames({ ...frameOf('', 0, []), troops: [2400] }, dated).agrees).toBe(true);
  });

  it('counts a claim’s deadlines by the share of them the sentence gives', () => {
    const frame = frameOfText(
      'Coalition troops will leave Baghdad by September 2025, an official said.',
      '2025-01-15',
    );
    const compared = compareFrames(frame, twoDeadlines);
    // The word for the change, and one of the two deadlines.
    expect(compared.shares).toBeCloseTo(1.5);
    expect(compared.leftOut).toBe(false);
  });

  it('says when a sentence leaves out every deadline the claim gives', () => {
    const frame = frameOf('Coalition troops will withdraw, an official said.', 0, []);
    expect(compareFrames(frame, twoDeadlines).leftOut).toBe(true);
  });

  it('counts the figure another report of the claim gives as the claim’s', () => {
    const advisers = claim({
      quote:
        'an agreement has been reached to maintain 250 to 300 coalition advisers at Ain al-Asad',
      alsoIn: [
        {
          sourceId: 'test-source-2',
          quote:
            'an agreement has been reached to maintain a unit of 250 to 350 advisers at Ain Al Asad',
          note: 'Another version of the report gives 250 to 350.',
        },
      ],
    });
    const frame = frameOfText(
      'Up to 350 coalition advisers will stay at Ain al-Asad, Sudani said.',
    );
    expect(compareFrames(frame, advisers)).toMatchObject({ leftOut: false, facts: 1 });
  });

  it('reads a claim without a recorded position for its words', () => {
    const unrecorded = claim({ quote: 'This is a transition, not a withdrawal of our forces' });
    const frame = frameOf('The coalition is withdrawing, a commander said.', 0, []);
    expect(compareFrames(frame, unrecorded).conflict).toBe('wording');
  });

  it('says when the sentence and the claim name the change in different words', () => {
    const ending = claim({ position: { calls: ['end-of-mission'], rejects: [] } });
    const frame = frameOf('The coalition is withdrawing from the country.', 0, []);
    expect(compareFrames(frame, ending)).toMatchObject({ otherWords: true, agrees: false });
  });
});

describe('a change told at the same place', () => {
  const leftBase = claim({
    summary: 'The committee said the last coalition advisers had left Ain al-Asad air base.',
  });

  it('is common ground with a claim about that place', () => {
    const frame = frameOfText('US troops have withdrawn from Ain al-Asad, the paper said.');
    expect(compareFrames(frame, leftBase)).toMatchObject({ samePlace: true });
  });

  it('counts Erbil as the Kurdistan Region, and a count the claim gives as common ground', () => {
    const moved = claim({
      summary: 'The general said all forces had moved to the Kurdistan Region.',
    });
    const frame = frameOfText('The coalition moved what is left of its presence north to Erbil.');
    expect(compareFrames(frame, moved).samePlace).toBe(true);
    const nations = claim({
      summary: 'The coalition has 77 member nations and has spent $242 million.',
    });
    expect(
      compareFrames(frameOf('The coalition grew into a 77-nation alliance.', 0, []), nations)
        .samePlace,
    ).toBe(true);
    // A year is background many claims give: it is no common ground.
    const formed = claim({ summary: 'The coalition, formed in 2014, is ending its mission.' });
    expect(
      compareFrames(frameOf('The coalition was formed in 2014.', 0, []), formed).samePlace,
    ).toBe(false);
  });

  it('is not, for another place or without a change', () => {
    expect(
      compareFrames(frameOfText('US troops have withdrawn from Erbil, the paper said.'), leftBase)
        .samePlace,
    ).toBe(false);
    expect(
      compareFrames(frameOf('Ain al-Asad was quiet on Sunday.', 0, []), leftBase).samePlace,
    ).toBe(false);
  });
});

describe('forces placed at the same place, and a reduction told again', () => {
  const inKurdistan = claim({
    summary: 'The general said all coalition forces are now in the Kurdistan Region.',
  });

  it('agrees with a claim that places forces there, Erbil being in the Kurdistan Region', () => {
    for (const sentence of [
      'But US and coalition troops remain in the Kurdistan Region.',
      'Erbil is where the coalition is consolidating.',
    ])
      expect(compareFrames(frameOf(sentence, 0, []), inKurdistan).samePlace).toBe(true);
  });

  it('agrees that a base is held by the army that took control of it', () => {
    const controls = claim({
      summary: 'Iraqi officials said the army had assumed complete control of Ain al-Asad.',
    });
    expect(
      compareFrames(frameOf('Iraqi forces now control Ain al-Asad.', 0, []), controls).samePlace,
    ).toBe(true);
  });

  it('does not, for forces leaving that place or for another place', () => {
    expect(
      compareFrames(frameOf('Coalition troops left Erbil air base.', 0, []), inKurdistan).samePlace,
    ).toBe(false);
    expect(
      compareFrames(frameOf('Coalition troops remain in Baghdad.', 0, []), inKurdistan).samePlace,
    ).toBe(false);
  });

  it('agrees with a reported drawdown when the sentence tells of one, unless it denies it', () => {
    const drawdown = claim({
      summary: 'An Iraqi source said the drawdown from Ain al-Asad and Victoria base had begun.',
    });
    expect(
      compareFrames(frameOf('The drawdown picked up pace in 2025.', 0, []), drawdown).agrees,
    ).toBe(true);
    expect(
      compareFrames(frameOf('There has been no drawdown, the ministry said.', 0, []), drawdown)
        .agrees,
    ).toBe(false);
  });
});

describe('the end of the mission, however it is told', () => {
  it('reads "finished its mission" and "its mission there is formally over" as its end', () => {
    for (const sentence of [
      'The US-led coalition against ISIS has finished its military mission.',
      'Its military mission there is formally over, at least according to Baghdad.',
      'The coalition’s mission in Iraq is over.',
    ])
      expect(frameOf(sentence, 0, []).calls).toContain('end-of-mission');
    expect(frameOf('The mission in Syria will continue.', 0, []).calls).toEqual([]);
  });
});

describe('a claim called misleading, and words avoided', () => {
  const notWithdrawing = claim({
    summary: 'The official said the US is not withdrawing from Iraq.',
    position: { calls: [], rejects: ['withdrawal'] },
  });

  it('agrees with a claim that rejects what the page calls misleading', () => {
    const frame = frameOf('The claim that the US has withdrawn from Iraq is misleading.', 0, []);
    expect(compareFrames(frame, notWithdrawing)).toMatchObject({ conflict: null, agrees: true });
  });

  it('hears "not a withdrawal" as agreeing with "a transition", the story’s other word', () => {
    const transition = claim({ position: { calls: ['transition'], rejects: [] } });
    expect(
      compareFrames(frameOf('Washington has avoided the word withdrawal.', 0, []), transition),
    ).toMatchObject({ conflict: null, agrees: true });
  });

  it('reads "nobody is leaving" and "steered clear of the word withdrawal" as rejecting it', () => {
    for (const sentence of [
      'Nobody is leaving Iraq.',
      'American officials have steered clear of the word withdrawal.',
    ])
      expect(compareFrames(frameOf(sentence, 0, []), notWithdrawing).conflict).toBeNull();
  });
});

describe('a change that came later than was said', () => {
  const nextWeek = claim({
    summary: 'Muhammadawi said the following week would see the handover of the base.',
    deadlines: [
      {
        subject: 'base-handover',
        where: 'federal-iraq',
        relation: 'by',
        endOf: false,
        date: '2026-01-11',
        wording: 'next week will witness a complete withdrawal',
      },
    ],
  });

  it('contradicts the claim’s deadline', () => {
    for (const sentence of [
      'The handover came later than Iraqi commanders had announced.',
      'The handover took place more than two weeks later.',
      'The handover did not happen on that schedule.',
    ])
      expect(compareFrames(frameOf(sentence, 0, []), nextWeek).conflict).toBe('deadline');
  });

  it('says nothing against a claim that gives no deadline', () => {
    expect(
      compareFrames(frameOf('The handover came later than announced.', 0, []), claim({})).conflict,
    ).toBeNull();
  });
});

describe('reports denied, and who the words were given to', () => {
  it('contradicts what it shares when it calls the reports of it wrong', () => {
    const frame = frameOfText(
      'The embassy said reports that coalition troops would withdraw from Baghdad by September 2025 were not accurate.',
      '2025-01-15',
    );
    expect(frame.deniesReports).toBe(true);
    expect(compareFrames(frame, twoDeadlines).conflict).toBe('denial');
  });

  it('does not take a denial of something else for a denial of reports', () => {
    const frame = frameOf('The minister denied that the talks had stalled.', 0, []);
    expect(frame.deniesReports).toBe(false);
  });

  it('names the outlet an official spoke to', () => {
    const frame = frameOf(
      'A senior commander told The Daily Courier that the coalition would withdraw.',
      0,
      [],
    );
    expect(frame.toldTo).toBe('The Daily Courier');
    expect(
      frameOf('The commander told reporters the coalition would withdraw.', 0, []).toldTo,
    ).toBe(null);
  });

  it('tells all the forces from some of them', () => {
    const all = frameOfText('All coalition forces, including US troops, would leave Iraq.');
    expect(all.share).toBe('all');
    const some = claim({
      summary: 'Some troops of the coalition will leave Iraq in the coming months.',
    });
    expect(compareFrames(all, some)).toMatchObject({ otherWords: true });
    const alike = claim({ summary: 'All coalition forces will leave Iraq by the end of 2025.' });
    expect(compareFrames(all, alike)).toMatchObject({ otherWords: false });
  });
});
