import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../dataset/bundled';
import { resolveDeadline } from './deadlines';
import { createDetector } from './detect';
import { sentenceAround, sentenceFinder } from './sentences';

const detector = createDetector(bundledDataset);
const found = (text: string, published: string | null = '2025-09-10'): string[] =>
  detector
    .detect(text, { published })
    .mentions.filter((m) => m.kind !== 'quote')
    .map((m) => `${m.kind}:${m.text}`);

/** A sentence that makes any page about the story. */
const STORY = 'The US-led coalition against ISIS is ending its mission in Iraq.\n';

describe('names of the coalition', () => {
  it('names the coalition inside "the coalition\'s mission in Iraq"', () => {
    expect(found("Talks are about ending the coalition's mission in Iraq.")).toContain(
      "coalition:coalition's",
    );
    expect(found("NATO's advisory mission in Iraq got a new commander.")).toEqual([]);
  });

  it('takes "coalition partners" beside the story, not a government\'s partners', () => {
    expect(
      found(
        `${STORY}The United States and Coalition partners will reduce its military mission in Iraq.`,
      ),
    ).toContain('coalition:Coalition partners');
    expect(
      found('Netanyahu met his coalition partners in the Knesset to save the government.'),
    ).toEqual([]);
  });

  it('rejects a party list named "… Coalition" but not a sentence that opens with it', () => {
    expect(
      found(
        `${STORY}Iraq election: Reconstruction and Development Coalition unveils candidate lists`,
      ),
    ).not.toContain('coalition:Coalition');
    expect(
      found(`${STORY}U.S. soldiers south of Mosul, Iraq. Coalition troops are due to leave bases.`),
    ).toContain('coalition:Coalition troops');
  });

  it('takes "the task force" for CJTF-OIR only once the page names it', () => {
    expect(
      found(`${STORY}He became the 12th commander of CJTF-OIR. The task force was formed in 2014.`),
    ).toContain('coalition:The task force');
    expect(found(`${STORY}The task force on housing met on Monday.`)).not.toContain(
      'coalition:The task force',
    );
  });

  it('names the coalition inside a count of its personnel', () => {
    const result = found(`${STORY}Nearly 1,500 American and coalition personnel are in Erbil.`);
    expect(result).toContain('troops:Nearly 1,500 American and coalition personnel');
    expect(result).toContain('coalition:coalition');
    expect(found(`${STORY}Nearly 1,500 American personnel are in Erbil.`)).not.toContain(
      'coalition:coalition',
    );
  });
});

describe('the commission', () => {
  it('knows the High Military Committee and "the committee" on its page', () => {
    const result = found(
      `${STORY}The High Military Committee said on Sunday that phase one was over.\nThe committee said it had finished evacuating coalition advisers.`,
    );
    expect(result).toContain('hmc:High Military Committee');
    expect(result).toContain('hmc:The committee');
    expect(
      found(`${STORY}A member of the parliament's security and defense committee said so.`),
    ).not.toContain('hmc:committee');
  });
});

describe('officials', () => {
  it('names a dataset official next to the U.N. General Assembly', () => {
    expect(
      found(`${STORY}Sudani will be in New York for the U.N. General Assembly this week.`),
    ).toContain('official:Sudani');
  });

  it('names the presidents and secretaries the story speaks of without a title', () => {
    const names = found(
      `${STORY}The Trump administration ordered the drawdown. SEN. HOLLOWAY: Secretary Hegseth told the country the mission would end.`,
    );
    expect(names).toContain('official:Trump');
    expect(names).toContain('official:Hegseth');
  });

  it('names officials by ranks and titles of several words, not an agency before a comma', () => {
    const names = found(
      `${STORY}In a statement to Furat Wire, the spokesman said the advisers would leave. National Security Advisor Jake Sullivan spoke with the prime minister. “It is done,” said Sgt. 1st Class Tasha Brennan.`,
    );
    expect(names).toContain('official:Jake Sullivan');
    expect(names).toContain('official:Tasha Brennan');
    expect(names).not.toContain('official:Furat Wire');
  });

  it('names the members a parliament\'s record lists under "Asked by" and "Answered by"', () => {
    const names = found(
      `${STORY}Asked by\nDr Helen Marlow, Liberal Democrat, Kendal and the Lakes\nTo ask about the coalition withdrawal.\nAnswered by\nTom Adair, Minister of State (Ministry of Defence)\nThe coalition mission has concluded.`,
    );
    expect(names).toContain('official:Helen Marlow');
    expect(names).toContain('official:Tom Adair');
  });

  it('never makes an analyst an official', () => {
    expect(
      found(`${STORY}"The Erbil base has a large target on it," Nicholas Heras told MEE.`),
    ).not.toContain('official:Nicholas Heras');
  });
});

