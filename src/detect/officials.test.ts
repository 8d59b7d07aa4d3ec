import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../dataset/bundled';
import { createDetector } from './detect';
import { officialsIn } from './officials';

const nobody = () => false;

function named(text: string, known: (name: string) => boolean = nobody): string[] {
  return officialsIn(text, known).map((o) => text.slice(o.start, o.end));
}

describe('people in office the dataset does not know', () => {
  it('finds a name after its rank or title, and its surname after that', () => {
    expect(
      named(
        'Army Chief of Staff Lieutenant General Abdul Amir Rashid Yarallah visited the base. Yarallah told commanders to strengthen coordination.',
      ),
    ).toEqual(['Abdul Amir Rashid Yarallah', 'Yarallah']);
    expect(
      named(
        'Troops left at night, said Col. Haider al-Saadi, a spokesman for the Anbar Operations Command. Al-Saadi said Iraqi units would take over.',
      ),
    ).toEqual(['Haider al-Saadi', 'Al-Saadi']);
    expect(named('The meeting included US Chargé d’Affaires Steven Fagin.')).toEqual([
      'Steven Fagin',
    ]);
  });

  it('finds a briefer named with a capitalised office, and the turns in capitals', () => {
    expect(
      named('Ethan Dalton, Deputy Spokesperson\nMR. DALTON: Good afternoon, everybody.'),
    ).toEqual(['Ethan Dalton', 'DALTON']);
    expect(
      named('The campaign against the Islamic State, Commander of the forces, ended.'),
    ).toEqual([]);
  });

  it('finds a name after "Another legislator,", and its surname without "al-" or in capitals', () => {
    expect(
      named(
        'Another legislator, Naseer al-Hamdani, said parliament would not accept it. Hamdani spoke after the vote.',
      ),
    ).toEqual(['Naseer al-Hamdani', 'Hamdani']);
    expect(
      named(
        'SEN. OKAFOR: Were we misled?\nGEN. WHITFIELD: No.\nSen. David Okafor, the ranking member, told reporters.',
      ),
    ).toEqual(['OKAFOR', 'David Okafor']);
  });

  it('finds a member of a long-named bloc in parliament', () => {
    expect(
      named(
        'The coalition will stay, Hoshyar Qadir, a member of the Kurdistan Democratic Party (KDP) bloc in the Iraqi parliament, told the outlet. Qadir said Kurdish parties would oppose it.',
      ),
    ).toEqual(['Hoshyar Qadir', 'Qadir']);
  });

  it('finds a name set between commas after its office', () => {
    expect(
      named(
        'A member of the parliamentary Security and Defence Committee, Mudhar Kadhim al-Sawadi, said the government must act. Al-Sawadi added more.',
      ),
    ).toEqual(['Mudhar Kadhim al-Sawadi', 'Al-Sawadi']);
  });

  it('finds a full name above the line that gives its office, and a specialist by rank', () => {
    expect(
      named(
        'Fuad Hussein tells the paper Baghdad wants a friendly transition.\nIraqi Foreign Minister Fuad Hussein said the timetable stood.',
      ),
    ).toEqual(['Fuad Hussein', 'Fuad Hussein']);
    expect(named('Spc. Luis Ortega, 22, of Evansdale, said the base was empty.')).toEqual([
      'Luis Ortega',
    ]);
    expect(named('Lt Gen Abdul Amir Rashid Yarallah visited the base.')).toEqual([
      'Abdul Amir Rashid Yarallah',
    ]);
    // A place after a rank is no one.
    expect(named('The General Ain al-Asad base was handed over.')).toEqual([]);
  });

  it('finds a briefer a transcript names in its title lines and gives turns', () => {
    const text = [
      'Deputy Pentagon Press Secretary Joel Harmon Holds a Press Briefing',
      'DEPUTY PENTAGON PRESS SECRETARY JOEL HARMON: Good afternoon, everybody.',
      'Q: Thanks, Joel. Are U.S. troops leaving Iraq?',
      'MR. HARMON: This is not a withdrawal.',
    ].join('\n');
    expect(named(text)).toEqual(['Joel Harmon', 'JOEL HARMON', 'HARMON']);
    // Without turns, a title-case headline's capitals are no name.
    expect(named('Deputy Pentagon Press Secretary Joel Harmon Holds a Press Briefing')).toEqual([]);
  });

  it('finds a name whose office follows it', () => {
    expect(
      named(
        "Mahmoud al-Qaisi, a member of the Iraqi parliament's security and defense committee, welcomed the announcement.",
      ),
    ).toEqual(['Mahmoud al-Qaisi']);
    expect(
      named(
        'Mohammed al-Shammari, a member of the Parliamentary Security and Defense Committee, said the plan was sound.',
      ),
    ).toEqual(['Mohammed al-Shammari']);
  });

  it('leaves out people without office, names the dataset knows, and what only looks like a name', () => {
    expect(named('Hana Qaradaghi, a researcher at an Erbil think tank, disagreed.')).toEqual([]);
    expect(
      named('Ellen Pryce, a former State Department official, said the wording was deliberate.'),
    ).toEqual([]);
    // A place before ", and army chief of staff …" is no one's name.
    expect(
      named(
        'The army took control of Ain al-Asad, and army chief of staff Lt. Gen. Abdul Amir Rashid Yarallah visited.',
      ),
    ).toEqual(['Abdul Amir Rashid Yarallah']);
    expect(named("U.S. Charge d'Affaires Steven Fagin attended.")).toEqual(['Steven Fagin']);
    expect(named('Retired Army Col. Mark Dempsey, who advised Iraqi units, disagreed.')).toEqual(
      [],
    );
    expect(
      named(
        'In August, US State Department deputy spokesman Vedant Patel said no withdrawal was discussed.',
        (name) => name === 'Vedant Patel',
      ),
    ).toEqual([]);
    // A headline in title case, and a byline on the line after a title.
    expect(
      named('Austin, Iraqi Defense Minister Review Path to Bilateral Security Relationship'),
    ).toEqual([]);
    expect(
      named(
        'Reduction reflects success, says chief Pentagon spokesman\nMurat Demirci | 01.10.2025',
      ),
    ).toEqual([]);
    // A name is found only from where the page introduces it.
    expect(named('Fagin arrived. US Ambassador Steven Fagin spoke.')).toEqual(['Steven Fagin']);
  });

  it('are mentions on a page about the story, and on no other page', () => {
    const detector = createDetector(bundledDataset);
    const story =
      'The US-led coalition is ending its military mission in Iraq. Maj. Gen. Adnan al-Tamimi, a spokesman for the Joint Operations Command, said Iraqi forces were ready.';
    const found = detector.detect(story, { published: '2025-01-10' }).mentions;
    expect(found.filter((m) => m.kind === 'official').map((m) => [m.text, m.speakerId])).toEqual([
      ['Adnan al-Tamimi', undefined],
    ]);
    const other =
      'The football club named a new coach. Maj. Gen. Adnan al-Tamimi, a spokesman for the club, said the players were ready.';
    expect(detector.detect(other, { published: '2025-01-10' }).mentions).toEqual([]);
  });
});
