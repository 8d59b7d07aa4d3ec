/**
 * People in office whom the dataset does not know, found as pages introduce them: a rank or a
 * title before the name ("Maj. Gen. Adnan al-Tamimi", "Foreign Minister Fuad Hussein"), or an
 * office after it ("Mahmoud al-Qaisi, a member of the Iraqi parliament's security and defense
 * committee"). Once introduced, their full name and their surname name them again further on.
 * Analysts, researchers and journalists hold no office: "Hana Qaradaghi, a researcher" is none.
 */

/** One word of a person's name: "Yarallah", "al-Saadi", "O'Brien"; never a possessive. */
const WORD = String.raw`(?:(?:al|el|Al|El|bin|ibn|abu|Abu)-)?[A-Z][a-z\u00e0-\u017f]+(?:['\u2019][A-Z][a-z]+)?(?:-[A-Z][a-z\u00e0-\u017f]+)?(?!['\u2019]s\b)`;
/** Two to five words, with lower-case particles between them ("Abdul Amir Rashid Yarallah"). */
const NAME = String.raw`${WORD}(?:[ \t]+(?:(?:al|el|bin|ibn|abu|de|van|von)[ \t]+)?${WORD}){1,4}`;

const RANK = String.raw`(?:(?:Staff\s+)?(?:Lt\.?|Lieutenant|Maj\.?|Major|Brig\.?|Brigadier)\s+(?:Gen\.?|General|Col\.?|Colonel)|(?:Sgt\.|Sergeant)\s+(?:1st|First)\s+Class|(?:Command\s+)?(?:Sgt\.|Sergeant)\s+Maj(?:\.|or)|(?:1st|2nd|First|Second)\s+(?:Lt\.|Lieutenant)|Maj\.|Lt\.|Pvt\.|Vice\s+Adm(?:\.|iral)|Rear\s+Adm(?:\.|iral)|Gen\.|General|Col\.|Colonel|Adm\.|Admiral|Capt\.|Captain|(?:Staff\s+|Master\s+)?(?:Sgt\.|Sergeant)|Cmdr\.|Spc\.|Specialist|Pfc\.|Cpl\.|Corporal)`;
const TITLE = String.raw`(?:President|Vice\s+President|Prime\s+Minister|Minister(?:\s+of\s+[A-Z][a-z]+)?|Secretary(?:\s+of\s+[A-Z][a-z]+)?|[Ss]pokes(?:man|woman|person)|lawmaker|legislator|MP|Charg[eé]\s+d['\u2019]Affaires|[Nn]ational\s+[Ss]ecurity\s+[Aa]dvis[eo]r|Ambassador|Envoy|Senator|Sen\.|Rep\.|Governor|Commander|Chief\s+of\s+Staff|Press\s+Secretary)`;

/** "Maj. Gen. Adnan al-Tamimi", "Kurdish lawmaker Sherzad Qadir": the name after its title. */
const TITLED = new RegExp(String.raw`(?<![\w.])(?:(?:${RANK}|${TITLE}),?[ \t]+)+(${NAME})`, 'g');

/** The member a parliament's record names under "Asked by" or "Answered by". */
const MEMBER_LINE = new RegExp(
  String.raw`(?:^|\n)(?:Asked|Answered)\s+by[ \t]*\n[ \t]*(?:(?:Dr|Mr|Mrs|Ms|Sir|Dame|Lord|Baroness)\.?[ \t]+)?(${NAME})(?=,)`,
  'g',
);

/** Words that say an office is no longer held: "former", "retired", "ex-". */
const OUT_OF_OFFICE = '(?:[Rr]etired|[Ff]ormer|[Ee]x-)';

/** The office an appositive gives: "…, a member of the … committee", "…, spokesman for …". */
const OFFICE = String.raw`(?:member\s+of\s+(?:the\s+)?(?:[\w'\u2019()-]+\s+){0,8}?(?:[Pp]arliament|[Cc]ouncil|[Aa]ssembly|[Cc]ommittee|[Dd]elegation)|lawmaker|MP|[Ss]pokes(?:man|woman|person)|[Mm]inister|[Cc]ommander|[Gg]overnor|[Aa]mbassador|[Dd]eputy|official|[Aa]dviser|[Aa]dvisor|chief|head\s+of|general|colonel|[Ss]enator|mayor|[Ee]nvoy)`;
const APPOSITIVE = new RegExp(
  String.raw`(?<![\w'\u2019-])(${NAME}),\s+(?!(?:and|or|but|which|who|when|where|while)\b)(?![^,]{0,60}\b${OUT_OF_OFFICE})(?:(?:a|an|the)\s+)?(?:[\w'\u2019().-]+\s+){0,5}?${OFFICE}\b`,
  'g',
);

