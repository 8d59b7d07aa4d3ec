import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../dataset/bundled';
import type { CheckResult } from '../model/types';
import { createEngine } from './engine';

const engine = createEngine(bundledDataset);
const check = (text: string, published: string | null = '2024-09-28'): CheckResult =>
  engine.check(text, { published });
const kinds = (result: CheckResult) => result.mentions.map((m) => `${m.kind}:${m.text}`);
const speakerOf = (result: CheckResult, needle: string) =>
  result.mentions.find((m) => m.text.includes(needle) || needle.includes(m.text))?.claims[0]
    ?.speakerId;

describe('detection in context', () => {
  it('finds the story in its many names', () => {
    const result = check(
      'The US-led coalition against ISIS and the US-Iraq Higher Military Commission (HMC) met in Baghdad. CJTF-OIR said Operation Inherent Resolve would transition. Coalition forces will withdraw from Iraq by the end of 2025, Sabhan Mullah Jiad said.',
    );
    expect(kinds(result)).toEqual(
      expect.arrayContaining([
        'coalition:US-led coalition',
        'hmc:US-Iraq Higher Military Commission',
        'hmc:HMC',
        'coalition:CJTF-OIR',
        'coalition:Operation Inherent Resolve',
        'change:transition',
        'coalition:Coalition forces',
        'change:withdraw',
        'deadline:the end of 2025',
        'official:Sabhan Mullah Jiad',
      ]),
    );
  });

  it('leaves pages about other coalitions and withdrawals alone', () => {
    for (const text of [
      "Germany's governing coalition collapsed after the FDP's withdrawal; Scholz called a confidence vote for the end of 2024.",
      'The Saudi-led coalition in Yemen announced a drawdown of forces and a transition to Yemeni control by September 2025.',
      "Britain's withdrawal from the EU was completed at the end of 2020 after a long transition period.",
      'The US withdrawal from Afghanistan ended in August 2021 as the last coalition troops left Kabul.',
    ]) {
      expect(check(text).mentions).toEqual([]);
    }
  });

  it("does not take NATO's deadline in Iraq for the coalition's", () => {
    const result = check(
      'NATO said it would extend its training mission in Iraq, known as NATO Mission Iraq, through the end of 2026. NATO officials stressed that it was separate from the US-led coalition against Islamic State, whose own military mission is winding down.',
    );
    expect(kinds(result)).toEqual(['coalition:US-led coalition', 'change:winding down']);
  });

  it('rejects a political coalition inside a relevant article', () => {
    const result = check(
      'The anti-ISIS coalition will end its mission in Iraq. Meanwhile the governing coalition in Baghdad argued over the budget.',
    );
    expect(kinds(result)).toContain('coalition:anti-ISIS coalition');
    expect(result.mentions.some((m) => m.text.startsWith('coalition in Baghdad'))).toBe(false);
  });

  it('resolves relative deadlines against the publication date', () => {
    const result = check(
      'The coalition will leave Iraq by the end of next year, Iraqi officials said.',
      '2024-09-08',
    );
    const deadline = result.mentions.find((m) => m.kind === 'deadline');
    expect(deadline?.deadline).toEqual({ date: '2025', endOf: true });
  });

  it('treats a surname as the official only after the full name appears', () => {
    const alone = check('The anti-ISIS coalition in Iraq: Patel said nothing.');
    expect(alone.mentions.some((m) => m.kind === 'official')).toBe(false);
    const named = check(
      'The anti-ISIS coalition in Iraq: Vedant Patel spoke first. Later, Patel said nothing.',
    );
    expect(named.mentions.filter((m) => m.kind === 'official').map((m) => m.speakerId)).toEqual([
      'vedant-patel',
      'vedant-patel',
    ]);
  });

  it('normalises typographic quotes, diacritics and hyphens in names', () => {
    const result = check(
      'Iraq’s premier Muḥammad Shia‘ al‑Sudani said the global coalition’s mission will end.',
    );
    expect(result.mentions.find((m) => m.kind === 'official')?.speakerId).toBe(
      'mohammed-shia-al-sudani',
    );
  });
});

