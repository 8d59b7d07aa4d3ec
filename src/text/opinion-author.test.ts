import { describe, expect, it } from 'vitest';
import { opinionAuthor } from './opinion-author';

const body =
  'A year ago, my government and the United States announced that the military mission of the coalition would end.\nLet me be clear about words.';

describe('opinionAuthor', () => {
  it('names an envoy who signs an opinion piece, from the standfirst', () => {
    const text = `Opinion · Guest column\nIraq is opening a new door\nThe end of the coalition’s mission is a sign of success, writes Iraq’s envoy to the UAE\nBy Muwaffaq Jassim al-Tamimi\n${body}`;
    expect(opinionAuthor(text)).toBe('Muwaffaq Jassim al-Tamimi');
  });

  it('names a former lawmaker from the note about the author at the end', () => {
    const text = `The Levant Review / Opinion\nBy Faris Abdulkarim al-Saadi\n27 October 2025\n${body}\nFaris Abdulkarim al-Saadi is a former member of Iraq's Council of Representatives for Babil province. The views expressed are his own.`;
    expect(opinionAuthor(text)).toBe('Faris Abdulkarim al-Saadi');
  });

  it('names an author whose office follows the byline', () => {
    expect(
      opinionAuthor(`Op-Ed\nBy Hoshyar Qadir, a member of the Kurdistan Parliament\n${body}`),
    ).toBe('Hoshyar Qadir');
  });

  it('leaves a columnist, a fellow or a former correspondent to the outlet', () => {
    const bios = [
      'Rana Kassem is a contributing columnist and a former correspondent in Baghdad. The views expressed here are her own.',
      'Rana Kassem is a senior fellow and a former adviser to the prime minister.',
    ];
    for (const bio of bios)
      expect(
        opinionAuthor(`Opinion\nBy Rana Kassem · December 8, 2025\n${body}\n${bio}`),
      ).toBeNull();
  });

  it('leaves a news story by an official-sounding reporter to the outlet', () => {
    // No section label and no note on the author's views: a report, not an opinion piece.
    const text = `Baghdad\nBy Ahmed Rasheed\n${body}\nAhmed Rasheed is the agency's Baghdad bureau chief and a former army general.`;
    expect(opinionAuthor(text)).toBeNull();
  });

  it('does not read a byline across a line break', () => {
    expect(
      opinionAuthor(
        `Opinion\nBy Muwaffaq al-Tamimi\nIraqi soldiers on patrol.\n${body}\nMuwaffaq al-Tamimi is Iraq’s ambassador to the UAE.`,
      ),
    ).toBe('Muwaffaq al-Tamimi');
  });
});
