import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../dataset/bundled';
import { sentenceAround } from '../detect/sentences';
import { createAttributor } from './attribute';
import { frameOf } from './frame';

const attributor = createAttributor(bundledDataset.speakers);

/** Who the page credits with the sentence holding `needle`. */
function creditOf(text: string, needle: string) {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not in the text: ${needle}`);
  const sentence = sentenceAround(text, at);
  return attributor.attribute(text, sentence.start, sentence.end);
}

describe('who the page credits', () => {
  it('reads a named official with the role the page gives, and knows them', () => {
    const text =
      'Iraqi Defense Minister Thabet al-Abbassi said the coalition would pull out by September 2025 and September 2026.';
    expect(creditOf(text, 'pull out')).toEqual({
      name: 'Thabet al-Abbassi',
      role: 'Iraqi Defense Minister',
      kind: 'person',
      speakerId: 'thabet-al-abbasi',
    });
  });

  it('reads two governments speaking together, after the words', () => {
    const text = 'The coalition will end its mission within a year, Washington and Baghdad said.';
    expect(creditOf(text, 'end its mission')).toMatchObject({
      name: 'Washington and Baghdad',
      kind: 'joint',
    });
  });

  it('reads an unnamed official with their affiliation, and a quote credited where it closes', () => {
    const text =
      '“I just want to foot stomp the fact that this is not a withdrawal. This is a transition,” a senior US administration official told reporters.';
    expect(creditOf(text, 'foot stomp')).toMatchObject({
      name: 'a senior US administration official',
      kind: 'anonymous',
      speakerId: null,
    });
  });

  it('carries "she said" and "the official said" to the speaker named before', () => {
    const text = [
      'Sabrina Singh spoke to reporters at the Pentagon.',
      '“We are not withdrawing. This is a transition,” she said.',
      'US forces will number fewer than 2,000, a US official said.',
      'The official said most would be in Erbil.',
    ].join('\n');
    expect(creditOf(text, 'We are not withdrawing')).toMatchObject({
      speakerId: 'sabrina-singh',
    });
    expect(creditOf(text, 'most would be in Erbil')).toMatchObject({
      name: 'a US official',
      kind: 'anonymous',
    });
  });

  it('names people the dataset does not know, and reads appositives', () => {
    const text =
      'Rebwar Aziz, a spokesman for the Kurdistan Region’s interior ministry, said the forces would stay until September 2026.';
    expect(creditOf(text, 'would stay')).toMatchObject({
      name: 'Rebwar Aziz',
      kind: 'person',
      speakerId: null,
    });
  });

  it('reads transcript lines and questions', () => {
    const text = [
      'MS. SINGH: The coalition will transition. We are not leaving.',
      'Q: When will the coalition leave?',
      'MS. SINGH: The HMC will decide.',
    ].join('\n');
    expect(creditOf(text, 'We are not leaving')).toMatchObject({ speakerId: 'sabrina-singh' });
    expect(creditOf(text, 'When will')).toBeNull();
    expect(creditOf(text, 'The HMC will decide')).toMatchObject({ speakerId: 'sabrina-singh' });
  });

  it('reads a headline that credits its source after a colon, and a role it knows', () => {
    expect(
      creditOf('Coalition withdrawal deadlines still valid: Iraqi government spokesman', 'still'),
    ).toMatchObject({ speakerId: 'basim-al-awadi', kind: 'person' });
  });

  it('gives the outlet its own voice', () => {
    expect(creditOf('Roughly 2,500 US troops are in Iraq.', 'troops')).toBeNull();
  });

  it('gives every paragraph of a released statement to those who released it', () => {
    const text = [
      'The following joint statement was issued by the Governments of Iraq and the United States.',
      'Begin text:',
      'The two governments reviewed their cooperation over the past year.',
      'They thank the partners who served in Iraq.',
      'Both sides value the work of the advisers.',
      'Both sides also discussed training.',
      'The coalition will conclude its mission in federal Iraq by the end of September 2025.',
      'End text.',
      'The coalition has some 2,500 troops in Iraq.',
    ].join('\n');
    expect(creditOf(text, 'conclude its mission')).toMatchObject({ kind: 'joint' });
    expect(creditOf(text, 'The two governments reviewed')).toMatchObject({ kind: 'joint' });
    expect(creditOf(text, 'some 2,500 troops')).toBeNull();
  });

  it('credits a stance to the group that holds it, not to the outlet', () => {
    expect(
      creditOf(
        'Armed factions allied with Tehran have been among the loudest voices calling for a US exit.',
        'US exit',
      ),
    ).toMatchObject({ name: 'Armed factions allied with Tehran', kind: 'anonymous' });
    expect(
      creditOf('More than 150 lawmakers voted for the expulsion of foreign troops.', 'troops'),
    ).toMatchObject({ name: 'More than 150 lawmakers', kind: 'anonymous' });
  });

  it('does not take the object of a passive for a speaker', () => {
    expect(
      creditOf(
        'Baghdad faces pressure after US strikes on militia groups accused of attacking the coalition.',
        'coalition',
      ),
    ).toBeNull();
  });

  it('reads "the Pentagon official said" back to the official, not ahead to a named adviser', () => {
    const text = [
      'A senior administration official from the Pentagon briefed reporters on the coalition.',
      '“This is an evolution of the coalition mission,” the Pentagon official said.',
      'Sabhan Mullah Jiad, the political adviser to the Iraqi prime minister, told reporters the coalition would leave.',
    ].join('\n');
    expect(creditOf(text, 'an evolution')).toMatchObject({
      name: 'the Pentagon official',
      kind: 'anonymous',
    });
  });

  it('reads quotes in scraped text that runs sentences together', () => {
    const text =
      'The official spoke by phone."We will keep advising Iraq," a senior US defense official said."The mission has run its course," a senior administration official said.Successive Iraqi governments have pressed Washington to end the coalition mission.';
    expect(creditOf(text, 'keep advising')).toMatchObject({
      name: 'a senior US defense official',
    });
    expect(creditOf(text, 'run its course')).toMatchObject({
      name: 'a senior administration official',
    });
    expect(creditOf(text, 'Successive')).toMatchObject({ name: 'Successive Iraqi governments' });
  });

  it('names the unnamed commander of a lead from the paragraph below, and no one else', () => {
    const lead =
      'The coalition has completed its mission in federal Iraq, a senior Iraqi commander told reporters on Wednesday.';
    const named = [
      lead,
      '“Only a few personnel remain,” said Lieutenant General Qais al-Muhammadawi, Deputy Commander of the Joint Operations Command.',
    ].join('\n');
    expect(creditOf(named, 'completed its mission')).toMatchObject({
      name: 'Qais al-Muhammadawi',
      kind: 'person',
    });
    const someoneElse = [
      lead,
      '“The troops are leaving,” said Hawre Jalal, a member of the Kurdistan Parliament.',
      '“Only a few remain,” said Lieutenant General Qais al-Muhammadawi, Deputy Commander of the Joint Operations Command.',
    ].join('\n');
    expect(creditOf(someoneElse, 'completed its mission')).toMatchObject({
      name: 'a senior Iraqi commander',
      kind: 'anonymous',
    });
  });

  it('reads past the links under a headline to the person it credits by role', () => {
    const text = [
      'Coalition completes mission in federal Iraq: commander',
      '26-11-2025 · Example News',
      'Also in Iraq',
      'Fuel queues ease in Baghdad',
      'Farmers count losses after frost',
      'ERBIL - The coalition has ended its mission in federal areas.',
      '“The mission is complete,” said Lieutenant General Qais al-Muhammadawi, Deputy Commander of the Joint Operations Command.',
    ].join('\n');
    expect(creditOf(text, 'Coalition completes')).toMatchObject({ name: 'Qais al-Muhammadawi' });
  });

  it('credits the proposal to whom a report says made it', () => {
    expect(
      creditOf(
        'According to Reuters, Baghdad has proposed an end to the coalition mission by 2025.',
        'coalition',
      ),
    ).toMatchObject({ name: 'Baghdad', kind: 'institution' });
    expect(
      creditOf('Reuters reports Baghdad has proposed ending the coalition mission.', 'coalition'),
    ).toMatchObject({ name: 'Baghdad' });
    // A verb inside a relative clause is not the report's subject speaking.
    expect(
      creditOf(
        'The Associated Press reported that factions that had long pushed for the withdrawal of US forces were reconsidering.',
        'withdrawal',
      ),
    ).toMatchObject({ kind: 'outlet', speakerId: 'associated-press' });
  });

  it("keeps another outlet's report for the rest of its paragraph and the headline that cites it", () => {
    const text = [
      'Coalition troops leave air base in northern Iraq: Report',
      'The US is withdrawing 1,000 troops from Syria, according to a new report from the Wall Street Journal. The Pentagon has already vacated the Al-Tanf garrison.',
      'Officials in Baghdad said the coalition had completed its drawdown.',
    ].join('\n');
    expect(creditOf(text, 'already vacated')).toMatchObject({
      kind: 'outlet',
      speakerId: 'wall-street-journal',
    });
    expect(creditOf(text, 'Coalition troops leave')).toMatchObject({
      speakerId: 'wall-street-journal',
    });
  });

  it('carries "reportedly" to the sources just cited', () => {
    const text =
      'Half of the coalition forces in Erbil have left, sources told the newspaper. French troops were reportedly among those who left the coalition base.';
    expect(creditOf(text, 'French troops')).toMatchObject({ name: 'sources', kind: 'anonymous' });
  });

  it('credits figures and statements to where they came from', () => {
    expect(
      creditOf(
        'Information obtained by the newspaper from the JOC showed that 1,500 coalition personnel remain.',
        'coalition',
      ),
    ).toMatchObject({ name: 'the JOC', kind: 'institution' });
    expect(
      creditOf(
        'The handover followed statements from Iraqi commanders declaring the end of the coalition mission.',
        'coalition',
      ),
    ).toMatchObject({ name: 'Iraqi commanders', kind: 'anonymous' });
  });

  it('credits the speaker a channel carried, not the channel, and the office named', () => {
    const text = [
      "Coalition forces will leave Baghdad in a first stage, an adviser to Iraq's prime minister said, according to Al Jazeera.",
      'Khaled al-Yaqoubi, security affairs adviser to Prime Minister Mohammed Shia al-Sudani, told the broadcaster that committees had agreed on the withdrawal.',
      'A senior Iraqi official quoted in the same report said the first stage would run until 2027 for the coalition.',
      'Sudani welcomed the progress. "We have taken an important step on the coalition forces," the prime minister said.',
    ].join('\n');
    expect(creditOf(text, 'first stage,')).toMatchObject({ speakerId: 'khaled-al-yaqoubi' });
    expect(creditOf(text, 'run until 2027')).toMatchObject({
      name: 'A senior Iraqi official',
      kind: 'anonymous',
    });
    // The adviser to the prime minister is not the prime minister.
    expect(creditOf(text, 'important step')).toMatchObject({
      speakerId: 'mohammed-shia-al-sudani',
    });
  });

  it('reads a statement from an office or a task force, and a quote whose credit comes later', () => {
    const text = [
      'The Iraqi premier “supervised the launch of the first round of talks to end the coalition mission,” read a statement from Sudani’s office.',
      'A statement by the Combined Joint Task Force - Operation Inherent Resolve described forming the HMC as a deliberate process.',
      'The HMC “is not a negotiation about the withdrawal of US forces… It is a working group,” Singh said.',
    ].join('\n');
    expect(creditOf(text, 'supervised')).toMatchObject({ speakerId: 'iraq-pm-office' });
    expect(creditOf(text, 'forming the HMC')).toMatchObject({ speakerId: 'cjtf-oir' });
    expect(creditOf(text, 'not a negotiation')).toMatchObject({ speakerId: 'sabrina-singh' });
  });

  it('reads the subject of a participle only when no speech verb names another', () => {
    expect(
      creditOf(
        'Washington is in talks on the coalition, two senior officials said Friday, speaking on condition of anonymity.',
        'coalition',
      ),
    ).toMatchObject({ name: 'two senior officials' });
    expect(
      creditOf(
        'A senior defense official who briefed reporters on condition of anonymity said no date was set, adding that any coalition transition would be deliberate.',
        'transition',
      ),
    ).toMatchObject({ name: 'A senior defense official' });
  });

  it('finds the name among appositives and relative clauses', () => {
    expect(
      creditOf(
        'A spokesperson for the coalition, Lieutenant Colonel Mark Ellery, declined to discuss numbers but said the coalition remains focused on ISIS.',
        'remains focused',
      ),
    ).toMatchObject({
      name: 'Mark Ellery',
      role: 'Lieutenant Colonel, a spokesperson for the coalition',
    });
    expect(
      creditOf(
        'Haidar al-Fatlawi, a lawmaker from the Coordination Framework, the governing bloc of mostly Shiite parties, said the pullout of the coalition should be reviewed.',
        'pullout',
      ),
    ).toMatchObject({ name: 'Haidar al-Fatlawi' });
    expect(
      creditOf(
        'A senior official in the prime minister’s office, who requested anonymity because he was not authorised to speak, later told the newspaper that 400 coalition advisers would remain.',
        'advisers',
      ),
    ).toMatchObject({
      name: 'A senior official in the prime minister’s office',
      kind: 'anonymous',
    });
  });

  it('gives each clause of a sentence its own speaker', () => {
    const text =
      'Baghdad has called it a withdrawal of the coalition, while Washington has described the step as a transition.';
    const sentence = sentenceAround(text, 0);
    const clauses = attributor.clauses(text, sentence.start, sentence.end);
    expect(clauses.map((c) => c.speaker?.name)).toEqual(['Baghdad', 'Washington']);
    const but =
      'Iraqi officials have said they want a withdrawal of the coalition, but the Pentagon has said it has not been asked to leave.';
    expect(attributor.clauses(but, 0, but.length).map((c) => c.speaker?.name)).toEqual([
      'Iraqi officials',
      'the Pentagon',
    ]);
    const process =
      'The Pentagon recommitted itself to scaling back its mission in Iraq, a process that a U.S. official said will see Baghdad lead the coalition fight.';
    expect(attributor.clauses(process, 0, process.length).map((c) => c.speaker?.name)).toEqual([
      'the Pentagon',
      'a U.S. official',
    ]);
    const move =
      'In October, Prime Minister Mohammed Shia al-Sudani said a unit of coalition advisers would stay at Ain al-Asad, a move resistance figures condemned as a pretext for prolonging the occupation.';
    expect(attributor.clauses(move, 0, move.length).map((c) => c.speaker?.name)).toEqual([
      'Mohammed Shia al-Sudani',
      'resistance figures',
    ]);
  });

  it('credits whom a transcript line cites, and keeps the line for the rest of the answer', () => {
    const text = [
      'Q: Baghdad says the commission’s aim is to end the presence of coalition forces.',
      'SENIOR ADMINISTRATION OFFICIAL: The joint statement released today says the coalition mission will conclude within a year. We will keep advising the Iraqi forces on the coalition transition.',
    ].join('\n');
    expect(creditOf(text, 'commission’s aim')).toMatchObject({ name: 'Baghdad' });
    expect(creditOf(text, 'will conclude')).toMatchObject({ kind: 'joint' });
    expect(creditOf(text, 'keep advising')).toMatchObject({
      name: 'senior administration official',
    });
  });

  it('reads an outlet named again, a headline credited to a joint statement, and more verbs', () => {
    const text = [
      'US-Iraq joint statement: the coalition’s military mission in Iraq ends by September 2025',
      'The coalition will leave the base, Reuters reported. Washington agreed to hand the base over to Iraq, the news agency said.',
      'Western officials familiar with the talks admit that the decision to end the coalition mission was political.',
      'Iraq’s defense minister said this month the coalition would leave the Kurdistan Region in 2026.',
    ].join('\n');
    expect(creditOf(text, 'ends by September')).toMatchObject({ kind: 'joint' });
    expect(creditOf(text, 'hand the base over')).toMatchObject({ speakerId: 'reuters' });
    expect(creditOf(text, 'decision to end')).toMatchObject({
      name: 'Western officials familiar with the talks',
    });
    expect(creditOf(text, 'Kurdistan Region in 2026')).toMatchObject({
      speakerId: 'thabet-al-abbasi',
    });
  });

  it('refers "the prime minister" back to no other minister, nor to an administration official', () => {
    const text = [
      'Q: Iraq’s defense minister said this month the coalition would leave the Kurdistan Region in 2026.',
      'SENIOR ADMINISTRATION OFFICIAL: This is a transition of the coalition mission.',
      'Q: Why now? The prime minister told Bloomberg Television there is no need for a coalition.',
    ].join('\n');
    expect(creditOf(text, 'no need for a coalition')).toMatchObject({
      speakerId: 'mohammed-shia-al-sudani',
    });
  });

  it('reads statements named with their date, by their count, and released under a long name', () => {
    const text = [
      'The joint statement of Sept. 27, 2024, said the coalition mission in Iraq would conclude by September 2025.',
      'By the Joint Operations Command’s own count, nearly 1,500 coalition personnel are in the Kurdistan Region.',
      'The following statement was released by the High Military Committee for Ending the Mission of the International Coalition in Iraq.',
      'Begin text:',
      'The Committee has completed the evacuation of all bases from the coalition advisers.',
    ].join('\n');
    expect(creditOf(text, 'would conclude')).toMatchObject({ kind: 'joint' });
    expect(creditOf(text, 'nearly 1,500')).toMatchObject({ speakerId: 'joint-operations-command' });
    expect(creditOf(text, 'evacuation')).toMatchObject({ speakerId: 'iraq-hmc-committee' });
  });

  it('credits the people a readout names, and ends it at "(End of statement)"', () => {
    const text = [
      'Baghdad – RNA',
      'The Prime Minister’s Media Office issued the following statement on Monday:',
      'Prime Minister Mohammed Shia al-Sudani received today the Commander of US Central Command, General Michael Erik Kurilla, and the incoming Commander, Brigadier General Kevin Lambert.',
      'The meeting included a review of preparations for transitioning to bilateral security relations.',
      'The Prime Minister affirmed that the Government is proceeding with the timetable agreed within the Higher Military Commission.',
      'His Excellency stressed Iraq’s keenness to develop its relations with the United States after the end of the Coalition’s mission.',
      'For his part, General Kurilla expressed the United States’ commitment to the agreed transition.',
      '(End of statement)',
      'The United States has about 2,500 troops in Iraq.',
    ].join('\n');
    const reader = createAttributor(bundledDataset.speakers);
    reader.knowPeople(text, [
      'Prime Minister Mohammed Shia al-Sudani',
      'General Michael Erik Kurilla',
      'Brigadier General Kevin Lambert',
      'Kurilla',
    ]);
    const credit = (needle: string) => {
      const sentence = sentenceAround(text, text.indexOf(needle));
      return reader.attribute(text, sentence.start, sentence.end);
    };
    expect(credit('review of preparations')).toMatchObject({ kind: 'institution' });
    expect(credit('proceeding with the timetable')).toMatchObject({
      speakerId: 'mohammed-shia-al-sudani',
    });
    expect(credit('keenness')).toMatchObject({ speakerId: 'mohammed-shia-al-sudani' });
    expect(credit('commitment to the agreed')).toMatchObject({
      name: expect.stringMatching(/Kurilla/),
    });
    expect(credit('about 2,500 troops')).toBeNull();
  });

  it('does not take a relative clause for a speaker when a report is credited', () => {
    expect(
      creditOf(
        'Iran-allied factions that had pushed for a US exit of the coalition began to reconsider, according to Iraqi and American officials.',
        'coalition',
      ),
    ).toMatchObject({ name: 'Iraqi and American officials' });
  });

  it('reads "he" as the person named since the last speaker, and "it" as no person', () => {
    const text = [
      'Defense Minister Thabet al-Abbasi said the coalition talks had produced a principle of withdrawal.',
      'Prime Minister Mohammed Shia al-Sudani went further. "There is no need for a coalition," he told Bloomberg Television.',
      'The joint statement promised the end of the coalition mission by September 2025. It said nothing about the coalition in Syria.',
    ].join('\n');
    expect(creditOf(text, 'no need for a coalition')).toMatchObject({
      speakerId: 'mohammed-shia-al-sudani',
    });
    expect(creditOf(text, 'It said nothing')).toMatchObject({ kind: 'joint' });
  });

  it('reads a body charged with a task, a clause after "where", and "said U.S. forces" as no speaker', () => {
    const text = [
      'A day later, the Iraqi committee charged with ending the coalition mission said the first phase was over.',
      'Muhammadawi said the coalition had left federal Iraq, where the Joint Operations Command counted nearly 1,500 coalition personnel.',
      'A senior Iraqi defense ministry official, speaking anonymously to a newspaper, said U.S. forces had vacated the coalition base.',
    ].join('\n');
    expect(creditOf(text, 'first phase')).toMatchObject({ name: 'the Iraqi committee' });
    const counted = text.indexOf('Muhammadawi said');
    const sentence = sentenceAround(text, counted);
    expect(
      attributor.clauses(text, sentence.start, sentence.end).map((c) => c.speaker?.name),
    ).toEqual(['Muhammadawi', 'the Joint Operations Command']);
    expect(creditOf(text, 'vacated')).toMatchObject({
      name: 'A senior Iraqi defense ministry official',
    });
  });

  it("reads a timeline entry's credit after its date", () => {
    expect(
      creditOf(
        'Sept. 27, 2024 – US-Iraq joint statement: the coalition’s military mission in Iraq ends by September 2025',
        'military mission',
      ),
    ).toMatchObject({ kind: 'joint' });
  });

  it('names speakers without a timeline date, a statement by who issued it, and no bare "its"', () => {
    const text = [
      'Nov. 26, 2025 – The JOC said the coalition had left federal Iraq.',
      'According to a statement issued by the office of the Prime Minister, the coalition mission has ended.',
    ].join('\n');
    expect(creditOf(text, 'left federal Iraq')).toMatchObject({ name: 'The JOC' });
    expect(creditOf(text, 'mission has ended')).toMatchObject({ speakerId: 'iraq-pm-office' });
    expect(
      creditOf(
        'It was a withdrawal of the coalition, whatever its briefers called it.',
        'coalition',
      ),
    ).toBeNull();
  });

  it('carries a statement and an account through the words that follow them', () => {
    const text = [
      'The premier “opened talks on the coalition mission,” read a statement from Sudani’s office.',
      'The working groups will set a timetable to “end the military mission of the coalition,” added the statement.',
      'Washington seeks a broader deal, two senior officials said Friday. The new agreement would replace the coalition.',
    ].join('\n');
    expect(creditOf(text, 'end the military mission')).toMatchObject({
      speakerId: 'iraq-pm-office',
    });
    expect(creditOf(text, 'would replace')).toMatchObject({ name: 'two senior officials' });
  });
});

describe('what the sentence says', () => {
  it('hears the word a sentence rejects', () => {
    const sentence = 'This is not a withdrawal, this is a transition.';
    const frame = frameOf(sentence, 0, []);
    expect(frame.rejects).toContain('withdrawal');
    expect(frame.calls).toContain('transition');
  });
});

describe('bodies by the words a page uses for them', () => {
  it('knows a ministry, a department and a government by other names', () => {
    const credit = (who: string) =>
      creditOf(`${who} said the coalition would leave by September 2025.`, 'leave')?.speakerId;
    expect(credit("Iraq's Ministry of Defence")).toBe('iraq-defence-ministry');
    expect(credit('The United States Department of Defense')).toBe('pentagon');
    expect(credit('Washington')).toBe('us-government');
    expect(credit('Baghdad')).toBe('iraq-government');
    expect(credit('The Ministry of Health')).toBeNull();
  });

  it('reads "the committee" and "the JOC" as the bodies the page named so', () => {
    const text =
      "Iraq's High Military Committee met on Sunday. The committee said the coalition's first phase was complete. Iraq's Joint Operations Command (JOC) confirmed it. The JOC said coalition advisers had left.";
    expect(creditOf(text, 'first phase')?.speakerId).toBe('iraq-hmc-committee');
    expect(creditOf(text, 'advisers had left')?.speakerId).toBe('joint-operations-command');
    const other =
      "Iraq's High Military Committee met on Sunday. The Parliamentary Security Committee met too. The committee said the coalition's first phase was complete.";
    expect(creditOf(other, 'first phase')?.speakerId).toBeNull();
  });

  it('reads a long proper name after "a statement by"', () => {
    const text =
      'The announcement came in a statement by the High Military Committee for Ending the Mission of the International Coalition in Iraq.';
    expect(creditOf(text, 'announcement')?.speakerId).toBe('iraq-hmc-committee');
  });

  it('reads an adviser to a named holder of an office as the adviser of that office', () => {
    const text =
      'All coalition forces will withdraw by the end of 2025, a political adviser to al-Sudani told Rudaw.';
    expect(creditOf(text, 'withdraw')).toMatchObject({ speakerId: 'sabhan-mullah-jiad' });
    const possessed =
      "The Iraqi prime minister's political adviser said all coalition forces will withdraw by the end of 2025.";
    expect(creditOf(possessed, 'withdraw')).toMatchObject({ speakerId: 'sabhan-mullah-jiad' });
  });
});

describe('credits a reporter passes on', () => {
  it('reads "…, Reuters reported, citing a US official" as the official’s', () => {
    const text =
      'The United States will have fewer than 2,000 troops in Iraq once the transition is completed, Reuters reported on Tuesday, citing a US official.';
    expect(creditOf(text, 'fewer than')).toMatchObject({
      name: 'a US official',
      kind: 'anonymous',
    });
  });

  it('reads a subject’s manner of answering as their words to come', () => {
    const text =
      'Asked whether foreign troops were still needed, Sudani was blunt. "There is no need for the coalition."';
    expect(creditOf(text, 'was blunt')).toMatchObject({ speakerId: 'mohammed-shia-al-sudani' });
  });

  it('credits a quote paragraph to "That was the assessment of …" below it', () => {
    const text =
      'The coalition mission is changing.\n"ISIS is no longer posing a sustained threat. This is a major achievement that enables us to transition more responsibly."\nThat was the assessment of a senior defense official, who was not named.';
    expect(creditOf(text, 'major achievement')).toMatchObject({
      name: 'a senior defense official',
      kind: 'anonymous',
    });
  });
});

describe('forms met on agency copy and live blogs', () => {
  it('reads a comparison with what someone announced as the page’s own voice', () => {
    expect(
      creditOf('The handover came later than Iraqi commanders had announced.', 'handover'),
    ).toBeNull();
  });

  it('hears plural present tense and continuing forms as speech', () => {
    expect(
      creditOf('US officials insist this is a transition and not a withdrawal.', 'transition'),
    ).toMatchObject({ name: 'US officials' });
    expect(
      creditOf(
        'Iraqi officials have been saying for a year that the coalition would withdraw by September 2025.',
        'withdraw',
      ),
    ).toMatchObject({ name: 'Iraqi officials' });
    expect(
      creditOf(
        'Anadolu is reporting that the deal provides for a withdrawal by the end of 2026.',
        'deal',
      ),
    ).toMatchObject({ kind: 'outlet' });
    // "to acknowledge" is not anyone acknowledging.
    expect(
      creditOf(
        'Norway and Italy were the only governments to acknowledge the withdrawals publicly.',
        'withdrawals',
      ),
    ).toBeNull();
  });

  it('credits "That was X, speaking …" and the quotation before it to X', () => {
    const text =
      'Iraqi forces took over the base.\n"There are no coalition personnel remaining at Ain al-Asad base."\nThat was Lieutenant General Qais al-Muhammadawi, deputy commander of Iraq\'s Joint Operations Command, speaking on December 31.';
    expect(creditOf(text, 'There are no coalition')).toMatchObject({
      speakerId: 'qais-al-muhammadawi',
    });
    expect(creditOf(text, 'That was')).toMatchObject({ speakerId: 'qais-al-muhammadawi' });
  });

  it('reads "he" just after one unnamed person is credited as that person', () => {
    const text =
      'Lt. Gen. Qais al-Muhammadawi spoke on Wednesday. "Nobody is leaving Iraq," a Western diplomat in Baghdad told AFP. "Washington has never called it a withdrawal," he added.';
    expect(creditOf(text, 'never called')).toMatchObject({
      name: 'a Western diplomat in Baghdad',
      kind: 'anonymous',
    });
  });

  it('credits a headline’s role before its verb to the person named below', () => {
    const text =
      'Coalition "completed" its mission in federal Iraq, commander says; lawmakers eye Kurdistan\nThe deputy commander of Iraq\'s Joint Operations Command, Lt. Gen. Qais al-Muhammadawi, said on Wednesday that the coalition had completed its mission in federal Iraq.';
    expect(creditOf(text, 'commander says')).toMatchObject({ speakerId: 'qais-al-muhammadawi' });
  });

  it('credits a headline’s role before a colon to the person named below', () => {
    const text =
      'Lawmaker: any coalition presence in federal Iraq after September is a violation of sovereignty\nBaghdad - A member of the parliamentary Security and Defence Committee, Mudhar Kadhim al-Sawadi, said on Sunday that the withdrawal must be complete.\nHe pointed out that the American forces had begun to move from the Victory base towards Erbil.';
    for (const needle of ['Lawmaker:', 'He pointed out'])
      expect(creditOf(text, needle), needle).toMatchObject({ name: 'Mudhar Kadhim al-Sawadi' });
    const peshmerga =
      'Peshmerga official: Coalition to stay in Erbil until September 2026\nERBIL - Brigadier General Karwan Jalal Rasul, director of coordination at the Ministry of Peshmerga Affairs, said the coalition would stay.';
    expect(creditOf(peshmerga, 'Peshmerga official:')).toMatchObject({
      name: 'Karwan Jalal Rasul',
    });
  });

  it('credits a headline’s "US official" to the unnamed official the entry goes on to quote', () => {
    const text =
      'Defence Minister Thabet al-Abbasi said the deal was done.\n20:50\nUS official: "This is a transition"\nOn a briefing call with reporters, a senior administration official was blunt about the word Washington wants to avoid.\n"To be clear, the US is not withdrawing from Iraq," the official said.';
    for (const needle of ['US official:', 'On a briefing call', 'To be clear'])
      expect(creditOf(text, needle), needle).toMatchObject({
        name: 'a senior administration official',
      });
  });

  it('credits quoted paragraphs to the document the paragraph before them introduces', () => {
    const text =
      'Here are the operative paragraphs of the joint statement released by the two governments:\n"First: Concluding the Coalition\'s military mission in Iraq over the next twelve months."\n"Second: the military mission of the Coalition operating in Syria will continue until September 2026."\nIraqi lawmakers welcomed the news.';
    expect(creditOf(text, 'First: Concluding')).toMatchObject({ kind: 'joint' });
    expect(creditOf(text, 'Second: the military')).toMatchObject({ kind: 'joint' });
    expect(creditOf(text, 'lawmakers welcomed')).toMatchObject({ name: 'Iraqi lawmakers' });
    // A quoted paragraph after a paragraph that introduces nothing is no one's.
    const plain = 'The coalition was formed in 2014.\n"Twenty years is enough."';
    expect(creditOf(plain, 'Twenty years')).toBeNull();
  });

  it('reads figures from a body, and what a statement sets out', () => {
    expect(
      creditOf(
        'Figures from the Joint Operations Command put their number at nearly 1,500 personnel.',
        'Figures',
      ),
    ).toMatchObject({ speakerId: 'joint-operations-command' });
    expect(
      creditOf(
        'The joint statement set out a second phase for Syria, to run until September 2026.',
        'second phase',
      ),
    ).toMatchObject({ kind: 'joint' });
  });

  it('credits words quoted "under the joint statement" to the statement, unless someone says them', () => {
    expect(
      creditOf(
        'Under the US-Iraq joint statement of September 2024, the coalition\'s military mission in Iraq is to conclude "no later than the end of September 2025".',
        'conclude',
      ),
    ).toMatchObject({ kind: 'joint' });
    // Without a quotation, what the statement sets out is still the statement's; an agreement
    // or a deal named so is the page's telling.
    expect(
      creditOf(
        "Under the 2024 joint statement, the coalition's mission in Syria is due to run until September 2026.",
        'Syria',
      ),
    ).toMatchObject({ kind: 'joint' });
    expect(
      creditOf(
        "Under the 2024 agreement, the coalition's mission in Syria is due to run until September 2026.",
        'Syria',
      ),
    ).toBeNull();
    expect(
      creditOf(
        'In a joint statement issued after the meeting, the two governments said: "Participants expressed their commitment to a new phase in security cooperation."',
        'Participants',
      ),
    ).toMatchObject({ kind: 'joint', name: 'the two governments' });
  });

  it('reads a speaker after the time the sentence opens with', () => {
    expect(
      creditOf(
        'Last year the State Department said it had never discussed the withdrawal of U.S. forces from Iraq.',
        'withdrawal',
      ),
    ).toMatchObject({ name: 'the State Department', kind: 'institution' });
  });

  it('reads officials by who they are, not where they spoke', () => {
    expect(
      creditOf(
        'That is not what the US side is saying: officials on the briefing call said the deadline would not mean an immediate departure.',
        'deadline',
      ),
    ).toMatchObject({ name: 'officials', kind: 'anonymous' });
  });

  it('reads a radio transcript: the host is the page, a guest’s turn is the guest’s', () => {
    const text = [
      'The coalition is leaving Iraq.',
      'HOST: And the dates slipped. The September 2025 deadline came and went.',
      'PRYCE: That wording was deliberate. When I was in Baghdad, the Iraqi side always said withdrawal, and we always said transition.',
    ].join('\n');
    expect(creditOf(text, 'And the dates')).toBeNull();
    expect(creditOf(text, 'That wording')).toMatchObject({ name: 'Pryce', kind: 'person' });
    expect(creditOf(text, 'When I was in Baghdad')).toMatchObject({ name: 'Pryce' });
    // Page furniture is no one's turn.
    expect(
      creditOf('The coalition is leaving Iraq.\nLIVE: US forces pull out of Baghdad', 'US forces'),
    ).toBeNull();
  });

  it('reads unnamed people by who they are, not by what they know', () => {
    expect(
      creditOf(
        '“For us the word is withdrawal,” said an Iraqi official familiar with the talks.',
        'withdrawal',
      ),
    ).toMatchObject({ name: 'an Iraqi official', kind: 'anonymous' });
    expect(
      creditOf(
        'People familiar with the discussions said most of the remaining force would move to Erbil.',
        'Erbil',
      ),
    ).toMatchObject({ name: 'People familiar with the discussions', kind: 'anonymous' });
  });

  it('finds the full name of a person the page later calls by surname alone', () => {
    const filler = Array.from(
      { length: 8 },
      (_, k) => `Paragraph ${k} of the ceremony report.`,
    ).join('\n');
    const text = `"Today we say farewell," said Capt. Renee Castellano, the protocol officer.\n${filler}\n"Our mission continues," Castellano said at the close of the ceremony.`;
    expect(creditOf(text, 'Our mission')).toMatchObject({ name: 'Renee Castellano' });
  });

  it('reads an agency by its initials, and "the agency" as the one named before', () => {
    const text =
      'The US has roughly 2,500 personnel in Iraq, according to AA.\nThe agency also reported that the US and Iraq had reached a deal for a withdrawal by the end of 2026.';
    expect(creditOf(text, 'roughly 2,500')).toMatchObject({ name: 'AA', kind: 'outlet' });
    expect(creditOf(text, 'The agency')).toMatchObject({ name: 'AA', kind: 'outlet' });
  });

  it('credits "…,” and a US official told Reuters …" to the official', () => {
    const text =
      'On Sept. 30, 2025, chief Pentagon spokesman Sean Parnell said that “the coalition will reduce its mission,” and a US official told Reuters that US forces in Iraq would number “fewer than 2,000.”';
    const clauses = attributor.clauses(text, 0, text.length);
    const at = (needle: string) =>
      clauses.find((c) => text.indexOf(needle) >= c.start && text.indexOf(needle) < c.end)?.speaker;
    expect(at('reduce')).toMatchObject({ speakerId: 'sean-parnell' });
    expect(at('fewer than')).toMatchObject({ name: 'a US official', kind: 'anonymous' });
  });

  it('splits "…, and Middle East Eye reported …" and "…, when the ministry said …" between speakers', () => {
    const clausesOf = (text: string) => {
      const clauses = attributor.clauses(text, 0, text.length);
      return (needle: string) =>
        clauses.find((c) => text.indexOf(needle) >= c.start && text.indexOf(needle) < c.end)
          ?.speaker;
    };
    const reported = clausesOf(
      'This month, the Wall Street Journal reported that US troops are leaving Syria, and Middle East Eye reported that some coalition countries have moved personnel out of Erbil.',
    );
    expect(reported('leaving Syria')).toMatchObject({ name: 'the Wall Street Journal' });
    expect(reported('out of Erbil')).toMatchObject({ name: 'Middle East Eye' });
    const described = clausesOf(
      'The coalition’s military mission in federal Iraq has ended, but US and coalition troops remain in the Kurdistan Region, and Washington has described the change as a transition.',
    );
    expect(described('has ended')).toBeNull();
    expect(described('as a transition')).toMatchObject({ name: 'Washington' });
    const when = clausesOf(
      "The handover came on Jan. 17, 2026, when Iraq's defence ministry said the army had full control of Ain al-Asad.",
    );
    expect(when('handover came')).toBeNull();
    expect(when('full control')).toMatchObject({ kind: 'institution' });
  });

  it('names an unnamed officer without a participle cut from its place', () => {
    expect(
      creditOf(
        'The words came from an Iraqi officer stationed at Ain al-Asad, who asked not to be named.',
        'officer',
      ),
    ).toMatchObject({ name: 'an Iraqi officer', kind: 'anonymous' });
  });

  it('hears "citing" a person as their words, and citing a document as the speaker’s grounds', () => {
    expect(
      creditOf(
        'The drawdown will leave fewer than 2,000 troops, Reuters reported, citing a US official.',
        'drawdown',
      ),
    ).toMatchObject({ name: 'a US official' });
    expect(
      creditOf(
        'Chief Pentagon spokesman Sean Parnell said the coalition partners will reduce the military mission in Iraq, citing the HMC and the 2024 joint statement.',
        'reduce',
      ),
    ).toMatchObject({ speakerId: 'sean-parnell' });
  });

  it('reads "the Iraqi official" as the one Iraqi official named before, not a group or an American', () => {
    const text = [
      '“For us the word is withdrawal,” said an Iraqi official familiar with the talks.',
      '“This is a transition, not a departure,” a U.S. defense official said.',
      'Iran-allied factions have reconsidered, Iraqi and American officials told the Associated Press.',
      '“Nobody in Baghdad wants to be the one who asked the Americans to stay,” the Iraqi official said.',
    ].join('\n');
    expect(creditOf(text, 'Nobody in Baghdad')).toMatchObject({ name: 'an Iraqi official' });
  });

  it('reads an unnamed colonel after "said", "assured us", and a list of what officials said', () => {
    expect(
      creditOf(
        '“The coalition left the chairs,” said an Iraqi army colonel who asked not to be named.',
        'chairs',
      ),
    ).toMatchObject({ name: 'an Iraqi army colonel', kind: 'anonymous' });
    expect(
      creditOf(
        'The government spokesman, Basim al-Awadi, assured us that "the deadlines agreed upon between Iraq and the coalition are still valid."',
        'deadlines',
      ),
    ).toMatchObject({ speakerId: 'basim-al-awadi' });
    expect(
      creditOf(
        'What officials have said\nMuhammadawi, 31 December 2025: "The coalition\'s mission has ended"',
        'mission',
      ),
    ).toMatchObject({ speakerId: 'qais-al-muhammadawi' });
  });

  it('reads a person whose age the page gives', () => {
    expect(
      creditOf(
        "In Baghdad's Karrada district, shopkeeper Abbas Jawad, 47, said the Americans would all pull out by next September.",
        'pull out',
      ),
    ).toMatchObject({ name: 'Abbas Jawad', kind: 'person' });
  });

  it('credits each clause of "X did A, and the committee said B" to its own speaker', () => {
    const text =
      'The 2024 joint statement lets the Syria phase run until September 2026 from Iraqi soil, and the committee said in January that logistics would go through Erbil.';
    const clauses = attributor.clauses(text, 0, text.length);
    const at = (needle: string) =>
      clauses.find((c) => text.indexOf(needle) >= c.start && text.indexOf(needle) < c.end)?.speaker;
    expect(at('Syria phase')).toMatchObject({ kind: 'joint' });
    expect(at('logistics')).toMatchObject({ name: 'the committee', kind: 'institution' });
  });

  it('reads "the statement" just after a joint statement is named as that statement', () => {
    const text =
      "Iraq's Joint Operations Command said in November that 1,500 personnel were in the Kurdistan Region.\nCorrection: An earlier version of this article said the September 2024 joint statement set the end of 2025 as the deadline for the mission in Syria. The statement says that mission will continue until September 2026.";
    expect(creditOf(text, 'The statement says')).toMatchObject({ kind: 'joint' });
  });
});

describe('clauses and documents', () => {
  it('credits a relative clause to its own speaker and the sentence around it to the page', () => {
    const text =
      'That leaves the air base in Erbil, through which the Iraqi committee said the coalition would route its support for Syria, as the main hub for foreign forces in Iraq.';
    const clauses = attributor.clauses(text, 0, text.length);
    const at = (needle: string) =>
      clauses.find((c) => text.indexOf(needle) >= c.start && text.indexOf(needle) < c.end)?.speaker;
    expect(at('route its support')).toMatchObject({ speakerId: 'iraq-hmc-committee' });
    expect(at('main hub')).toBeNull();
  });

  it('credits "which he said …" to the person named before, quoted words and all', () => {
    const text =
      'Lt. Gen. Qais al-Muhammadawi spoke on Dec. 31. Ain al-Asad, which he said would be handed over “next week”, changed hands only on January 17.';
    const start = text.indexOf('Ain al-Asad,');
    const clauses = attributor.clauses(text, start, text.length);
    const at = (needle: string) =>
      clauses.find((c) => text.indexOf(needle) >= c.start && text.indexOf(needle) < c.end)?.speaker;
    expect(at('handed over')).toMatchObject({ speakerId: 'qais-al-muhammadawi' });
    expect(at('changed hands')).toBeNull();
  });

  it('reads "the text says" as the joint statement the page has named', () => {
    const text =
      'The joint statement was released in Washington and Baghdad. On Syria, the text says the coalition mission will continue until September 2026.';
    expect(creditOf(text, 'On Syria')).toMatchObject({ kind: 'joint' });
  });

  it('carries what sources told an outlet into the next sentence of the paragraph', () => {
    const text =
      'Half of the foreign forces in Erbil have moved to other countries, sources told Middle East Eye. French and Italian troops were among those who left.';
    expect(creditOf(text, 'French and Italian')).toMatchObject({ name: 'sources' });
    // What the page's own sources tell it is followed by the page's own background.
    const own =
      'Two senior Iraqi security sources tell us US troops will begin moving from Baghdad to Erbil this week. About 2,500 US troops were in Iraq at the start of the year.';
    expect(creditOf(own, 'About 2,500')).toBeNull();
  });

  it('credits a quote after "was blunter:" to whoever was', () => {
    const text =
      'A senior administration official was blunter: "To be clear, the US is not withdrawing from Iraq."';
    expect(creditOf(text, 'To be clear')).toMatchObject({
      name: 'A senior administration official',
    });
  });
});

describe('interviews, editions and reports', () => {
  it('credits an interview’s answers to its guest and its questions to the page', () => {
    const text = [
      'Interview by Tom Reed',
      'We asked Nadia Karim, who studies Iraqi security, what comes next for the coalition.',
      'Is the coalition leaving Iraq?',
      'Not in the sense people think. The coalition moved north to Erbil, and it will stay there for now.',
      'The drawdown looks finished.',
      'It said a great deal in September and almost nothing since, which tells you the drawdown is done.',
      'What about Syria?',
      'The Syria phase runs through Erbil until September 2026, as the joint statement set out.',
    ].join('\n');
    expect(creditOf(text, 'moved north')).toMatchObject({ name: 'Nadia Karim', kind: 'person' });
    expect(creditOf(text, 'Syria phase runs')).toMatchObject({ name: 'Nadia Karim' });
    expect(creditOf(text, 'Is the coalition leaving')).toBeNull();
    expect(creditOf(text, 'The drawdown looks finished')).toBeNull();
    const headed = `‘The coalition moved north. It did not leave’\nInterview by Tom Reed\n${text}`;
    expect(creditOf(headed, 'moved north. It did not')).toMatchObject({ name: 'Nadia Karim' });
  });

  it('reads who was cited, who restated and who gave a timetable', () => {
    expect(
      creditOf(
        'In late August, Kurdistan24 reported, citing a senior Iraqi military source, that American forces had pulled out of Ain al-Asad.',
        'pulled out',
      ),
    ).toMatchObject({ name: 'a senior Iraqi military source' });
    expect(
      creditOf(
        "Washington's commitment, restated by a US defense official in August, was to end the coalition's mission by September 2025.",
        'end the',
      ),
    ).toMatchObject({ name: 'a US defense official' });
    expect(
      creditOf(
        'Defence Minister Thabet al-Abbasi gave the Al Hadath channel a two-stage timetable: Baghdad by September 2025.',
        'two-stage',
      ),
    ).toMatchObject({ speakerId: 'thabet-al-abbasi' });
  });

  it('reads a report by its outlet, and "the paper" as the outlet named before', () => {
    const text =
      'The United States is withdrawing its troops from Syria, according to a Wall Street Journal report. The rest are expected to depart within two months, the paper said.';
    expect(creditOf(text, 'depart within')).toMatchObject({
      kind: 'outlet',
      speakerId: 'wall-street-journal',
    });
    expect(
      creditOf(
        "Anadolu Agency's report on the Pentagon's announcement stated that the coalition would withdraw by the end of 2026.",
        'withdraw',
      ),
    ).toMatchObject({ speakerId: 'anadolu-agency' });
  });

  it('keeps the page’s own voice in a correction, and "he" for the person it names', () => {
    const text =
      'Last week’s issue said Lieutenant General Qais al-Muhammadawi announced the Ain al-Asad handover on January 17. He announced on December 31 that it would happen “next week.”';
    expect(creditOf(text, 'Last week')).toBeNull();
    expect(creditOf(text, 'He announced')).toMatchObject({ speakerId: 'qais-al-muhammadawi' });
  });

  it('reads no speaker in a phrase of place or time', () => {
    const text =
      'Under the agreement both governments announced in September 2024, the advisers were supposed to have left Ain al-Asad by now.';
    expect(creditOf(text, 'supposed to')).toBeNull();
  });

  it('keeps a headline’s unnamed source unnamed', () => {
    const text =
      'US forces to complete Baghdad pullout within a day: Iraqi military source\nAbdullah al-Jughaifi, an adviser in Anbar, said the withdrawal would include Ain al-Asad.';
    expect(creditOf(text, 'within a day')).toMatchObject({
      name: 'Iraqi military source',
      kind: 'anonymous',
    });
  });
});

describe('bodies named in passing', () => {
  it('reads "the committee" after "the Iraqi committee", and a headline’s before the body names it', () => {
    const text =
      'Iraq: Committee announces completion of the coalition’s first phase\nThe Iraqi committee charged with ending the coalition’s mission met on Sunday. The committee said the second phase had begun in Syria.';
    expect(creditOf(text, 'second phase')?.speakerId).toBe('iraq-hmc-committee');
    expect(creditOf(text, 'announces completion')?.speakerId).toBe('iraq-hmc-committee');
    const other =
      'The Iraqi committee met on Sunday. The security and defence committee of parliament met too. The committee said the coalition should leave.';
    expect(creditOf(other, 'should leave')?.speakerId).toBeNull();
  });

  it('reads "the committee" back to a naming several paragraphs before', () => {
    const filler = 'Officials in Baghdad discussed the budget and the oil law at length. '.repeat(
      8,
    );
    const text = [
      "Iraq's High Military Committee met on Sunday.",
      ...Array.from({ length: 6 }, () => filler),
      'The committee said the second phase of the coalition mission had begun in Syria.',
    ].join('\n');
    expect(creditOf(text, 'second phase')?.speakerId).toBe('iraq-hmc-committee');
  });

  it('reads a body by all its words before a name inside it', () => {
    const text =
      'Iraqi military committee says second phase of coalition mission has begun in Syria';
    expect(creditOf(text, 'second phase')?.speakerId).toBe('iraq-hmc-committee');
  });

  it('reads figures obtained from a body as the body’s', () => {
    const text =
      'Nearly 1,500 coalition personnel are in the Kurdistan Region, according to information Rudaw obtained from the Joint Operations Command.';
    expect(creditOf(text, 'Nearly')?.speakerId).toBe('joint-operations-command');
  });
});

describe('page furniture and documents', () => {
  it('reads no speaker in an "ALSO READ:" line, nor after it', () => {
    const text =
      'ALSO READ: Erbil hosts an investment forum\nThe coalition’s mission in Iraq is to conclude no later than the end of September 2025.';
    expect(creditOf(text, 'is to conclude')).toBeNull();
  });

  it('reads "it" as the joint statement named just before, not a body credited earlier', () => {
    const text =
      'Baghdad said the talks were over. The joint statement of September 2024 was narrower. It committed the two governments to concluding the coalition’s mission by September 2025. It said the Syria mission would continue until September 2026.';
    expect(creditOf(text, 'It committed')).toMatchObject({ kind: 'joint' });
    expect(creditOf(text, 'Syria mission')).toMatchObject({ kind: 'joint' });
  });
});

describe('more ways of crediting', () => {
  it('reads "the same official", "was still saying" and "blunter still"', () => {
    const text =
      'A US defense official said the coalition would end its mission by September 2025. The same official said operations in Syria would continue through September 2026.';
    expect(creditOf(text, 'operations in Syria')).toMatchObject({ name: 'A US defense official' });
    expect(
      creditOf(
        'In February the government spokesman, Basim al-Awadi, was still saying the agreed deadlines were valid.',
        'deadlines',
      ),
    ).toMatchObject({ speakerId: 'basim-al-awadi' });
    expect(
      creditOf(
        'On the day the two governments announced their deal, a senior administration official was blunter still: "To be clear, the US is not withdrawing from Iraq."',
        'To be clear',
      ),
    ).toMatchObject({ name: 'a senior administration official' });
  });

  it('credits "the official said" to the official who "went further" just before', () => {
    const text =
      'In late August, a senior Iraqi military source told Kurdistan24 that troops would leave Baghdad.\nParnell said the coalition would reduce its mission. A senior defense official went further.\n“ISIS is no longer a sustained threat,” the official said. “This enables us to transition more responsibly.”';
    expect(creditOf(text, 'This enables')).toMatchObject({ name: 'A senior defense official' });
  });

  it('reads the agent of a plan named before the sentence’s subject', () => {
    const text =
      "Under a plan announced by Iraq's High Military Committee on January 18, the coalition's Syria mission is now the second and final phase.";
    expect(creditOf(text, 'Syria mission')).toMatchObject({ speakerId: 'iraq-hmc-committee' });
  });
});

describe('asides, plurals and clauses', () => {
  it('reads "they said" as the several people just credited', () => {
    const text =
      'Chief Pentagon spokesman Sean Parnell said the coalition will reduce its military mission in Iraq. The choice of verb was deliberate, according to three U.S. officials and two Iraqi officials. It keeps open, they said, the option for American troops to stay.';
    expect(creditOf(text, 'It keeps open')).toMatchObject({
      name: 'three U.S. officials and two Iraqi officials',
    });
  });

  it('reads past an aside, a span of time and a loose count before the verb', () => {
    expect(
      creditOf('Iraqi officials, by contrast, have talked of withdrawal.', 'withdrawal'),
    ).toMatchObject({ name: 'Iraqi officials', kind: 'anonymous' });
    expect(
      creditOf('For two years Iraqi officials have spoken of a withdrawal.', 'withdrawal'),
    ).toMatchObject({ name: 'Iraqi officials' });
    expect(
      creditOf(
        'At least one news agency later wrote that the deal ran to the end of 2026.',
        'end of 2026',
      ),
    ).toMatchObject({ name: 'At least one news agency' });
  });

  it('starts a clause at ", while" after a closing quotation mark, and at "…, and X put their number"', () => {
    const text =
      'The office of Prime Minister Mohammed Shia al-Sudani said the talks aimed “to end the global coalition’s mission in Iraq,” while the Pentagon had said days earlier that it had not been asked to leave.';
    const parts = attributor.clauses(text, 0, text.length);
    expect(parts.map((c) => c.speaker?.speakerId ?? null)).toEqual(['iraq-pm-office', 'pentagon']);
    const counted =
      'Muhammadawi said in November that all coalition forces are in the Kurdistan Region, and information from the Joint Operations Command put their number at nearly 1,500.';
    const pieces = attributor.clauses(counted, 0, counted.length);
    expect(pieces).toHaveLength(2);
    expect(pieces[1]?.speaker?.name).toMatch(/Joint Operations Command/);
  });
});

describe('dates, turns and offices', () => {
  it('never reads an abbreviated month as a person', () => {
    expect(
      creditOf(
        'Under a joint statement issued by Baghdad and Washington on Sept. 27, 2024, the military mission of the coalition in Iraq was to end "no later than the end of September 2025."',
        'no later',
      ),
    ).toMatchObject({ name: 'Baghdad and Washington', kind: 'joint' });
  });

  it('reads "they" as the people the sentence names before it', () => {
    expect(
      creditOf(
        'SEN. OKAFOR: When Pentagon briefers came to this committee last year, they told us the mission would be over by the end of 2025.',
        'end of 2025',
      ),
    ).toMatchObject({ name: 'Pentagon briefers', kind: 'anonymous' });
  });

  it('keeps a turn its speaker’s when it cites the joint statement as its grounds', () => {
    const text =
      'MS. KESSLER: It is not a withdrawal, Senator.\nMS. KESSLER: We will continue to support the defeat-ISIS fight in Syria from Erbil through September 2026, as the joint statement says.';
    expect(creditOf(text, 'We will continue')).toMatchObject({ name: 'Kessler' });
  });

  it('knows an office by its holder, named before, and a name before an appositive and "who told"', () => {
    const text =
      "Lt. Gen. Qais al-Muhammadawi, deputy commander of Iraq's Joint Operations Command, said the coalition had left.\nSEN. HOLLOWAY: General, let me start. Iraq's deputy joint operations commander says all coalition forces are in the Kurdistan Region.";
    expect(creditOf(text, 'all coalition forces are')).toMatchObject({
      speakerId: 'qais-al-muhammadawi',
    });
    expect(
      creditOf(
        'Khaled al-Yaqoubi, the prime minister\'s adviser for security affairs, told Al Jazeera the first stage would end in 2025.\nA third account came from Sabhan Mullah Jiad, the political adviser to Prime Minister Mohammed Shia al-Sudani, who told a Kurdish channel on Sunday that all coalition forces "will be pulled out by the end of 2025."',
        'pulled out',
      ),
    ).toMatchObject({ speakerId: 'sabhan-mullah-jiad' });
  });

  it('reads "is calling this", "continues to describe" and "It" after a statement named as subject', () => {
    expect(creditOf('Baghdad is calling this a withdrawal.', 'withdrawal')).toMatchObject({
      speakerId: 'iraq-government',
    });
    expect(
      creditOf('Washington continues to describe the drawdown as a transition.', 'transition'),
    ).toMatchObject({ speakerId: 'us-government' });
    const text = `The joint statement was issued on Friday.\n${'Sudani spoke to reporters about the economy and other things. '.repeat(12)}\nFriday's statement does not use the word withdrawal at all. It speaks of a transition.`;
    expect(creditOf(text, 'It speaks of')).toMatchObject({
      name: "Friday's statement",
      kind: 'joint',
    });
  });
});