describe('matching', () => {
  it('finds the claim and speaker of a quote reprinted verbatim', () => {
    const result = check(
      'Asked about Iraq, the State Department was blunt: “At no point did we discuss the withdrawal of US forces from Iraq,” a spokesman said.',
    );
    expect(speakerOf(result, 'withdrawal')).toBe('vedant-patel');
  });

  it('finds a reprinted quote that holds none of the story’s words', () => {
    const result = check(
      'The US-led coalition in Iraq is changing. "We haven\'t reached any final conclusions," the Pentagon official told reporters.',
    );
    const quote = result.mentions.find((m) => m.kind === 'quote');
    expect(quote?.claims[0]?.claimId).toBe('pentagon-official-no-final-conclusions');
  });

  it('finds a paraphrase when the speaker is named', () => {
    const result = check(
      'In Baghdad, Sabhan Mullah Jiad told reporters that all coalition forces, US troops included, would withdraw from Iraq by the end of 2025.',
    );
    expect(speakerOf(result, 'withdraw')).toBe('sabhan-mullah-jiad');
  });

  it('gives a reprinted quote its speaker and the words around it their own', () => {
    const result = check(
      'When a senior administration official insists "To be clear, the US is not withdrawing from Iraq," while Baghdad\'s envoys speak of an agreement for coalition forces to withdraw by the end of 2025, someone is spinning.',
    );
    expect(speakerOf(result, 'withdrawing')).toBe('senior-admin-official-2024-09-27');
    expect(result.mentions.find((m) => m.kind === 'deadline')?.claims[0]?.speakerId).toBe(
      'sabhan-mullah-jiad',
    );
  });

  it('matches the two statements around a semicolon separately', () => {
    const result = check(
      "The anti-ISIS coalition's future is contested. Iraq's foreign ministry said in August that a deal on withdrawal had been struck; the State Department's Vedant Patel said a withdrawal was never even discussed.",
    );
    const withdrawals = result.mentions.filter((m) => m.text === 'withdrawal');
    expect(withdrawals.map((m) => m.claims[0]?.speakerId)).toEqual([
      'iraq-foreign-ministry',
      'vedant-patel',
    ]);
  });

  it('gives each part of a sentence that reports two of a speaker’s statements its own claim', () => {
    const result = check(
      "The US-led coalition against ISIS is ending its military mission in Iraq.\nLt. Gen. Qais al-Muhammadawi, deputy commander of Iraq's Joint Operations Command, said there were no coalition personnel remaining at Ain al-Asad base and that a timetable was being set to complete the handover.",
      '2025-12-31',
    );
    const reported = (needle: string) =>
      result.mentions
        .find((m) => m.text === needle)
        ?.claims.filter((c) => c.relation === 'same')
        .map((c) => c.claimId);
    expect(reported('coalition personnel')).toEqual(['muhammadawi-no-personnel-at-ain-al-asad']);
    expect(reported('handover')).toEqual(['muhammadawi-timetable-being-set']);
  });

  it('shows at each deadline the claim of its own date', () => {
    const result = check(
      'The US-led coalition against ISIS is ending its military mission in Iraq.\nSept. 27, 2024: Joint statement sets the end of September 2025 for Iraq, September 2026 for Syria',
      '2026-01-10',
    );
    const reported = (needle: string) =>
      result.mentions
        .find((m) => m.text === needle)
        ?.claims.filter((c) => c.relation === 'same')
        .map((c) => c.claimId);
    expect(reported('the end of September 2025')).toEqual([
      'joint-statement-conclude-mission-sept-2025',
    ]);
    expect(reported('September 2026')).toEqual(['joint-statement-syria-until-sept-2026']);
  });

  it('reports unnamed sources’ words when the page names the outlet they told', () => {
    const told = check(
      'The US-led coalition against ISIS is winding down its mission in Iraq.\nSeveral countries in the US-led coalition have withdrawn or relocated personnel from the base in Erbil, sources told Middle East Eye.',
      '2026-02-25',
    );
    const sames = told.mentions.flatMap((m) =>
      m.claims.filter((c) => c.relation === 'same').map((c) => c.claimId),
    );
    expect(sames).toContain('mee-sources-half-left-erbil');
    // Told to another outlet, they are other sources.
    const other = check(
      'The US-led coalition against ISIS is winding down its mission in Iraq.\nSeveral countries in the US-led coalition have withdrawn or relocated personnel from the base in Erbil, sources told the Gazette.',
      '2026-02-25',
    );
    expect(
      other.mentions.flatMap((m) =>
        m.claims.filter((c) => c.relation === 'same').map((c) => c.claimId),
      ),
    ).not.toContain('mee-sources-half-left-erbil');
  });

  it('keeps a claim to the part that states its deadline or number', () => {
    const reported = (result: CheckResult, needle: string) =>
      result.mentions
        .find((m) => m.text === needle)
        ?.claims.filter((c) => c.relation === 'same')
        .map((c) => c.claimId);
    const joint = check(
      "The US-led coalition against ISIS is ending its military mission in Iraq.\nA joint statement said the Coalition's military mission in Iraq would conclude “no later than the end of September 2025” and that its mission in Syria, operated from a platform in Iraq, would continue until September 2026.",
      '2025-10-02',
    );
    expect(reported(joint, 'conclude')).toEqual(['joint-statement-conclude-mission-sept-2025']);
    const promised = check(
      'The US-led coalition against ISIS is ending its military mission in Iraq.\nThe joint statement of September 27, 2024 promised to conclude the coalition’s military mission in Iraq “no later than the end of September 2025” and to keep the Syria mission going until September 2026.',
      '2025-10-02',
    );
    expect(reported(promised, 'conclude')).toEqual(['joint-statement-conclude-mission-sept-2025']);
    expect(reported(promised, 'September 2026')).toEqual(['joint-statement-syria-until-sept-2026']);
    const kept = check(
      'The US-led coalition against ISIS is ending its military mission in Iraq.\nThat date appears nowhere in the 2024 joint statement, which set the end of the mission in Iraq for “no later than the end of September 2025” and kept a Syria mission going until September 2026.',
      '2025-10-02',
    );
    expect(reported(kept, 'the end of September 2025')).toEqual([
      'joint-statement-conclude-mission-sept-2025',
    ]);
    expect(reported(kept, 'September 2026')).toEqual(['joint-statement-syria-until-sept-2026']);
    expect(reported(joint, 'September 2026')).toEqual(['joint-statement-syria-until-sept-2026']);
    // The Syria phase is the claim of its own part, though the sentence brings up the other.
    const agreed = check(
      "The US-led coalition against ISIS is ending its military mission in Iraq.\nWashington and Baghdad agreed in September 2024 that the coalition's military mission in Iraq would conclude no later than the end of September 2025, with support for operations in Syria continuing from bases in the Kurdistan Region until September 2026.",
      '2025-10-02',
    );
    expect(reported(agreed, 'conclude')).toEqual(['joint-statement-conclude-mission-sept-2025']);
    expect(reported(agreed, 'September 2026')).toEqual(['joint-statement-syria-until-sept-2026']);
    // A quote's part is the quote's claim; the number's part is the number's.
    const sudani = check(
      'The US-led coalition against ISIS is ending its military mission in Iraq.\nPrime Minister Mohammed Shia al-Sudani told foreign media in Baghdad on Monday that "The variable that changed after the agreement is the events in Syria", and that an agreement had been reached to maintain a unit of 250 to 350 advisers at the base.',
      '2025-10-21',
    );
    expect(reported(sudani, 'Mohammed Shia al-Sudani')).toEqual(['sudani-variable-changed-syria']);
    // The part beside a quoted claim reports another of the speaker's, though the whole
    // sentence did not list it.
    const moved = check(
      'The US-led coalition against ISIS is ending its military mission in Iraq.\nIn November, Lt. Gen. Qais al-Muhammadawi told the Kurdish broadcaster Rudaw that all coalition forces had moved to the Kurdistan Region, with only “four to five personnel” left in Baghdad.',
      '2026-01-20',
    );
    expect(reported(moved, 'moved')).toEqual(['muhammadawi-all-forces-in-kurdistan']);
    expect(reported(moved, 'four to five personnel')).toEqual([
      'muhammadawi-four-to-five-personnel',
    ]);
    expect(reported(sudani, '250 to 350 advisers')).toEqual(['sudani-advisers-stay-ain-al-asad']);
  });
  it('gives the main clause its claim and ", after …" its own', () => {
    const result = check(
      "The US-led coalition against ISIS is ending its military mission in Iraq.\nIraq's High Military Committee said the coalition has completed the first phase of its mission, after the last coalition advisers left Ain al-Asad and the Joint Operations Command headquarters.",
      '2026-01-19',
    );
    const reported = (needle: string) =>
      result.mentions
        .find((m) => m.text === needle)
        ?.claims.filter((c) => c.relation === 'same')
        .map((c) => c.claimId);
    expect(reported('completed')).toEqual(['hmc-committee-federal-evacuation-complete']);
    expect(reported('left')).toEqual(['hmc-committee-last-advisers-left-ain-al-asad']);
  });

  it('divides a sentence at ", and" before a clause, at " as " in a headline and at "and said"', () => {
    const reportedIn = (text: string, published: string) => {
      const result = check(
        `The US-led coalition against ISIS is ending its military mission in Iraq.\n${text}`,
        published,
      );
      return (needle: string, last = false) =>
        result.mentions
          .filter((m) => m.text === needle)
          .at(last ? -1 : 0)
          ?.claims.filter((c) => c.relation === 'same')
          .map((c) => c.claimId);
    };
    const colon = reportedIn(
      "A day later, the Iraqi committee charged with ending the coalition's mission said the first phase was over: the last coalition advisers had left Ain al-Asad and the headquarters of the Joint Operations Command in Baghdad, and every base in federal Iraq was under the full control of Iraqi forces.",
      '2026-01-19',
    );
    expect(colon('had left')).toEqual(['hmc-committee-last-advisers-left-ain-al-asad']);
    const headline = reportedIn(
      'Iraq says first phase of coalition mission over as last advisers leave Ain al-Asad',
      '2026-01-19',
    );
    expect(headline('over')).toEqual(['hmc-committee-federal-evacuation-complete']);
    const said = reportedIn(
      'The next day, Iraq’s High Military Committee declared the first phase of the coalition mission complete and said “the second and final phase of the coalition mission” had begun in neighbouring Syria.',
      '2026-01-19',
    );
    expect(said('High Military Committee')).toEqual(['hmc-committee-federal-evacuation-complete']);
    const itSaid = reportedIn(
      "When Iraq's High Military Committee announced on January 18 that the first phase had been completed in federal Iraq, it said the second and final phase of the coalition mission had begun in Syria.",
      '2026-01-20',
    );
    expect(itSaid('High Military Committee')).toEqual([
      'hmc-committee-federal-evacuation-complete',
    ]);
    const we = reportedIn(
      "MR. PARNELL: Again, the United States and Coalition partners will reduce its military mission in Iraq, and we'll do that in close coordination with Baghdad to ensure a responsible and orderly transition.",
      '2025-09-30',
    );
    expect(we('reduce')).toEqual(['parnell-reduce-military-mission']);
    expect(said('coalition mission', true)).toEqual(['hmc-committee-second-phase-syria']);
  });

  it('keeps the claim whose quote a part of the sentence prints, however short the part', () => {
    const result = check(
      'The US-led coalition against ISIS is ending its military mission in Iraq.\nAt a press conference, Lt. Gen. Qais al-Muhammadawi declared: “The coalition’s mission has ended, and the focus has shifted toward concluding bilateral international memoranda and understandings.”',
      '2025-12-20',
    );
    const ended = result.mentions.find((m) => m.text === 'ended');
    expect(ended?.claims.filter((c) => c.relation === 'same').map((c) => c.claimId)).toEqual([
      'muhammadawi-coalition-mission-ended',
    ]);
  });

  it('names the joint statement two governments speak through when the page reports it', () => {
    const result = check(
      'The US-led coalition against ISIS is ending its military mission in Iraq. Washington and Baghdad said the coalition’s military mission in Iraq would conclude “over the next twelve months, and no later than the end of September 2025.”',
      '2024-09-27',
    );
    const deadline = result.mentions.find((m) => m.kind === 'deadline');
    expect(deadline?.speaker).toMatchObject({
      kind: 'joint',
      speakerId: 'us-iraq-joint-statement-2024-09-27',
    });
  });

  it('names an unnamed official by the recorded words the page reports, and no one else', () => {
    const text =
      'The US-led coalition against ISIS is ending its military mission in Iraq. "To be clear, the US is not withdrawing from Iraq," a senior administration official said.';
    const said = check(text, '2024-09-27').mentions.find((m) => m.text === 'withdrawing');
    expect(said?.speaker).toMatchObject({
      kind: 'anonymous',
      speakerId: 'senior-admin-official-2024-09-27',
    });
    // Words of their own are no recorded statement: the official stays unnamed.
    const other = check(
      'The US-led coalition against ISIS is ending its military mission in Iraq. The talks on the coalition were going well, a senior administration official said.',
      '2024-09-27',
    ).mentions.find((m) => m.text === 'coalition');
    expect(other?.speaker).toMatchObject({ kind: 'anonymous', speakerId: null });
  });

  it('hears a body the dataset knows only as its people’s affiliation speak for them', () => {
    const result = check(
      'The US-led coalition against ISIS is ending its military mission in Iraq. Washington has been negotiating with Baghdad, but the US State Department denied that a withdrawal had been discussed.',
      '2024-08-20',
    );
    const claims = result.mentions.find((m) => m.text === 'withdrawal')?.claims ?? [];
    expect(claims.map((c) => c.claimId)).toContain('patel-no-withdrawal-discussed');
    // A named person the dataset does not know speaks for no one in it.
    const other = check(
      'The US-led coalition against ISIS is ending its military mission in Iraq. Washington has been negotiating with Baghdad, but John Smith denied that a withdrawal had been discussed.',
      '2024-08-20',
    );
    expect(other.mentions.find((m) => m.text === 'withdrawal')?.claims ?? []).toEqual([]);
  });

  it('recognises the claims that state the same two deadlines, and agrees with them', () => {
    const result = check(
      'Under the deal, the U.S.-led coalition is to end its mission in federal Iraq by September 2025 and in the Kurdish region by September 2026.',
      '2025-08-15',
    );
    const claims = result.mentions.find((m) => m.kind === 'deadline')?.claims ?? [];
    const ids = claims.map((c) => c.claimId);
    expect(ids).toContain('al-monitor-two-phase-plan');
    expect(ids).toContain('abbasi-september-2025-kurdistan-2026');
    // The outlet's own voice reports nobody's statement: it agrees, it is not "the same".
    expect(claims.every((c) => c.relation !== 'same')).toBe(true);
    expect(claims.find((c) => c.claimId === 'abbasi-september-2025-kurdistan-2026')?.relation).toBe(
      'agrees',
    );
  });

  it('says nothing rather than guessing when no claim fits', () => {
    const result = check(
      'The anti-ISIS coalition in Iraq drew praise from a local football club, whose coach hopes the withdrawal will not affect the stadium repairs.',
    );
    expect(result.mentions.length).toBeGreaterThan(0);
    expect(result.mentions.every((m) => m.claims.length === 0)).toBe(true);
  });
});

