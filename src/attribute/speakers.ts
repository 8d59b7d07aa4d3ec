/**
 * Reading a speaker phrase as a person would: "Iraqi Defense Minister Thabet al-Abbassi", "a
 * senior US defense official", "the Pentagon", "Washington and Baghdad". Pure string work over
 * the page's own text (capitals matter: they tell a name from a word).
 */

import type { Speaker } from '../dataset/schema';
import { MONTHS, WEEKDAYS } from '../model/dates';
import { Memo } from '../model/memo';
import type { PageSpeaker } from '../model/types';
import { fold } from '../text/fold';

/** Words of a title or role, in front of a name or in an appositive after it. */
const TITLE_WORDS = new Set(
  [
    'president',
    'vice',
    'prime',
    'minister',
    'ministers',
    'secretary',
    'deputy',
    'assistant',
    'undersecretary',
    'under',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'spokespeople',
    'press',
    'chief',
    'head',
    'commander',
    'general',
    'gen',
    'gen.',
    'lt',
    'lt.',
    'lieutenant',
    'maj',
    'maj.',
    'major',
    'brig',
    'brig.',
    'brigadier',
    'col',
    'col.',
    'colonel',
    'adm',
    'adm.',
    'admiral',
    'capt',
    'capt.',
    'captain',
    'sgt',
    'sgt.',
    'spc',
    'spc.',
    'pfc',
    'pfc.',
    'cpl',
    'cpl.',
    'pvt',
    'pvt.',
    '1st',
    '2nd',
    'first',
    'class',
    'command',
    'ambassador',
    'envoy',
    'adviser',
    'advisor',
    'counselor',
    'director',
    'chairman',
    'chair',
    'speaker',
    'lawmaker',
    'mp',
    'pm',
    'fm',
    'senator',
    'sen',
    'sen.',
    'rep',
    'rep.',
    'representative',
    'governor',
    'mayor',
    'official',
    'officer',
    'chargé',
    'charge',
    "d'affaires",
    'affaires',
    'mr',
    'mr.',
    'ms',
    'ms.',
    'mrs',
    'mrs.',
    'dr',
    'dr.',
    'sec',
    'sec.',
    'defense',
    'defence',
    'foreign',
    'state',
    'military',
    'security',
    'national',
    'senior',
    'top',
    'former',
    'acting',
    'army',
    'staff',
    'joint',
    'operations',
    'media',
    'government',
    'affairs',
    'pentagon',
    'white',
    'house',
    'department',
    'ministry',
    'iraqi',
    'iraq',
    "iraq's",
    'iraq’s',
    'us',
    'u.s.',
    'american',
    'kurdish',
    'kurdistan',
    'peshmerga',
    'region',
    'regional',
    'coalition',
    'centcom',
    'of',
    'the',
    'for',
    'and',
    'to',
    'on',
    'in',
    'cjtf-oir',
    'norwegian',
    'german',
    'french',
    'british',
    'italian',
    'anbar',
    'provincial',
    'council',
    'counter-terrorism',
    'counterterrorism',
    'service',
    'operation',
    'inherent',
    'resolve',
    'task',
    'force',
    'combined',
    'central',
    'command',
    'forces',
  ].map((w) => w.toLowerCase()),
);

/** A phrase that ends on its role noun ("Iraq's prime minister"), not one that merely holds it. */
const ROLE_AT_END =
  /\b(?:minister|secretary|spokes(?:man|woman|person)|commander|chief|general|adviser|advisor|ambassador|envoy|president|director|chairman|lawmaker|mp|senator|official|officer|premier|pm|governor|member)s?$/i;

/** Outlets by the shape of their names ("Hawler Network", "Zagros Post"). */
const OUTLET_NAME =
  /^(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){0,3}(?:Network|News|Post|Times|TV|Television|Channel|Agency|Press|Media|Journal|Herald|Tribune|Daily|Gazette|Radio)|[A-Z][\w-]*\.(?:az|com|net|org|id|ir|iq|kr|tr))$/;