describe('a document’s terms told by the page', () => {
  it('credits the joint statement with what it "set", "gives" or what runs "under" it', () => {
    for (const [sentence, needle] of [
      [
        "That joint statement set the end of September 2025 as the deadline for concluding the coalition's military mission in Iraq.",
        'deadline',
      ],
      [
        'The Syria phase, which the joint statement set to run until September 2026, is now run from Erbil.',
        'Syria phase',
      ],
      [
        'That phase was due to run until September 2026 under the joint statement Baghdad and Washington issued in 2024.',
        'That phase',
      ],
    ] as const)
      expect(creditOf(sentence, needle)).toMatchObject({ kind: 'joint' });
  });

  it('leaves the terms to whoever the sentence says is speaking', () => {
    expect(
      creditOf(
        'A US defense official said the US would adjust its force posture under the joint statement.',
        'force posture',
      ),
    ).toMatchObject({ kind: 'anonymous' });
  });
});

describe('claims that circulate, and officials who "speak of"', () => {
  it('credits posts and videos with what they claim, and never reads them as a person', () => {
    expect(
      creditOf(
        'Posts shared widely on social media since January claim that “the US has withdrawn from Iraq,” often alongside photos.',
        'withdrawn',
      ),
    ).toMatchObject({ name: 'Posts shared widely on social media', kind: 'anonymous' });
  });

  it('reads "officials in Baghdad speak of withdrawal", not "to speak about"', () => {
    expect(creditOf('Officials in Baghdad speak of withdrawal.', 'withdrawal')).toMatchObject({
      name: 'Officials in Baghdad',
    });
    expect(creditOf('They want to speak about the withdrawal.', 'withdrawal')).toBeNull();
  });
});