describe('findings', () => {
  it('reports the dataset contradictions of matched claims', () => {
    const result = check(
      'Vedant Patel said: "At no point did we discuss the withdrawal of US forces from Iraq, but we continued to discuss a - the transition to a - what we would say a bilateral security partnership."',
    );
    expect(result.findings.map((f) => f.id)).toContain(
      'patel-denial-vs-foreign-ministry-agreement',
    );
  });

  it('reports a page that gives an official a deadline they did not give', () => {
    const result = check(
      'Sabhan Mullah Jiad said the agreement had the international coalition forces against ISIS, including US forces, withdraw from Iraq by September 2026.',
    );
    const page = result.findings.find((f) => f.source === 'page' && f.kind === 'deadline');
    expect(page?.claimIds).toEqual(['jiad-agreement-withdraw-by-end-2025']);
    expect(page?.summary).toContain('September 2026');
  });

  it('reports a page that credits a quote to the wrong official', () => {
    const result = check(
      'The US-led coalition is winding down its mission in Iraq. Vedant Patel said in Washington: "We\'ve received no request from the government of Iraq to withdraw our forces."',
    );
    const page = result.findings.find((f) => f.kind === 'attribution');
    expect(page?.summary).toContain('Sabrina Singh');
  });

  it('reports a page that calls it a withdrawal against an official who rejected the word', () => {
    const result = check(
      'A senior administration official said on Friday: "To be clear, the US is withdrawing from Iraq," adding that the coalition mission ends in 2025.',
    );
    expect(result.findings.some((f) => f.source === 'page' && f.kind === 'wording')).toBe(true);
  });
});