describe('relevance', () => {
  it("does not take NATO's own mission for the coalition's", () => {
    expect(
      found(
        'NATO Mission Iraq gets a new commander.\n"The alliance is not leaving Iraq. It is changing how it helps." — a NATO spokesperson',
      ),
    ).toEqual([]);
    expect(found('US troops are leaving Iraq, the Pentagon said in Baghdad.')).toContain(
      'change:leaving Iraq',
    );
  });

  it('takes a US withdrawal from Syria since 2024 for the Syria phase, not the 2019 one', () => {
    const text =
      'The United States is withdrawing roughly 1,000 troops from Syria. The Pentagon has vacated the Al-Tanf garrison near the Iraq border.';
    expect(found(text, '2026-02-19')).toContain('troops:roughly 1,000 troops');
    expect(found(text, '2019-10-14')).toEqual([]);
    expect(
      found(
        'In October 2019 the United States began withdrawing troops from Syria near the Iraq border.',
        '2025-03-01',
      ),
    ).toEqual([]);
  });

  it('knows the story by the mission in federal Iraq, not an aid coalition ending its own', () => {
    expect(
      found(
        "MP: Coalition advisers who stay at Ain al-Asad after September are an occupation force\nThe coalition's military mission in federal Iraq was due to conclude by the end of September 2025.",
      ),
    ).toContain('change:conclude');
    const aid = [
      'NGO coalition to end its mission in Iraq and hand mine-clearance programme to Iraqi authorities',
      'A coalition of eleven international and Iraqi non-governmental organisations that has cleared explosive remnants of war in Anbar since 2017 will end its mission in Iraq by September 2026.',
      'It will withdraw its remaining international staff from Iraq by the end of the summer.',
    ].join('\n');
    expect(found(aid, '2026-02-12')).toEqual([]);
  });

  it('finds nothing inside a web address', () => {
    expect(
      found(`${STORY}Source: https://example.com/us-led-coalition-withdraws-troops-from-erbil`),
    ).not.toContain('change:withdraws');
    expect(found(`${STORY}The coalition withdraws troops from Erbil.`)).toContain(
      'change:withdraws',
    );
  });
});