describe('an office named by its holder', () => {
  it('reads "which his office described as" as the office of the person the sentence names', () => {
    expect(
      creditOf(
        'In January 2024, Prime Minister Mohammed Shia al-Sudani presided over the first round of talks of the HMC, which his office described as talks “to end the global coalition’s mission in Iraq”.',
        'to end the global',
      ),
    ).toMatchObject({ kind: 'institution', speakerId: 'iraq-pm-office' });
  });
});

describe('briefings, titles and abbreviated ranks', () => {
  it('reads a briefing’s "IRAQ:" as a section, and "Brig. Gen." within a sentence', () => {
    const text =
      'IRAQ: Kurdish region readies for coalition advisers\nERBIL, Iraq (TP) — Authorities in Iraq’s semi-autonomous Kurdistan region said they were preparing to receive coalition advisers. “Erbil has always been a partner of the coalition, and we will remain one until the last adviser leaves,” said Brig. Gen. Karwan Sherzad, a spokesman for the region’s Peshmerga ministry.';
    expect(creditOf(text, 'Kurdish region readies')).toBeNull();
    expect(creditOf(text, 'preparing to receive')).toMatchObject({ kind: 'institution' });
    expect(creditOf(text, 'Erbil has always')).toMatchObject({ name: 'Karwan Sherzad' });
  });

  it('reads no person in a title ("Reduce, Not Withdraw: Reading Washington’s Iraq Announcement")', () => {
    const text =
      'Reduce, Not Withdraw: Reading Washington’s Iraq Announcement\nThe Pentagon said it would reduce the mission.';
    expect(creditOf(text, 'Reduce, Not')).toBeNull();
  });

  it('reads past "Since then" and "generally"', () => {
    expect(
      creditOf(
        'Since then Prime Minister Mohammed Shia al-Sudani has told Bloomberg Television, “There is no need for a coalition.”',
        'no need',
      ),
    ).toMatchObject({ speakerId: 'mohammed-shia-al-sudani' });
    expect(
      creditOf('Iraqi officials generally described the process as a withdrawal.', 'withdrawal'),
    ).toMatchObject({ name: 'Iraqi officials' });
  });

  it('reads "another diplomat", "quoted X saying", "attributes to X the words" and "repeated"', () => {
    expect(
      creditOf(
        'Another diplomat said Kurdish officials had been told that coalition forces would remain in the Kurdistan region until September 2026.',
        'remain',
      ),
    ).toMatchObject({ name: 'Another diplomat', kind: 'anonymous' });
    expect(
      creditOf(
        'Reuters quoted a U.S. official saying that once the transitions are completed there will be fewer than 2,000 U.S. forces in Iraq.',
        'fewer than',
      ),
    ).toMatchObject({ name: 'a U.S. official', kind: 'anonymous' });
    expect(
      creditOf(
        'One widely shared post attributes to President Donald Trump the words “There is no need for a coalition.”',
        'no need',
      ),
    ).toMatchObject({ name: 'Donald Trump' });
    const text =
      'Lt. Gen. Qais al-Muhammadawi said the handover was near.\nHe repeated that the global coalition had completed its mission in federal Iraq.';
    expect(creditOf(text, 'completed its mission')).toMatchObject({
      speakerId: 'qais-al-muhammadawi',
    });
  });

  it('credits quoted words to the one a report inside the sentence names', () => {
    expect(
      creditOf(
        'Hussein recalled that Prime Minister Mohammed Shia al-Sudani had said last year that “there is no need for a coalition.”',
        'no need',
      ),
    ).toMatchObject({ speakerId: 'mohammed-shia-al-sudani' });
    expect(
      creditOf(
        "Sen. Lyle Pruett, an Oklahoma Republican, noted that the 2024 joint statement promised to conclude the coalition's mission in Iraq “no later than the end of September 2025.”",
        'no later',
      ),
    ).toMatchObject({ kind: 'joint' });
    // Without the inner speaker's own words, the one who recalls them speaks.
    expect(
      creditOf(
        'Fuad Hussein recalled that Prime Minister Mohammed Shia al-Sudani had said the coalition was no longer needed.',
        'coalition',
      ),
    ).toMatchObject({ name: 'Fuad Hussein' });
  });

  it('reads "General tells senators …" as the general the paragraphs below name', () => {
    const text = [
      "General tells senators Iraq mission ended 'on the timeline we agreed'",
      'Lt. Gen. Thomas Brandt told the Senate Armed Services Committee on Tuesday that the coalition mission in federal Iraq had ended.',
    ].join('\n');
    expect(creditOf(text, 'General tells')).toMatchObject({ name: 'Thomas Brandt' });
  });

  it('reads a senator past "R-Wyo.,", the words a senator reads out as theirs who said them, and an interview’s "A:" as its guest', () => {
    expect(
      creditOf(
        'Sen. Harold Beaumont, R-Wyo., said the coalition mission in Iraq had ended too slowly.',
        'ended',
      ),
    ).toMatchObject({ name: 'Harold Beaumont' });
    expect(
      creditOf(
        'Sen. Thomas Reddick, R-Miss., read from Sudani\'s October remarks that "an agreement has been reached to maintain a unit of 250 to 350 advisers at Ain Al Asad," and asked where they went.',
        'agreement',
      ),
    ).toMatchObject({ speakerId: 'mohammed-shia-al-sudani' });
    const interview = [
      'Transcript: Iraqi adviser says advisers at western base are for Syria only',
      "Global Voice Radio's Jennifer Moss spoke with Kamal Hussein Aziz, an adviser to Iraq's National Security Council, about the coalition.",
      'Q: Is it a withdrawal?',
      'A: For us it is a withdrawal. The coalition’s mission in federal Iraq is over.',
    ].join('\n');
    expect(creditOf(interview, 'For us')).toMatchObject({ name: 'Kamal Hussein Aziz' });
  });

  it('names the guest of "A Q&A with …" on the headline’s line alone, and "Iraqi premier says" as the premier below', () => {
    const text = [
      'Is the US Leaving Iraq? A Q&A with Leila Farouk',
      'The Pentagon says the US and its partners will scale back in Iraq.',
      'Is this the withdrawal Iraqi politicians have been promising?',
      'Not in the way most people picture it. Nobody in Washington is using the word withdrawal.',
    ].join('\n');
    expect(creditOf(text, 'Nobody in Washington')).toMatchObject({ name: 'Leila Farouk' });
    const premier = [
      'Iraqi premier says a few hundred advisers will remain',
      'Prime Minister Mohammed Shia al-Sudani said on Monday that a unit of coalition advisers would stay at Ain al-Asad.',
    ].join('\n');
    expect(creditOf(premier, 'few hundred')).toMatchObject({
      speakerId: 'mohammed-shia-al-sudani',
    });
  });

  it('reads a headline’s role past a photo credit, and "answered" as a verb of saying', () => {
    const text = [
      'Coalition forces to stay in Kurdistan Region until September 2026: Peshmerga official',
      'A military transport aircraft at Erbil International Airport. File photo: Zagros Today',
      'ERBIL, Kurdistan Region - Coalition forces will remain in the Kurdistan Region until September 2026, an official at the Ministry of Peshmerga told Zagros Today on Thursday.',
      '“The coalition forces are here under an agreement between Baghdad and Washington,” said Brigadier General Karwan Saleem Taha, director of coordination at the ministry.',
    ].join('\n');
    expect(creditOf(text, 'File photo')).toBeNull();
    expect(creditOf(text, 'Peshmerga official')?.name).not.toBe('Zagros Today');
    expect(
      creditOf(
        'Officials in Washington answered at the time that "the US is not withdrawing from Iraq."',
        'not withdrawing',
      ),
    ).toMatchObject({ name: 'Officials in Washington' });
  });

  it('reads "the official said" under a factbox item headed by an unnamed official', () => {
    const text = [
      'Thabet al-Abbasi, Iraqi defence minister, Sept. 2024',
      'Abbasi said the coalition would withdraw from Baghdad in September 2025.',
      'Senior Iraqi official, to Al Jazeera, Sept. 2024',
      'The official said the two countries had agreed to withdraw coalition forces in two stages.',
    ].join('\n');
    expect(creditOf(text, 'two stages')).toMatchObject({
      name: 'Senior Iraqi official',
      kind: 'anonymous',
    });
  });

  it('reads "X’s government" as a government, and "has presented … as" as a way of saying', () => {
    expect(
      creditOf(
        "Sudani's government has said the coalition has no role left in federal Iraq.",
        'coalition',
      ),
    ).toMatchObject({ name: "Sudani's government", kind: 'institution' });
    expect(
      creditOf(
        "An official in Prime Minister Mohammed Shia al-Sudani's office said the coalition's mission would end.",
        'mission',
      ),
    ).toMatchObject({ kind: 'anonymous' });
    expect(
      creditOf(
        "Prime Minister Mohammed Shia al-Sudani has presented the end of the coalition's mission as one of his main achievements.",
        'mission',
      ),
    ).toMatchObject({ speakerId: 'mohammed-shia-al-sudani' });
  });

  it('reads unnamed speakers together ("An Iraqi lawmaker and an armed group demanded …")', () => {
    const text = [
      'Prime Minister Mohammed Shia al-Sudani said the advisers would stay at Ain al-Asad.',
      'An Iraqi lawmaker and an armed group on Wednesday demanded the full withdrawal of US-led coalition forces from Iraq by the end of the year.',
    ].join('\n');
    const credit = creditOf(text, 'demanded');
    expect(credit?.speakerId ?? null).not.toBe('mohammed-shia-al-sudani');
    expect(credit).toMatchObject({ kind: 'anonymous' });
  });

  it('reads "On Saturday the ministry said …, in Anbar province" past its weekday, and a country’s news agency as an outlet', () => {
    expect(
      creditOf(
        'On Saturday the defence ministry said American forces had withdrawn from the base, in Anbar province, and that the army had assumed full control of it.',
        'withdrawn',
      ),
    ).toMatchObject({ speakerId: 'iraq-defence-ministry' });
    expect(
      creditOf(
        "Turkey's state news agency reported that the two countries had reached a deal for the withdrawal of coalition forces.",
        'withdrawal',
      ),
    ).toMatchObject({ kind: 'outlet' });
    expect(
      creditOf(
        "Iran's Tasnim news agency headlined its report “Iraqi Forces Assume Full Control over Ain al-Asad Airbase As US Completes Withdrawal”.",
        'Withdrawal',
      ),
    ).toMatchObject({ kind: 'outlet', speakerId: 'tasnim' });
  });

  it('reads "The Americans call it a transition" as the Americans', () => {
    expect(
      creditOf(
        'The Americans call it a transition because they are not leaving the country.',
        'transition',
      ),
    ).toMatchObject({ name: 'The Americans' });
    // Not "to call it" in someone else's words.
    expect(
      creditOf('Parnell declined to call it a withdrawal, the Pentagon said.', 'withdrawal'),
    ).toMatchObject({ speakerId: 'pentagon' });
  });

  it('reads "gave a longer horizon" as giving an account', () => {
    expect(
      creditOf(
        'Brig. Gen. Karwan Hama Amin, the ministry’s spokesman, gave a longer horizon for the coalition in Erbil.',
        'coalition',
      ),
    ).toMatchObject({ name: 'Karwan Hama Amin' });
  });

  it('reads a speaker past an aside between dashes', () => {
    expect(
      creditOf(
        'In a statement the following day, the Iraqi side of the Higher Military Commission — formally the High Military Committee for Ending the Mission of the International Coalition in Iraq — said the evacuation of coalition advisers was complete.',
        'evacuation',
      ),
    ).toMatchObject({ speakerId: 'iraq-hmc-committee' });
  });

  it('reads a soldier past "Spc." and past their age and town', () => {
    expect(
      creditOf(
        'Spc. Luis Ortega, 22, of Evansdale, said that by the time his platoon left Asad in October, there was nobody American left on the base.',
        'platoon',
      ),
    ).toMatchObject({ name: 'Luis Ortega' });
  });

  it('reads countries named alone as their governments, never as people', () => {
    expect(
      creditOf(
        'So far, only Norway and Germany have publicly acknowledged moving troops out of Erbil.',
        'Erbil',
      ),
    ).toMatchObject({ name: 'Norway and Germany', kind: 'institution' });
  });

  it('reads past a time with no comma after it ("In late December Lt Gen X, …, said")', () => {
    const text =
      "In late December Lt Gen Qais al-Muhammadawi, deputy commander of Iraq's Joint Operations Command, said the handover would come the following week.";
    expect(creditOf(text, 'handover')).toMatchObject({ speakerId: 'qais-al-muhammadawi' });
    expect(
      creditOf('In 2024 Sabhan Mullah Jiad, an adviser, said the coalition would leave.', 'leave'),
    ).toMatchObject({ speakerId: 'sabhan-mullah-jiad' });
  });
});