describe('a page checked again', () => {
  it('gets the answers it got the first time, from the same engine or a new one', () => {
    const text = [
      'Iraqi officials insist the withdrawal of coalition forces will be complete by September 2025.',
      '"This is not a withdrawal," a senior defense official told reporters of the coalition plans.',
      'Vedant Patel said the change was a transition and not a withdrawal. He added that talks go on.',
      '"We haven\'t reached any final conclusions," the Pentagon official said of the US-led coalition in Iraq.',
    ].join('\n');
    const context = { published: '2024-09-28' };
    const first = engine.check(text, context);
    expect(first.mentions.some((m) => m.claims.length > 0)).toBe(true);
    // Whatever a caller does with an answer leaves the next one as it was.
    for (const m of first.mentions) if (m.speaker) m.speaker.name = 'someone else';
    const fresh = createEngine(bundledDataset).check(text, context);
    expect(engine.check(text, context)).toEqual(fresh);
  });
});

describe('a headline that tells part of its speaker’s claim', () => {
  it('lists the claim of the speaker it names, in few of the claim’s words', () => {
    const result = check(
      'Pentagon says Iraq mission being scaled back\nThe US-led coalition against ISIS will reduce its military mission in Iraq, chief Pentagon spokesman Sean Parnell said.',
      '2025-10-01',
    );
    const headline = result.mentions.find((m) => m.text === 'scaled back');
    expect(headline?.claims.map((c) => c.claimId)).toContain('parnell-reduce-military-mission');
  });
});