describe('words of change', () => {
  it('reads "complete" of the mission, not of another change word', () => {
    expect(
      found(`${STORY}"The coalition has completed its mission in federal areas," he said.`),
    ).toContain('change:completed');
    const adjective = found(`${STORY}Next week will see a complete withdrawal of US forces.`);
    expect(adjective).toContain('change:withdrawal');
    expect(adjective).not.toContain('change:complete');
    expect(
      found(`${STORY}A timetable was being set for US forces to complete the remaining steps.`),
    ).not.toContain('change:complete');
  });

  it("reads a timeline entry's month as when it happened, not a deadline", () => {
    expect(
      found(
        `${STORY}Timeline\nSeptember 2025 – Pentagon announces it will reduce the mission in Iraq.`,
        '2026-03-12',
      ),
    ).not.toContain('deadline:September 2025');
  });

  it('reads a headline\'s "past September deadline" without its article', () => {
    expect(
      found(
        `${STORY}Exclusive: US to keep advisers at Ain al-Asad past September deadline, sources say`,
        '2025-09-16',
      ),
    ).toContain('deadline:past September');
  });

  it("reads allies' troop numbers and forces speaking of leaving Iraq themselves", () => {
    const mentions = found(
      `${STORY}However, fewer than 300 UK personnel are deployed to Iraq. Call it what it is: America is leaving Iraq. "We have not left Iraq," the general replied.`,
      '2025-12-08',
    );
    expect(mentions).toContain('troops:fewer than 300 UK personnel');
    expect(mentions).toContain('change:leaving Iraq');
    expect(mentions).toContain('change:left Iraq');
  });

  it('takes "the product of that negotiation" for no company\'s product', () => {
    expect(
      found(
        `${STORY}MR. DALTON: That remains accurate. We did not negotiate a withdrawal. We negotiated a transition, and Friday's statement is the product of that negotiation.`,
        '2024-09-30',
      ),
    ).toContain('change:transition');
  });

  it('reads the ways outlets tell a mission finished, wound up or handed over', () => {
    const mentions = found(
      `${STORY}The US-led coalition has finished its military mission. The base handovers are done. The mission in federal Iraq draws to a close. The Syria mission is itself being wound up. Washington and Baghdad agreed to wind it down by September 2025. US troops leave federal Iraq as the coalition mission there ends. US forces had entirely left the site. The coalition handed Ain al-Asad air base in western Iraq to Iraqi forces.`,
      '2025-09-30',
    );
    for (const word of [
      'finished',
      'handovers',
      'draws to a close',
      'being wound up',
      'wind it down',
      'ends',
      'had entirely left',
      'handed',
    ])
      expect(mentions).toContain(`change:${word}`);
  });

  it('reads forces staying "after" or "past" a month as its deadline, the nearer one', () => {
    const mentions = found(
      `${STORY}American troops would remain in the Kurdistan Region after September. The Pentagon story is what happens in September 2026.`,
      '2025-08-20',
    );
    expect(mentions).toContain('deadline:after September');
    expect(mentions).toContain('deadline:September 2026');
    expect(resolveDeadline('past september', '2025-12-10')).toEqual({
      date: '2025-09',
      endOf: false,
    });
    expect(resolveDeadline('by september', '2025-12-10')).toEqual({
      date: '2026-09',
      endOf: false,
    });
  });

  it('reads a bare count as troops when the sentence before speaks of them', () => {
    expect(
      found(
        `${STORY}How many coalition troops are in the Kurdistan Region now? Iraqi officials have spoken of about 1,500.`,
        '2025-12-01',
      ),
    ).toContain('troops:about 1,500');
  });

  it('dates a deadline told as passed to the last such month, not the next', () => {
    const text = `${STORY}Coalition troops had been due to leave Ain al-Asad by the end of September.`;
    const deadline = createDetector(bundledDataset)
      .detect(text, { published: '2025-10-15' })
      .mentions.find((m) => m.kind === 'deadline');
    expect(deadline?.deadline?.date).toBe('2025-09');
    expect(resolveDeadline('the end of september', '2026-01-10', 'passed')?.date).toBe('2025-09');
    expect(resolveDeadline('the end of september', '2026-01-10')?.date).toBe('2026-09');
  });

  it("reads forces that left Al Asad by the base's short name", () => {
    expect(
      found(
        `${STORY}By the time his platoon left Asad in October, nobody American was left.`,
        '2026-01-27',
      ),
    ).toContain('change:left');
  });

  it('reads the end of the mission when a headline quotes it', () => {
    expect(
      found(
        `${STORY}Joint Operations: International Coalition mission in Iraq "has ended", officials say`,
      ),
    ).toContain('change:ended');
  });

  it('reads an intransitive end of the mission', () => {
    expect(
      found(
        `${STORY}The military mission against the Islamic State group in Iraq will end within a year, US officials said.`,
        '2024-09-27',
      ),
    ).toEqual(expect.arrayContaining(['change:end', 'deadline:within a year']));
    expect(found(`${STORY}The mission will end the careers of several generals.`)).not.toContain(
      'change:end',
    );
  });

  it('reads forces that left a place, not what is left there', () => {
    const changes = (text: string) =>
      found(`${STORY}${text}`).filter((m) => m.startsWith('change:'));
    expect(changes('The last troops left the base on Saturday.')).toContain('change:left');
    for (const text of [
      'Fewer than 2,000 Americans will be left in Iraq, most of them in Erbil.',
      'Senators pressed the nominee on what is left of the Iraq mission.',
      'The government says the coalition has no role left in federal Iraq.',
    ])
      expect(changes(text), text).not.toContain('change:left');
    expect(found(`${STORY}Fewer than 2,000 Americans will be left in Iraq.`)).toContain(
      'troops:Fewer than 2,000',
    );
  });

  it('reads a phase or a mission said to be complete', () => {
    for (const text of [
      "More than a month ago, Iraq said the mission's first phase was complete after the last advisers left Ain al-Asad.",
      'The committee declared the first phase of the coalition mission complete.',
    ])
      expect(found(`${STORY}${text}`, '2026-02-20'), text).toContain('change:complete');
  });

  it('reads a mission "due to end" past its asides, and a mission "agreed to end"', () => {
    for (const text of [
      "The coalition's mission in Syria, run from Iraqi soil, is due to end in September 2026.",
      'That was a year after Washington and Baghdad agreed to end it.',
    ])
      expect(found(`${STORY}${text}`), text).toContain('change:end');
    expect(found(`${STORY}The talks are due to end on Friday.`)).not.toContain('change:end');
  });

  it('reads forces shifting and moving to a place, not a focus shifting or "the move"', () => {
    const result = found(
      `${STORY}US troops will shift most of their personnel to Kurdistan, moving from Baghdad to Erbil.`,
    );
    expect(result).toEqual(expect.arrayContaining(['change:shift', 'change:moving']));
    const other = found(
      `${STORY}The focus has shifted toward bilateral ties. Officials said the move is unrelated to US forces.`,
    );
    expect(other).not.toContain('change:shifted');
    expect(other).not.toContain('change:move');
  });

  it('reads forces moved out of a place or to it a few words on, not a mission moved toward a goal', () => {
    for (const text of [
      'The United States has moved large numbers of troops out of Baghdad and the Ain al-Asad air base.',
      'The advisers who were at Ain al-Asad have moved, most of them to Erbil.',
      'The U.S. military has moved nearly all of its coalition personnel out of federal Iraq.',
    ])
      expect(found(`${STORY}${text}`), text).toContain('change:moved');
    expect(
      found(
        `${STORY}The dialogue focused on moving the coalition's mission toward a bilateral partnership.`,
      ),
    ).not.toContain('change:moving');
  });

  it('reads a base handed over, not a command handed over', () => {
    expect(found(`${STORY}US forces will hand it over to Iraqi forces.`)).toContain(
      'change:hand it over',
    );
    expect(found(`${STORY}The base would be handed to Iraqi forces.`)).toContain('change:handed');
    expect(
      found(`${STORY}An Italian general handed over command to the new US commander.`),
    ).not.toContain('change:handed over');
  });

  it('reads troops that left a place, not "leave Baghdad in command"', () => {
    expect(
      found(`${STORY}Swedish and Norwegian troops were among those who left a key air base.`),
    ).toContain('change:left');
    expect(
      found(
        `${STORY}The drawdown will leave Baghdad in command of efforts against US-backed units.`,
      ),
    ).not.toContain('change:leave');
  });

  it('reads transfers, repositionings and quitting a base', () => {
    const result = found(
      `${STORY}Coalition forces have repositioned troops. Control would be transferred to Iraqi forces. Coalition to quit Baghdad.`,
    );
    expect(result).toEqual(
      expect.arrayContaining(['change:repositioned', 'change:transferred', 'change:quit']),
    );
    expect(found(`${STORY}Players quit the team after the season.`)).not.toContain('change:quit');
  });

  it('does not take a statement that "concluded" or a judgement for the end of the mission', () => {
    expect(found(`${STORY}"We will stay partners," the statement concluded.`)).not.toContain(
      'change:concluded',
    );
    expect(
      found(`${STORY}The administration concluded a US presence is no longer necessary.`),
    ).not.toContain('change:concluded');
    expect(found(`${STORY}The coalition concluded its mission in federal Iraq.`)).toContain(
      'change:concluded',
    );
  });

  it('reads foreign forces to be expelled', () => {
    expect(found(`${STORY}Parliament called for all foreign forces to be expelled.`)).toContain(
      'change:expelled',
    );
    expect(found(`${STORY}The coalition expelled ISIS from Mosul in 2017.`)).not.toContain(
      'change:expelled',
    );
  });
});