describe('an interview whose turns name the speakers in title case', () => {
  const text = [
    'Brigadier General Karwan Jalal Rasul, director of coordination at the Peshmerga ministry, spoke to Rezan Media about the coalition.',
    'Rezan Media: Lieutenant General Qais al-Muhammadawi said last week that “all global coalition forces are now in the Kurdistan Region.” Is that accurate?',
    'Karwan Jalal Rasul: Largely, yes. The advisers who were in Baghdad have moved to Erbil. A few people remain in Baghdad, as General Muhammadawi said.',
    'How many coalition personnel are in the Kurdistan Region now? Iraqi officials have spoken of about 1,500.',
    'Karwan Jalal Rasul: Fewer than 1,500.',
  ].join('\n');

  it('credits each answer to the guest, a question’s citation to whom it cites', () => {
    expect(creditOf(text, 'all global coalition')).toMatchObject({
      speakerId: 'qais-al-muhammadawi',
    });
    expect(creditOf(text, 'have moved to Erbil')).toMatchObject({ name: 'Karwan Jalal Rasul' });
    expect(creditOf(text, 'A few people remain')).toMatchObject({ name: 'Karwan Jalal Rasul' });
    expect(creditOf(text, 'How many coalition')).toBeNull();
    expect(creditOf(text, 'Fewer than 1,500')).toMatchObject({ name: 'Karwan Jalal Rasul' });
  });

  it('reads no turn in a headline the prose has not named ("Iraq: Committee announces …")', () => {
    expect(
      creditOf(
        'Peshmerga Officials: Coalition to stay in Erbil\nThe coalition will stay in Erbil until 2026.',
        'Coalition to stay',
      )?.kind,
    ).not.toBe('person');
  });
});