/** The nouns that make a phrase a role ("deputy commander of …", "the defence minister"). */
const ROLE_NOUN =
  /\b(?:minister|secretary|spokes(?:man|woman|person)|commander|chief|general|adviser|advisor|ambassador|envoy|president|director|chairman|lawmaker|mp|senator|official|officer|head|deputy|press secretary|charg[eé] d'affaires|governor|member)s?\b/i;

/** Words that are part of a name: capitalised, or the particles names carry. */
const NAME_PARTICLE = /^(?:al|el|bin|ibn|abu|de|van|von|da|du|la|le|mullah|mulla)$/i;

/** Capitalised words that are never part of a person's name. */
const NOT_A_NAME = new Set<string>([
  ...MONTHS,
  ...WEEKDAYS,
  'the',
  'another',
  'this',
  'that',
  'these',
  'those',
  'what',
  'which',
  'who',
  'i',
  'we',
  'it',
  'he',
  'she',
  'they',
  'you',
  'our',
  'its',
  'now',
  'but',
  'and',
  'or',
  'in',
  'on',
  'at',
  'after',
  'before',
  'as',
  'if',
  'when',
  'while',
  'since',
  'a',
  'an',
  'united',
  'states',
  'iraq',
  'iraqi',
  'iraqis',
  'american',
  'americans',
  'iran',
  'iranian',
  'iran-aligned',
  'iran-backed',
  'kurdish',
  'kurdistan',
  'washington',
  'baghdad',
  'erbil',
  'syria',
  'syrian',
  'isis',
  'isil',
  'islamic',
  'state',
  'daesh',
  'coalition',
  'pentagon',
  'department',
  'ministry',
  'army',
  'government',
  'parliament',
  'operation',
  'inherent',
  'resolve',
  'operations',
  'command',
  'higher',
  'commission',
  'committee',
  'ain',
  'asad',
  'al-asad',
  'base',
  'air',
  'forces',
  'news',
  'agency',
  'television',
  'tv',
  'press',
  'reuters',
  'bloomberg',
  'us',
  'u.s.',
  'uk',
  'nato',
  'un',
  'eu',
  'gulf',
  'middle',
  'east',
  'region',
  'regional',
  'federal',
  'national',
  'security',
  'defense',
  'defence',
  'foreign',
  'office',
  'prime',
  'minister',
  'president',
  'white',
  'house',
  'embassy',
  'council',
  'framework',
  'report',
  'reports',
  'airport',
  'international',
  'more',
  'most',
]);

/** A word of a name: capitalised, or "al-Abbassi". */
const CAPITALISED = /^(?:[A-Z]|(?:al|el|bin|ibn|abu)-[A-Z])[\w'’.-]*$/;

/** People whose words are a group's, not one person's: read as unnamed officials. */
const ANONYMOUS =
  /^(?:(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|dozens\s+of\s+|hundreds\s+of\s+)?(?:(?:a|an|one|two|three|four|several|multiple|some|many|other|another|senior|unnamed|anonymous|informed|western|\d+)\s+)+(?:[a-z.'’-]+\s+){0,5}?(?:official|officials|source|sources|diplomat|diplomats|officer|officers|commander|commanders|aide|aides|figure|figures|spokesperson|spokesman|spokeswoman|member|members|lawmaker|lawmakers|adviser|advisor|advisers|advisors|colonel|colonels|general|generals|captain|soldier|soldiers|resident|residents|analyst|analysts|researcher|researchers|expert|experts)(?:\s+(?:in|from|at|of|for|to|with|close\s+to|familiar\s+with|stationed|based|speaking)\b.*)?|(?:[a-z.'’-]+\s+){0,4}?(?:officials|sources|diplomats|officers|commanders|lawmakers|leaders|politicians|aides|briefers|groups|factions|parties|militias|residents|members|governments|analysts|critics|witnesses|eyewitnesses|resistance|(?:resistance|opposition|political|militia|faction|religious|tribal|party|Shiite|Shia|Sunni|Kurdish)\s+figures)(?:\s+(?:in|from|at|of|near|linked\s+to|aligned\s+with|allied\s+(?:with|to)|backed\s+by|loyal\s+to|tied\s+to|close\s+to)\s+.*)?)$/i;

/** Someone's report, story or account, on whatever it is about. */
const POSSESSED_REPORT =
  /^(.{2,60}?)['’]s\s+(?:[a-z]+\s+){0,2}?(?:report|story|article|account|statement|interview|remarks|comments)(?:\s+(?:on|about|of|to|from)\s+.*)?$/i;

/** A phrase that opens with a preposition, or runs two noun phrases together. */
const NOT_A_SUBJECT =
  /^(?:[Uu]nder|[Ii]n|[Oo]n|[Aa]t|[Aa]fter|[Bb]efore|[Ww]ith|[Ff]or|[Ff]rom|[Dd]uring|[Ss]ince|[Dd]espite|[Aa]mid|[Ff]ollowing|[Uu]ntil|[Bb]y)\s|^(?:(?:[Tt]he|[Aa]n?)\s+)?[a-z]+\s+(?:both|the|a|an|its|their)\s|(?<!\b(?:[Mm]ore|[Ff]ewer|[Ll]ess|[Rr]ather))\s+than\s|\s(?:came|happened|took\s+place)\s|^than\s/;

/** An edition of the page itself: "last week's issue", "this newsletter". */
const PAGE_ITSELF =
  /^(?:(?:last|this|next|yesterday|today)['’]s?\s+(?:[a-z]+\s+)?(?:issue|edition|newsletter|column|story|report|article)|(?:this|our)\s+(?:issue|edition|newsletter|column|story|report|article|newspaper|site))$/i;

/** A phrase that names an institution speaking. */
const INSTITUTION =
  /\b(?:pentagon|white house|state department|department of (?:defense|state)|defense department|ministry|ministries|command|army|government|embassy|office|cabinet|parliament|council|committee|commission|centcom|cjtf-oir|joc|joint operations|hmc|krg|task force|coalition|presidency|military|forces|agency|administration|secretariat)\b/i;

/** A phrase that ends on an institution's noun ("Iraqi army", "the office of the prime minister"). */
const INSTITUTION_AT_END =
  /\b(?:operation inherent resolve|task force|pentagon|white house|state department|department of (?:defense|state)|defense department|ministry|command|army|government|embassy|office|cabinet|parliament|council|committee|commission|centcom|cjtf-oir|joc|joint operations|hmc|krg|task force|presidency|military|agency|administration)(?:\s+(?:of|for|in)\s+[\w\s.'’-]{2,60})?$/i;

/** Two governments speaking together. */
const JOINT =
  /^(?:washington and baghdad|baghdad and washington|the two (?:countries|governments|sides|nations|capitals)|both (?:countries|governments|sides)|(?:the )?(?:united states|us|u\.s\.) and iraq|iraq and (?:the )?(?:united states|us|u\.s\.)|(?:a |the )?(?:(?:us|u\.s\.)-iraq(?:i)? )?joint (?:statement|communiqu[eé]|declaration)(?: of (?:[a-z]{3,9}\.? )?(?:\d{1,2},? )?\d{4})?|(?:(?:the )?us|u\.s\.|american) and iraqi (?:officials|governments|leaders)|(?:the )?governments of (?:the )?(?:united states|us|u\.s\.) and iraq|(?:the )?governments of iraq and (?:the )?(?:united states|us|u\.s\.))$/i;

/** Governments and institutions by the names pages use for them alone. */
const BARE_INSTITUTIONS: Record<string, string> = {
  washington: 'Washington',
  baghdad: 'Baghdad',
  erbil: 'Erbil',
  pentagon: 'the Pentagon',
  'the pentagon': 'the Pentagon',
  'the white house': 'the White House',
  'the state department': 'the State Department',
  'the coalition': 'the coalition',
  centcom: 'CENTCOM',
  iraq: 'Iraq',
  'the united states': 'the United States',
  'united states': 'the United States',
  'the us': 'the United States',
  'the u.s.': 'the United States',
  us: 'the United States',
  'u.s.': 'the United States',
  tehran: 'Tehran',
  'the krg': 'the KRG',
};

/** Coalition members and neighbours a page credits by the country's name alone. */
const COUNTRIES = new Set([
  'germany',
  'france',
  'norway',
  'italy',
  'spain',
  'britain',
  'the uk',
  'the united kingdom',
  'sweden',
  'the netherlands',
  'denmark',
  'hungary',
  'finland',
  'canada',
  'australia',
  'turkey',
  'türkiye',
  'iran',
  'jordan',
  'kuwait',
  'qatar',
  'russia',
  'china',
  'israel',
  'egypt',
]);

/** Outlets a page credits in its own words ("Reuters reported"). */
const OUTLETS =
  /^(?:reuters|(?:the )?associated press|ap|afp|agence france-presse|al jazeera|al hadath|al-hadath|bloomberg(?: tv| news)?|the washington post|the wall street journal|wsj|the new york times|rudaw|kurdistan24|shafaq news|the national|anadolu(?: agency)?|middle east eye|al-monitor|the new region|ina|iraqi news agency|tasnim|cnn|bbc|axios|politico|aa|dpa|xinhua|efe|trt(?: world)?|daily sabah|france 24|npr)$/i;

const PRONOUN = /^(?:he|she|they|it)$/i;

/** An outlet named again by what it is: "the news agency said", "the newspaper reported". */
const OUTLET_BACK =
  /^the\s+(?:news\s+agency|agency|newspaper|paper|daily|broadcaster|channel|network|outlet|news\s+site|website|wire\s+service|report)$/i;

/** A definite reference back to someone already named ("the official", "the minister"). */
const DEFINITE_BACK =
  /^the\s+(?:(?:same|senior|top|us|u\.s\.|iraqi|american|kurdish|defense|defence|military|security|political|prime|foreign|government|joint|[a-z]+['’]s)\s+){0,4}(?:official|spokes(?:man|woman|person)|minister|general|commander|adviser|advisor|envoy|ambassador|premier|president|secretary|officer|source|diplomat|statement|communiqu[eé]|text|readout)(?:\s+(?:for|on|of|to)\s+[a-z][a-z\s'’-]{2,40})?$/i;

/**
 * A dateline in front of the first words: "WASHINGTON -", "ERBIL, Kurdistan Region -", and the
 * agency's own name that opens each story on some sites ("Shafaq News/ The spokesman …").
 */
const DATELINE =
  /^(?:(?:[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Z][\w .'-]{2,30})?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*[-\u2013\u2014]+\s*|[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s*\/\s+)/;

/** A timeline entry's date in front of the words: "Nov. 26, 2025 – The JOC …". */
const LEADING_DATE =
  /^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8},?\s+\d{4})\s*[-\u2013\u2014:]\s+|^(?:[Ll]ast|[Tt]his|[Ee]arlier this)\s+(?:year|month|week)\s+(?=[A-Za-z])|^(?:On|Late on|Early on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?=[a-z])/;

/** A phrase without the dateline or the agency's name in front of it. */
export function withoutDateline(phrase: string): string {
  return phrase.trim().replace(DATELINE, '');
}

export type PhraseReading =
  | { type: 'speaker'; speaker: PageSpeaker }
  | { type: 'back'; role: string | null }
  | { type: 'none' };

function tidy(phrase: string): string {
  return (
    phrase
      .replace(LEADING_DATE, '')
      .replace(DATELINE, '')
      .replace(/^[\s,;:"'“”‘’(\u2014-]+|[\s,;:"'“”‘’)\u2014-]+$/g, '')
      // "…," said Senator Hadley.: the sentence's full stop is not the name's.
      .replace(/(?<=[a-z]{2})\.$/, '')
      // "shopkeeper Abbas Jawad, 47" (", of Evansdale"): a person's age and town are not their name.
      .replace(/,\s*\d{1,3}(?:,\s+of\s+[A-Z][\w'’ -]{1,30})?$/, '')
      // "Muhammadawi, 31 December 2025" (a list of what officials said): the name, not the date.
      .replace(/,\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4}$/, '')
      // "when Iraq's defence ministry" (said …): the clause's subject, without its conjunction.
      .replace(/^(?:when|while|because|although|though|once|as|but|and|yet|why)\s+(?=\S)/i, '')
      // "an Iraqi officer stationed" (at Ain al-Asad): the place cut off, its participle too.
      .replace(/\s+(?:stationed|based|posted|serving|deployed)$/i, '')
      .replace(/\s+/g, ' ')
  );
}

/**
 * The name inside a phrase, with the title words in front of it as its role: "Iraqi Defense
 * Minister Thabet al-Abbassi" → name "Thabet al-Abbassi", role "Iraqi Defense Minister".
 * Null when the phrase holds no name (every capitalised word is a title word).
 */
const MONTH =
  /^(?:(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?|january|february|march|april|june|july|august|september|october|november|december)$/i;

export function splitName(phrase: string): { name: string; role: string | null } | null {
  const words = phrase.split(' ').filter(Boolean);
  // The name is the last run of capitalised words (and particles) that are not all titles.
  let end = words.length;
  while (end > 0 && !CAPITALISED.test(words[end - 1] as string)) end--;
  if (end === 0) return null;
  let start = end - 1;
  while (start > 0) {
    const word = words[start - 1] as string;
    const bare = word.replace(/[.,]$/, '');
    if (CAPITALISED.test(bare) || NAME_PARTICLE.test(bare)) {
      if (TITLE_WORDS.has(bare.toLowerCase()) && !NAME_PARTICLE.test(bare)) break;
      start--;
    } else break;
  }
  // "an adviser to Prime Minister X", "the office of X": X is not the one speaking; nor is the
  // place of "the war in Gaza".
  if (words.slice(0, start).some((w) => /^(?:to|of|for|with)$/i.test(w))) return null;
  if (start === end - 1 && /^(?:in|at|from|near|inside|across)$/i.test(words[start - 1] ?? ''))
    return null;
  const nameWords = words.slice(start, end).map((w) => w.replace(/[,]$/, ''));
  // Leading particles belong to the name only after a first name: "al-Sudani" is whole.
  if (nameWords.length === 0) return null;
  const name = nameWords.join(' ');
  if (nameWords.every((w) => TITLE_WORDS.has(w.toLowerCase()))) return null;
  // "… on Sept. 27": a date, not a name; nor "MPs".
  if (nameWords.length === 1 && (MONTH.test(name) || /^[A-Z]{2,}s$/.test(name))) return null;
  if (nameWords.some((w) => NOT_A_NAME.has(w.toLowerCase().replace(/['’]s$/, '')))) return null;
  if (!/[a-z]/.test(name) && name.length > 4) return null;
  // The role is the run of title words (and capitalised words) just before the name.
  let roleStart = start;
  while (roleStart > 0) {
    const word = (words[roleStart - 1] as string).replace(/,$/, '');
    if (TITLE_WORDS.has(word.toLowerCase()) || /^[A-Z][\w'’.-]*$/.test(word)) roleStart--;
    else break;
  }
  const role = tidy(
    words
      .slice(roleStart, start)
      .join(' ')
      .replace(/^(?:the|a|an)\s+/i, ''),
  );
  return { name, role: role.length > 1 ? role : null };
}

const ASIDE_AT_END =
  /,\s*(?:by contrast|in contrast|for (?:their|his|her|its) part|in turn|however|meanwhile|though|on the other hand)\s*,?$/i;

const NOT_SAYING =
  /\s(?:(?:has|have|had|did|does|do|was|were|is|are)\s+not|\w+n['’]t|never)(?:\s+(?:publicly|yet|formally|officially|once))?$|^(?:neither\s+)?[^,]{2,60}\snor\s[^,]{2,60}$/i;

const CIRCULATING =
  /^(?:(?:a|an|the|one|another|some|many|several|viral|widely\s+shared|online)\s+)*(?:social\s+media\s+)?(?:posts?|videos?|tweets?|clips?|users?|accounts?)(?:\s+(?:shared|circulating|posted|spread)\b[\w\s,-]{0,90})?$/i;

/** Phrases kept read: attribution tries every tail of a clause, and clauses repeat. */
const phraseReadings = new Memo<PhraseReading>(5_000);

/**
 * What a phrase in the speaker's place says about who speaks. `back` means it refers to
 * someone named earlier ("he", "the official"). A fresh copy each time: callers complete the
 * speaker they get (its role).
 */
export function readPhrase(raw: string): PhraseReading {
  const reading = phraseReadings.get(raw, () => readPhraseOnce(raw));
  return reading.type === 'speaker'
    ? { type: 'speaker', speaker: { ...reading.speaker } }
    : { ...reading };
}

function readPhraseOnce(raw: string): PhraseReading {
  // "The Administration has not publicly stated …", "Washington never called it …": who did
  // not say it says nothing here.
  if (NOT_SAYING.test(raw.trim())) return { type: 'none' };
  const phrase = tidy(
    raw
      .replace(
        /(?:\s+(?:also|later|separately|previously|earlier|again|has|have|had|was|were|is|are|would|will|once|then|repeatedly|publicly|recently|long|consistently|always|often|never|openly|privately|initially|first|subsequently|now|meanwhile|however|too|generally|mostly|largely|usually|widely|broadly|frequently|routinely|still))+$/i,
        '',
      )
      // "Iraqi officials, by contrast, have talked of …": the aside is not the speaker.
      .replace(ASIDE_AT_END, ''),
  );
  if (phrase.length < 2) return { type: 'none' };
  // "the Kurdish daily Hawler Tribune", "The London-based Al-Mashriq al-Yawm": a publication.
  const publication =
    /^(?:[Tt]he\s+)?(?:(?:[\w'’-]+\s+){0,3}?(?:daily|newspaper|paper|weekly|tabloid|broadcaster|channel|news\s+agency|news\s+site|website|magazine)|[A-Z][\w'’-]*-based)\s+((?:[A-Z][\w'’-]*|al-[\w'’-]+)(?:\s+(?:[A-Z][\w'’-]*|al-[\w'’-]+)){0,4})$/.exec(
      phrase,
    );
  if (publication?.[1])
    return { type: 'speaker', speaker: speaker(publication[1], 'outlet', null) };
  // "Lawmaker Ahmed Sabri al-Mousawi of the ruling Coordination Framework coalition": the person,
  // not the bloc they belong to.
  const member = /^(.{3,60}?)\s+of\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z][^,]{1,80}$/.exec(phrase);
  if (member?.[1]) {
    const head = readPhrase(member[1]);
    if (head.type === 'speaker' && head.speaker.kind === 'person') return head;
  }
  // "Two Iraqi officials who asked not to be named": the speaker before the relative clause.
  const relative =
    /^(.{3,80}?)\s+who\s+(?:asked|spoke|declined|requested|insisted|were|was|is|are|has|have|had)\b/.exec(
      phrase,
    );
  if (relative?.[1]) {
    const head = readPhrase(relative[1]);
    if (head.type === 'speaker') return head;
  }
  // "The same Iraqi committee said": the committee named before.
  if (/^the\s+same\s+(?![a-z]*\s*(?:official|source|diplomat|officer)s?$)\S/i.test(phrase))
    return readPhrase(phrase.replace(/^(the)\s+same\s+/i, '$1 '));
  // "Norway's armed forces", "the Iraqi army": a country's military speaks as a body.
  if (
    /^(?:[A-Z][\w-]*['’]s\s+|(?:the\s+)?(?:[A-Z][\w-]*\s+)?)(?:armed\s+forces|military|army|navy|air\s+force)(?:\s+ministry)?$/.test(
      phrase,
    )
  )
    return { type: 'speaker', speaker: speaker(phrase, 'institution', null) };
  // "resistance MPs", "Resistance factions and MPs": lawmakers, unnamed.
  if (
    /^(?:(?!(?:that|which|who|whom|a|an)\s)[\w'’-]+\s+){0,4}(?:MPs|lawmakers|legislators|deputies)$/i.test(
      phrase,
    )
  )
    return { type: 'speaker', speaker: speaker(phrase, 'anonymous', null) };
  // "The Americans told us …": a people, unnamed.
  if (
    /^the\s+(?:americans|iraqis|kurds|british|french|iranians|turks|germans|italians)$/i.test(
      phrase,
    )
  )
    return { type: 'speaker', speaker: speaker(phrase, 'anonymous', null) };
  // "The agreement of September 2024 says …": the agreement the page has named.
  if (/^the\s+(?:\d{4}\s+)?agreement(?:\s+of\s+[A-Z][a-z]+\s+\d{4})?$/i.test(phrase))
    return { type: 'back', role: 'statement' };
  // "Authorities in Iraq's semi-autonomous Kurdistan region", "Kurdish authorities".
  if (
    /^(?:(?:the|local|regional|federal|Kurdish|Iraqi|US|U\.S\.|American|Syrian)\s+)*authorities(?:\s+in\s+\S.{1,60})?$/i.test(
      phrase,
    )
  )
    return { type: 'speaker', speaker: speaker(phrase, 'institution', null) };
  // "Posts shared widely on social media", "a viral video", "social media users": claims that
  // circulate, credited to whoever spread them.
  if (CIRCULATING.test(phrase))
    return { type: 'speaker', speaker: speaker(phrase, 'anonymous', null) };
  // "at least one news agency", "at least two officials": who, counted loosely.
  const loosely = /^at (?:least|most)\s+(?=\S)/i.exec(phrase);
  if (loosely) {
    const rest = readPhrase(phrase.slice(loosely[0].length));
    return rest.type === 'speaker'
      ? { type: 'speaker', speaker: { ...rest.speaker, name: phrase } }
      : { type: 'none' };
  }
  // "people familiar with the discussions", "sources close to the talks": unnamed, and plural.
  if (
    /^(?:people|persons|sources|officials|diplomats|aides)\s+(?:familiar|close|briefed)\b/i.test(
      phrase,
    )
  )
    return {
      type: 'speaker',
      speaker: { name: phrase, role: null, kind: 'anonymous', speakerId: null },
    };
  // "A senior Iraqi official quoted in the same report", "an official speaking on condition of
  // anonymity": who they are, without how the page came by their words.
  const who = phrase
    .replace(/\s+(?:quoted|cited|interviewed)\s+(?:in|by)\s+.*$/i, '')
    .replace(
      /\s+(?:charged|tasked|entrusted)\s+with\s+.*$|\s+(?:responsible\s+for|in\s+charge\s+of)\s+.*$/i,
      '',
    )
    .replace(
      /(?<=\b(?:statement|communiqu[eé]|readout|text))\s+(?:released|issued|published|signed|adopted)$/i,
      '',
    )
    .replace(
      /\s+(?:speaking|who spoke)\s+(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity$/i,
      '',
    )
    // "an Iraqi official familiar with the talks": who they are, without what they know.
    .replace(
      /(?<=\b(?:official|officer|diplomat|source|aide|commander))\s+familiar(?:\s+with\s+.*)?$/i,
      '',
    )
    // "officials on the briefing call": who they are, without where they spoke.
    .replace(
      /\s+(?:on|at|during)\s+(?:the|a|an|that|this)\s+(?:[\w-]+\s+){0,2}(?:call|briefing|conference|meeting|event|hearing)$/i,
      '',
    );
  if (who !== phrase && who.length >= 2) return readPhrase(who);
  // "a new report from the Wall Street Journal": the outlet that reports.
  const report =
    /^(?:a|an|the)\s+(?:new\s+|recent\s+|latest\s+|separate\s+)?(?:report|story|article|investigation|analysis|statement|communiqu[eé]|release)(?:\s+(?:last|this|earlier\s+this)\s+(?:week|month|year))?\s+(?:(?:issued|released|published)\s+)?(?:from|by|in)\s+(.{2,90})$/i.exec(
      phrase,
    );
  if (report?.[1]) {
    const source = readPhrase(report[1]);
    if (source.type === 'speaker') return source;
  }
  // "information Rudaw obtained from the JOC", "figures from the JOC": the JOC's figures.
  const obtained =
    /^(?:information|data|figures|numbers|documents?)\s+(?:(?:[^,]{0,40}?\s)?(?:obtained|received|seen)\s+(?:by\s+[^,]{2,40}?\s+)?)?from\s+(.{2,80})$/i.exec(
      phrase,
    );
  if (obtained?.[1]) {
    const source = readPhrase(obtained[1]);
    if (source.type === 'speaker') return source;
  }
  // "Anadolu Agency's report on the Pentagon's announcement": the agency reports.
  const owned = POSSESSED_REPORT.exec(phrase);
  if (owned?.[1]) {
    const owner = readPhrase(owned[1]);
    if (owner.type === 'speaker') return owner;
  }
  // "Last week's issue said …": the page's own voice, whatever it says others said.
  if (PAGE_ITSELF.test(phrase)) return { type: 'back', role: 'page' };
  // "Under the agreement both governments announced": no one speaks from inside a phrase of
  // place or time, or from two noun phrases run together.
  if (NOT_A_SUBJECT.test(phrase)) return { type: 'none' };
  // "a Wall Street Journal report": the outlet reports.
  const reportOf =
    /^(?:a|an|the)\s+(.{2,60}?)\s+(?:report|story|article|investigation|analysis)$/i.exec(phrase);
  if (reportOf?.[1]) {
    const source = readPhrase(reportOf[1]);
    if (source.type === 'speaker') return source;
  }
  const lower = phrase.toLowerCase();
  // "…, which his office described as …": the office of the person just named.
  const theirOffice =
    /^(?:(?:which|that|whom?)\s+)?(?:his|her)\s+(?:media\s+|press\s+)?office$/.exec(lower);
  if (theirOffice) return { type: 'back', role: 'office' };
  // A readout's "His Excellency stated …": its host, the person it is about.
  if (/^(?:his|her)\s+(?:excellency|highness|majesty)$/.test(lower))
    return { type: 'back', role: 'host' };
  // "Turkey's state news agency": an outlet described, not a person named "Turkey's".
  if (
    /^(?:the\s+)?[A-Z][\w'’-]+['’]s\s+(?:[A-Z][\w-]+\s+)?(?:(?:state|official|semi-official|state-run|pan-arab|kurdish|iraqi|iranian|turkish)\s+)*(?:news\s+agency|broadcaster|television|tv\s+channel|daily|newspaper|media)$/i.test(
      phrase,
    )
  )
    return { type: 'speaker', speaker: speaker(phrase, 'outlet', null) };
  // "Iraqi Prime Minister Mohammed Shia al-Sudani's government": the government, not a person.
  const theirs = /^(.+?)['’]s\s+(government|administration|cabinet|office|team)$/i.exec(phrase);
  // ("An official in Prime Minister X's office" stays the official.)
  if (
    theirs?.[1] &&
    theirs[2] &&
    /^[A-Z]/.test(theirs[1]) &&
    !/^(?:an?|one|two|three|several|some)\s|\b(?:officials?|sources?|spokes\w+|aides?|advisers?|advisors?)\b/i.test(
      theirs[1],
    )
  ) {
    const holder = splitName(theirs[1]);
    const name = `${holder?.name ?? theirs[1]}'s ${theirs[2].toLowerCase()}`;
    return { type: 'speaker', speaker: speaker(name, 'institution', null) };
  }
  // "The Trump administration", "the new Biden administration": a government, not its president.
  const administration =
    /^(?:[Tt]he\s+)?(?:new\s+|incoming\s+|outgoing\s+)?([A-Z][a-z]+)\s+[Aa]dministration$/.exec(
      phrase,
    );
  if (administration?.[1] && administration[1] !== 'The')
    return {
      type: 'speaker',
      speaker: speaker(`the ${administration[1]} administration`, 'institution', null),
    };
  // "The Iraqi committee that negotiated the end of the mission", "the committee overseeing
  // …": a body, described by what it does.
  const described =
    /^((?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:committee|commission|ministry|command|government|office|council|embassy|department|presidency))\s+(?:that|which)\s+(?:negotiated|oversees|oversaw|is\s+overseeing|runs|ran|handles|handled|leads|led)\b|^((?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:committee|commission|ministry|command|government|office|council))\s+(?:overseeing|charged\s+with|in\s+charge\s+of|responsible\s+for|tasked\s+with)\s/i.exec(
      phrase,
    );
  const body = described?.[1] ?? described?.[2];
  if (body) {
    const reading = readPhrase(body);
    if (reading.type === 'speaker' && reading.speaker.kind !== 'person') return reading;
  }
  // Not across a relative pronoun: "a process that a U.S. official" is the official, and
  // "factions in Iraq that" are no one yet.
  if (
    /\s(?:that|which|whom?)\s+\S|\b(?:that|which|who)$|^(?:whatever|whoever|however|its|his|her|their)\b/.test(
      lower,
    )
  )
    return { type: 'none' };
  // "the office of Prime Minister X", "the media office of …": the office speaks.
  if (
    /^(?:the\s+)?(?:[a-z]+\s+)?office\s+of\s+\S/i.test(phrase) ||
    (/^\S.{0,40}['’]s\s+(?:media\s+|press\s+)?office$/i.test(phrase) &&
      !/^(?:a|an|one|two|three|several|some)\s/i.test(phrase))
  )
    return { type: 'speaker', speaker: speaker(phrase, 'institution', null) };
  // "It said": a statement, an institution or an outlet, never a person named in passing.
  if (lower === 'it') return { type: 'back', role: 'it' };
  if (lower === 'they') return { type: 'back', role: 'they' };
  if (lower === 'we') return { type: 'back', role: 'we' };
  if (PRONOUN.test(lower)) return { type: 'back', role: null };
  if (OUTLET_BACK.test(lower)) return { type: 'back', role: 'outlet' };
  if (DEFINITE_BACK.test(lower))
    return {
      type: 'back',
      role: lower.replace(/^the\s+/, '').replace(/\s+(?:for|on|of|to)\s+.*$/, ''),
    };
  if (JOINT.test(lower)) return { type: 'speaker', speaker: speaker(phrase, 'joint', null) };
  if (OUTLETS.test(lower) || OUTLET_NAME.test(phrase))
    return { type: 'speaker', speaker: speaker(phrase, 'outlet', null) };
  const bare = BARE_INSTITUTIONS[lower];
  if (bare) return { type: 'speaker', speaker: speaker(bare, 'institution', null) };
  // "Norway and Germany have acknowledged …": countries speak through their governments.
  const countries = lower.replace(/^(?:only|both|even)\s+/, '');
  if (countries.split(/\s*(?:,|\band\b)\s*/).every((c) => COUNTRIES.has(c)))
    return {
      type: 'speaker',
      speaker: speaker(phrase.replace(/^(?:only|both|even)\s+/i, ''), 'institution', null),
    };
  if (ANONYMOUS.test(lower))
    return { type: 'speaker', speaker: speaker(phrase, 'anonymous', null) };
  // "An Iraqi lawmaker and an armed group": unnamed speakers together.
  const pair = /^(.{4,60}?)\s+and\s+((?:a|an|one|two|the)\s+.{3,50})$/i.exec(phrase);
  if (
    pair?.[1] &&
    pair[2] &&
    ANONYMOUS.test(pair[1].toLowerCase()) &&
    (ANONYMOUS.test(pair[2].toLowerCase()) ||
      /^(?:a|an|one|two)\s+(?:[a-z'’-]+\s+){0,2}(?:group|faction|militia|party|bloc)s?$/i.test(
        pair[2],
      ))
  )
    return { type: 'speaker', speaker: speaker(phrase, 'anonymous', null) };
  // "Nicholas Heras of the New Lines Institute": the name, with where they are from.
  const affiliated =
    /^((?:[A-Z][\w'’-]+|(?:al|el)-[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|(?:al|el)-[A-Z][\w'’-]+)){1,3})\s+(?:of|from|at|with)\s+((?:the\s+)?[A-Z].*)$/.exec(
      phrase,
    );
  if (affiliated?.[1] && affiliated[2]) {
    const person = splitName(affiliated[1]);
    if (person && person.name === affiliated[1])
      return { type: 'speaker', speaker: speaker(person.name, 'person', affiliated[2]) };
  }
  const named = splitName(phrase);
  if (named) {
    // "the Iraqi Ministry of Defence", "Iraq's Joint Operations Command": capitalised, but an
    // institution; a person's name has no institution noun in it.
    if (INSTITUTION.test(named.name) && !/^(?:al-|[A-Z][a-z]+ [A-Z])/.test(named.name))
      return { type: 'speaker', speaker: speaker(phrase, 'institution', null) };
    if (INSTITUTION.test(named.name))
      return { type: 'speaker', speaker: speaker(phrase, 'institution', null) };
    return { type: 'speaker', speaker: speaker(named.name, 'person', named.role) };
  }
  if (
    (phrase.split(' ').length <= 7 ||
      // A long proper name: "the Combined Joint Task Force - Operation Inherent Resolve".
      (phrase.split(' ').length <= 14 &&
        phrase
          .split(/\s+/)
          .every((w) => /^[A-Z]/.test(w) || /^(?:the|of|for|in|and|on|-|–)$/.test(w)))) &&
    /^(?:the\s+|iraq['’]s\s+|iraqi\s+|us\s+|u\.s\.\s+|american\s+|kurdish\s+|[A-Z])/i.test(
      phrase,
    ) &&
    INSTITUTION_AT_END.test(lower)
  )
    return { type: 'speaker', speaker: speaker(phrase, 'institution', null) };
  if (
    ROLE_AT_END.test(lower) &&
    /^(?:the|iraq['’]s|iraqi|us|u\.s\.|a|an|chief|deputy|senior|top|pentagon)\b/i.test(phrase)
  )
    return { type: 'speaker', speaker: speaker(phrase, 'anonymous', null) };
  return { type: 'none' };
}

function speaker(name: string, kind: PageSpeaker['kind'], role: string | null): PageSpeaker {
  return { name, role, kind, speakerId: null };
}

/** Whether a phrase reads as a role ("deputy commander of the Joint Operations Command"). */
export function isRolePhrase(phrase: string): boolean {
  const words = tidy(phrase).split(' ');
  if (words.length === 0 || words.length > 14) return false;
  return (
    ROLE_NOUN.test(phrase) && (/^[a-z]/.test(words[0] ?? '') || ROLE_NOUN.test(words[0] ?? ''))
  );
}

/** The side an unnamed official or institution is on, from the page's words for them. */
export function unnamedSide(phrase: string): Speaker['side'] | null {
  const folded = fold(phrase);
  if (/\b(?:kurdish|kurdistan|peshmerga|erbil)\b/.test(folded)) return 'kurdistan-region';
  const iraqi = /\b(?:iraqi|iraq's|iraq|baghdad)\b/.test(folded);
  const american =
    /(?<![a-z])(?:us|u\.s\.?|american|pentagon|washington|administration|defense department|state department|white house)(?![a-z])/.test(
      folded,
    );
  // "Iraqi and American officials": both governments, as the dataset files such groups.
  if (iraqi && american) return 'other';
  if (iraqi) return 'iraq';
  if (american) return 'united-states';
  if (/\bcoalition\b/.test(folded)) return 'coalition';
  if (/\bwestern\b/.test(folded)) return 'other';
  return null;
}

/** Whether unnamed speakers are one person or several, when their words say. */
export function unnamedNumber(name: string): 'one' | 'several' | null {
  const folded = fold(name);
  if (
    /\b(?:officials|sources|diplomats|commanders|officers|aides|lawmakers|advisers|people)\b/.test(
      folded,
    )
  )
    return 'several';
  if (
    /\b(?:official|source|diplomat|commander|officer|aide|lawmaker|adviser|spokes(?:man|woman|person))\b/.test(
      folded,
    )
  )
    return 'one';
  return null;
}