describe('deadlines', () => {
  it("takes the story's own deadline named after it passed, not a date something was done", () => {
    const deadlines = (text: string) =>
      found(`${STORY}${text}`, '2026-02-02').filter((m) => m.startsWith('deadline:'));
    expect(
      deadlines('Posts say US forces pulled out of Iraq completely in September 2025.'),
    ).toEqual(['deadline:September 2025']);
    expect(deadlines('The first phase ran from September 2025 to the end of 2026.')).toContain(
      'deadline:September 2025',
    );
    for (const text of [
      'The Pentagon announced in September 2025 that the mission would be reduced.',
      'On 30 September 2025, the Pentagon said the mission would be reduced.',
      'Back in September 2025, a US official said fewer than 2,000 troops would remain.',
      'Peshmerga forces and coalition advisers train near Erbil, Sept. 2025.',
      'September 2025: The Pentagon says the coalition will reduce its mission.',
      // Another month of the past stays a date.
      'US forces pulled out of Baghdad in November 2025.',
    ])
      expect(deadlines(text), text).toEqual([]);
  });

  it('takes "next week" for a handover, not for a meeting or a statement', () => {
    expect(
      found(`${STORY}The coalition will hand over Ain al-Asad airbase next week.`, '2025-12-31'),
    ).toContain('deadline:next week');
    expect(
      found(`${STORY}Iraqi and US officials will meet next week to discuss the transition.`),
    ).not.toContain('deadline:next week');
    expect(
      found(`${STORY}The word "transition" would do a lot of work in next week's statement.`),
    ).not.toContain('deadline:next week');
  });

  it('takes near dates of a withdrawal', () => {
    expect(found(`${STORY}US troops would be withdrawn from Baghdad within 24 hours.`)).toContain(
      'deadline:within 24 hours',
    );
    expect(
      found(`${STORY}The US will complete the pull-out of its troops from Baghdad by tomorrow.`),
    ).toContain('deadline:by tomorrow');
    expect(
      found(`${STORY}Coalition forces are to leave bases in federal Iraq by the end of September.`),
    ).toContain('deadline:the end of September');
  });

  it('takes "last month" only as a deadline missed', () => {
    expect(found(`${STORY}US advisers were supposed to have gone last month.`)).toEqual(
      expect.arrayContaining(['change:have gone', 'deadline:last month']),
    );
    expect(found(`${STORY}US advisers met Iraqi officers last month.`)).not.toContain(
      'deadline:last month',
    );
  });

  it('takes the length of a withdrawal plan', () => {
    expect(
      found(
        `${STORY}Iraq and the US agreed on a two-year plan for the withdrawal of the coalition.`,
      ),
    ).toContain('deadline:two-year');
    expect(found(`${STORY}He spent two years in Baghdad as a reporter.`)).not.toContain(
      'deadline:two years',
    );
  });

  it('takes a stated end of the month with a year', () => {
    expect(
      found(
        `${STORY}The mission would conclude no later than the end of September 2025.`,
        '2025-11-01',
      ),
    ).toContain('deadline:the end of September 2025');
    expect(
      found(
        `${STORY}Militia attacks on US bases largely stopped after February 2024.`,
        '2024-10-05',
      ),
    ).not.toContain('deadline:February 2024');
  });
});