describe('a body’s statement in its own words', () => {
  it('reads "We welcome …" as the body that spoke just before, and "we" in news as the page’s', () => {
    const text =
      'The United States Embassy in Baghdad welcomes the technical consultations held yesterday.\nWe welcome the commitment both delegations expressed to a new phase, as the coalition’s mission draws to a close.';
    expect(creditOf(text, 'We welcome')).toMatchObject({ kind: 'institution' });
    expect(
      creditOf('We asked whether the coalition would leave Erbil by September 2026.', 'Erbil'),
    ).toBeNull();
  });
});

describe('transcripts in Q and A, readouts and passives', () => {
  it('credits "A:" lines to the guest the page says it speaks with', () => {
    const text = [
      'Presenter Layla Hassan speaks with Major General Hazem al-Obaidi about the end of the coalition’s mission.',
      'Q: The joint statement said the mission would end no later than September 2025. We are now at the end of October. Has the mission ended?',
      'A: The mission in the federal provinces is ending according to the timetable. The advisers left Baghdad in the summer.',
    ].join('\n');
    expect(creditOf(text, 'The mission in the federal')).toMatchObject({
      name: 'Hazem al-Obaidi',
      role: 'Major General',
    });
    expect(creditOf(text, 'The advisers left Baghdad')).toMatchObject({ name: 'Hazem al-Obaidi' });
  });

  it('reads "His Excellency stated" as the person the readout is about', () => {
    const text =
      'Prime Minister Mohammed Shia al-Sudani received foreign correspondents on Monday.\nThe Prime Minister affirmed that the transfer of the coalition’s tasks is proceeding smoothly.\nHis Excellency explained that advisers would stay at Ain al-Asad.';
    expect(creditOf(text, 'His Excellency')).toMatchObject({
      speakerId: 'mohammed-shia-al-sudani',
    });
  });

  it('reads "were spoken by X" and "figures from X put nearly 1,500"', () => {
    expect(
      creditOf(
        'The words were spoken by Muhammadawi at a news conference on December 31, 2025.',
        'words',
      ),
    ).toMatchObject({ speakerId: 'qais-al-muhammadawi' });
    expect(
      creditOf(
        'Figures from the Joint Operations Command put nearly 1,500 American and coalition personnel in the Kurdistan Region.',
        '1,500',
      ),
    ).toMatchObject({ speakerId: 'joint-operations-command' });
  });
});