/** The office before the name, between commas: "a member of the … Committee, Mudhar al-Sawadi, said". */
const OFFICE_FIRST = new RegExp(String.raw`\b${OFFICE},[ \t]+(${NAME})(?=,)`, 'g');

/** Words just before a title that say its holder has left office. */
const FORMER = new RegExp(String.raw`\b${OUT_OF_OFFICE}(?:[ \t]+[\w.-]+){0,2}[ \t]*$`);

/** Words that open a sentence or a date, not a name ("In August, …"). */
const NOT_A_FIRST_NAME =
  /^(?:In|On|At|By|For|From|After|Before|Since|During|Last|This|Next|The|A|An|But|And|When|While|Under|Late|Early|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** Capitalised words that are not people's names, though a title may come before them. */
const NOT_A_NAME =
  /\b(?:General|Lieutenant|Colonel|Major|Army|Command|Ministry|Department|Office|Forces?|Base|Region|Government|Council|Committee|Parliament|Assembly|House|Senate|Staff|Coalition|Operation|Task|Joint|United|States|State|Islamic|Iraq|Iraqi|Syria|Kurdistan|Baghdad|Erbil|Washington|Pentagon|Republic|Party|Framework|Agency|News|Press|Wire|Times|Post|Herald|Tribune|Gazette|Journal|Monitor|Network|Television|Radio|Channel|Ain|Ayn|Asad|Assad|Anbar|Victory|Harir|Airport)\b/;

/**
 * Presidents and their cabinet whom the story speaks of by name alone, with no title before it:
 * "the Trump administration", "Secretary Hegseth told the country".
 */
const FIGURES = [
  'Donald Trump',
  'Joe Biden',
  'Barack Obama',
  'Kamala Harris',
  'Pete Hegseth',
  'Marco Rubio',
  'Antony Blinken',
].map((name) => ({ name, surname: name.split(' ').pop() as string }));

const FIGURE_SURNAMES = new RegExp(
  String.raw`\b(?:${FIGURES.map((f) => f.surname).join('|')})\b`,
  'g',
);

export interface NamedOfficial {
  start: number;
  end: number;
}

/**
 * The spans of people in office that `text` introduces, and of their names repeated after;
 * `known` says whether a name is one the dataset already finds (those are left to it).
 */
export function officialsIn(text: string, known: (name: string) => boolean): NamedOfficial[] {
  // Whether the text gives a surname turns, read once per surname.
  const turnsOf = new Map<string, boolean>();
  const hasTurns = (name: string): boolean => {
    const surname = name.split(/\s+/).pop() ?? '';
    let turns = turnsOf.get(surname);
    if (turns === undefined) {
      turns = givesTurns(text, surname);
      turnsOf.set(surname, turns);
    }
    return turns;
  };
  const introduced = new Map<string, number>();
  // `listed`: a name on a line of its own, as a record lists it, whose capitals do mark a name.
  const introduce = (found: string, at: number, listed = false) => {
    let name = found;
    // In a headline capitals do not mark names, unless a transcript gives the name its turns
    // ("Deputy Pentagon Press Secretary Joel Harmon Holds a Press Briefing" over "MR. HARMON: …").
    if (!listed && inTitleCase(text, at)) {
      const words = found.split(/\s+/);
      while (words.length > 2 && !hasTurns(words.join(' '))) words.pop();
      name = words.join(' ');
      if (!hasTurns(name)) return;
    }
    if (NOT_A_NAME.test(name) || NOT_A_FIRST_NAME.test(name) || known(name)) return;
    const first = introduced.get(name);
    if (first === undefined || at < first) introduced.set(name, at);
  };
  for (const found of text.matchAll(TITLED)) {
    const name = found[1] as string;
    // "Retired Army Col. …", "former Prime Minister …": out of office.
    if (FORMER.test(text.slice(Math.max(0, (found.index ?? 0) - 30), found.index ?? 0))) continue;
    introduce(name, (found.index ?? 0) + found[0].length - name.length);
  }
  for (const found of text.matchAll(APPOSITIVE)) introduce(found[1] as string, found.index ?? 0);
  // A parliament's record: "Asked by" / "Dr Helen Marlow, Liberal Democrat, Kendal and the Lakes".
  for (const found of text.matchAll(MEMBER_LINE)) {
    const name = found[1] as string;
    introduce(name, (found.index ?? 0) + found[0].length - name.length, true);
  }
  for (const found of text.matchAll(OFFICE_FIRST)) {
    const name = found[1] as string;
    if (FORMER.test(text.slice(Math.max(0, (found.index ?? 0) - 60), found.index ?? 0))) continue;
    introduce(name, (found.index ?? 0) + found[0].length - name.length);
  }
  // Each name's forms (the full name, the surname) from where the page introduces it, all read in
  // one pass; the longest first, so a full name is read whole and not as its surname.
  const from = new Map<string, number>();
  for (const [name, at] of introduced) {
    const surname = name.split(/\s+/).pop() as string;
    // "Firas al-Obeidi" is "al-Obeidi", "Al-Obeidi" and "Obeidi" further on.
    const bare = surname.replace(/^(?:al|el)-/i, '');
    const forms =
      surname.length >= 4
        ? [surname, capitalised(surname), ...(bare.length >= 4 ? [capitalised(bare)] : [])]
        : [];
    for (const form of forms) {
      const earlier = from.get(form);
      if (earlier === undefined || at < earlier) from.set(form, at);
    }
    // The full name is theirs wherever it stands, even above the line that gives the office
    // ("Fuad Hussein tells Gulf Herald …" over "Iraqi Foreign Minister Fuad Hussein said").
    from.set(name, 0);
    // A transcript writes the surname in capitals ("SEN. HOLLOWAY: General, …"), often above
    // the line that introduces them: a name in capitals is no common word.
    if (surname.length >= 4) from.set(surname.toUpperCase(), 0);
    // A speaker the transcript gives turns is theirs from its first line ("DEPUTY PENTAGON PRESS
    // SECRETARY JOEL HARMON: …").
    if (hasTurns(name)) {
      from.set(name, 0);
      from.set(name.toUpperCase(), 0);
    }
  }
  // One pass finds which of them the page names at all.
  const named = new Set(text.match(FIGURE_SURNAMES) ?? []);
  for (const { name, surname } of FIGURES) {
    if (!named.has(surname) || known(name)) continue;
    from.set(name, 0);
    from.set(surname, 0);
  }
  if (from.size === 0) return [];
  const forms = [...from.keys()].sort((a, b) => b.length - a.length).map(literal);
  const pattern = new RegExp(`(?<![\\w'\u2019-])(?:${forms.join('|')})(?![\\w-])`, 'g');
  const spans: NamedOfficial[] = [];
  for (const found of text.matchAll(pattern)) {
    const start = found.index ?? 0;
    if (start >= (from.get(found[0]) ?? Number.POSITIVE_INFINITY))
      spans.push({ start, end: start + found[0].length });
  }
  return spans;
}

/**
 * Whether offset `at` is in a line written in title case (a headline: "Austin, Iraqi Defense
 * Minister Review Path to …"), where capitals do not mark names.
 */
function inTitleCase(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  const words =
    text.slice(start, end === -1 ? text.length : end).match(/[A-Za-z][\w'\u2019-]*/g) ?? [];
  // Prose has lower-case words of some length; a headline only its short ones ("to", "of").
  return words.length >= 5 && !words.some((w) => w.length >= 4 && /^[a-z]/.test(w));
}

/** Whether a transcript opens lines with the name's surname in capitals ("MR. HARMON: …"). */
function givesTurns(text: string, surname: string): boolean {
  if (surname.length < 4) return false;
  return new RegExp(`(?:^|\\n)[A-Z .'\u2019-]{0,40}\\b${literal(surname.toUpperCase())}:\\s`).test(
    text,
  );
}

/** "al-Saadi" at the start of a sentence: "Al-Saadi said". */
function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