describe('deadlines written as a compound, and a date given at a press conference', () => {
  it('reads "the end-of-2025 date" and "next week will witness …" told at a press conference', () => {
    const text = `${STORY}The end-of-2025 date comes from Sabhan Mullah Jiad, as the end-September deadline for the withdrawal nears.\nMuhammadawi told a press conference in Baghdad that “next week will witness a complete withdrawal.”\nThe two sides will hold talks next week on the coalition's withdrawal.`;
    const mentions = found(text, '2025-09-10');
    expect(mentions).toContain('deadline:end-of-2025');
    expect(mentions).toContain('deadline:end-September');
    expect(mentions.filter((m) => m === 'deadline:next week')).toHaveLength(1);
    expect(resolveDeadline('end-of-2025', '2025-09-10')).toEqual({ date: '2025', endOf: true });
  });
});

describe('troop numbers', () => {
  it('reads counts of troops and advisers in the story', () => {
    const result = found(
      `${STORY}US forces in Iraq will shrink to fewer than 2,000, most of them in Erbil. Some 250 to 350 advisers will stay, and only four to five personnel remain in Baghdad. The US has 2,500 troops in Iraq and more than 900 in neighbouring Syria.`,
    );
    expect(result).toEqual(
      expect.arrayContaining([
        'troops:fewer than 2,000',
        'troops:Some 250 to 350 advisers',
        'troops:only four to five personnel',
        'troops:more than 900 in neighbouring Syria',
      ]),
    );
  });

  it('does not read prisoners, years or bare numbers as troops', () => {
    const result = found(
      `${STORY}US troops guard some 9,000 ISIS fighters held in prisons.\nPublished January 31, 2025\nU.S. soldiers at a base.`,
    );
    expect(result.filter((m) => m.startsWith('troops:'))).toEqual([]);
  });
});