describe('an interview whose later answers carry no names', () => {
  const text = [
    'Brigadier General Karwan Jalal Rasul, director of coordination at the Peshmerga ministry, spoke to Rezan Media about the coalition.',
    'Rezan Media: The coalition’s mission in federal Iraq is over. Why does it continue from Erbil?',
    'Karwan Jalal Rasul: Because the Syria file is not closed. The Americans told us clearly that the coalition will remain here until September 2026.',
    'In October, Prime Minister Mohammed Shia al-Sudani said 250 to 350 advisers would stay at Ain al-Asad. Now they have left. What changed?',
    'You should ask Baghdad. Whether 250 advisers sit in Anbar or in Erbil is a technical question.',
  ].join('\n');

  it('credits an unnamed answer to the guest, a question’s words to the page, and a cited people to itself', () => {
    expect(creditOf(text, 'Whether 250 advisers')).toMatchObject({ name: 'Karwan Jalal Rasul' });
    expect(creditOf(text, 'Now they have left')).toBeNull();
    expect(creditOf(text, 'In October')).toMatchObject({ speakerId: 'mohammed-shia-al-sudani' });
    expect(creditOf(text, 'The Americans told us')).toMatchObject({ name: 'The Americans' });
  });
});

describe('narrators, headline labels, words not said and words put in a mouth', () => {
  it('reads a NARRATOR line as the page, crediting whom it quotes', () => {
    const text =
      'NARRATOR: For ten years, the US-led coalition fought from bases across Iraq.\nNARRATOR: By December, Prime Minister Mohammed Shia al-Sudani was declaring it over: “The coalition’s mission has ended.”';
    expect(creditOf(text, 'For ten years')).toBeNull();
    expect(creditOf(text, 'By December')).toMatchObject({ speakerId: 'mohammed-shia-al-sudani' });
  });

  it('reads "Exclusive:" as a headline’s kind, and who did not say something as no speaker', () => {
    expect(
      creditOf('Exclusive: Coalition partners pull troops out of Erbil air base', 'pull troops'),
    ).toBeNull();
    expect(
      creditOf('EXCLUSIVE: Coalition partners pull troops out of Erbil air base', 'pull troops'),
    ).toBeNull();
    expect(
      creditOf(
        'The Administration has not publicly stated the number of U.S. personnel expected to remain.',
        'personnel',
      ),
    ).toBeNull();
  });

  it('reads "the official said" as the unnamed official named before, not the governments', () => {
    const text =
      'In a joint statement, the two governments said the mission would end.\nA senior U.S. administration official who briefed reporters under ground rules set by the White House pushed back on the idea.\n“To be clear, the US is not withdrawing from Iraq,” the official said.';
    expect(creditOf(text, 'To be clear')).toMatchObject({
      name: 'A senior U.S. administration official',
    });
  });

  it('reads "credit X with the words" as X', () => {
    expect(
      creditOf(
        'Several of the posts also credit Prime Minister al-Sudani with the words "The coalition\'s mission has ended."',
        'posts',
      ),
    ).toMatchObject({ speakerId: 'mohammed-shia-al-sudani' });
  });
});

describe('a person introduced by an office and then quoted', () => {
  it('credits “…,” he told Reuters to the person the sentence before introduced', () => {
    const text =
      'Prime Minister Mohammed Shia al-Sudani called the reduction an agreed step.\nHaidar al-Mansouri, a member of parliament’s security and defence committee, was less satisfied. “A reduction is not a withdrawal. We were promised that the foreign forces would leave Baghdad by the end of September,” he told Reuters.';
    expect(creditOf(text, 'A reduction is not')).toMatchObject({ name: 'Haidar al-Mansouri' });
  });
});

describe('a body named again', () => {
  it('reads "The same Iraqi committee said" as the committee, and "…, the Pentagon, which said" as the Pentagon', () => {
    expect(
      creditOf(
        'The same Iraqi committee said in January that the second and final phase had begun in Syria.',
        'second and final',
      ),
    ).toMatchObject({ name: 'The Iraqi committee', kind: 'institution' });
    expect(
      creditOf(
        'The decision was announced by the Pentagon, which said the United States and coalition partners "will reduce its military mission in Iraq."',
        'will reduce',
      ),
    ).toMatchObject({ speakerId: 'pentagon' });
  });
});

describe('militaries, lawmakers and relative clauses', () => {
  it('reads a country’s armed forces as a body, and MPs as unnamed lawmakers, never a person', () => {
    expect(creditOf('Norway’s armed forces confirmed the relocation.', 'relocation')).toMatchObject(
      {
        name: 'Norway’s armed forces',
        kind: 'institution',
      },
    );
    expect(
      creditOf(
        'Resistance factions and MPs reject the announcement that coalition advisers will stay at Ain al-Asad.',
        'advisers',
      ),
    ).toMatchObject({ kind: 'anonymous' });
    expect(
      creditOf(
        'The agreement allows forces to stay in Erbil, a provision that resistance MPs say has turned the Kurdistan Region into a base.',
        'Kurdistan Region',
      ),
    ).toMatchObject({ name: 'resistance MPs', kind: 'anonymous' });
  });

  it('reads "echoed" as what a speaker said', () => {
    expect(
      creditOf('Spokesperson Soran Bakir echoed the lawmaker on the coalition.', 'coalition'),
    ).toMatchObject({ name: 'Soran Bakir' });
  });
});

describe('a background clause with its own speaker', () => {
  it('credits "…, days after the JOC said …" to the command, the rest to the sentence’s speaker', () => {
    const text =
      'Kurdish officials say the coalition will stay in Erbil until September 2026, days after Iraq’s Joint Operations Command said the coalition had completed its work in federal areas.';
    const parts = attributor.clauses(text, 0, text.length);
    expect(parts.map((c) => c.speaker?.name ?? null)).toEqual([
      'Kurdish officials',
      'Iraq’s Joint Operations Command',
    ]);
  });
});

describe('interviews, broadcasts, releases and press reviews of 2025–2026', () => {
  it('credits turns labelled by a surname the page wrote out in full', () => {
    const text = [
      'Sulav News spoke to Brigadier General Dilshad Karim Mawlud, director of coordination at the Ministry of Peshmerga Affairs.',
      'Sulav News: The coalition completed its withdrawal from Ain al-Asad last week. What does that mean?',
      'Mawlud: It means Erbil is now the centre. All coalition forces in Iraq are in the Kurdistan Region today.',
      'Sulav News: How many foreign troops are in the Region today?',
      'Mawlud: That is for the partners to announce. What I can tell you is that the people who left Anbar came here.',
    ].join('\n');
    for (const needle of ['All coalition forces', 'That is for the partners', 'What I can tell'])
      expect(creditOf(text, needle), needle).toMatchObject({ name: 'Dilshad Karim Mawlud' });
    expect(creditOf(text, 'How many foreign troops')).toBeNull();
  });

  it('reads a broadcast’s newsroom as the page, a guest by their first line, and "he said" as the one just named', () => {
    const text = [
      'DANA KHOURY, ANCHOR: Good evening. Iraq’s army says the coalition will hand over Ain al-Asad next week.',
      'AHMED FARIS, CORRESPONDENT (BAGHDAD): Those words came from Lieutenant General Qais al-Muhammadawi of the Joint Operations Command.',
      'FARIS: He said, "The coalition\'s mission has ended."',
      'FARIS: Two Iraqi officials who asked not to be named told me that the last equipment would be moved out.',
      'RANA HADDAD, MESOPOTAMIA SECURITY INSTITUTE: Both, honestly. In federal Iraq it is a withdrawal.',
    ].join('\n');
    expect(creditOf(text, 'Good evening')).toBeNull();
    const web = 'SARA BELL, CTN NEWS: The base was one of the last places where advisers remained.';
    expect(creditOf(web, 'last places')).toBeNull();
    expect(creditOf(text, 'mission has ended')).toMatchObject({ speakerId: 'qais-al-muhammadawi' });
    expect(creditOf(text, 'last equipment')).toMatchObject({ name: 'Two Iraqi officials' });
    expect(creditOf(text, 'In federal Iraq')).toMatchObject({ name: 'Rana Haddad' });
  });

  it('credits a release to whoever released it, and a sentence in it that names its speaker to them', () => {
    const text = [
      'WASHINGTON, D.C. – Today, U.S. Senator Carolyn Hadley (R-Mont.), a member of the Senate Armed Services Committee, released the following statement.',
      '“Call it a transition or call it a drawdown – the result is the same,” said Senator Hadley.',
      '“Under the Biden-era deal, the Coalition was supposed to wind down in federal Iraq by September 2025.”',
      'On Tuesday, chief Pentagon spokesman Sean Parnell claimed that the coalition would reduce its military mission in Iraq.',
    ].join('\n');
    for (const needle of ['Call it a transition', 'Biden-era deal'])
      expect(creditOf(text, needle), needle).toMatchObject({
        name: 'Carolyn Hadley',
        kind: 'person',
      });
    expect(creditOf(text, 'reduce its military')).toMatchObject({ speakerId: 'sean-parnell' });
  });

  it('reads a press review’s papers by their kind, and whom a paper quotes', () => {
    const text = [
      'In Baghdad, the independent daily Sawt al-Rafidain argued in an editorial that “reduce” is not the word Iraqis were promised.',
      'In Erbil, the Kurdish daily Hawler Tribune quoted an unnamed official at the Peshmerga ministry as welcoming the move of coalition personnel to the region, saying Kurdistan had “never asked anyone to leave”.',
      'But Anadolu went further than the statement, writing that the coalition would leave by the end of 2026.',
    ].join('\n');
    expect(creditOf(text, 'argued in an editorial')).toMatchObject({
      name: 'Sawt al-Rafidain',
      kind: 'outlet',
    });
    expect(creditOf(text, 'as welcoming')).toMatchObject({
      name: 'an unnamed official at the Peshmerga ministry',
    });
  });

  it('credits a subject who "struck a softer tone", named before an appositive', () => {
    const text =
      'Sudani said the advisers would stay.\nSheikh Jaafar al-Musawi, secretary-general of the Saraya al-Nasr al-Mubin faction, struck a softer tone.\nHe said his movement would give the government until September 2026 to end the foreign presence.';
    expect(creditOf(text, 'his movement')).toMatchObject({ name: 'Sheikh Jaafar al-Musawi' });
  });
});

describe('an unnamed lawmaker in the lead, named in the paragraph below', () => {
  it('credits the lead to the lawmaker the next quote names', () => {
    const text =
      'BAGHDAD — A member of parliament from the Coordination Framework said on Tuesday that any coalition adviser who remains at Ain al-Asad after the deadline is "an occupation force".\n"Every adviser who stays after that is an occupier," Hussein Kareem al-Sharifi told the paper by telephone.';
    expect(creditOf(text, 'any coalition adviser')).toMatchObject({
      name: 'Hussein Kareem al-Sharifi',
    });
    // One who speaks for a body below is someone else.
    const other =
      'A senior Kurdish lawmaker said on Saturday that the coalition would stay until September 2026.\n"We were not consulted," said Sean Parnell, the Pentagon spokesman.';
    expect(creditOf(other, 'would stay')).toMatchObject({ name: 'A senior Kurdish lawmaker' });
  });
});

describe('a body named by what it is', () => {
  it('knows the Iraqi side of the commission and Sudani’s media office', () => {
    const text =
      "When the first phase ended, Iraq's side of the commission said the second phase had begun.\nSudani's media office says his meeting with US commanders reviewed the transition.";
    expect(creditOf(text, 'second phase')).toMatchObject({ speakerId: 'iraq-hmc-committee' });
    expect(creditOf(text, 'reviewed the transition')).toMatchObject({
      speakerId: 'iraq-pm-office',
    });
  });
});

describe('a version of a report that quotes "him"', () => {
  it('credits the person named before', () => {
    const text =
      'Prime Minister Mohammed Shia al-Sudani said 250 to 350 advisers would stay at Ain al-Asad.\nAnother version of the same report quoted him as saying 250 to 300.';
    expect(creditOf(text, 'quoted him')).toMatchObject({ speakerId: 'mohammed-shia-al-sudani' });
  });
});

describe('a headline whose role says something', () => {
  it('credits "Spokesman says …" to the spokesman the story names', () => {
    const text =
      'Spokesman says coalition deadlines “still valid”\nBAGHDAD (Reuters) - Iraqi government spokesman Basim al-Awadi said on Monday that the deadlines agreed with the coalition are still valid.';
    expect(creditOf(text, 'Spokesman says')).toMatchObject({ speakerId: 'basim-al-awadi' });
  });
});

describe('a crosshead’s office, and a member named with their bloc', () => {
  it('credits "Defence ministry spokesman:" to that ministry’s spokesman, not the government’s', () => {
    const text = [
      'Spokesman says coalition deadlines “still valid”',
      'BAGHDAD (Reuters) - Government spokesman Basim al-Awadi said on Tuesday that the deadlines are still valid.',
      'Defence ministry spokesman: Kurdistan phase runs to September 2026',
      'Awadi said nothing had changed yet.',
      'Defence ministry spokesman Kadhim Jabbar al-Fartousi said the Kurdistan Region phase would run to September 2026.',
    ].join('\n');
    expect(creditOf(text, 'Spokesman says')).toMatchObject({ speakerId: 'basim-al-awadi' });
    expect(creditOf(text, 'Kurdistan phase runs')).toMatchObject({
      name: 'Kadhim Jabbar al-Fartousi',
    });
  });

  it('reads a lawmaker named with their bloc and a relative clause before the verb', () => {
    expect(
      creditOf(
        'Lawmaker Ahmed Sabri al-Mousawi of the ruling Coordination Framework coalition, who attended the news conference, denied that the bloc had softened its demand for a full withdrawal.',
        'denied',
      ),
    ).toMatchObject({ name: 'Ahmed Sabri al-Mousawi', kind: 'person' });
  });
});

