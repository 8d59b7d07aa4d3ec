import { describe, expect, it } from 'vitest';
import { pageSigner } from './page-signer';

const body =
  'A year ago, my government and the United States announced that the military mission of the coalition would end.\nLet me be clear about words.';

describe('pageSigner', () => {
  it('names an envoy who signs an opinion piece, from the standfirst', () => {
    const text = `Opinion · Guest column\nIraq is opening a new door\nThe end of the coalition’s mission is a sign of success, writes Iraq’s envoy to the UAE\nBy Muwaffaq Jassim al-Tamimi\n${body}`;
    expect(pageSigner(text)).toEqual({ name: 'Muwaffaq Jassim al-Tamimi', kind: 'person' });
  });

  it('names a former lawmaker from the note about the author at the end', () => {
    const text = `The Levant Review / Opinion\nBy Faris Abdulkarim al-Saadi\n27 October 2025\n${body}\nFaris Abdulkarim al-Saadi is a former member of Iraq's Council of Representatives for Babil province. The views expressed are his own.`;
    expect(pageSigner(text)).toEqual({ name: 'Faris Abdulkarim al-Saadi', kind: 'person' });
  });

  it('names a former ambassador from a note that describes him before his office', () => {
    const text = `Opinion · Guest essay\nBy Gregory Haines · October 27, 2025\n${body}\nGregory Haines, a retired Foreign Service officer, was U.S. ambassador to Bahrain.`;
    expect(pageSigner(text)).toEqual({ name: 'Gregory Haines', kind: 'person' });
  });

  it('names an author whose office follows the byline', () => {
    expect(
      pageSigner(`Op-Ed\nBy Hoshyar Qadir, a member of the Kurdistan Parliament\n${body}`),
    ).toEqual({ name: 'Hoshyar Qadir', kind: 'person' });
  });

  it('leaves a columnist, a fellow or a former correspondent to the outlet', () => {
    const bios = [
      'Rana Kassem is a contributing columnist and a former correspondent in Baghdad. The views expressed here are her own.',
      'Rana Kassem is a senior fellow and a former adviser to the prime minister.',
    ];
    for (const bio of bios)
      expect(pageSigner(`Opinion\nBy Rana Kassem · December 8, 2025\n${body}\n${bio}`)).toBeNull();
  });

  it('leaves a news story by an official-sounding reporter to the outlet', () => {
    // No section label and no note on the author's views: a report, not an opinion piece.
    const text = `Baghdad\nBy Ahmed Rasheed\n${body}\nAhmed Rasheed is the agency's Baghdad bureau chief and a former army general.`;
    expect(pageSigner(text)).toBeNull();
  });

  it('does not read a byline across a line break', () => {
    expect(
      pageSigner(
        `Opinion\nBy Muwaffaq al-Tamimi\nIraqi soldiers on patrol.\n${body}\nMuwaffaq al-Tamimi is Iraq’s ambassador to the UAE.`,
      ),
    ).toEqual({ name: 'Muwaffaq al-Tamimi', kind: 'person' });
  });
});

describe('pageSigner, for an office’s own statement', () => {
  it('names the office a press statement opens with', () => {
    const text =
      'U.S. Mission to Iraq\nStatement on the U.S.-Iraq Technical Security Consultations\nPress Statement U.S. Embassy Baghdad November 7, 2025\nThe United States Embassy in Baghdad welcomes the technical consultations.';
    expect(pageSigner(text)).toEqual({ name: 'U.S. Embassy Baghdad', kind: 'institution' });
  });

  it('names the office a translated readout credits', () => {
    const text =
      "Iraq State Gazette\nPrime Minister's Media Office · Unofficial translation\nPrime Minister receives foreign media representatives\nThe Prime Minister affirmed that the transfer is proceeding smoothly.\nSource: Prime Minister's Media Office, 20 October 2025. Translated from Arabic by the Gazette desk.";
    expect(pageSigner(text)).toEqual({
      name: "Prime Minister's Media Office",
      kind: 'institution',
    });
  });

  it('names the office whose own site the page is', () => {
    const text =
      'Presidency of the Region — Media Office\nHome · The President · News\nPresident Nechirvan Barzani receives the commander of the Global Coalition forces';
    expect(pageSigner(text)).toEqual({ name: 'Presidency of the Region', kind: 'institution' });
  });

  it('names the command whose banner heads a release, not a bare "Public Affairs Office"', () => {
    const release =
      'FOR IMMEDIATE RELEASE | Release No. 20260120-01 | Jan. 20, 2026\nCJTF-OIR completes transition of Al Asad Air Base to Iraqi Security Forces\nTAMPA, Fla. – Coalition forces completed the transition of Al Asad Air Base.';
    expect(
      pageSigner(
        `An official website of the United States government\nU.S. CENTRAL COMMAND\nHome\n${release}`,
      ),
    ).toEqual({ name: 'U.S. Central Command', kind: 'institution' });
    expect(pageSigner(`PUBLIC AFFAIRS OFFICE\nHome | News Releases\n${release}`)).toBeNull();
    // A banner with no release under it is a site's name, not a signature.
    expect(pageSigner('U.S. CENTRAL COMMAND\nHome\nCoalition forces left Al Asad.')).toBeNull();
  });

  it('leaves a news report that cites a statement to the outlet', () => {
    const text =
      'BAGHDAD (Reuters) - The U.S. Embassy in Baghdad said in a press statement on Friday that the transition was orderly.\nSource: Reuters reporting; editing by Alex Richardson';
    expect(pageSigner(text)).toBeNull();
  });
});