describe('a count told again without its noun', () => {
  it('reads a count the page has given as troops, not other numbers', () => {
    const text = `${STORY}Sudani said 250 to 350 advisers would stay at Ain al-Asad.\nAnother version of the same report quoted him as saying 250 to 300.\nThe base covers 250 to 300 square kilometres, and 300 people work there.`;
    const mentions = found(text);
    expect(mentions).toContain('troops:250 to 300');
    expect(mentions.filter((m) => m === 'troops:250 to 300')).toHaveLength(1);
  });
});

describe('resolveDeadline', () => {
  it('reads "before 2026" as the end of 2025', () => {
    expect(resolveDeadline('before 2026', '2024-09-08')).toEqual({ date: '2025', endOf: true });
    expect(resolveDeadline('by 2026', '2024-09-08')).toEqual({ date: '2026', endOf: false });
  });

  it('resolves dates counted from the publication date', () => {
    expect(resolveDeadline('next week', '2025-12-31')).toEqual({
      date: '2026-01-07',
      endOf: false,
    });
    expect(resolveDeadline('within 24 hours', '2025-08-20')).toEqual({
      date: '2025-08-21',
      endOf: false,
    });
    expect(resolveDeadline('by tomorrow', '2025-08-20')?.date).toBe('2025-08-21');
    expect(resolveDeadline('the end of last month', '2025-10-05')).toEqual({
      date: '2025-09',
      endOf: true,
    });
    expect(resolveDeadline('two-year', '2024-09-08')).toEqual({ date: '2026-09', endOf: true });
    expect(resolveDeadline('within a year', '2024-09-27')?.date).toBe('2025-09');
    expect(resolveDeadline('the end of september', '2025-08-01')).toEqual({
      date: '2025-09',
      endOf: true,
    });
    expect(resolveDeadline('september of next year', '2024-10-01')?.date).toBe('2025-09');
  });

  it('needs a publication date for relative dates', () => {
    expect(resolveDeadline('next week', null)).toBeNull();
    expect(resolveDeadline('next year', '2024-09-28')).toEqual({ date: '2025', endOf: false });
  });
});

describe('the words of 2025–2026 reports', () => {
  it('names a deadline that has passed, and a plan reported after its date', () => {
    const text = `${STORY}But the US-led coalition stayed at Ain al-Asad past the September 2025 deadline. Coalition forces would withdraw from bases in Baghdad in September 2025, the minister said.`;
    const mentions = found(text, '2026-01-19');
    expect(mentions.filter((m) => m === 'deadline:September 2025')).toHaveLength(2);
  });

  it('reads handovers with the base named in between, and "the following week"', () => {
    const text = `${STORY}The coalition moved its headquarters out of Baghdad and handed Ain al-Asad air base over to the Iraqi government. Muhammadawi said the coalition would leave the base the following week.`;
    const mentions = found(text, '2026-01-02');
    expect(mentions).toContain('change:handed Ain al-Asad air base over');
    expect(mentions).toContain('deadline:the following week');
  });

  it('takes "at the end of September" for when something happened, not a deadline', () => {
    const text = `${STORY}At the end of September, the Pentagon announced that the coalition would reduce the military mission in Iraq.`;
    expect(found(text, '2025-10-21').some((m) => m.startsWith('deadline:'))).toBe(false);
    const reported = `${STORY}The newspaper reported this week that the coalition would withdraw from Syria.`;
    expect(found(reported, '2026-02-20').some((m) => m.startsWith('deadline:'))).toBe(false);
  });
});