describe('a surname alone, of an official the page named further up', () => {
  it('credits "…," Brandt replied to the official, not a surname that does not speak', () => {
    const text =
      'Senators pressed on.\n“The Iraqis have been consistent that they want a bilateral relationship,” Brandt replied.\nBrandt declined to give a figure in open session, saying only that the forces would stay.';
    expect(creditOf(text, 'bilateral relationship')).toBeNull();
    const reader = createAttributor(bundledDataset.speakers);
    reader.knowPeople(text, ['Thomas Brandt', 'Brandt']);
    const credit = (needle: string) => {
      const sentence = sentenceAround(text, text.indexOf(needle));
      return reader.attribute(text, sentence.start, sentence.end);
    };
    for (const needle of ['bilateral relationship', 'declined to give'])
      expect(credit(needle), needle).toMatchObject({ name: 'Thomas Brandt', kind: 'person' });
    const arrives = 'Brandt arrives at a delicate moment: the mission ends by September 2025.';
    reader.knowPeople(arrives, ['Thomas Brandt', 'Brandt']);
    expect(reader.attribute(arrives, 0, arrives.length)).toBeNull();
  });

  it('reads a "MUNICH:" dateline as no one, "Iraqi FM:" as the minister below, and "the minister" as no prime minister', () => {
    const text = [
      'Iraqi FM: Coalition exit timetable unchanged despite Syria upheaval',
      'MUNICH: Iraq will hold to the timetable agreed with Washington for ending the coalition’s military mission, Iraqi Foreign Minister Fuad Hussein said.',
      'Speaking on the sidelines of the Munich Security Conference, Hussein said the first phase would be completed by September.',
      'The two sides could review the second phase if the situation required it, he said.',
      '“What is ending is the military mission of the coalition. What begins is a bilateral relationship,” he said.',
      'Hussein recalled that Prime Minister Mohammed Shia al-Sudani had said last year that “there is no need for a coalition.”',
      'Asked about the roughly 2,500 American troops in Iraq, the minister said their number would go down gradually.',
    ].join('\n');
    const reader = createAttributor(bundledDataset.speakers);
    reader.knowPeople(text, ['Fuad Hussein', 'Hussein', 'Mohammed Shia al-Sudani']);
    const credit = (needle: string) => {
      const sentence = sentenceAround(text, text.indexOf(needle));
      return reader.attribute(text, sentence.start, sentence.end);
    };
    expect(credit('Coalition exit timetable')).toMatchObject({ name: 'Fuad Hussein' });
    expect(credit('What is ending')).toMatchObject({ name: 'Fuad Hussein' });
    expect(credit('roughly 2,500')).toMatchObject({ name: 'Fuad Hussein' });
  });

  it('reads a committee described by what it does, and "according to" a surname the page named', () => {
    expect(
      creditOf(
        'The day after the handover, the Iraqi committee that negotiated the end of the mission said the first phase was complete.',
        'first phase',
      ),
    ).toMatchObject({ kind: 'institution' });
    expect(
      creditOf(
        "The Iraqi committee overseeing the end of the coalition's mission said the next day that the first phase was complete.",
        'first phase',
      ),
    ).toMatchObject({ kind: 'institution' });
    const text = [
      'Brigadier General Karwan Jalal Rashid spoke to the channel about the coalition in Erbil.',
      'The committee said the second phase had begun in Syria.',
      'Iraq’s army took full control of Ain al-Asad air base.',
      'The Pentagon declined to comment on the coalition.',
      'Iraqi officials said the handover was complete.',
      'According to Rashid, the Peshmerga are not a party to the committee’s work on the coalition.',
    ].join('\n');
    const reader = createAttributor(bundledDataset.speakers);
    reader.knowPeople(text, ['Karwan Jalal Rashid', 'Rashid']);
    const sentence = sentenceAround(text, text.indexOf('According to Rashid'));
    expect(reader.attribute(text, sentence.start, sentence.end)).toMatchObject({
      name: 'Karwan Jalal Rashid',
    });
  });

  it('reads "he wrote" as the official whose surname opens the sentence before', () => {
    const text = [
      'Col. Mark Reddington commanded the last American battalion at Ain al-Asad.',
      'Lt. Gen. Qais al-Muhammadawi said the coalition had completed its mission in federal Iraq.',
      'Reddington, reached by email at his new posting, was careful not to contradict him.',
      '“We handed over a base, not a relationship,” he wrote.',
    ].join('\n');
    const reader = createAttributor(bundledDataset.speakers);
    reader.knowPeople(text, ['Mark Reddington', 'Reddington', 'Qais al-Muhammadawi']);
    const sentence = sentenceAround(text, text.indexOf('We handed'));
    expect(reader.attribute(text, sentence.start, sentence.end)).toMatchObject({
      name: 'Mark Reddington',
    });
  });

  it('reads "the general says" as the one general the page names, far above', () => {
    const text = [
      'FARIS: Those words came from Lieutenant General Qais al-Muhammadawi, the deputy commander of the Joint Operations Command.',
      'KHOURY: What did the prime minister say?',
      'FARIS: Prime Minister Mohammed Shia al-Sudani said in October that 250 to 350 advisers would stay.',
      'KHOURY: And now?',
      'FARIS: Two Iraqi officials told me the last equipment would be moved out before the handover.',
      'KHOURY: This was all supposed to be done by September.',
      'FARIS: That is right. Those advisers have now left, the general says.',
    ].join('\n');
    const reader = createAttributor(bundledDataset.speakers);
    const credit = () => {
      const sentence = sentenceAround(text, text.indexOf('Those advisers'));
      return reader.attribute(text, sentence.start, sentence.end);
    };
    reader.knowPeople(text, ['Lieutenant General Qais al-Muhammadawi', 'Mohammed Shia al-Sudani']);
    expect(credit()).toMatchObject({ speakerId: 'qais-al-muhammadawi' });
    // Two generals on the page: which one the words are is not for us to guess.
    reader.knowPeople(text, [
      'Lieutenant General Qais al-Muhammadawi',
      'Gen. Michael Erik Kurilla',
      'Mohammed Shia al-Sudani',
    ]);
    expect(credit()?.speakerId ?? null).not.toBe('qais-al-muhammadawi');
  });
});

describe('an interview the outlet introduces as a meeting', () => {
  it('credits the answers and a "Minister to Outlet:" headline to the minister it met', () => {
    const text = [
      'Iraqi Interior Minister to Sharq Gazette: No Coalition Advisers in Baghdad After September',
      'Abdul Karim al-Jubouri says the transition is “on schedule”.',
      'Iraqi Interior Minister Abdul Karim al-Jubouri during the interview in Baghdad.',
      'Sharq Gazette met Interior Minister Abdul Karim al-Jubouri at his office in Baghdad. The following is an edited transcript of the interview.',
      'Will the coalition leave Baghdad and Ain al-Asad by the end of this month, as agreed?',
      'Yes. By the end of September there will be no coalition advisers at Ain al-Asad or in Baghdad.',
    ].join('\n');
    for (const needle of ['No Coalition Advisers', 'no coalition advisers at'])
      expect(creditOf(text, needle), needle).toMatchObject({ name: 'Abdul Karim al-Jubouri' });
    expect(creditOf(text, 'Will the coalition leave')).toBeNull();
  });
});

describe('a briefing question that names someone', () => {
  it('reads the question’s "he" as the one it names, not the spokesperson', () => {
    const text = [
      'MR. DALTON: This is not a withdrawal.',
      'QUESTION: The Iraqi defense minister, Thabet al-Abbasi, went further than that. He said on Al Hadath that the coalition would withdraw from Baghdad in September 2025.',
    ].join('\n');
    expect(creditOf(text, 'He said on Al Hadath')).toMatchObject({
      speakerId: 'thabet-al-abbasi',
    });
  });
});

describe('an unnamed description named in its appositive, and words attributed in a correction', () => {
  it('credits the name the appositive gives, not the description', () => {
    expect(
      creditOf(
        'A senior Peshmerga commander, Brigadier General Hazhar Omar of the Ministry of Peshmerga Affairs, told KurdLine24 that about 2,000 coalition personnel were in the region.',
        'about 2,000',
      ),
    ).toMatchObject({ name: 'Hazhar Omar', kind: 'person' });
    expect(
      creditOf(
        'And a senior Iraqi official, in a report that cited Al Jazeera, described two stages.',
        'two stages',
      ),
    ).toMatchObject({ name: 'a senior Iraqi official', kind: 'anonymous' });
  });

  it('credits "attributed to X the statement that …" to X', () => {
    expect(
      creditOf(
        'An earlier version of this article attributed to Defence Minister Thabet al-Abbasi the statement that all coalition forces would be “pulled out by the end of 2025.”',
        'pulled out',
      ),
    ).toMatchObject({ speakerId: 'thabet-al-abbasi' });
  });
});

describe('a coalition that a committee ends, and a weekday before the speaker', () => {
  it('does not take the coalition for the one who announces, nor the weekday for a name', () => {
    expect(
      creditOf(
        "Iraq's military committee in charge of ending the mission of the US-led anti-jihadist coalition announced late on Sunday that the first phase was over.",
        'first phase',
      )?.name,
    ).not.toBe('US-led');
    expect(
      creditOf('On Saturday the defence ministry said American forces had withdrawn.', 'withdrawn'),
    ).toMatchObject({ speakerId: 'iraq-defence-ministry' });
  });
});

describe('a joint statement that set a date, named mid-sentence', () => {
  it('credits the statement that "set" the date, or in which it "was set"', () => {
    expect(
      creditOf(
        'It follows the US-Iraq joint statement of September 2024, which set the end of September 2025 as the date by which the mission would conclude.',
        'conclude',
      ),
    ).toMatchObject({ kind: 'joint' });
    expect(
      creditOf(
        'The September 2025 date was set in the joint statement issued by Iraq and the United States in 2024.',
        'September 2025',
      ),
    ).toMatchObject({ kind: 'joint' });
    // An outlet reporting, with the statement's words only in its last clause, is the outlet's.
    expect(
      creditOf(
        'Some outlets used a third term, reporting that the coalition’s “combat mission” would conclude by September 2025, although the joint statement refers to the coalition’s “military mission”.',
        'combat mission',
      )?.kind ?? null,
    ).not.toBe('joint');
  });
});

describe('what a joint statement sets out, told under its name', () => {
  it('credits "Under the 2024 joint statement, …" to the statement, an agreement to the page', () => {
    expect(
      creditOf(
        "Under the 2024 joint statement, the coalition's Syria mission continues until September 2026.",
        'Syria mission',
      ),
    ).toMatchObject({ kind: 'joint' });
    expect(
      creditOf(
        'Under the 2024 deal, U.S. troops were to have left Ain al-Asad by September 2025.',
        'Ain al-Asad',
      ),
    ).toBeNull();
  });
});

describe('a presenter who speaks with a guest', () => {
  it('reads "speaks with Major General …" as an interview, not the presenter’s words', () => {
    expect(
      creditOf(
        "Presenter Layla Hassan speaks with Major General Hazem al-Obaidi about the end of the coalition's mission in federal Iraq.",
        'coalition',
      )?.name,
    ).not.toBe('Presenter Layla Hassan');
    expect(
      creditOf(
        "Defence Minister Thabet al-Abbasi spoke with Al Hadath about the coalition's withdrawal.",
        'withdrawal',
      ),
    ).toMatchObject({ speakerId: 'thabet-al-abbasi' });
  });
});

describe('a passive without its agent', () => {
  it('reads "when the agreement was announced" as what was said, not who says the sentence', () => {
    expect(
      creditOf('About 2,500 US troops were in Iraq when the agreement was announced.', 'troops'),
    ).toBeNull();
    expect(creditOf('The plan was announced by Iraqi officials on Monday.', 'plan')).toMatchObject({
      name: 'Iraqi officials',
    });
  });
});

describe('a background clause after a speaker', () => {
  it('gives "…, after Sudani said …" its own speaker and the words before it to the page', () => {
    const text =
      'Ain al-Asad is still due to be handed over to Iraqi forces, after Prime Minister Mohammed Shia al-Sudani said in October that 250 to 350 advisers would stay there.';
    const sentence = sentenceAround(text, 0);
    const clauses = attributor.clauses(text, sentence.start, sentence.end);
    expect(clauses.map((c) => c.speaker?.speakerId ?? null)).toEqual([
      null,
      'mohammed-shia-al-sudani',
    ]);
  });
});

describe('more ways of saying, of 2025–2026 copy', () => {
  it('reads "have been calling", "declined to discuss", "was less satisfied" and a resistance', () => {
    expect(
      creditOf('Iraqi officials have been calling that a withdrawal all weekend.', 'withdrawal'),
    ).toMatchObject({ name: 'Iraqi officials' });
    expect(
      creditOf(
        'A spokesperson for the coalition declined to discuss troop movements, citing operational security.',
        'troop movements',
      ),
    ).toMatchObject({ name: 'A spokesperson for the coalition' });
    const text =
      "Haidar al-Mansouri, a member of parliament's security and defence committee, was less satisfied.\n“The deadline is being missed,” he said of the coalition's withdrawal.";
    expect(creditOf(text, 'less satisfied')).toMatchObject({ name: 'Haidar al-Mansouri' });
    expect(
      creditOf(
        'Iraq’s resistance warns Washington against ‘manipulating’ the withdrawal timetable',
        'warns',
      ),
    ).toMatchObject({ kind: 'anonymous' });
  });
});