describe('troop numbers as evidence', () => {
  it('finds the claim behind a troop number only it gives', () => {
    const lead = 'The US-led coalition against ISIS is ending its military mission in Iraq.\n';
    const rare = check(
      `${lead}The United States will have fewer than 2,000 troops in Iraq once the transition is completed, with the majority of them in Erbil, a US official told Reuters.`,
      '2025-10-01',
    );
    expect(rare.mentions.find((m) => m.kind === 'troops')?.claims.map((c) => c.claimId)).toContain(
      'us-official-fewer-than-2000-mostly-erbil',
    );
  });
});

describe('an opinion piece signed by an official', () => {
  const text =
    'Opinion\nBy Muwaffaq Jassim al-Tamimi\nIn Baghdad and across most of federal Iraq, the coalition’s military role is ending.\nThe promise was plain: “concluding the Coalition’s military mission in Iraq over the next twelve months, and no later than the end of September 2025”.';
  const result = engine.check(text, {
    published: '2025-10-28',
    site: 'The Arabian Daily',
    signer: { name: 'Muwaffaq Jassim al-Tamimi', kind: 'person' },
  });
  const speakerAt = (needle: string) =>
    result.mentions.find((m) => text.slice(m.sentenceStart, m.sentenceEnd).includes(needle))
      ?.speaker;

  it('speaks in its author’s voice where nobody else is credited', () => {
    expect(speakerAt('military role is ending')).toMatchObject({
      name: 'Muwaffaq Jassim al-Tamimi',
      kind: 'person',
      speakerId: null,
    });
  });

  it('still credits the words it reprints to whoever said them', () => {
    expect(speakerAt('no later than the end of September 2025')?.speakerId).toBe(
      'us-iraq-joint-statement-2024-09-27',
    );
  });

  it('is the outlet’s own voice on the same page when nobody signs it', () => {
    const unsigned = engine.check(text, { published: '2025-10-28', site: 'The Arabian Daily' });
    const ending = unsigned.mentions.find((m) =>
      text.slice(m.sentenceStart, m.sentenceEnd).includes('military role is ending'),
    );
    expect(ending?.speaker).toBeNull();
  });
});

describe('a sentence that quotes two of one speaker’s statements', () => {
  it('reports each where its quotation stands, across a comma inside the quotes', () => {
    const text =
      'On Wednesday, Lieutenant General Qais al-Muhammadawi, Deputy Commander of Iraq\'s Joint Operations Command, said that "the global coalition has completed its mission in federal areas," with "only four to five personnel" left in Baghdad to handle logistical and diplomatic affairs.';
    const result = engine.check(text, { published: '2025-11-27' });
    const sameAt = (needle: string) =>
      result.mentions
        .find((m) => m.text.includes(needle))
        ?.claims.filter((c) => c.relation === 'same')
        .map((c) => c.claimId);
    expect(sameAt('completed')).toContain('muhammadawi-mission-completed-federal');
    expect(sameAt('four to five')).toContain('muhammadawi-four-to-five-personnel');
  });
});