describe('timelines and factboxes', () => {
  it('reads a phase declared complete or over, and the Iraqi committee without its article', () => {
    const text = `${STORY}The Higher Military Commission met in Baghdad.\nJan. 18, 2026: Iraqi committee declares the first phase complete\nThe committee said the first phase was over.`;
    expect(found(text, '2026-01-20')).toEqual(
      expect.arrayContaining(['hmc:Iraqi committee', 'change:complete', 'change:over']),
    );
  });

  it('reads a count set before a colon, and forces moved "most of" their personnel', () => {
    const text = `${STORY}1,500: the number of American and coalition personnel in the Kurdistan Region\nThe coalition would move most of its personnel to Iraq's Kurdistan Region.`;
    expect(found(text)).toEqual(expect.arrayContaining(['troops:1,500', 'change:move']));
    expect(found(`${STORY}2,024: the number of runners in the city marathon`)).not.toContain(
      'troops:2,024',
    );
  });
});

describe('other exits from Iraq', () => {
  it('reads a bare count of troops in quotation marks, or "below" one', () => {
    const counts = (sentence: string) =>
      found(`The US-led coalition is ending its military mission in Iraq. ${sentence}`).filter(
        (m) => m.startsWith('troops:'),
      );
    expect(
      counts(
        'US forces in Iraq would eventually number “fewer than 2,000”, most of them in Erbil.',
      ),
    ).toEqual(['troops:fewer than 2,000']);
    expect(counts('The American number would drop below 2,000.')).toEqual(['troops:below 2,000']);
  });

  it('leaves another country’s forces leaving Iraq alone', () => {
    expect(
      found(
        "Turkish troops have begun pulling out of the Bashiqa camp. Analysts said a drawdown at Bashiqa would not mean an end to Turkey's military footprint in Iraq.",
      ),
    ).toEqual([]);
  });

  it('leaves a charity ending its own mission in Iraq alone', () => {
    expect(
      found(
        "The medical charity Northern Light will end its mission in Iraq this year and hand over its clinic in Erbil to the Kurdistan Region's Ministry of Health.",
      ),
    ).toEqual([]);
    expect(
      found(
        'The coalition will end its mission in Iraq by September 2025, the two governments said.',
      ),
    ).not.toEqual([]);
  });

  it('leaves a company leaving the Iraqi market alone', () => {
    const text =
      'Kestrel Logistics to exit Iraq by September 2025, hand Erbil hub to local partner\nERBIL — Danish freight forwarder Kestrel Logistics will withdraw from the Iraqi market by the end of September 2025. Kestrel is the third European logistics company to scale back in Iraq this year, after two forwarders closed their Baghdad branches.';
    expect(found(text, '2025-06-12')).toEqual([]);
    expect(
      found('Coalition forces will exit Iraq by September 2025, officials in Erbil said.'),
    ).toContain('change:exit Iraq');
  });
});

describe('a phase’s end and a bare count', () => {
  it('finds "that phase is due to end" and "fewer than 2,000 once the transition is complete"', () => {
    const text =
      'The US-led coalition against ISIS has left federal Iraq. Under the 2024 agreement, the Syria phase is due to end in September 2026. A U.S. official said U.S. forces in Iraq would number fewer than 2,000 once the transition is complete.';
    const found = detector
      .detect(text, { published: '2025-10-01' })
      .mentions.map((m) => [m.kind, m.text]);
    expect(found).toContainEqual(['change', 'end']);
    expect(found).toContainEqual(['troops', 'fewer than 2,000']);
  });

  it('finds a reduction the page quotes ("will ‘reduce’ the Iraq mission")', () => {
    const text =
      'The US-led coalition against ISIS is changing its mission in Iraq. The Pentagon says it will ‘reduce’ the Iraq mission.';
    const changes = detector
      .detect(text, { published: '2025-10-02' })
      .mentions.filter((m) => m.kind === 'change')
      .map((m) => m.text);
    expect(changes).toContain('reduce');
    const advisers =
      'The US-led coalition against ISIS is moving to Erbil. The KRG had not been informed of any plan to reduce the number of foreign advisers at Erbil Air Base.';
    expect(
      detector
        .detect(advisers, { published: '2025-11-29' })
        .mentions.filter((m) => m.kind === 'change')
        .map((m) => m.text),
    ).toContain('reduce');
  });

  it('does not read "with the first phase over" as the end of the mission', () => {
    const text =
      'The US-led coalition against ISIS has left federal Iraq. With the first phase over, the committee said, Baghdad has a bilateral relationship with Washington.';
    const changes = detector
      .detect(text, { published: '2026-01-19' })
      .mentions.filter((m) => m.kind === 'change')
      .map((m) => m.text);
    expect(changes).not.toContain('over');
  });
});