describe('a ticker, a source carried past its relative clause, a president, a scoop', () => {
  it('reads each as the one named', () => {
    const ticker =
      'Breaking Security source: last American convoy leaves Victory base for Erbil\nBAGHDAD - A security source said on Saturday that US forces had left.\nThe source, who asked not to be named, told Dijla Post that the last coalition convoy left the base at dawn.';
    expect(creditOf(ticker, 'last American convoy')).toMatchObject({ name: 'Security source' });
    expect(creditOf(ticker, 'at dawn')).toMatchObject({ name: 'A security source' });
    const president =
      'President Nechirvan Barzani received the coalition commander.\nThe President emphasised that the end of the mission must not create a vacuum.';
    expect(creditOf(president, 'emphasised')).toMatchObject({ speakerId: 'nechirvan-barzani' });
    expect(
      creditOf('The withdrawal was first reported by The Wall Street Journal.', 'withdrawal'),
    ).toMatchObject({ speakerId: 'wall-street-journal' });
  });

  it('reads the post held, then the one who holds it, and what they were telling an outlet', () => {
    const text =
      'By late November the deputy commander of the Joint Operations Command, Lieutenant General Qais al-Muhammadawi, was telling Rudaw that the global coalition had completed its mission.';
    expect(creditOf(text, 'completed')).toMatchObject({
      name: 'Qais al-Muhammadawi',
      kind: 'person',
      speakerId: 'qais-al-muhammadawi',
    });
  });

  it("reads a president's administration as the US government, not the president", () => {
    expect(
      creditOf(
        'The Trump administration concluded a military presence in Syria is no longer necessary.',
        'presence',
      ),
    ).toMatchObject({
      name: 'the Trump administration',
      kind: 'institution',
      speakerId: 'us-government',
    });
  });

  it("reads the agency's name before a story as no part of its speaker", () => {
    const text =
      'Furat Wire/ The Deputy Commander of the Joint Operations Command, Lieutenant General Qais al-Muhammadawi, announced on Wednesday that the mission of the International Coalition in Iraq has ended.';
    expect(creditOf(text, 'has ended')).toMatchObject({
      name: 'Qais al-Muhammadawi',
      speakerId: 'qais-al-muhammadawi',
    });
    const spokesman =
      'In a statement to Furat Wire, the spokesman for the Commander-in-Chief of the Armed Forces, Major General Raad Hamid al-Obeidi, said the advisers of the coalition will complete their departure by September 2026.';
    expect(creditOf(spokesman, 'departure')).toMatchObject({
      name: 'Raad Hamid al-Obeidi',
      kind: 'person',
    });
  });

  it('reads a soldier named after the quote with a rank of several words', () => {
    const text =
      '“You pack up twenty years in about three months,” said Sgt. 1st Class Tasha Brennan, 34, of Fayetteville, N.C., who oversaw the last convoy from Ain al-Asad.';
    expect(creditOf(text, 'pack up')).toMatchObject({ name: 'Tasha Brennan', kind: 'person' });
  });

  it('reads officials who have spent a year insisting', () => {
    expect(
      creditOf(
        'Officials in Washington have spent a year insisting this is not a withdrawal.',
        'withdrawal',
      ),
    ).toMatchObject({ name: 'Officials in Washington', kind: 'anonymous' });
  });

  it('credits a fact box figure to the source in its brackets, not a name spelled out', () => {
    const text =
      'By the numbers\n2,500: U.S. troops in Iraq at the start of 2025 (Reuters)\n2,500 troops are led by Central Command (CENTCOM).';
    expect(creditOf(text, 'start of 2025')).toMatchObject({ name: 'Reuters', kind: 'outlet' });
    expect(creditOf(text, 'are led')).toBeNull();
  });

  it('reads "Joint Operations" heading a story as the Joint Operations Command', () => {
    const text =
      'Joint Operations: International Coalition mission in Iraq "has ended", Ain Al-Asad to be handed over next week\nThe coalition will leave.';
    expect(creditOf(text, 'has ended')).toMatchObject({ speakerId: 'joint-operations-command' });
  });

  it("reads a release in its issuer's voice, except where it credits others", () => {
    const text = [
      'WASHINGTON, D.C. – Today, U.S. Senator Carolyn Hadley (R-Mont.), a member of the Senate Armed Services Committee, released the following statement on the coalition drawdown in Iraq:',
      'The coalition mission in Iraq must end responsibly.',
      'Iraqi officials have said publicly that the Coalition’s presence should end entirely, and Prime Minister Mohammed Shia al-Sudani said last year that “there is no need for a coalition.”',
    ].join('\n');
    const whose = (needle: string) => {
      const at = text.indexOf(needle);
      const sentence = sentenceAround(text, at);
      return attributor
        .clauses(text, sentence.start, sentence.end)
        .map((c) => c.speaker?.name ?? null);
    };
    expect(whose('must end')).toEqual(['Carolyn Hadley']);
    expect(whose('presence should end')).toEqual(['Iraqi officials', 'Mohammed Shia al-Sudani']);
  });

  it('reads a document that spells out terms, not one a speaker cites "as" it laid out', () => {
    expect(
      creditOf(
        'The joint statement spells those out: the mission in Iraq concludes by the end of September 2025.',
        'concludes',
      ),
    ).toMatchObject({ kind: 'joint' });
    expect(
      creditOf(
        'The mission of the coalition is coming to an end, as the joint statement laid out, Pentagon spokesman Sean Parnell said.',
        'coming',
      ),
    ).toMatchObject({ speakerId: 'sean-parnell' });
  });

  it('reads a written answer in the voice of the minister named under "Answered by"', () => {
    const text = [
      'Question for Ministry of Defence',
      'Asked by',
      'Dr Helen Marlow, Liberal Democrat, Kendal and the Lakes',
      'To ask the Secretary of State for Defence, with reference to reports that the Global Coalition against Daesh has completed its mission in federal Iraq, how many personnel remain.',
      'Answered by',
      'Tom Adair, Minister of State (Ministry of Defence)',
      "In line with the joint statement, the Global Coalition's military mission in federal Iraq has concluded.",
      'The UK remains a committed member of the Coalition.',
    ].join('\n');
    expect(creditOf(text, 'with reference to reports')).toMatchObject({ name: 'Helen Marlow' });
    expect(creditOf(text, 'has concluded')).toMatchObject({ name: 'Tom Adair', kind: 'person' });
    expect(creditOf(text, 'committed member')).toMatchObject({ name: 'Tom Adair' });
  });

  it('does not credit a body with what it is yet to set out', () => {
    expect(
      creditOf(
        'Iraqi government spokesman Basim al-Awadi declined to comment on the size of any residual force, saying only that the arrangements would be set out by the Higher Military Commission.',
        'residual',
      ),
    ).toMatchObject({ speakerId: 'basim-al-awadi' });
  });

  it("carries an outlet's report on only to sentences that cite it", () => {
    const text =
      'In February 2026 The Wall Street Journal reported that the United States was withdrawing its roughly 1,000 troops from Syria.[21] Several coalition members moved personnel out of Erbil Air Base later that month.[22]';
    expect(creditOf(text, 'withdrawing')).toMatchObject({ kind: 'outlet' });
    expect(creditOf(text, 'Erbil Air Base')).toBeNull();
  });

  it("reads no place the mission is in as its speaker, and a headline's second subject apart", () => {
    expect(
      creditOf(
        'Timeline\nNovember 2025 – Coalition mission in federal Iraq declared complete.',
        'declared',
      ),
    ).toBeNull();
    const text =
      "US occupation begins withdrawal from Iraq as Pentagon insists on 'transition'\nThe coalition.";
    const clauses = attributor.clauses(text, 0, text.indexOf('\n'));
    expect(clauses.map((c) => c.speaker?.name ?? null)).toEqual([null, 'the Pentagon']);
  });

  it('reads a dated opening before a name, and the Iraqi side of the HMC as its committee', () => {
    expect(
      creditOf(
        'On 26 November 2025 Lieutenant General Qais al-Muhammadawi, deputy commander of the Joint Operations Command, said that the coalition had completed its mission.',
        'completed',
      ),
    ).toMatchObject({ speakerId: 'qais-al-muhammadawi' });
    expect(
      creditOf('On January 17, the Iraqi side of the HMC said the coalition had left.', 'left'),
    ).toMatchObject({ speakerId: 'iraq-hmc-committee' });
  });

  it("reads a wire headline's source after a dash, and witnesses", () => {
    expect(
      creditOf(
        'U.S. to keep 250-350 advisers at Ain al-Asad - officials\nThe US will keep a force.',
        'advisers',
      ),
    ).toMatchObject({ name: 'officials', kind: 'anonymous' });
    expect(
      creditOf(
        'Convoys of coalition vehicles were seen on the Kirkuk–Erbil road on Tuesday, witnesses said.',
        'Convoys',
      ),
    ).toMatchObject({ name: 'witnesses', kind: 'anonymous' });
  });

  it('reads a linked headline after "Read more:", and "in what" a body described', () => {
    expect(
      creditOf(
        'The coalition will leave.\nRead more: Sudani: No need for coalition forces in Iraq',
        'No need',
      ),
    ).toMatchObject({ speakerId: 'mohammed-shia-al-sudani' });
    const text =
      'Washington announced that US forces will reduce their military mission in Iraq, in what the Pentagon described as a “responsible and orderly transition.”';
    expect(attributor.clauses(text, 0, text.length).map((c) => c.speaker?.name)).toEqual([
      'Washington',
      'the Pentagon',
    ]);
  });

  it('keeps the one who recounts what another told him', () => {
    const text =
      'Iraqi Defense Minister Thabet al-Abbasi told Al-Hadath the coalition would leave. He spoke of the principle of withdrawal, and recounted that Austin had told him two years were not enough.';
    expect(creditOf(text, 'two years')).toMatchObject({ speakerId: 'thabet-al-abbasi' });
  });

  it('reads a body that put that number at a figure', () => {
    expect(
      creditOf(
        "In November, Iraq's Joint Operations Command put that number at nearly 1,500.",
        'nearly',
      ),
    ).toMatchObject({ speakerId: 'joint-operations-command' });
  });

  it('reads a state agency\'s item: "His Excellency" is its host, each commander his own clause', () => {
    const text = [
      'The Prime Minister, Commander-in-Chief of the Armed Forces, Mohammed Shia Al-Sudani, received on Monday the Commander of the United States Central Command, General Michael Erik Kurilla, and the outgoing Commander of the coalition task force, Major General Kevin Leahy.',
      'His Excellency affirmed the commitment of the Iraqi government to the timetables agreed upon within the Higher Military Commission for ending the coalition mission.',
      'The outgoing commander, Major General Leahy, expressed his pride in the achievements of the coalition forces, while General Kurilla pledged to continue the work until the coalition mission concludes.',
    ].join('\n');
    expect(creditOf(text, 'His Excellency')).toMatchObject({
      speakerId: 'mohammed-shia-al-sudani',
    });
    const at = text.indexOf('The outgoing commander');
    const sentence = sentenceAround(text, at);
    expect(attributor.clauses(text, sentence.start, sentence.end)[0]?.speaker?.name).toMatch(
      /Leahy$/,
    );
  });

  it("reads an interview's headline role as its guest, named in full with his rank", () => {
    const text = [
      'Peshmerga official: Coalition forces in Kurdistan Region until September 2026',
      'ERBIL - The coalition has completed its mission in federal Iraq. Sirwan English’s Hawre Salih spoke with Brigadier General Karwan Jalal Mahmoud, director of coordination with the coalition, about the coming months.',
      'Lieutenant General Qais al-Muhammadawi said that all global coalition forces are now in the Kurdistan Region. Is that accurate?',
      'Largely, yes. The forces that were in Baghdad have moved north, to Erbil and to Harir.',
    ].join('\n');
    expect(creditOf(text, 'Peshmerga official')).toMatchObject({ name: 'Karwan Jalal Mahmoud' });
    expect(creditOf(text, 'moved north')).toMatchObject({ name: 'Karwan Jalal Mahmoud' });
  });

  it('makes no person of a place a clause names', () => {
    expect(
      creditOf(
        'Iran-aligned armed groups, which attacked US positions after the war in Gaza began in October 2023, have long demanded a full US exit.',
        'exit',
      )?.name,
    ).not.toBe('Gaza');
  });

  it('reads a headline\'s "Iraq, US agree" as the two governments', () => {
    expect(
      creditOf(
        'Iraq, US agree to end anti-Daesh coalition mission by September 2025\nThe deal was reached.',
        'agree',
      ),
    ).toMatchObject({ kind: 'joint' });
  });

  it('gives "why officials say …" and a comma-spliced "Baghdad calls it …" their own speakers', () => {
    const why =
      "Senators pressed the nominee to explain why Iraqi officials say the US-led coalition's mission is over while American troops remain.";
    expect(attributor.clauses(why, 0, why.length).map((c) => c.speaker?.name ?? null)).toEqual([
      'Senators',
      'Iraqi officials',
    ]);
    const spliced = 'Washington calls this a transition, Baghdad calls it a withdrawal.';
    expect(attributor.clauses(spliced, 0, spliced.length).map((c) => c.speaker?.name)).toEqual([
      'Washington',
      'Baghdad',
    ]);
  });

  it('reads lawmakers who press the government, and a headline\'s "as spokesman says" apart', () => {
    const text =
      "Lawmakers press government over coalition exit as spokesman says deadlines stand\nBAGHDAD - Iraq's parliament met.";
    const end = text.indexOf('\n');
    expect(attributor.clauses(text, 0, end).map((c) => c.speaker?.name ?? null)).toEqual([
      'Lawmakers',
      'spokesman',
    ]);
    expect(
      creditOf('The Associated Press reported that the coalition would leave.', 'leave'),
    ).toMatchObject({
      kind: 'outlet',
    });
  });

  it('reads a headline\'s "as lawmakers demand" as the lawmakers\' clause', () => {
    const text =
      "US embassy says Iraq drawdown 'on track' as lawmakers demand full exit\nThe embassy said.";
    const end = text.indexOf('\n');
    expect(attributor.clauses(text, 0, end).map((c) => c.speaker?.name)).toEqual([
      'US embassy',
      'lawmakers',
    ]);
  });

  it('credits no one when neither body responded', () => {
    expect(
      creditOf(
        'Neither the Pentagon nor the Syrian interior ministry responded to requests for comment on who would oversee the prisons once the last US troops leave.',
        'leave',
      ),
    ).toBeNull();
  });

  it('reads "the Pentagon\'s announcement that …" as the Pentagon\'s, unless another is credited', () => {
    expect(
      creditOf(
        "Newspapers on Thursday digested the Pentagon's announcement that the United States will scale back the coalition's military mission in Iraq.",
        'scale back',
      ),
    ).toMatchObject({ speakerId: 'pentagon' });
    expect(
      creditOf(
        "Iraqi lawmakers have dismissed as deception the Pentagon's announcement that the United States will scale back the coalition's mission.",
        'scale back',
      ),
    ).toMatchObject({ name: 'Iraqi lawmakers' });
  });

  it('reads "according to" before an encyclopedia\'s note mark', () => {
    expect(
      creditOf(
        'Later that month several coalition members moved personnel out of Erbil Air Base amid US–Iran tensions, according to Middle East Eye.[21] A spokesperson confirmed it.',
        'moved',
      ),
    ).toMatchObject({ name: 'Middle East Eye', kind: 'outlet' });
  });

  it('reads "after Muhammadawi spoke" at a sentence\'s end as when, not who', () => {
    expect(
      creditOf(
        'The handover of the coalition base happened on Saturday, January 17, more than two weeks after Muhammadawi spoke.',
        'handover',
      ),
    ).toBeNull();
  });

  it('keeps a lawmaker and a group together, and reads "as Baghdad confirmed that …" apart', () => {
    const pair = [
      'An Iraqi lawmaker and an armed group on Wednesday demanded the full withdrawal of US-led coalition forces from Iraq.',
      'Lawmaker Karim al-Fartousi said the presence was illegal.',
    ].join('\n');
    expect(creditOf(pair, 'demanded')).toMatchObject({
      name: 'An Iraqi lawmaker and an armed group',
    });
    const as =
      'Barzani said the coalition would stay in Erbil, as Baghdad confirmed that the deadlines for the withdrawal were unchanged.';
    expect(attributor.clauses(as, 0, as.length).map((c) => c.speaker?.name)).toEqual([
      'Barzani',
      'Baghdad',
    ]);
  });

  it('reads an outlet that "had a U.S. official saying" as the official', () => {
    expect(
      creditOf(
        'Reuters had a U.S. official saying that once the transitions are done, there will be fewer than 2,000 American troops in Iraq.',
        'fewer',
      ),
    ).toMatchObject({ name: 'a U.S. official', kind: 'anonymous' });
  });

  it('reads "was the Pentagon spokesman, Sean Parnell, saying" as Parnell in a host\'s line', () => {
    expect(
      creditOf(
        'PRYCE: What we did hear, last September, was the Pentagon spokesman, Sean Parnell, saying the US and coalition partners will reduce the military mission in Iraq.',
        'reduce',
      ),
    ).toMatchObject({ speakerId: 'sean-parnell' });
  });
});