describe('the war before the coalition’s', () => {
  it('is another story: the 2004 handover and the 2011 withdrawal', () => {
    const text = [
      'On June 28, 2004, the Coalition Provisional Authority handed sovereignty to an interim Iraqi government.',
      'Critics argued that a timetable for the coalition to leave was the only way to end the insurgency.',
      'The last American combat troops left Iraq at the end of 2011.',
    ].join('\n');
    expect(detector.detect(text, { published: '2025-06-28' }).relevant).toBe(false);
  });

  it('is no change on a page about the coalition, unless the sentence is of its years', () => {
    const text =
      'The US-led coalition against ISIS ended its mission in federal Iraq in September 2025.\nFor the departure of American forces in 2011, see the earlier war.\nAin al-Asad, which has hosted U.S. forces since 2003, will be handed over, the ministry said.';
    const changes = detector
      .detect(text, { published: '2025-10-01' })
      .mentions.filter((m) => m.kind === 'change')
      .map((m) => m.text);
    expect(changes).not.toContain('departure');
    expect(changes).toContain('handed over');
  });
});

describe('sentence bounds', () => {
  it('ends a sentence at a report’s footnote number, not inside a decimal', () => {
    const text =
      'The joint statement of September 27, 2024.1 The statement, issued by Parnell, described it. It cost 2.5 million dollars.';
    const second = sentenceAround(text, text.indexOf('issued'));
    expect(text.slice(second.start, second.end)).toBe(
      'The statement, issued by Parnell, described it.',
    );
    const third = sentenceAround(text, text.indexOf('million'));
    expect(text.slice(third.start, third.end)).toBe('It cost 2.5 million dollars.');
  });

  it('keeps an encyclopedia’s citation marks with the sentence they close', () => {
    const text =
      'The coalition was formed in 2014.[3] The Pentagon said it had not been asked to leave.[4][5] Singh said more.';
    const second = sentenceAround(text, text.indexOf('Pentagon'));
    expect(text.slice(second.start, second.end)).toBe(
      'The Pentagon said it had not been asked to leave.[4][5]',
    );
  });

  it('ends a sentence at an answer "No." but not at "No. 2"', () => {
    const text =
      'So have US forces left Iraq? No. Muhammadawi said they are in Erbil. Resolution No. 2 passed.';
    const answer = sentenceAround(text, text.indexOf('Muhammadawi'));
    expect(text.slice(answer.start, answer.end)).toBe('Muhammadawi said they are in Erbil.');
    const numbered = sentenceAround(text, text.indexOf('passed'));
    expect(text.slice(numbered.start, numbered.end)).toBe('Resolution No. 2 passed.');
  });

  it('starts the sentence after a quote that closes the one before', () => {
    for (const text of [
      'It set "no later than the end of September 2025." Weeks earlier, Jiad said "all out."',
      'It set “no later than the end of September 2025.” Weeks earlier, Jiad said “all out.”',
    ]) {
      const next = sentenceAround(text, text.indexOf('Weeks'));
      expect(text.slice(next.start, next.end)).toMatch(/^Weeks earlier, Jiad said .all out\..$/);
    }
  });

  it('finds, for every offset, the sentence a fresh scan finds, in any order of asking', () => {
    const text = [
      'Lt. Gen. Qais al-Muhammadawi said U.S. forces would leave by Sept. 2025. "We are ready."',
      `A list without a stop: ${'forces and advisers, '.repeat(60)}and more`,
      'Short. Another one! A third? (An aside.) “A quote.” The end…',
      `${'x'.repeat(700)}. After the long one; a clause.`,
    ].join('\n');
    const offsets = [...text].map((_, i) => i);
    for (const order of [offsets, [...offsets].reverse()]) {
      const find = sentenceFinder(text);
      for (const offset of order) expect(find(offset)).toEqual(sentenceAround(text, offset));
    }
  });
});
