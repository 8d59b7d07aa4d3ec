/**
 * Page attribution: for a sentence, who the page says is speaking. Read as a person reads: a
 * speech verb before or after the speaker ("X said", "said X"), "according to X", a quote whose
 * attribution follows in the same paragraph, "he added" / "the official said" carried from the
 * last speaker named, transcript "NAME:" lines, and headlines ending ": PM adviser". A sentence
 * that credits nobody is the outlet's own voice (null).
 *
 * The answer depends only on a bounded window of text around the sentence
 * (`attributionWindow`), so a page checked in pieces (the extension) and whole (the command
 * line) credits every sentence alike.
 */
import type { Speaker } from '../dataset/schema';
import { sentenceAround } from '../detect/sentences';
import { Memo } from '../model/memo';
import type { PageSpeaker } from '../model/types';
import { fold } from '../text/fold';
import { createBodyIndex, outletKey } from './bodies';
import {
  isRolePhrase,
  readPhrase,
  splitName,
  unnamedNumber,
  unnamedSide,
  withoutDateline,
} from './speakers';
import {
  attributionWindow,
  blockAt,
  INTERVIEW_GUEST,
  INTERVIEW_OPENING,
  isQuotedBlock,
  statementIntro,
  UNNAMED_ROLE,
} from './window';

/** Verbs that report what someone says or holds; the subject next to one is the speaker. */
const SPEECH_VERBS =
  "said|says|say|told|tells|tell|added|adds|repeated|repeats|answered|answers|headlined|(?<!\\bto\\s)call(?=\\s+(?:it|this|that)\\s+(?:a|an|the)\\s)|(?:present|portray)(?:ed|s)?(?=\\s+(?:[\\w'\u2019-]+\\s+){1,8}?as\\s)|casts?(?=\\s+(?:the|it|this|that|its)\\s+(?:[\\w'\u2019-]+\\s+){0,6}?as\\s)|stated|states|announced|announces|noted|notes|stressed|stresses|explained|explains|confirmed|confirms|argued|argues|insisted|insists|emphasi[sz]ed|emphasi[sz]es|reiterated|reiterates|warned|warns|denied|denies|claimed|claims|acknowledged|acknowledges|declared|declares|affirmed|affirms|reaffirmed|reaffirms|asserted|asserts|wrote|writes|revealed|reveals|indicated|indicates|clarified|clarifies|underlined|underscored|highlighted|highlights|proposed|proposes|discussed|wants|wanted|spoken|admit|counted|counts|sets|puts|put it|put(?= (?:the|their|its|that|this|his|her) (?:number|figure|total)| (?:nearly|about|around|roughly|some|more than|fewer than|at least|up to) [\\d,]{3,}| [\\d,]{3,})|recommitted|committed|(?:was|were|is|are) (?:still |now )?(?:saying|declaring|insisting|arguing|claiming|warning|telling)|(?:is|are|was|were|have been|has been) (?:now |still )?calling(?= (?:this|it|that|the)\\b)|(?:continues|continue|continued) to (?:describe|call|insist|say|maintain|argue|stress)|(?:has|have|had) been saying|spent(?=\\s+(?:[\\w'\u2019-]+\\s+){1,4}?(?:insisting|saying|arguing|calling|denying|stressing)\\b)|assured|assures|(?:is|are|was|were) reporting|(?<!\\bto )(?:insist|maintain|argue|stress|warn|claim|describe|urge|demand|acknowledge|reject)|echoed|maintained|maintains|predicted|expects|hopes|hoped|believes|believed|vowed|pledged|promised|rejected|rejects|described|describes|called|calls|urged|urges|signaled|signalled|suggested|suggests|disclosed|briefed|informed|estimated|announce|confirm|deny|reported|reports|welcomed|welcomes|(?<!\\b(?:a|to) )welcome(?= (?:the|a|an|this|that|these|it|its|their|our)\\b)|conceded|concedes|demanded|demands|spoke(?!\\s+with\\s+(?:Major|Maj\\.|General|Gen\\.|Lt\\.|Lieutenant|Brigadier|Colonel|Col\\.|Minister|Prime|President|Ambassador|Senator|Dr\\.|Mr\\.|Ms\\.))|speaks(?!\\s+with\\s+(?:Major|Maj\\.|General|Gen\\.|Lt\\.|Lieutenant|Brigadier|Colonel|Col\\.|Minister|Prime|President|Ambassador|Senator|Dr\\.|Mr\\.|Ms\\.))|talked(?= (?:of|about)\\b)|(?<!\\bto )(?:talk|speak)(?= (?:of|about)\\b)|framed|frames|cautioned|admitted|admits|countered|dismissed|condemned|condemns|denounced|denounces|hailed|praised|criticized|criticised|accused|objected|responded|replied|wrote|posted|tweeted|commented|remarked|observed|recalled|recounted|recounts|(?:pointed|points) out|(?<!\\bas\\s+(?:[\\w'’-]+\\s+){1,4})(?:spells|spelled|spelt|lays|laid|sets) (?:\\w+ )?out(?=[\\s:,])|specified|detailed|outlined|unveiled|ruled out|read|reads|concluded(?=\\s+(?:that|it|its|the|a|an|there)\\b)|was quoted as saying|were quoted as saying|is quoted as saying|voted|pressed|pressing|press(?:es)?(?= (?:the )?(?:government|washington|baghdad|pentagon|officials|us|u\\.s\\.)\\b)|issued (?:a |an )?(?:[\\w-]+ )?(?:statement|communiqu[eé]|declaration)(?= (?:calling|saying|urging|demanding|rejecting|condemning|welcoming|insisting|stressing|affirming)\\b)|pushed for|pushing for|pushed back(?= on| against)|calling for|lobbied|campaigned|advocated|signed a petition|passed a (?:[a-z-]+ )?resolution|gave(?=(?:\\s+[\\w\\u2019-]+){0,7}?\\s+(?:timetable|timeline|date|deadline|figure|number|estimate|assurances?|interview|account|version|horizon|picture|assessment|answer)\\b)|declined to (?:comment|discuss|give|say|confirm|specify|provide|detail)|express(?:ed|es)(?=\\s+(?:[\\w\u2019'-]+\\s+){0,3}?(?:commitment|support|concern|hope|readiness|appreciation|gratitude|thanks|keenness|desire|rejection|opposition|pride|satisfaction|confidence|regret|optimism)\\b)";

// Not a passive participle ("the plan described by…", "militias accused of attacks"): the
// words' subject is not the one speaking.
// Nor a passive without "by" ("when the agreement was announced"): what was said, not who.
const VERB = new RegExp(
  `(?<![A-Za-z])(?<!\\bUnited\\s)(?<!\\b(?:was|were|been|being|be)\\s)(?:${SPEECH_VERBS})(?![A-Za-z])(?!\\s+by\\b)(?<!accused(?=\\s+of\\b))`,
  'gi',
);

/** The same verbs, for a search. */
const VERB_ONCE = new RegExp(VERB.source, 'i');

/** Words of time or manner between a speaker and the verb ("Parnell on Tuesday said"). */
const WEEKDAY_OR_TIME =
  /\s+(?:in|on|since|during|by)\s+(?:(?:early|late|mid)[\s-]+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|aug|sept?|oct|nov|dec)\.?)(?:\s+\d{1,2})?(?:,?\s+\d{4})?$|\s+in\s+\d{4}$|\s+last\s+(?:year|month|week)$|\s+(?:(?:late|early)\s+)?on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$|\s+(?:on|late on|early on)\s+[a-z]+\s+\d{1,2}$|\s+(?:last|this|next)\s+(?:week|month|year)$|\s+(?:yesterday|today|recently|previously|earlier|later|also|again|separately|publicly|repeatedly|then|now|once|already|further|similarly)$|\s+in\s+(?:a|an|the|his|her|its|their)\s+(?:[a-z-]+\s+){0,3}(?:statement|interview|briefing|speech|conference|post|remarks|call|address)$/i;

/** An aside between a speaker and the verb. */
const ASIDE =
  /,\s*(?:by contrast|in contrast|for (?:their|his|her|its) part|in turn|however|meanwhile|though|on the other hand)\s*,/gi;

/** Text in the speaker's place, cut at the clause edge before the verb. */
function clauseBefore(sentence: string, verbAt: number): string[] {
  const segments: string[] = [];
  let end = verbAt;
  for (let k = 0; k < 4 && end > 0; k++) {
    // "The joint statement of Sept. 27, 2024, said": the comma inside a date cuts nothing.
    const before = sentence.slice(0, end);
    // Nor does a person's age: "shopkeeper Abbas Jawad, 47, said".
    const cuttable = before
      .replace(/(\d{1,2}),(?=\s*\d{4}\b)/g, '$1 ')
      .replace(/,(\s*\d{1,3}\s*),(?=\s*$)/, ' $1 ')
      // Nor a soldier's age and town: "Spc. Luis Ortega, 22, of Evansdale, said".
      .replace(/,(\s*\d{1,3}),(\s+of\s+[A-Z][\w .'\u2019-]{1,30}),(?=\s*$)/, ' $1 $2 ')
      // Nor an aside: "Iraqi officials, by contrast, have talked of …".
      .replace(ASIDE, (aside) => aside.replace(/,/g, ' '));
    const cut = Math.max(
      cuttable.lastIndexOf(','),
      before.lastIndexOf('\u201d'),
      before.lastIndexOf('"'),
      before.lastIndexOf('\u201c'),
      before.lastIndexOf(';'),
      before.lastIndexOf(':'),
      before.lastIndexOf('\u2014'),
      before.lastIndexOf('('),
      before.lastIndexOf(')'),
    );
    segments.push(before.slice(cut + 1).trim());
    if (cut < 0 || sentence[cut] !== ',') break;
    end = cut;
  }
  return segments;
}

function stripTime(phrase: string): string {
  let out = phrase.trim();
  for (let k = 0; k < 3; k++) {
    const next = out.replace(WEEKDAY_OR_TIME, '').trim();
    if (next === out) break;
    out = next;
  }
  return (
    out
      .replace(
        /^(?:but|and|meanwhile|however|separately|also|yet|so|still|now|then|where|whereas|while)\s+/i,
        '',
      )
      .replace(/\s+(?:itself|themselves|himself|herself)$/i, '')
      // "Since then Prime Minister X has told …", "days after the JOC said …": when, not who.
      .replace(/^(?:since|until|by|back)\s+then,?\s+/i, '')
      .replace(
        /^(?:(?:a|one|two|three|four|six|several|some|\d+)\s+)?(?:days?|weeks?|months?|years?)\s+(?:after|since|before)\s+/i,
        '',
      )
      // "In late December Lt Gen X, deputy commander of …, said": when, not who.
      .replace(LEADING_WHEN, '')
      // "For two years Iraqi officials have spoken of …": how long, not who.
      .replace(
        /^(?:for|over|in)\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|five|several|many|\d+)\s+(?:years|months|weeks),?\s+/i,
        '',
      )
  );
}

type Reading =
  | { type: 'speaker'; speaker: PageSpeaker }
  | { type: 'back'; role: string | null }
  | { type: 'question' };

/** The longest head of a sentence (up to ten words) that names who speaks. */
function readHead(sentence: string): Reading | null {
  const [clause = '', next = ''] = sentence.split(/[,;:\u2014(]/);
  // "A spokesperson for the coalition, Lieutenant Colonel Mark Ellery, declined …": the name
  // after the role.
  if (/^\s*(?:a|an|the|another|one)\s/i.test(clause)) {
    const named = readPhrase(next.trim());
    if (
      named.type === 'speaker' &&
      named.speaker.kind === 'person' &&
      /\s/.test(named.speaker.name)
    ) {
      const role = clause.trim();
      named.speaker.role = named.speaker.role
        ? `${named.speaker.role}, ${role.replace(/^(?:A|An|The)\b/, (w) => w.toLowerCase())}`
        : role;
      return named;
    }
  }
  const words = clause.trim().split(/\s+/).filter(Boolean);
  for (let k = Math.min(words.length, 10); k >= 2; k--) {
    const reading = readPhrase(words.slice(0, k).join(' '));
    if (
      (reading.type === 'speaker' && reading.speaker.kind !== 'outlet') ||
      reading.type === 'back'
    )
      return reading;
  }
  return null;
}

/** A phrase of circumstance set before a sentence's subject, up to its comma. */
/** A time opening a sentence with no comma after it: "In late December Lt Gen X, …, said". */
const LEADING_WHEN =
  /^\s*(?:(?:In|On|By|Since|Until|Through)\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?(?:\s+\d{4})?|\d{4})(?=\s+[A-Z])|(?:(?:Late|Early)\s+)?On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=\s+(?:the|a|an|[A-Z])\b))\s+/i;

const FRONTED_PHRASE =
  /^\s*(?:Under|In|On|At|After|Before|With|For|From|During|Since|Despite|Amid|Following|Until)\s[^,;:"“”]{3,120},\s/;

/** A quotation of three words or more. */
const QUOTES_WORDS = /["\u201c][^"\u201c\u201d]+\s[^"\u201c\u201d]+\s[^"\u201c\u201d]+["\u201d]/;

/** The agent of a plan or deal named in a fronted phrase: "Under a plan announced by X". */
const FRONTED_AGENT =
  /\b(?:announced|issued|released|set out|unveiled|agreed|signed|drawn up)\s+by\s+([^,]{3,90}?)\s*,\s*$/i;

/** A speech verb closing a phrase before its comma: "…, a senior official said, "…"". */
const VERB_BEFORE_QUOTE =
  /\b(?:said|says|added|stated|wrote|noted|declared|announced|insisted)\s*,\s*$|\btold\s+(?:[A-Z][\w.'\u2019-]*\s*){0,4},\s*$/;

/** Sources who told another outlet, not the page itself ("told MEE", not "tell us"). */
const TOLD_ANOTHER = /\b(?:told|tell)\s+(?!us\b)(?:the\s+)?[A-Z\w]/;

/** A page that interviews someone: who, and where the first question is. */
interface Interview {
  guest: PageSpeaker;
  from: number;
}

/** A block short enough to be an interviewer's prompt. */
const PROMPT_CHARS = 140;

/** The interview a text is, when its opening names a guest and a block after it asks. */
function interviewOf(text: string): Interview | null {
  const guest = INTERVIEW_GUEST.exec(text.slice(0, INTERVIEW_OPENING));
  const guestName = guest?.[1] ?? guest?.[2] ?? guest?.[3];
  if (!guest || !guestName) return null;
  const after = (guest.index ?? 0) + guest[0].length;
  let from = -1;
  let questions = 0;
  let at = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (
      at > after &&
      ((trimmed.endsWith('?') && trimmed.length <= PROMPT_CHARS * 2) || /^Q:\s/.test(trimmed))
    ) {
      if (from === -1) from = at;
      questions++;
    }
    at += line.length + 1;
  }
  if (questions < 1) return null;
  // "Major General Hazem al-Obaidi": the name, with the rank as the role.
  const named = splitName(guestName) ?? { name: guestName, role: null };
  return { guest: { ...named, kind: 'person', speakerId: null }, from };
}

/**
 * Whether the block at `at` is an interviewer's: a question, or a prompt of one short sentence
 * that follows an answer (what follows a question is the answer, however short).
 */
function isPrompt(text: string, at: number): boolean {
  const { start, end } = blockAt(text, at);
  const block = text.slice(start, end).trim();
  // A transcript's "Q:" and "A:" say which is which.
  if (/^Q:\s/.test(block)) return true;
  if (/^A:\s/.test(block)) return false;
  if (block.endsWith('?')) return true;
  if (block.length > PROMPT_CHARS || /[.!?]["”’]?\s+\S/.test(block)) return false;
  const before = text.slice(0, Math.max(0, start - 1)).trimEnd();
  return !before.endsWith('?');
}

/** A relative clause between commas, with a subject and a verb of its own. */
const EMBEDDED_CLAUSE =
  /,\s+((?:(?:through|by|under|in|to|from|at|with|for|over)\s+)?which\s+(?:[^,;:"\u201c\u201d]|\u201c[^,;:\u201d]{1,60}\u201d|"[^,;:"]{1,60}"){4,120}?),\s+(?=[a-z])/;

/** An outlet named reporting: "The Wall Street Journal reported". */
const OUTLET_REPORTING =
  /((?:The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})\s+(?:reported|reports|said|says|wrote|writes)\b|\baccording to\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})/g;
/** How far back "the paper" may look for the outlet it means. */
const OUTLET_BACK_CHARS = 3000;

/** A joint statement a page names as a document. */
const JOINT_DOCUMENT =
  /\b(?:(?:U\.S\.|US)-Iraq(?:i)?\s+)?[Jj]oint\s+(?:[Ss]tatement|[Cc]ommuniqu[eé]|[Dd]eclaration)\b/g;

const JOINT_DOCUMENT_ONCE = new RegExp(JOINT_DOCUMENT.source);
/** How near before "it" a joint statement is named for "it" to be the statement. */
const IT_NEAR_CHARS = 250;

/** How many words a body's proper name may run to. */
const LONG_NAME_WORDS = 14;

/** The longest tail of a clause (up to ten words, or a long proper name) that names who speaks. */
function readTail(clause: string): Reading | null {
  const words = stripTime(clause).split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  // A long proper name: "the High Military Committee for Ending the Mission of the …".
  for (let k = Math.min(words.length, LONG_NAME_WORDS); k > 10; k--) {
    const tail = words.slice(words.length - k);
    if (!tail.every((w) => /^[A-Z]/.test(w) || /^(?:the|of|for|in|and|on|-|–)$/.test(w))) continue;
    const reading = readPhrase(tail.join(' '));
    if (reading.type === 'speaker') return reading;
  }
  for (let k = Math.min(words.length, 10); k >= 1; k--) {
    // "whatever its briefers": someone's briefers, not a speaker of their own.
    if (/^(?:its|his|her|their)$/i.test(words[words.length - k - 1] ?? '')) continue;
    // "the committee in charge of ending the mission of the US-led coalition announced": the
    // coalition is what the committee ends, not the one announcing.
    if (/^(?:of|against|ending)$/i.test(words[words.length - k - 1] ?? '')) continue;
    // "Coalition mission in federal Iraq declared complete": a place the mission is in.
    const before = words[words.length - k - 1] ?? '';
    // "Neither the Pentagon nor the ministry responded": no one said anything.
    if (/^(?:nor|neither)$/i.test(before)) return null;
    if (
      /^(?:in|inside|across|throughout)$/i.test(before) ||
      (/^(?:in|inside|across|throughout)$/i.test(words[words.length - k - 2] ?? '') &&
        /^(?:federal|northern|southern|western|eastern|central)$/i.test(before))
    )
      continue;
    // "came later than Iraqi commanders had announced": a comparison, told by the page.
    if (
      /^than$/i.test(words[words.length - k - 1] ?? '') &&
      !/^(?:more|fewer|less|rather)$/i.test(words[words.length - k - 2] ?? '')
    )
      return null;
    const phrase = words.slice(words.length - k).join(' ');
    // "US occupation begins withdrawal from Iraq as Pentagon insists …": the subject is after
    // the conjunction.
    if (words.slice(words.length - k + 1).some((w) => /^(?:as|while|when|because|but)$/.test(w)))
      continue;
    const reading = readPhrase(phrase);
    if (reading.type !== 'none') return reading;
  }
  return null;
}

// "MP: …" opens a headline that credits a lawmaker, not a transcript's turn.
// A speaker's first line may give their role: "AHMED FARIS, CORRESPONDENT (BAGHDAD):".
const TRANSCRIPT =
  /^(?!(?:MP|PM)s?:)([A-Z][A-Z.'\u2019 -]{0,48}[A-Z.]|Q|Question|Moderator)(?:,\s+([A-Z][A-Z.'\u2019 ()/&-]{1,60}?))?:\s/;
/**
 * The broadcaster's own people, who speak in its voice: "DANA KHOURY, ANCHOR:", "SARA BELL,
 * CTN NEWS:".
 */
const NEWSROOM_ROLE =
  /\b(?:ANCHOR|HOST|PRESENTER|CORRESPONDENT|REPORTER|MODERATOR|INTERVIEWER|NEWS|TV|RADIO|NETWORK|CHANNEL)\b/;
const TRANSCRIPT_TITLES =
  /^(?:MR|MS|MRS|DR|GEN|LT|LT\. GEN|MAJ|MAJ\. GEN|COL|ADM|SEC|SECRETARY|AMB|AMBASSADOR|BRIG|BRIG\. GEN|SPOKESPERSON|SPOKESMAN)\.?\s+/;

/** Page furniture that looks like a transcript's "NAME:" ("ALSO READ:", "LIVE:"). */
const FURNITURE =
  /^(?:UPDATE|BREAKING|NOTE|EDITOR|WATCH|READ|PHOTO|VIDEO|ALSO|RELATED|MORE|SEE|LISTEN|SHARE|CORRECTION|CLARIFICATION|ADVERTISEMENT|SPONSORED|LIVE|EXCLUSIVE|ANALYSIS|OPINION|EXPLAINER|FACTBOX|FACT CHECK|INTERVIEW|TIMELINE|PROFILE|EDITORIAL|COMMENTARY|PODCAST|REVIEW)|^(?:THE\s+)?(?:IRAQ|SYRIA|IRAN|ISRAEL|LEBANON|TURKEY|TÜRKIYE|JORDAN|KUWAIT|YEMEN|EGYPT|SUDAN|QATAR|SAUDI ARABIA|UNITED STATES|US|U\.S\.|USA|UK|BRITAIN|FRANCE|GERMANY|NETHERLANDS|NORWAY|ITALY|SPAIN|RUSSIA|UKRAINE|CHINA|JAPAN|SOUTH KOREA|NORTH KOREA|INDIA|PAKISTAN|AFGHANISTAN|NIGER|MALI|LIBYA|GAZA|WEST BANK|EUROPE|AFRICA|ASIA|MIDDLE EAST|WORLD|BAGHDAD|ERBIL|IRBIL|MOSUL|BASRA|KIRKUK|SULAIMANI(?:Y|YY)?AH|NAJAF|KARBALA|RAMADI|FALLUJAH|ANBAR|DUHOK|KURDISTAN(?: REGION)?|WASHINGTON|DAMASCUS|TEHRAN|BEIRUT|ANKARA|ISTANBUL|AMMAN|RIYADH|JEDDAH|DUBAI|ABU DHABI|DOHA|KUWAIT CITY|MANAMA|MUSCAT|CAIRO|MUNICH|GENEVA|BRUSSELS|NEW YORK|TAMPA|PARIS|LONDON|BERLIN|MOSCOW)$/;

/** A headline's kind, before a colon: "Exclusive: …", "Analysis: …". */
const HEADLINE_LABEL =
  /^(?:exclusive|analysis|opinion|explainer|factbox|fact\s*check|interview|watch|live|update|breaking|editorial|commentary|review|video|podcast|timeline|profile|q&a)$/i;

/** A turn of an interview written with the name in title case: "Karwan Jalal Rasul: …". */
const TITLE_TURN =
  /^((?:[A-Z][\w'\u2019.-]*|(?:al|el|bin)-[A-Z][\w'\u2019-]*)(?:\s+(?:[A-Z][\w'\u2019.-]*|(?:al|el|bin)-[A-Z][\w'\u2019-]*)){0,4}):\s/;

/**
 * The interview turn a block opens with, when its name appears in the prose before it (the
 * guest introduced, the outlet that "spoke to" them); a question when the block asks one.
 */
function titleTurn(
  text: string,
  from: number,
  span: SentenceSpan,
): { label: string; question: boolean } | null {
  if (span.start !== 0 && text[span.start - 1] !== '\n') return null;
  const sentence = text.slice(span.start, span.end);
  if (TRANSCRIPT.test(sentence)) return null;
  const label = TITLE_TURN.exec(sentence)?.[1];
  if (!label) return null;
  // One word ("Mawlud: …") is a surname the page wrote out before, never a kicker ("Update:").
  const oneWord = !/\s/.test(label);
  if (
    oneWord &&
    (label.length < 3 || HEADLINE_LABEL.test(label) || FURNITURE.test(label.toUpperCase()))
  )
    return null;
  // The prose before, without the other turns' labels; or the same label opening another
  // paragraph before (an interview's turns repeat).
  const before = text.slice(from, span.start);
  const literal = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const prose = before.replace(/^[^:\n]{1,60}:\s/gm, '');
  // A surname alone is named by a full name before it ("Brigadier General Dilshad Karim Mawlud").
  const named = new RegExp(
    oneWord
      ? `(?:[A-Z][\\w'\u2019.-]*\\s+){1,4}${literal}(?![\\w-])`
      : `(?<![\\w-])${literal}(?![\\w-])`,
  ).exec(prose);
  if (!named && !new RegExp(`^${literal}:\\s`, 'm').test(before)) return null;
  const blockEnd = text.indexOf('\n', span.start);
  const block = text.slice(span.start, blockEnd === -1 ? text.length : blockEnd).trim();
  const full = oneWord && named ? splitName(named[0])?.name : null;
  return { label: full ?? label, question: block.endsWith('?') };
}

/** Whether a block opens with a transcript's "NAME:" line. */
function isTurn(sentence: string): boolean {
  const line = TRANSCRIPT.exec(sentence);
  return line?.[1] !== undefined && !FURNITURE.test(line[1]);
}

function transcriptSpeaker(label: string): Reading {
  const plain = label.replace(/\.$/, '');
  if (
    /^(?:q|question|reporter|moderator|host|anchor|interviewer|narrator|voice-?over|announcer)$/i.test(
      plain,
    )
  )
    return { type: 'question' };
  let name = plain;
  for (let k = 0; k < 3; k++) name = name.replace(TRANSCRIPT_TITLES, '');
  const cased = name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/(^|-)([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase()))
    .join(' ');
  if (/official|spokes|source/i.test(cased))
    return { type: 'speaker', speaker: anon(cased.toLowerCase()) };
  return { type: 'speaker', speaker: { name: cased, role: null, kind: 'person', speakerId: null } };
}

function anon(name: string): PageSpeaker {
  return { name, role: null, kind: 'anonymous', speakerId: null };
}

/** A phrase up to the clause's end: a dot inside "U.S." does not end it. */
const PHRASE = String.raw`((?:[^,.;:]|\.(?=\S)|(?<=\b[A-Z])\.)+?)`;
const PHRASE_END = String.raw`(?=[,;:]|(?<!\b[A-Z])\.(?!\S)|\s+(?:on|in|at|who|which|that|during|after|declaring|saying|stating|calling|confirming|showed|shows|show)\b|$)`;
const ACCORDING = new RegExp(String.raw`\baccording to\s+${PHRASE}${PHRASE_END}`, 'i');
const CAME_FROM = new RegExp(
  String.raw`\b(?:words|remarks|comments|statement|quote)\s+(?:came|come|were|was)\s+(?:from|made by|attributed to)\s+${PHRASE}${PHRASE_END}`,
  'i',
);
/** "…, restated by a US defense official in August, was to …": the agent states it. */
const STATED_BY = new RegExp(
  // ("…would be set out by the Higher Military Commission" is what is yet to be stated.)
  String.raw`(?<!\b(?:would|will|to|could|should|must|may|might)\s+be\s+)\b(?:restated|stated|reiterated|repeated|spelled out|set out|voiced|expressed|announced|confirmed)\s+by\s+${PHRASE}${PHRASE_END}`,
  'i',
);
const STATEMENT_BY = new RegExp(
  String.raw`\b(?:statements?|communiqu[eé]s?|release)\s+(?:from|by|issued by)\s+${PHRASE}(?=[,;:]|(?<!\b[A-Z])\.(?!\S)|\s+(?:on|declaring|saying|stating|calling|confirming|${SPEECH_VERBS})\b|$)`,
  'i',
);
/** "Information obtained by Rudaw from the JOC showed…": the figures are the source's. */
const OBTAINED_FROM = new RegExp(
  String.raw`\b(?:information|data|figures|documents?|statistics|a document)\s+(?:(?:obtained|received|seen)\s+(?:by\s+[^,]{2,40}?\s+)?)?from\s+${PHRASE}${PHRASE_END}`,
  'i',
);
const QUOTED_AS =
  /\bquot(?:ed|es|ing)\s+(.{2,80}?)\s+(?:as\s+)?(?:saying|stating|putting|giving|welcoming|describing|calling|warning|confirming|denying|rejecting)\b/i;
/** "Reuters had a U.S. official saying …", "…, was the Pentagon spokesman, Sean Parnell, saying". */
const HAD_SAYING =
  /\b(?:had|has|have|was|were)\s+((?:a|an|the|two|three|one|several)\s+(?:(?!\b(?:had|has|have|was|were|quot\w*)\b)[^;]){2,80}?)\s+saying\b/i;
/** "That is the line from a US defense official": the words before were theirs. */
const LINE_FROM = new RegExp(
  String.raw`\b(?:that|this|it|these|those)\s+(?:is|was|are|were)\s+the\s+(?:line|word|words|message|position|view|assessment)\s+(?:from|of)\s+${PHRASE}${PHRASE_END}`,
  'i',
);
/**
 * A subject whose manner of answering the sentence describes: "…, Sudani was blunt.", "A senior
 * defense official went further.", "Sheikh Jaafar al-Musawi … struck a softer tone."
 */
const MANNER_WAYS = String.raw`(?:(?:was|were|is|are)\s+(?:blunt(?:er)?|clear(?:er)?|firm(?:er)?|emphatic|unequivocal|categorical|adamant|direct|explicit|more (?:direct|explicit|emphatic|forceful))|went\s+(?:even\s+|a\s+step\s+)?further(?:\s+than\s+[^.;:,]{2,40}?)?|(?:struck|strikes|took|takes|sounded|sounds)\s+an?\s+(?:[a-z]+\s+){0,2}(?:tone|note|line|stance)|(?:was|were|is|are)\s+(?:less|more|not|far\s+less|far\s+more)\s+(?:satisfied|convinced|sanguine|optimistic|cautious|reassured))(?:\s+(?:still|yet))?(?:\s+(?:about|on|in)\s+[^.;:,]{2,80})?\s*[.!:]?[\s"\u201c\u201d.]*$`;
const MANNER = new RegExp(String.raw`(?:^\s*|,\s+)([^,;]{2,60}?)\s+${MANNER_WAYS}`, 'i');
/** …and after the subject's appositive: "Sheikh Jaafar al-Musawi, secretary-general of …, struck". */
const MANNER_AFTER_APPOSITIVE = new RegExp(
  String.raw`^\s*([^,;]{2,60}),\s+[^,;]{2,100},\s+${MANNER_WAYS}`,
  'i',
);
/** A subject counted among those who hold a view. */
const AMONG_VOICES =
  /(?:^\s*|[,;]\s+)([^,;]{3,80}?)\s+(?:had been|have been|has been|were|are|was|is)\s+among\s+the\s+(?:[a-z]+\s+){0,2}(?:voices|advocates|proponents|critics|supporters|opponents)\b/i;
/** A participle that reports speech for the sentence's subject: "…, saying …". */
const PARTICIPLE =
  /,\s+(?:saying|adding|noting|stressing|insisting|warning|arguing|explaining|telling)\b/i;
/** "…, says chief Pentagon spokesman" closing a headline. */
const HEADLINE_SAYS = /,\s+(?:says|said)\s+([^,.;:!?]{2,60})$/i;
/** A wire headline's source after a dash: "U.S. to keep 250-350 advisers at Ain al-Asad - officials". */
const HEADLINE_DASH_SOURCE =
  /\s[-\u2013\u2014]\s+((?:(?:US|U\.S\.|Iraqi|Kurdish|Western|Pentagon|senior|security|military|defen[cs]e|diplomatic|government)\s+)*(?:sources?|officials?|diplomats?|lawmakers?))$/i;
/** "Iraqi army: coalition to hand over …" opening a headline. */
const HEADLINE_SPEAKER = /^([A-Z][^:"\u201c]{1,45}):\s+\S/;
/** A capitalised role opening an appositive: "…, Deputy Commander of the JOC, said". */
const ROLE_START =
  /^(?:deputy|chief|head|commander|spokes(?:man|woman|person)|minister|secretary|adviser|advisor|director|president|member|leader|chairman|ambassador|envoy|lieutenant|lt\.|gen\.|general|colonel|col\.|brigadier|maj\.|major)\b/i;

/** A clause that is an appositive ("a member of the committee", "who spoke on …"). */
const APPOSITIVE =
  /^(?:a|an|the|who|whose|which|one|another|also|now|then|formerly|himself|herself)\b|^[a-z]/;

/** Verbs that may come before their speaker: "…," said the official. */
/** Words someone is said to have given, by their possessive: "the Pentagon's announcement that". */
const OWN_WORDS =
  /(?:^|[\s,;:(])((?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|al-[\w'\u2019-]+)){0,5})['\u2019]s\s+(?:announcement|statement|promise|pledge|assurance|declaration|insistence)\s+that\b/;

/** The label before a linked headline: "Read more:", "Related:". */
const LINK_LABEL =
  /^(?:Read more|Read also|Also read|Related|See also|More on this|Recommended)\s*:\s+(?=\S)/i;

/** A fact box's line: a figure, what it counts, and its source in brackets. */
const FIGURE_SOURCED =
  /^\s*(?:~|about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|fewer\s+than\s+|under\s+)?[\d,.]+\+?(?:\s*[-\u2013]\s*[\d,.]+)?\s*[:\u2014\u2013-]?\s+[^()]{3,160}\(((?:the\s+)?[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*){0,5})\)\s*\.?\s*$/i;

const INVERTIBLE =
  /^(?:said|says|added|adds|noted|stressed|explained|continued|wrote|insisted|argued|asserted|warned|reported|reports|announced|read|reads)$/i;

/** The sentence with everything inside quotation marks blanked out (same length). */
/**
 * The quotation marks of a sentence, each opening or closing. Straight quotes are read by the
 * space beside them (' "We…' opens, '…," a' closes), so one mistyped or glued mark in scraped
 * text does not turn the rest of a paragraph inside out.
 */
function quoteMarks(text: string, startsOpen: boolean): Array<{ at: number; opens: boolean }> {
  const marks: Array<{ at: number; opens: boolean }> = [];
  let open = startsOpen;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c !== '"' && c !== '\u201c' && c !== '\u201d') continue;
    const before = k === 0 || /\s/.test(text[k - 1] as string);
    const after = k + 1 >= text.length || /[\s,.;:!?)]/.test(text[k + 1] as string);
    let opens: boolean;
    if (c === '\u201c') opens = true;
    // A sentence opening on a mistyped closing mark: "”We intend…".
    else if (c === '\u201d') opens = k === 0 && !after;
    else if (before && !after) opens = true;
    else if (after && !before) opens = false;
    else opens = !open;
    open = opens;
    marks.push({ at: k, opens });
  }
  return marks;
}

function unquoted(sentence: string, startsInQuote: boolean): string {
  const marks = quoteMarks(sentence, startsInQuote);
  // A sentence whose first mark closes a quote began inside it ("…Saga," a senior official
  // said), unless the mark only ends it.
  const first = marks[0];
  let open =
    startsInQuote ||
    (first !== undefined && !first.opens && first.at < sentence.trimEnd().length - 1);
  let next = 0;
  let out = '';
  for (let k = 0; k < sentence.length; k++) {
    const mark = marks[next];
    if (mark?.at === k) {
      open = mark.opens;
      next++;
      out += sentence[k];
    } else out += open ? ' ' : sentence[k];
  }
  return out;
}

function firstReading(pattern: RegExp, text: string): Reading | null {
  const found = pattern.exec(text);
  if (!found?.[1]) return null;
  const reading = readTail(found[1]);
  return reading && reading.type !== 'question' ? reading : null;
}

/**
 * The attribution a sentence carries in its own words, if any. `startsInQuote`: the sentence
 * begins inside a quotation opened earlier, whose words are the quoted speaker's, not credits.
 */
/** A statement opening a sentence with what it sets out: "The 2024 joint statement set out …". */
const DOCUMENT_SETS =
  /^\s*((?:[Tt]he\s+)?(?:[\w-]+\s+){0,3}(?:statement|communiqu[eé]|declaration))\s+(?:(?:also|further|itself|likewise)\s+)?(?:(?:set|sets|laid|lays)\s+out|lets|let|allows|allowed|set|sets|gives|gave|provides|provided|commits|committed|calls\s+for|called\s+for)\b/;

/**
 * A document's terms told by the page: "…, which the joint statement set to run until …",
 * "under the 2024 statement, that phase is due to run until …".
 */
const DOCUMENT_TERMS =
  /\b(?:[Uu]nder|[Aa]s set (?:out )?in)\s+(?:the|that|a)\s+((?:\d{4}\s+|(?:U\.S\.|US)-Iraq(?:i)?\s+)*(?:joint\s+)?statement)\b|\bwhich\s+(the\s+(?:\d{4}\s+)?joint\s+statement)\s+(?:set|sets|gave|gives)\b|\b((?:(?:U\.S\.|US)-Iraq(?:i)?\s+)?joint\s+statement)(?:\s+of\s+[^,;]{3,30})?,\s+which\s+(?:set|sets|gave|gives|provided|provides|committed|allowed|allows)\b|\b(?:was|were)\s+(?:set|laid\s+out|fixed)\s+(?:in|by)\s+(the\s+(?:\d{4}\s+)?joint\s+statement)\b|^\s*(?:(?:although|though|while|but|and)\s+)?(?:[Tt]he\s+)((?:\d{4}\s+)?(?:joint\s+)?statement)\s+(?:also\s+)?(?:refers\s+to|gives|gave|made|makes|spells\s+out|keeps|kept)\b/;

/** Whether the page credited one unnamed person, whom "he" or "she" can mean next. */
function oneUnnamed(speaker: PageSpeaker | null): boolean {
  return speaker?.kind === 'anonymous' && unnamedNumber(speaker.name) === 'one';
}

/** "That was X, speaking …", "Those were the words of X": who said what the page just quoted. */
const IDENTIFIED =
  /^\s*(?:That|Those)\s+(?:was|were)\s+(?:the\s+(?:words|remarks|verdict)\s+of\s+)?([A-Z][^,.;]{2,80}?)(?:,|\s+(?:speaking|writing)\b|\.\s*$)/;

/** A clause that cites grounds at a sentence's end: "…, as the joint statement says." */
const AS_IT_SAYS =
  /,\s+as\s+[^,;]{2,60}?\s+(?:says|said|puts it|put it|notes|noted|states|stated|makes clear)\W*$/;

/**
 * A report inside a report, with the inner speaker's own words quoted: "…recalled that Prime
 * Minister X had said last year that “…”", "…noted that the 2024 joint statement promised to
 * conclude … “no later than …”".
 */
const NESTED_QUOTE =
  /\b(?:recalled|noted|pointed out|remembered|reminded\s+\w+|added|argued|stressed)\s+that\s+((?:the\s+)?[A-Z0-9][^,;:"\u201c\u201d]{2,80}?)\s+(?:had\s+|has\s+)?(?:said|told|promised|pledged|stated|declared|written|wrote|committed)\b[^"\u201c\u201d]{0,120}["\u201c]/;

/** "Sen. X read from Sudani's October remarks that “…”": the words are the remarks'. */
const READ_FROM =
  /\b(?:read|quoted)\s+(?:out\s+|back\s+)?(?:from\s+)?((?:[A-Z][\w.'’-]*\s+){0,4}?[A-Z][\w'’-]+)['’]s\s+(?:[\w-]+\s+){0,2}(?:remarks|statement|words|comments|testimony|interview|announcement)\b[^"\u201c\u201d]{0,40}["\u201c]/;

/** People named in the plural before a "they" of the same sentence: whom "they" means. */
const THEY_IN_SENTENCE =
  /\b((?:(?:[A-Z][\w.'\u2019-]*|senior|top|military|defen[cs]e|administration|government)\s+){0,3}(?:officials|briefers|sources|diplomats|lawmakers|commanders|officers|negotiators|senators))\b[^.;:"\u201c\u201d]*?\bthey\s/;

function readSentence(
  sentence: string,
  atBlockStart: boolean,
  blockEndsHere: boolean,
  startsInQuote = false,
): Reading | null {
  const reading = readSentenceAlone(sentence, atBlockStart, blockEndsHere, startsInQuote);
  // "Hussein recalled that Prime Minister X had said last year that “…”": the quoted words
  // are the one the report inside the sentence names, not the one who recalls them.
  const nested = startsInQuote ? null : NESTED_QUOTE.exec(sentence);
  const readFrom = startsInQuote || nested ? null : READ_FROM.exec(sentence);
  const inner = nested ?? readFrom;
  if (inner?.[1] && reading?.type !== 'question') {
    if (JOINT_DOCUMENT_ONCE.test(inner[1]))
      return {
        type: 'speaker',
        speaker: { name: inner[1].trim(), role: null, kind: 'joint', speakerId: null },
      };
    const named = readPhrase(stripTime(inner[1]));
    if (
      named.type === 'speaker' &&
      (named.speaker.kind === 'person' || named.speaker.kind === 'joint') &&
      // "Sudani's remarks": a surname is a name where the page gives it remarks.
      (/\s/.test(named.speaker.name) || readFrom !== null)
    )
      return named;
  }
  // "the Pentagon's announcement that …", "Prime Minister X's promise that …": theirs.
  // (Only where no one else is credited: "Lawmakers dismissed the Pentagon's announcement that …"
  // is the lawmakers'.)
  const owned = startsInQuote ? null : OWN_WORDS.exec(sentence);
  if (
    owned?.[1] &&
    (reading === null || (reading.type === 'speaker' && reading.speaker.kind === 'outlet'))
  ) {
    const named = readPhrase(stripTime(owned[1]));
    if (named.type === 'speaker' && named.speaker.kind !== 'outlet') return named;
  }
  if (reading?.type === 'back' && reading.role === 'office') {
    // "Prime Minister X presided over …, which his office described as …": X's office.
    const named = personNamed(sentence);
    return named
      ? {
          type: 'speaker',
          speaker: {
            name: `${named.name}'s office`,
            role: null,
            kind: 'institution',
            speakerId: null,
          },
        }
      : reading;
  }
  if (reading?.type !== 'back' || reading.role !== 'they') return reading;
  // "When Pentagon briefers came to this committee, they told us …": the briefers.
  const plural = THEY_IN_SENTENCE.exec(sentence);
  const who = plural?.[1]?.replace(
    /^(?:(?:When|After|As|If|While|Before|Since|Although|Though|But|And|So|Then|Once)\s+)+/,
    '',
  );
  return who ? { type: 'speaker', speaker: anon(who) } : reading;
}

function readSentenceAlone(
  sentence: string,
  atBlockStart: boolean,
  blockEndsHere: boolean,
  startsInQuote = false,
): Reading | null {
  // "Read more: Sudani: No need for coalition forces in Iraq": a linked headline, read as one.
  const link = LINK_LABEL.exec(sentence);
  if (link && atBlockStart)
    return readSentenceAlone(sentence.slice(link[0].length), true, blockEndsHere, startsInQuote);
  if (atBlockStart && isTurn(sentence)) {
    const line = TRANSCRIPT.exec(sentence);
    if (line?.[2] && NEWSROOM_ROLE.test(line[2])) return { type: 'question' };
    if (line?.[1]) return transcriptSpeaker(line[1]);
  }
  // "2,500: U.S. troops in Iraq at the start of 2025 (Reuters)": a figure and its source.
  const cited = FIGURE_SOURCED.exec(sentence);
  // ("2,500 troops are led by Central Command (CENTCOM)" is a sentence, its brackets a name.)
  if (cited?.[1] && !/\b(?:is|are|was|were|has|have|had|will|would|by)\b/i.test(sentence)) {
    const source = readPhrase(cited[1]);
    if (source.type === 'speaker' && source.speaker.kind !== 'person') return source;
  }
  // "Under a plan announced by Iraq's High Military Committee on January 18, …": the plan is
  // the committee's.
  const fronted = FRONTED_PHRASE.exec(sentence);
  const agent = fronted ? FRONTED_AGENT.exec(fronted[0]) : null;
  if (agent?.[1]) {
    const reading = readTail(stripTime(agent[1]));
    if (reading?.type === 'speaker') return reading;
  }
  // "Under the joint statement, the mission is to conclude "no later than …"": the statement's
  // own words, quoted, when no one else is said to speak them.
  const underDocument =
    fronted && /^\s*(?:Under|In)\s/.test(fronted[0]) ? JOINT_DOCUMENT_ONCE.exec(fronted[0]) : null;
  const afterFronted = sentence.slice(fronted?.[0].length ?? 0);
  // "Under the 2024 joint statement, the Syria mission continues until September 2026": what
  // the statement itself sets out, quoted or not (an agreement or a deal is the page's telling).
  if (
    underDocument &&
    (QUOTES_WORDS.test(afterFronted) || /\bjoint\s+statement\b/i.test(fronted?.[0] ?? '')) &&
    !VERB_ONCE.test(afterFronted)
  )
    return {
      type: 'speaker',
      speaker: { name: underDocument[0], role: null, kind: 'joint', speakerId: null },
    };
  const plain = unquoted(sentence, startsInQuote)
    // An encyclopedia's note marks after the stop ("…, according to Middle East Eye.[21]").
    .replace(/(?:\[(?:\d{1,3}|[a-z])\])+\s*$/, (m) => ' '.repeat(m.length))
    .replace(/\s*\([^()]{1,40}\)/g, (m) => ' '.repeat(m.length))
    // "Under the agreement both governments announced in 2024, the advisers …": whoever
    // speaks inside a phrase set before the sentence does not speak the sentence.
    // ("In 2024 a senior official said, "…"" names its speaker before the quote).
    .replace(LEADING_WHEN, (m) => ' '.repeat(m.length))
    // "Sen. Harold Beaumont, R-Wyo., said": a senator's party and state are no appositive.
    .replace(/,\s+\(?[RDI]-[A-Z][A-Za-z.]{1,6}\)?,/g, (m) => ' '.repeat(m.length))
    // "the Iraqi side of the commission — formally the High Military Committee … — said": an
    // aside between dashes is no clause edge.
    .replace(
      /\s[\u2014\u2013]\s[^\u2014\u2013"\u201c\u201d]{3,150}?\s[\u2014\u2013](?=\s+(?:said|says|told|announced|added|stated|confirmed|declared|reported)\b)/g,
      (m) => ' '.repeat(m.length),
    )
    .replace(FRONTED_PHRASE, (m) => (VERB_BEFORE_QUOTE.test(m) ? m : ' '.repeat(m.length)));
  // "That was Lt. Gen. Qais al-Muhammadawi, speaking on December 31": the words before are his.
  const identified = IDENTIFIED.exec(plain);
  if (identified?.[1]) {
    const reading = readPhrase(identified[1]);
    if (reading.type === 'speaker') return reading;
  }
  // "The statement, issued by chief spokesman Sean Parnell, described …": whoever issued it.
  const issuedBy =
    /^\s*(?:The|That|This|Its|His|Her|Their)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|release|readout),\s+(?:issued|released|signed|read out)\s+by\s+([^,;:]{3,80}),\s/.exec(
      plain,
    );
  if (issuedBy?.[1]) {
    const reading = readPhrase(issuedBy[1]);
    if (reading.type === 'speaker') return reading;
  }
  // "Several of the posts credit Prime Minister al-Sudani with the words …": whom the words
  // are put in the mouth of.
  const creditedWith =
    /\bcredit(?:s|ed|ing)?\s+([A-Z][^,;:]{2,60}?|the\s+[^,;:]{2,60}?)\s+with\s+(?:the\s+)?(?:words|remarks?|quote|line|saying)\b/.exec(
      plain,
    );
  if (creditedWith?.[1]) {
    const reading = readPhrase(creditedWith[1]);
    if (reading.type === 'speaker') return reading;
  }
  // "An earlier version attributed to Defence Minister Thabet al-Abbasi the statement that …":
  // the words as that version put them in his mouth.
  const attributedTo =
    /\battribut(?:ed|es|ing)\s+to\s+([A-Z][^,;:]{2,80}?)\s+the\s+(?:statement|words|remarks?|quote|claim|line)\b/.exec(
      plain,
    );
  if (attributedTo?.[1]) {
    const reading = readPhrase(attributedTo[1]);
    if (reading.type === 'speaker') return reading;
  }
  // "The words were spoken by Muhammadawi at a news conference": whoever spoke them.
  const spokenBy =
    /\b(?:were|was)\s+(?:first\s+)?(?:spoken|said|written|uttered|reported|disclosed|revealed)\s+by\s+([A-Z][^,;:]{1,60}?)(?=\s+(?:at|in|on|during|to|when)\b|[,;:]|\.?\s*$)/.exec(
      plain,
    );
  if (spokenBy?.[1]) {
    const reading = readPhrase(spokenBy[1]);
    if (reading.type === 'speaker') return reading;
  }
  // "The same statement set out a second phase": a document opening the sentence speaks.
  const document = DOCUMENT_SETS.exec(plain);
  if (document?.[1])
    return /\bjoint\b/i.test(document[1])
      ? {
          type: 'speaker',
          speaker: { name: document[1].trim(), role: null, kind: 'joint', speakerId: null },
        }
      : { type: 'back', role: 'statement' };
  // The joint statement's terms, told by the page, with no one else said to speak them.
  const terms = DOCUMENT_TERMS.exec(plain);
  if (terms && !VERB_ONCE.test(plain)) {
    const named = (terms[1] ?? terms[2] ?? terms[3] ?? terms[4] ?? terms[5] ?? '').trim();
    return /\bjoint\b/i.test(named)
      ? { type: 'speaker', speaker: { name: named, role: null, kind: 'joint', speakerId: null } }
      : { type: 'back', role: 'statement' };
  }
  // "According to Reuters, Iraq has proposed …": the proposal is Iraq's, as Reuters reports it.
  const opening = /^\s*according to\s[^,]{2,80},\s+/i.exec(plain);
  if (opening) {
    const inner = readSentence(plain.slice(opening[0].length), false, blockEndsHere, false);
    if (inner?.type === 'speaker') return inner;
  }
  // "…, an adviser to Iraq's prime minister said, according to Al Jazeera": the adviser
  // speaks; the channel only carried it.
  const carried = /,\s+according to\s[^,]{2,80}[.!?]?\s*$/i.exec(plain);
  if (
    carried &&
    carried.index > 0 &&
    /\b(?:said|says|told|added|stated|announced|confirmed|revealed)\b/i.test(
      plain.slice(0, carried.index),
    )
  ) {
    const before = readSentence(plain.slice(0, carried.index), false, false, false);
    if (before?.type === 'speaker' && before.speaker.kind !== 'outlet') return before;
    if (before?.type === 'back') return before;
  }
  // "…, Reuters reported on Tuesday, citing a US official": the official speaks.
  const citing = /,\s+citing\s+([^,.;:]{2,80}?)(?:,\s+that\s|[.!?]?\s*$)/i.exec(plain);
  if (citing?.[1]) {
    const cited = readPhrase(citing[1]);
    // Only people speak through the page this way: "citing the HMC and the joint statement" is
    // the speaker's own grounds.
    if (
      cited.type === 'speaker' &&
      (cited.speaker.kind === 'anonymous' || cited.speaker.kind === 'person')
    )
      return cited;
  }
  // "…, Sudani was blunt.": the subject's answer follows.
  const manner = MANNER.exec(plain) ?? MANNER_AFTER_APPOSITIVE.exec(plain);
  if (manner?.[1]) {
    const reading = readTail(manner[1]);
    if (reading?.type === 'speaker') return reading;
  }
  // "By the Joint Operations Command's own count, …": the count is theirs.
  const counted =
    /\bby\s+((?:the\s+)?[^,;]{2,60}?)['’]s\s+(?:own\s+)?(?:count|estimate|tally|figures?|account)\b/i.exec(
      plain,
    );
  if (counted?.[1]) {
    const reading = readPhrase(counted[1]);
    if (reading.type === 'speaker') return reading;
  }
  const special =
    firstReading(ACCORDING, plain) ??
    firstReading(CAME_FROM, plain) ??
    firstReading(LINE_FROM, plain) ??
    firstReading(STATEMENT_BY, plain) ??
    firstReading(STATED_BY, plain) ??
    firstReading(OBTAINED_FROM, plain);
  if (special) return special;
  // "Factions linked to Iran had been among the loudest voices calling for …": the subject.
  const among = AMONG_VOICES.exec(plain);
  if (among?.[1]) {
    const reading = readTail(among[1]);
    if (reading?.type === 'speaker') return reading;
  }
  // "The daily quoted an unnamed official as welcoming the move, saying …": the one quoted.
  const quotedAs = QUOTED_AS.exec(plain) ?? HAD_SAYING.exec(plain);
  // "Another version of the report quoted him as saying 250 to 300": the one named before.
  if (quotedAs?.[1] && /^(?:him|her)$/i.test(quotedAs[1])) return { type: 'back', role: null };
  if (quotedAs?.[1]) {
    const reading = readPhrase(quotedAs[1]);
    if (reading.type !== 'none') return reading;
  }
  // "Hawre Jalal, a member of …, put the figure higher, saying …": the subject speaks.
  // Unless a speech verb comes first ("…, two senior officials said Friday, speaking on…"):
  // then only when that verb names no one.
  let participleHead: Reading | null = null;
  const participle = PARTICIPLE.exec(plain);
  if (participle) {
    participleHead = readHead(plain);
    if (participleHead && VERB_ONCE.exec(plain.slice(0, participle.index)) === null)
      return participleHead;
  }

  for (const verb of plain.matchAll(VERB)) {
    const at = verb.index ?? 0;
    // "… more than two weeks after Muhammadawi spoke.": when it happened, not who tells it.
    if (
      /\b(?:after|before|since|until|when)\s+(?:[\w'\u2019.-]+\s+){1,4}$/i.test(
        plain.slice(0, at),
      ) &&
      /^\s*[.!?]?\s*$/.test(plain.slice(at + verb[0].length))
    )
      continue;
    // "(and) recounted that Austin had told him …": the clause goes on with the sentence's
    // subject; whom it reports telling him is inside what it tells.
    if (
      /^\s*(?:and\s+|but\s+|then\s+)?$/i.test(plain.slice(0, at)) &&
      /^\s+that\b/.test(plain.slice(at + verb[0].length))
    )
      return { type: 'back', role: null };
    // Inverted: "…," said Sean Parnell, the Pentagon's chief spokesman.
    if (INVERTIBLE.test(verb[0]) && /[,\u201d"]\s*$/.test(plain.slice(Math.max(0, at - 3), at))) {
      const after = plain.slice(at + verb[0].length);
      const subject =
        /^\s+((?:[A-Z][\w'’.-]*|al-[\w'’-]+|the|a|an|two|three|several|senior|US|U\.S\.|[a-z]+)(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|\d(?:st|nd|rd|th)|bin|ibn|the|of|a|an|senior|US|U\.S\.|Iraqi|Kurdish|American|Western|defen[cs]e|military|army|security|administration|government|official|officials|source|sources|spokes(?:man|woman|person)|statement|communiqu[eé]|ministry|office|embassy|command|department|colonel|general|commander|officer|lawmaker|adviser|advisor|minister|diplomat|analyst|researcher|resident)){0,6})(?=\s*(?:[,;:]|\.(?=\s*(?:$|[A-Z"\u201c\u201d]))|$|\s+(?:on|in|at|who|when|while|during|after|before|that|familiar|close\s+to|briefed)\b))/.exec(
          after,
        );
      if (subject?.[1]) {
        const reading = readPhrase(subject[1]);
        if (reading.type === 'speaker' || reading.type === 'back') {
          if (
            reading.type === 'speaker' &&
            reading.speaker.kind === 'person' &&
            !reading.speaker.role
          ) {
            const role = /^,\s+([^,.;]{3,90})/.exec(after.slice(subject[0].length));
            if (role?.[1] && isRolePhrase(role[1])) reading.speaker.role = role[1].trim();
          }
          return reading;
        }
      }
    }
    const segments = clauseBefore(plain, at).map((seg) => stripTime(seg).trim());
    // "Washington, in turn, has framed …": past an aside to the subject before it.
    while (
      segments.length > 1 &&
      /^(?:(?:has|have|had)(?:\s+(?:long|always|repeatedly|consistently|also|since|now|already|previously|often))*|in turn|however|meanwhile|also|later|earlier|then|separately|previously|again|for (?:its|his|her|their) part|too)$/i.test(
        segments[0] ?? '',
      )
    )
      segments.shift();
    const first = segments[0] ?? '';
    // "…, the Pentagon, which said …": the body named before.
    if (/^which$/i.test(first) && segments[1]) {
      const body = readTail(segments[1]);
      if (body?.type === 'speaker' && body.speaker.kind !== 'person') return body;
    }
    if (/^who\b/i.test(first) && segments[1]) {
      // "…, Al-Sudani, who on Sunday said …", "A senior official, who requested anonymity …,
      // later told …": who is the one named before; "Sabhan Mullah Jiad, the political adviser
      // to the prime minister, who told …": the one named before the appositive.
      const appositive = segments[1].trim();
      if (segments[2] && /^(?:a|an|the)\s/i.test(appositive)) {
        const named = readTail(segments[2]);
        if (named?.type === 'speaker' && named.speaker.kind === 'person') {
          named.speaker.role ??= appositive;
          return named;
        }
      }
      const reading = readTail(segments[1]);
      if (reading) return reading;
    }
    if (first.length > 0) {
      const reading = readTail(first);
      if (reading?.type === 'speaker' && reading.speaker.kind === 'outlet') {
        // "Reuters reports Baghdad has proposed …": the proposal is Baghdad's, as reported.
        const rest = plain.slice(at + verb[0].length).replace(/^\s+that\b/i, '');
        // Not a verb of a relative or adverbial clause ("factions that had pushed for …", "after
        // Baghdad objected").
        const innerVerb = rest.search(VERB_ONCE);
        if (
          innerVerb > 0 &&
          !/\b(?:that|who|which|after|before|when|while|because|since|as|if|until)\b/i.test(
            rest.slice(0, innerVerb),
          )
        ) {
          const inner = readSentence(rest, false, false, false);
          if (inner?.type === 'speaker' && inner.speaker.kind !== 'outlet') return inner;
        }
      }
      if (reading) return reading;
      continue;
    }
    // "Qais al-Muhammadawi, deputy commander of the Joint Operations Command, told Rudaw";
    // "A U.S. official, who spoke on condition of anonymity, said".
    const role = segments[1];
    const name = segments[2];
    const further = segments[3];
    if (role && name && further && /^(?:a|an|the)\s/i.test(role) && /^(?:a|an|the)\s/i.test(name)) {
      // "Haidar al-Fatlawi, a lawmaker from the Coordination Framework, the governing coalition
      // of …, said": the name before two appositives.
      const named = readTail(further);
      if (
        named?.type === 'speaker' &&
        named.speaker.kind === 'person' &&
        /\s/.test(named.speaker.name)
      ) {
        named.speaker.role ??= name;
        return named;
      }
    }
    if (role && name && (APPOSITIVE.test(role.trim()) || ROLE_START.test(role.trim()))) {
      // "A senior Peshmerga commander, Brigadier General Hazhar Omar of …, told": the unnamed
      // description, then the name that says who it is.
      const described = readTail(name);
      const named = /^[A-Z]/.test(role.trim()) ? readTail(role) : null;
      // "The deputy commander of the Joint Operations Command, Lieutenant General Qais
      // al-Muhammadawi, said": the post held, then the one who holds it.
      const held = withoutDateline(name);
      const post =
        /^(?:the|a|an)\s/i.test(held) &&
        isRolePhrase(
          held
            .replace(/^(?:the|a|an)\s+/i, '')
            .replace(/\s+(?:of|at|in|for)\s.*$/i, '')
            .toLowerCase(),
        );
      if (
        ((described?.type === 'speaker' && described.speaker.kind === 'anonymous') || post) &&
        named?.type === 'speaker' &&
        named.speaker.kind === 'person' &&
        // "Brigadier General Hazhar Omar", or a surname with its rank ("Major General Leahy").
        (/\s/.test(named.speaker.name) || named.speaker.role !== null)
      ) {
        const described = held.replace(/^(A|An|The)\b/, (w) => w.toLowerCase());
        named.speaker.role = named.speaker.role ? `${named.speaker.role}, ${described}` : described;
        return named;
      }
      const reading = readTail(name);
      if (reading?.type === 'speaker') {
        if (reading.speaker.kind === 'person' && isRolePhrase(role))
          reading.speaker.role = reading.speaker.role ? `${reading.speaker.role}, ${role}` : role;
        return reading;
      }
      // "The source, who asked not to be named, told …": the one named before.
      if (reading?.type === 'back' && /^(?:who|whose)\b/i.test(role.trim())) return reading;
    }
    if (role) {
      const reading = readTail(role);
      if (reading) return reading;
    }
  }
  if (participleHead) return participleHead;
  // Governments that "agree" speak together: "US and Iraq agree to end …".
  const agreeing =
    /(?:^\s*|[,;]\s+)([^,;]{2,60}?)\s+(?:jointly\s+)?(?:agree|agreed|agrees|have agreed|had agreed|announce|announced)\b/i.exec(
      plain,
    );
  if (agreeing?.[1]) {
    const reading = readPhrase(stripTime(agreeing[1]));
    if (reading.type === 'speaker' && reading.speaker.kind === 'joint') return reading;
  }
  // A headline's "Iraq, US agree to end …": a comma for "and".
  const pair = atBlockStart
    ? /^\s*([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?),\s+([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?)\s+(?:jointly\s+)?(?:agree|announce|sign|set)\b/.exec(
        plain,
      )
    : null;
  if (pair?.[1] && pair[2]) {
    const reading = readPhrase(`${pair[1]} and ${pair[2]}`);
    if (reading.type === 'speaker' && reading.speaker.kind === 'joint')
      return { type: 'speaker', speaker: { ...reading.speaker, name: `${pair[1]}, ${pair[2]}` } };
  }
  // A subject the verb's clause did not reach: "A spokesperson for the US Embassy declined to
  // give figures but said …".
  if (
    /\b(?:but|and)\s+(?:also\s+|later\s+)?(?:said|says|told|added|stated|insisted|noted)\b/i.test(
      plain,
    )
  ) {
    const head = readHead(plain);
    if (head) return head;
  }
  if (atBlockStart) {
    // A live blog's entry title may follow its time ("29 Aug, 11:25 Pentagon: …"), a timeline's
    // its date ("Sept. 27, 2024 – US-Iraq joint statement: …").
    const opening = HEADLINE_SPEAKER.exec(
      sentence
        // A ticker's kicker ("Breaking Security source: …") is no part of the source.
        .replace(/^(?:breaking|urgent|just in|developing)\s*[:|\u2013\u2014-]?\s+(?=[A-Z])/i, '')
        .replace(/^(?:\d{1,2}\s+[A-Z][a-z]{2,8},?\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\s+/i, '')
        .replace(
          /^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8},?\s+\d{4})\s*[\u2013\u2014-]\s+/,
          '',
        ),
    );
    // "IRAQ: Kurdish region readies …" in a briefing is a section's label, not its source;
    // so is "Exclusive: …" or "Analysis: …".
    if (
      opening?.[1] &&
      opening[1].split(/\s+/).length <= 6 &&
      !FURNITURE.test(opening[1]) &&
      !HEADLINE_LABEL.test(opening[1])
    ) {
      const reading = readPhrase(opening[1]);
      // "Reduce, Not Withdraw: Reading Washington's …" is a title, not a person's words.
      const title =
        reading.type === 'speaker' &&
        reading.speaker.kind === 'person' &&
        /,(?!\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4}\s*$)/.test(opening[1]);
      if (reading.type === 'speaker' && !title) return reading;
      // "Lawmaker: any coalition presence …", "Iraqi Interior Minister to Sharq Gazette: …": a
      // role the paragraphs below name.
      const role = opening[1].replace(/\s+to\s+[A-Z][^:]*$/, '').trim();
      if (reading.type !== 'speaker' && HEADLINE_ROLE.test(role))
        return { type: 'speaker', speaker: anon(role) };
    }
    // "Spokesman says coalition deadlines 'still valid'", "General tells senators …": a role the
    // paragraphs below name.
    const rolesays =
      /^([A-Z][^,.:;"\u201c]{1,40}?)\s+(?:says|said|warns|insists|confirms|denies|rejects|tells|told|urges|vows|pledges)\s/.exec(
        sentence,
      );
    if (rolesays?.[1] && HEADLINE_ROLE.test(rolesays[1].trim()))
      return { type: 'speaker', speaker: anon(rolesays[1].trim()) };
  }
  if (blockEndsHere) {
    const says = HEADLINE_SAYS.exec(sentence) ?? HEADLINE_DASH_SOURCE.exec(sentence);
    if (says?.[1]) {
      const reading = readPhrase(says[1]);
      if (reading.type === 'speaker') return reading;
    }
    // A headline that credits its source after a colon: "… before 2026: PM advisor".
    const headline = /:\s+([^:.!?"\u201c\u201d]{2,48})$/.exec(sentence);
    // "File photo: Zagros Today" credits a picture, not words.
    const picture =
      /\b(?:photo|photograph|image|picture|video|footage|credit)s?\s*:\s+[^:]*$/i.test(sentence);
    const credited = headline?.[1] && !picture ? headlineCredit(headline[1]) : null;
    if (credited) return credited;
  }
  // "…, commander says; lawmakers eye Kurdistan": a headline's source before its verb.
  if (atBlockStart && (blockEndsHere || /;\s*$/.test(sentence))) {
    const says = /,\s+([^,.;:!?"\u201c\u201d]{2,48}?)\s+(?:says|said)\s*;?\s*$/.exec(sentence);
    const credited = says?.[1] ? headlineCredit(says[1]) : null;
    if (credited) return credited;
  }
  return null;
}

/** The source a headline names ("PM advisor", "commander"), if it names one. */
function headlineCredit(phrase: string): Reading | null {
  if (phrase.split(/\s+/).length > 6) return null;
  const reading = readPhrase(phrase);
  // "…: Reading Washington's Iraq Announcement" is a title's end, not a source with a role.
  const titleEnd =
    reading.type === 'speaker' &&
    reading.speaker.kind === 'person' &&
    reading.speaker.role !== null &&
    !/\s/.test(reading.speaker.name);
  if (reading.type === 'speaker' && !titleEnd) return reading;
  return HEADLINE_ROLE.test(phrase.trim())
    ? { type: 'speaker', speaker: anon(phrase.trim()) }
    : null;
}

/** A role a headline credits by itself: "US official", "PM adviser", "commander". */
const HEADLINE_ROLE =
  /^(?:(?:iraqi|us|u\.s\.|american|kurdish|peshmerga|pm|senior|top|military|security|defen[cs]e|government|ministry|foreign|interior|army)\s+){0,3}(?:official|officials|source|sources|report|minister|fm|pm|premier|commander|general|spokes\w+|adviser|advisor|lawmaker|mp|pentagon|gov|govt|government)$/i;

interface SentenceSpan {
  start: number;
  end: number;
}

/** The sentences of `[from, to)`, in order. */
function sentencesIn(
  text: string,
  from: number,
  to: number,
  around: (offset: number) => { start: number; end: number } = (at) => sentenceAround(text, at),
): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let at = from;
  while (at < to) {
    while (at < to && /\s/.test(text[at] as string)) at++;
    if (at >= to) break;
    const sentence = around(at);
    const start = Math.max(sentence.start, at);
    const end = Math.max(sentence.end, start + 1);
    out.push({ start, end: Math.min(end, to) });
    // Not past `end`: scraped text may run one sentence into the next ("Corps.Successive").
    at = end;
  }
  return out;
}

const QUOTE_OPEN = /^["\u201c](?!\s)/;

/** The note mark a sentence of an encyclopedia ends with: "…in February.[21]". */
const CITATION_AT_END = /\[(\d{1,3}|[a-z])\][\s.,;]*$/;

/**
 * Whether a sentence cites what the one before it cites: in an encyclopedia each sentence
 * names its own source ("…, The Wall Street Journal reported.[21] Several members moved
 * personnel out of Erbil.[22]"); a sentence with no mark cites nothing else.
 */
function sameCitation(sentence: string, before: string): boolean {
  const mark = CITATION_AT_END.exec(sentence)?.[1];
  return mark === undefined || mark === CITATION_AT_END.exec(before)?.[1];
}

/** Reported plans, in the conditional of indirect speech: "forces would keep operating". */
const REPORTED_PLAN =
  /\b(?:would|will|is to|are to|was to|were to)\s+(?:\w+\s+){0,2}?(?:be|keep|leave|remain|stay|end|begin|start|move|shift|continue|withdraw|complete|hand|operate|focus|replace|include|reduce|see|allow)\w*/i;

/**
 * A sentence as attribution reads it: a closing quote the sentence splitter left at its start
 * ("plan." In the first phase…) is the previous sentence's, blanked (same length).
 */
function ownWords(sentence: string): string {
  return /^["\u201d]\s/.test(sentence) ? `  ${sentence.slice(2)}` : sentence;
}

/** Whether a quotation mark opened in `text` is still open at its end. */
function opensQuote(text: string, startsOpen = false): boolean {
  const marks = quoteMarks(text, startsOpen);
  return marks.length === 0 ? startsOpen : (marks[marks.length - 1] as { opens: boolean }).opens;
}

export interface Attributor {
  /** Who the page credits with the sentence `[start, end)` of `text`; null for its own voice. */
  attribute(text: string, start: number, end: number): PageSpeaker | null;
  /** The dataset's speaker a name or role stands for, when one does. */
  resolve(speaker: PageSpeaker): PageSpeaker;
  /**
   * The people in office the page names (its `official` mentions), so that a surname alone
   * ("…," Brandt replied) is read as theirs even where the window holds no full name.
   */
  knowPeople(text: string, names: readonly string[]): void;
  /**
   * The clauses of a sentence that credit different speakers ("Baghdad calls it a withdrawal,
   * while Washington speaks of a transition"), in order; a single clause (the whole sentence)
   * when it credits one speaker.
   */
  clauses(text: string, start: number, end: number): SpeakerClause[];
}

/** Sentence readings an attributor keeps: the windows of a few hundred sentences. */
const READING_MEMO = 20_000;

export interface SpeakerClause {
  start: number;
  end: number;
  speaker: PageSpeaker | null;
}

/** The act a closing clause names: "a move", "a step". */
const ACT_NOUN =
  '(?:move|step|decision|description|process|plan|claim|charge|characteri[sz]ation|label|term|word|phrase)';
/** Who judged it, and how: "resistance figures condemned". */
const JUDGED_BY =
  /(?:[\w'\u2019-]+\s+){1,5}?(?:said|described|condemned|dismissed|called|denounced|hailed|welcomed|praised|rejected|critici[sz]ed)\s/;
/** "a move resistance figures condemned as …" */
const JUDGED_ACT = new RegExp(
  String.raw`(?:a|an)\s+${ACT_NOUN}\s+(?:that\s+|which\s+)?${JUDGED_BY.source}`,
);

/**
 * Where a sentence turns to another speaker: "…, while …", "…, but …", "…; …", "…, a process
 * that …", "…, a move resistance figures condemned as …".
 */
export const CLAUSE_BREAK = new RegExp(
  String.raw`(?:,|;)["\u201d]?\s+(?=(?:while|whereas|even as|but|where|although|though|a process that)\s)|;\s+|,\s+(?=(?:when|after)\s+(?:[\w'\u2019-]+\s+){1,6}?(?:said|announced|declared|reported)\s)|,["\u201d]?\s+and\s+(?=(?:the\s+)?(?:[A-Za-z][\w'\u2019-]*\s+){0,6}?(?:said|says|told|added|announced|reported|reports|wrote|(?:has\s+|have\s+)?described|put\s+(?:the|their|its)\s+(?:number|figure|total))\s)|,\s+(?=(?:(?:a|one|two|three|four|six|several|some|\d+)\s+)?(?:days?|weeks?|months?|years?)\s+(?:after|since|before)\s)|\s+(?=as\s+(?:the\s+)?(?:(?:[A-Z][\w'\u2019.-]*|spokes(?:man|woman|person)|officials?|minister|ministry|government|lawmakers|MPs|factions)\s+){1,4}(?:insists?|says|say|warns?|calls?|denies|deny|stresses|demands?|urges?|(?:confirmed|announced|said)\s+that)\b)|\s+(?=why\s+(?:[\w'\u2019-]+\s+){1,4}?(?:say|says|insist|insists|call|calls)\b)|,\s+(?=(?:[A-Z][\w'\u2019.-]*\s+){1,3}(?:calls|says|speaks|insists)\s)|,?\s+(?=in\s+what\s+(?:[\w'\u2019.-]+\s+){1,5}?(?:described|called|termed|characteri[sz]ed|hailed)\s+as\b)|,\s+(?=${JUDGED_ACT.source})`,
  'g',
);

/**
 * The act a closing clause names before who judged it: "a move", "a description which", "in
 * what".
 */
const DESCRIBED_ACT = new RegExp(
  String.raw`^in\s+what\s+|^(?:a|an)\s+${ACT_NOUN}\s+(?:that\s+|which\s+)?(?=${JUDGED_BY.source})`,
  'i',
);

/** A clause of the reporter's own background: "…, a year after Washington and Baghdad set …". */
const BACKGROUND_CLAUSE =
  /^(?:(?:a|one|two|three|four|six|several|some|\d+)\s+)?(?:days?|weeks?|months?|years?)\s+(?:after|since|before)\s/i;

interface NameKeys {
  full: Map<string, string>;
  surnames: Map<string, string>;
  bodies: Array<{ key: string; id: string; kind: Speaker['kind'] }>;
}

/** Names compared the way spellings vary: no "al-", no doubled letters, no spaces. */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/\b(?:al|el)[\s-]+/g, '')
    .replace(/[^a-z]/g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/ou/g, 'u');
}

function nameKeys(speakers: readonly Speaker[]): NameKeys {
  const full = new Map<string, string>();
  const surnames = new Map<string, string>();
  const shared = new Set<string>();
  const bodies: NameKeys['bodies'] = [];
  for (const s of speakers) {
    const names = [s.name.replace(/\s*\(.*\)\s*$/, ''), ...s.aliases];
    if (s.kind === 'person') {
      for (const n of names) {
        full.set(nameKey(n), s.id);
        const last = n.split(/\s+/).pop() ?? '';
        const key = nameKey(last);
        if (key.length >= 4) {
          if (surnames.has(key) && surnames.get(key) !== s.id) shared.add(key);
          surnames.set(key, s.id);
        }
      }
    } else {
      for (const n of names) {
        const key = fold(n)
          .replace(/^the\s+/, '')
          .trim();
        if (key.length >= 3) bodies.push({ key, id: s.id, kind: s.kind });
      }
    }
  }
  for (const key of shared) surnames.delete(key);
  bodies.sort((a, b) => b.key.length - a.key.length);
  return { full, surnames, bodies };
}

/** The words of a role as roles are compared: "Iraqi Defense Minister" → defence, minister. */
function roleWords(role: string): string[] {
  return (
    fold(role)
      .replace(/\bpm\b/g, 'prime minister')
      .replace(/\bfm\b/g, 'foreign minister')
      .replace(/\bpremier\b/g, 'prime minister')
      .replace(/\bdefense\b/g, 'defence')
      .replace(/\bspokes(?:man|woman|person)\b/g, 'spokesperson')
      .replace(/\badvisor\b/g, 'adviser')
      // Ranks as pages abbreviate them: "Lt. Gen." is a lieutenant general.
      .replace(/\b(gen|lt|maj|brig|col|adm)\b\.?/g, (_, r: string) => RANKS[r] ?? r)
      .replace(/\b(?:mp|legislator|member\b[^,]{0,60}?\bparliament)\b/g, 'lawmaker')
      .split(/[^a-z]+/)
      .filter((w) => w.length > 1 && !ROLE_FILLER.has(w))
  );
}

const RANKS: Record<string, string> = {
  gen: 'general',
  lt: 'lieutenant',
  maj: 'major',
  brig: 'brigadier',
  col: 'colonel',
  adm: 'admiral',
};

const ROLE_FILLER = new Set([
  'the',
  'of',
  'to',
  'for',
  'and',
  'a',
  'an',
  's',
  'iraq',
  'iraqi',
  'us',
  'u',
  'american',
  'united',
  'states',
  'its',
  'country',
  'countrys',
]);

/**
 * The one person of the dataset a role names ("Iraq's prime minister", "the Iraqi defence
 * minister"), or null when none or several hold it.
 */
function roleIndex(speakers: readonly Speaker[]): (phrase: string) => Speaker | null {
  const people = speakers
    .filter((s) => s.kind === 'person')
    .map((s) => {
      const head = roleWords(s.role.split(/\b(?:of|to|for)\b|[;,(]/)[0] ?? s.role).pop() ?? '';
      return { speaker: s, head, words: new Set(roleWords(s.role)) };
    });
  return (phrase) => {
    const words = roleWords(phrase);
    const head = words.find((w) => ROLE_HEADS.has(w));
    if (!head || words.length < 2) return null;
    const found = people.filter((p) => p.head === head && words.every((w) => p.words.has(w)));
    return found.length === 1 ? (found[0]?.speaker ?? null) : null;
  };
}

/** Words in a headline's role that name whose office it is: "Defence ministry spokesman". */
const OFFICE_QUALIFIERS = new Set(['defence', 'ministry', 'foreign', 'interior', 'army', 'prime']);

/** Words that tell offices with the same noun apart: prime, defence or deputy minister. */
const OFFICE_MODIFIERS = new Set(['prime', 'defence', 'foreign', 'deputy', 'vice', 'interior']);

/** Nouns that head a role ("minister" in "prime minister", "spokesperson" in …). */
const ROLE_HEADS = new Set([
  'general',
  'lawmaker',
  'minister',
  'spokesperson',
  'secretary',
  'president',
  'commander',
  'adviser',
  'premier',
]);

/**
 * A role named without a name: "Iraq's prime minister", "the Iraqi defence minister", "a
 * spokesperson for the Iraqi government" (one office, one holder).
 */
const DEFINITE_ROLE =
  /^(?:(?:the\s+|iraq['’]s\s+)?(?:[a-z'’-]+\s+){0,4}(?:minister|spokes(?:man|woman|person)|secretary|president|commander|adviser|advisor|premier|pm)|(?:a|an|the)\s+(?:[a-z'-]+\s+){0,2}(?:spokes(?:man|woman|person)|minister|secretary|commander|adviser|advisor)\s+(?:for|of|to)\s+.{3,60})$/i;

/** A name with its title as a person speaker ("Iraqi Prime Minister Shia al Sudani"). */
function splitPerson(phrase: string): PageSpeaker {
  const named = splitName(phrase);
  return {
    name: named?.name ?? phrase,
    role: named?.role ?? null,
    kind: 'person',
    speakerId: null,
  };
}

export function createAttributor(speakers: readonly Speaker[]): Attributor {
  const keys = nameKeys(speakers);
  const speakersById = new Map(speakers.map((s) => [s.id, s]));
  const byRole = roleIndex(speakers);
  const bodies = createBodyIndex(speakers);

  function resolve(speaker: PageSpeaker): PageSpeaker {
    if (speaker.kind === 'person') {
      const key = nameKey(speaker.name);
      let id = keys.full.get(key) ?? null;
      if (!id) {
        const last = nameKey(speaker.name.split(/\s+/).pop() ?? '');
        id = keys.surnames.get(last) ?? null;
      }
      return { ...speaker, speakerId: id };
    }
    if (speaker.kind === 'institution') {
      const office = /^(?:the\s+)?(?:[a-z]+\s+)?office\s+of\s+(.+)$/i.exec(speaker.name);
      if (office?.[1]) {
        // "The office of Iraqi Prime Minister Shia al Sudani": the office the person speaks through.
        const holder = resolve(splitPerson(office[1]));
        const bodyId = holder.speakerId
          ? (speakersById
              .get(holder.speakerId)
              ?.relatedSpeakerIds.find((id) => speakersById.get(id)?.kind === 'institution') ??
            null)
          : null;
        if (bodyId) return { ...speaker, speakerId: bodyId };
      }
    }
    if (speaker.kind === 'institution' || speaker.kind === 'joint') {
      const folded = fold(speaker.name).replace(/^the\s+/, '');
      const body = (b: NameKeys['bodies'][number]) =>
        b.kind === 'institution' || b.kind === 'joint' || b.kind === 'group';
      // A body's own name first; then its words ("Iraqi military committee" is the committee,
      // not the army); then a name inside a longer phrase ("the Pentagon's press office").
      const id =
        keys.bodies.find((b) => body(b) && folded === b.key)?.id ??
        bodies.named(speaker.name) ??
        keys.bodies.find((b) => body(b) && b.key.length >= 6 && folded.includes(b.key))?.id ??
        bodies.seat(speaker.name);
      return { ...speaker, speakerId: id };
    }
    if (speaker.kind === 'outlet') {
      // Another outlet the page cites ("according to the Wall Street Journal"), by its names.
      const folded = outletKey(speaker.name);
      const found = keys.bodies.find((b) => b.kind === 'outlet' && folded === b.key);
      return { ...speaker, speakerId: found?.id ?? null };
    }
    if (speaker.kind === 'anonymous') {
      const role = roleOfHolder(speaker.name);
      const holder = role && DEFINITE_ROLE.test(role) ? byRole(role) : null;
      if (holder)
        return { name: holder.name, role: speaker.name, kind: 'person', speakerId: holder.id };
    }
    return speaker;
  }

  /**
   * A role as the dataset words it: "the prime minister's political adviser" is a political
   * adviser to the prime minister, and "an adviser to al-Sudani" an adviser to his office.
   */
  function roleOfHolder(phrase: string): string | null {
    const possessed = /^(?:the\s+|an?\s+)?(.{3,60}?)['’]s\s+(.{3,60})$/i.exec(phrase);
    const role = possessed ? `the ${possessed[2]} to the ${possessed[1]}` : phrase;
    const to = /^(.+?\s(?:adviser|advisor|spokes(?:man|woman|person))\s+to\s+)(.{3,60})$/i.exec(
      role,
    );
    if (!to?.[1] || !to[2]) return role;
    const person = resolve(splitPerson(to[2]));
    const office = person.speakerId ? speakersById.get(person.speakerId)?.role : null;
    return office ? `${to[1]}the ${office}` : role;
  }

  const officials = new Map<ReadonlySet<string>, PageSpeaker[]>();
  /**
   * The people in office the page names, as the dataset knows them where it does, or with the
   * title the page puts before their name ("Iraqi Foreign Minister Fuad Hussein").
   */
  function officialsOnPage(people: ReadonlySet<string>): PageSpeaker[] {
    let found = officials.get(people);
    if (!found) {
      const byName = new Map<string, PageSpeaker>();
      for (const name of people) {
        const split = splitName(name);
        if (!split || !/\s/.test(split.name)) continue;
        const person = resolve({ ...split, kind: 'person', speakerId: null });
        const key = person.speakerId ?? nameKey(person.name);
        if (!byName.get(key)?.role) byName.set(key, person);
      }
      found = [...byName.values()];
      officials.clear();
      officials.set(people, found);
    }
    return found;
  }

  /**
   * The person a released statement means by a role or a pronoun: of the officials the page
   * names, the one named in that office ("The Prime Minister affirmed"), or, for "he" and "His
   * Excellency", the one named last before the sentence.
   */
  function releasedPerson(
    text: string,
    from: number,
    start: number,
    role: string | null,
    people: ReadonlySet<string>,
  ): PageSpeaker | null {
    const officials = officialsOnPage(people);
    if (role !== null && role !== 'host') {
      if (/^(?:it|they|we|office|page|outlet)$|statement|communiqu|text|readout/.test(role))
        return null;
      const found = backReference(role, [], null, null, roleOf, officials);
      return found?.kind === 'person' ? found : null;
    }
    const before = text.slice(from, start);
    // A readout's "His Excellency" is its host, whom it names first.
    const host = /^\s*(?:His|Her)\s+(?:Excellency|Highness|Majesty)\b/.test(text.slice(start));
    let last: { at: number; name: string } | null = null;
    for (const name of people) {
      const at = host ? before.indexOf(name) : before.lastIndexOf(name);
      if (at === -1 || !/\s/.test(name)) continue;
      if (!last || (host ? at < last.at : at > last.at)) last = { at, name };
    }
    if (!last) return null;
    const split = splitName(last.name);
    return split ? resolve({ ...split, kind: 'person', speakerId: null }) : null;
  }

  /** The role the page gives a speaker, or the one the dataset knows them by. */
  function roleOf(speaker: PageSpeaker): string | null {
    return (
      speaker.role ??
      (speaker.speakerId ? (speakersById.get(speaker.speakerId)?.role ?? null) : null)
    );
  }

  /**
   * An official the page named in full, opening a sentence by surname ("Reddington, reached by
   * email, was careful …"): whom its next "he" means.
   */
  function surnameLeading(sentence: string, people: ReadonlySet<string>): PageSpeaker | null {
    const lead =
      /^\s*([A-Z][\w'\u2019-]{2,})(?=,|\s+(?:was|is|had|has|did|does|wrote|declined|refused|would|could|also)\b)/.exec(
        sentence,
      )?.[1];
    if (!lead || !people.has(lead)) return null;
    const full = [...people].find(
      (n) => /\s/.test(n) && nameKey(n.split(/\s+/).pop() ?? '') === nameKey(lead),
    );
    const split = full ? splitName(full) : null;
    return split ? { ...split, kind: 'person', speakerId: null } : null;
  }

  /** A person of the dataset named in full in a sentence ("Sabrina Singh spoke…"). */
  function datasetPersonIn(sentence: string): PageSpeaker | null {
    for (const run of sentence.matchAll(CAPITALISED_RUN)) {
      const name = run[0];
      if (keys.full.has(nameKey(name)))
        return { name, role: null, kind: 'person', speakerId: null };
    }
    return null;
  }

  /**
   * A bare surname ("Parnell said") is the person the window named in full before, or a person
   * of the dataset; otherwise it is no one we can name.
   */
  function settle(
    speaker: PageSpeaker,
    recent: readonly PageSpeaker[],
    named: PageSpeaker | null,
    people: ReadonlySet<string>,
    sentence: string,
  ): PageSpeaker | null {
    const resolved = resolve(speaker);
    if (resolved.kind !== 'person' || resolved.speakerId || /\s/.test(resolved.name))
      return resolved;
    const key = nameKey(resolved.name);
    const earlier = [...recent, ...(named ? [named] : [])].find(
      (s) => s.kind === 'person' && nameKey(s.name.split(/\s+/).pop() ?? '') === key,
    );
    if (earlier) return earlier;
    // A surname the page gives an official ("Lt. Gen. Thomas Brandt" further up): theirs.
    if (people.has(resolved.name) && speaksIn(sentence, resolved.name)) {
      const full = [...people].find(
        (n) => /\s/.test(n) && nameKey(n.split(/\s+/).pop() ?? '') === key,
      );
      return full ? { ...resolved, name: full } : resolved;
    }
    return resolved.role ? resolved : null;
  }

  /**
   * The speaker of the released text (`statementIntro`) the sentence at `start` is part of, as
   * its introduction names them; undefined when the sentence is not in one.
   */
  function releasedBy(text: string, from: number, start: number): PageSpeaker | null | undefined {
    const intro = statementIntro(text, start, from);
    const lineEnd = intro ? text.indexOf('\n', intro.at) : -1;
    // The introduction's own block is the outlet's.
    if (!intro || lineEnd === -1 || lineEnd >= start) return undefined;
    // "Answered by" / "Tom Adair, Minister of State (Ministry of Defence)": the member named
    // on the line below.
    const answered =
      /^(?:Answered|Asked) by[ \t]*\n[ \t]*(?:(?:Dr|Mr|Mrs|Ms|Sir|Dame|Lord|Baroness)\.?\s+)?([^,\n]{3,60})/.exec(
        text.slice(intro.at, intro.at + 200),
      );
    if (answered?.[1]) {
      const member = readPhrase(answered[1].trim());
      return member.type === 'speaker' ? resolve(member.speaker) : null;
    }
    // The introduction, with the block before "Begin text:", which names who released it.
    const introText = text.slice(intro.blockBefore, lineEnd);
    const by =
      /\b(?:released|issued|published|put out)\s+by\s+(?:the\s+)?([^.:\n]{3,140}?)\s*(?:[.:]|\n|$)/i.exec(
        introText,
      ) ??
      /(?:^|\n)([^.:\n]{3,80}?)\s+(?:has\s+)?(?:issued|released|published)\s+the following\b/i.exec(
        introText,
      );
    // "WASHINGTON, D.C. – Today, U.S. Senator Carolyn Hadley (R-Mont.), a member of the Senate
    // Armed Services Committee, released the following statement": the senator.
    const subject =
      by?.[1] ??
      /(?:^|\n)(?:[^\n]{0,40}?\s[\u2013\u2014-]\s+)?(?:today,?\s+)?([^\n,]{3,80}?)(?:\s+\([^)\n]{1,30}\))?(?:,\s+[^\n]{3,120}?,)?\s+(?:has\s+)?(?:issued|released|published)\s+the following\b/i.exec(
        introText,
      )?.[1];
    if (!subject) return null;
    const issuer = subject.trim();
    const reading = readPhrase(issuer);
    if (reading.type === 'speaker') return resolve(reading.speaker);
    // A long proper name ("High Military Committee for Ending the Mission of …") is a body.
    return /^(?:the\s+)?[A-Z]/.test(issuer)
      ? resolve({ name: issuer, role: null, kind: 'institution', speakerId: null })
      : null;
  }

  const readings = new Memo<Reading | null>(READING_MEMO);
  /**
   * What is known of the last text asked about: who each sentence is credited to, by its
   * bounds, and the sentence around each offset read from.
   */
  let lastText: {
    text: string;
    credits: Map<string, PageSpeaker | null>;
    sentences: Map<number, { start: number; end: number }>;
    interviews: Map<string, Interview | null>;
    people: ReadonlySet<string>;
  } | null = null;

  function about(text: string): NonNullable<typeof lastText> {
    if (lastText?.text !== text)
      lastText = {
        text,
        credits: new Map(),
        sentences: new Map(),
        interviews: new Map(),
        people: new Set(),
      };
    return lastText;
  }

  function knowPeople(text: string, names: readonly string[]): void {
    const known = about(text);
    const people = new Set(names);
    if (people.size === known.people.size && [...people].every((n) => known.people.has(n))) return;
    known.people = people;
    known.credits = new Map();
  }

  /**
   * The page as an interview, as the window `[from, to)` reads it (an answer's window reaches
   * back to the opening that names the guest), once per window.
   */
  function interviewIn(text: string, from: number, to: number): Interview | null {
    const known = about(text).interviews;
    const key = `${from}:${to}`;
    let found = known.get(key);
    if (found === undefined) {
      const local = interviewOf(text.slice(from, to));
      found = local && { guest: resolve({ ...local.guest }), from: from + local.from };
      known.set(key, found);
    }
    return found;
  }

  /**
   * `readSentence`, kept by sentence: each sentence is read again for every sentence whose
   * window holds it. A copy each time, so no caller shares an answer with another.
   */
  function read(
    sentence: string,
    atBlockStart: boolean,
    blockEndsHere: boolean,
    startsInQuote: boolean,
  ): Reading | null {
    const key = `${+atBlockStart}${+blockEndsHere}${+startsInQuote}${sentence}`;
    const reading = readings.get(key, () =>
      readSentence(sentence, atBlockStart, blockEndsHere, startsInQuote),
    );
    return reading?.type === 'speaker'
      ? { type: 'speaker', speaker: { ...reading.speaker } }
      : reading && { ...reading };
  }

  /**
   * `creditOf`, worked out once per sentence of a text (matching asks for a sentence twice),
   * and a copy each time.
   */
  function attribute(text: string, start: number, end: number): PageSpeaker | null {
    const { credits } = about(text);
    const key = `${start}:${end}`;
    let speaker = credits.get(key);
    if (speaker === undefined) {
      speaker = creditOf(text, start, end);
      credits.set(key, speaker);
    }
    return speaker && { ...speaker };
  }

  function creditOf(text: string, start: number, end: number): PageSpeaker | null {
    const window = attributionWindow(text, start, end);
    const { people } = about(text);
    const released = releasedBy(text, window.start, start);
    if (released !== undefined) {
      // The statement's own voice, unless the sentence credits someone by name ("The Iraqi
      // Ministry of Defense confirmed on January 17 that …").
      const sentence = ownWords(text.slice(start, end));
      const atBlockStart = start === 0 || text[start - 1] === '\n';
      const own = read(sentence, atBlockStart, end >= text.length || text[end] === '\n', false);
      // "The Prime Minister affirmed …", "His Excellency stressed …": the person the statement
      // has named in that office, or named last.
      if (own?.type === 'back' && VERB_ONCE.test(sentence)) {
        const holder = releasedPerson(text, window.start, start, own.role, people);
        if (holder) return holder;
      }
      const named =
        own?.type === 'speaker' &&
        own.speaker.kind !== 'outlet' &&
        VERB_ONCE.test(sentence) &&
        !/^[^:]{1,30}:\s/.test(sentence);
      if (!named) return released;
      // "said Senator Hadley" in Carolyn Hadley's own release: her, as the release names her.
      const surname = (name: string) => name.split(/\s+/).pop()?.toLowerCase();
      return released?.kind === 'person' && surname(released.name) === surname(own.speaker.name)
        ? released
        : resolve(own.speaker);
    }
    const { sentences } = about(text);
    const spans = sentencesIn(text, window.start, window.end, (at) => {
      let sentence = sentences.get(at);
      if (!sentence) {
        sentence = sentenceAround(text, at);
        sentences.set(at, sentence);
      }
      return sentence;
    });
    let last: PageSpeaker | null = null;
    /** The last person the window names without crediting words: whom a bare "he" means. */
    let lastNamed: PageSpeaker | null = null;
    /** A person named, without credit, since the last credited sentence. */
    let namedSince: PageSpeaker | null = null;
    /** The last unnamed official mentioned in passing. */
    let mentioned: PageSpeaker | null = null;
    /** The last person the window names, credited or not. */
    let personMentioned: PageSpeaker | null = null;
    /** The first person the window names: whom a readout's "His Excellency" means. */
    let firstNamed: PageSpeaker | null = null;
    /** Who spoke the last sentence of the previous block, if it was a quote. */
    let quotedAtBlockEnd: PageSpeaker | null = null;
    const recent: PageSpeaker[] = [];
    let transcript: PageSpeaker | null | undefined;
    let inQuote: PageSpeaker | null | undefined;
    /** Whether a quotation is open at the end of the sentence just read. */
    let quoteOpen = false;
    /** The last speaker credited in the current block. */
    let blockSpeaker: PageSpeaker | null = null;
    /** Whether the sentence before credited someone. */
    let lastSentenceCredited = false;
    /** The sentence before, as the page wrote it. */
    let lastCredit = '';
    let open = false;
    // "Rezan Media: … Is that accurate?" / "Karwan Jalal Rasul: Largely, yes.": an interview's
    // turns, by names the page has written out in its prose before.
    const turns = spans.map((span) => titleTurn(text, window.start, span));
    const readings = spans.map((span, i): Reading | null => {
      const sentence = ownWords(text.slice(span.start, span.end));
      const atBlockStart = span.start === 0 || text[span.start - 1] === '\n';
      const blockEndsHere = span.end >= text.length || text[span.end] === '\n';
      if (atBlockStart) open = false;
      const reading = read(sentence, atBlockStart, blockEndsHere, open);
      open = opensQuote(sentence, open);
      const turn = turns[i];
      if (turn)
        return turn.question
          ? { type: 'question' }
          : {
              type: 'speaker',
              speaker: { name: turn.label, role: null, kind: 'person', speakerId: null },
            };
      return reading;
    });
    /** The sentence being read, for a surname that speaks in it. */
    let current = '';
    const fromReading = (reading: Reading): PageSpeaker | null =>
      reading.type === 'speaker'
        ? onPage(holderNamedBefore(settle(reading.speaker, recent, lastNamed, people, current)))
        : reading.type === 'back' && reading.role === 'host' && firstNamed
          ? firstNamed
          : reading.type === 'back'
            ? resolveUnnamed(
                documentNamed(
                  reading.role,
                  backReference(
                    reading.role,
                    recent,
                    // "X went further. "…," he said": a bare pronoun means the person named since
                    // the last speaker, if any, and a person in any case ("The issue said X
                    // announced … He announced …").
                    (reading.role === null
                      ? (namedSince ??
                        (last?.kind === 'person' || (lastSentenceCredited && oneUnnamed(last))
                          ? last
                          : (personMentioned ?? last)))
                      : null) ??
                      last ??
                      lastNamed,
                    mentioned,
                    roleOf,
                    officialsOnPage(people),
                  ),
                ),
              )
            : null;
    /**
     * "It committed the two governments to …", "the text says": the joint statement the page
     * has just named, when no speaker before is meant.
     */
    function documentNamed(role: string | null, found: PageSpeaker | null): PageSpeaker | null {
      if (role === 'outlet' && found === null) return outletNamed();
      const unnamedText =
        found?.kind === 'institution' &&
        /^the (?:statement|text|communiqu[eé]|readout)$/i.test(found.name);
      // "It" (or "the statement") is a joint statement named just before more than a body
      // credited earlier.
      const itNear =
        (role === 'it' || role === 'statement') &&
        found?.kind !== 'joint' &&
        JOINT_DOCUMENT_ONCE.test(text.slice(Math.max(window.start, start - IT_NEAR_CHARS), start));
      if (!(role === 'it' && found === null) && !unnamedText && !itNear) return found;
      const before = text.slice(
        Math.max(window.start, start - (role === 'it' ? 600 : 3000)),
        start,
      );
      const named = [...before.matchAll(JOINT_DOCUMENT)].pop();
      if (named) return resolve({ name: named[0], role: null, kind: 'joint', speakerId: null });
      // "Friday's statement does not use the word. It speaks of …": the statement the sentence
      // before is about, on a page that has named the joint statement.
      const subject =
        role === 'it' && found === null
          ? /(?:^|[.!?]\s+)((?:[A-Z][a-z]+['\u2019]s|The|That|This)\s+statement)\s[^.!?]*[.!?]\s*$/.exec(
              text.slice(Math.max(window.start, start - IT_NEAR_CHARS), start),
            )
          : null;
      if (
        subject?.[1] &&
        JOINT_DOCUMENT_ONCE.test(text.slice(Math.max(window.start, start - 3000), start))
      )
        return resolve({ name: subject[1], role: null, kind: 'joint', speakerId: null });
      return found;
    }
    /**
     * Who a paragraph ending in a colon introduces, for the quoted paragraphs after it: a joint
     * statement it names, or the speaker it credits.
     */
    function introducedBy(at: number): PageSpeaker | null {
      let blockStart = text.lastIndexOf('\n', at - 1) + 1;
      while (blockStart > window.start) {
        const prevStart = text.lastIndexOf('\n', blockStart - 2) + 1;
        const block = text.slice(prevStart, blockStart - 1).trim();
        if (isQuotedBlock(text, prevStart)) {
          blockStart = prevStart;
          continue;
        }
        if (!block.endsWith(':')) return null;
        const named = JOINT_DOCUMENT_ONCE.exec(block);
        if (named) return resolve({ name: named[0], role: null, kind: 'joint', speakerId: null });
        const reading = read(block.replace(/:$/, '.'), true, true, false);
        return reading?.type === 'speaker' ? resolve(reading.speaker) : null;
      }
      return null;
    }
    /** "…, the paper said": the outlet the page last named reporting, not the page itself. */
    function outletNamed(): PageSpeaker | null {
      let found: PageSpeaker | null = null;
      for (const named of text
        .slice(Math.max(window.start, start - OUTLET_BACK_CHARS), start)
        .matchAll(OUTLET_REPORTING)) {
        const outlet = named[1] ?? named[2];
        const reading = outlet ? readPhrase(outlet) : null;
        if (reading?.type === 'speaker' && reading.speaker.kind === 'outlet')
          found = resolve(reading.speaker);
      }
      return found;
    }
    /**
     * "Iraq's deputy joint operations commander says …": the one person of the dataset whose
     * office that is, when the page has named them before.
     */
    function holderNamedBefore(speaker: PageSpeaker | null): PageSpeaker | null {
      if (!speaker || speaker.speakerId || !isRoleOnly(speaker)) return speaker;
      const wanted = roleWords(speaker.name);
      if (wanted.length < 2) return speaker;
      const holders = speakers.filter(
        (s) =>
          s.kind === 'person' &&
          wanted.every((w) => roleWords(s.role).some((x) => x.startsWith(w.slice(0, 5)))),
      );
      const holder = holders.length === 1 ? holders[0] : undefined;
      const surname = holder?.name.split(/\s+/).pop() ?? '';
      if (!holder || !text.slice(window.start, start).includes(surname.replace(/^al-/, '')))
        return speaker;
      return { ...speaker, speakerId: holder.id };
    }
    /** "The committee said", "the JOC said": the body the page named so. */
    function onPage(speaker: PageSpeaker | null): PageSpeaker | null {
      if (speaker?.kind !== 'institution' || speaker.speakerId) return speaker;
      // Only within the window: the page checked in pieces reads what the whole page reads.
      return {
        ...speaker,
        speakerId: bodies.onPage(
          speaker.name,
          text.slice(window.start, window.end),
          start - window.start,
        ),
      };
    }
    function resolveUnnamed(speaker: PageSpeaker | null): PageSpeaker | null {
      return speaker?.kind === 'anonymous' && !speaker.speakerId ? resolve(speaker) : speaker;
    }
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i] as SentenceSpan;
      if (span.start >= end) break;
      const sentence = ownWords(text.slice(span.start, span.end));
      current = sentence;
      const atBlockStart = span.start === 0 || text[span.start - 1] === '\n';
      const atBlockEnd = span.end >= text.length || text[span.end] === '\n';
      const reading = readings[i] ?? null;
      let who: PageSpeaker | null = null;
      let known = false;
      // A paragraph that opens or ends by asking, in an interview, is the interviewer's: the
      // answer before it is over.
      const blockEnd = text.indexOf('\n', span.start);
      const questionBlock =
        atBlockStart &&
        (/\?["\u201d\u2019]?\s*$/.test(sentence) ||
          /\?["\u201d\u2019]?\s*$/.test(
            text.slice(span.start, blockEnd === -1 ? text.length : blockEnd),
          ));
      if (questionBlock && transcript && !turns[i] && !TRANSCRIPT.test(sentence)) transcript = null;
      if (reading?.type === 'question') {
        transcript = null;
        known = true;
      } else if (reading && transcript && !atBlockStart && AS_IT_SAYS.test(sentence)) {
        // "…, as General Muhammadawi said.": the answer's speaker, citing him.
        who = transcript;
        known = true;
      } else if (reading) {
        const turn = atBlockStart && (isTurn(sentence) || turns[i] !== null);
        // A transcript's "PRYCE:" names its speaker, whether or not the page named them before.
        who =
          fromReading(reading) ??
          (turn && reading.type === 'speaker' ? resolve(reading.speaker) : null);
        known = who !== null;
        if (known && turn) transcript = who;
      }
      const line = atBlockStart
        ? (TRANSCRIPT.exec(sentence) ?? (turns[i] ? TITLE_TURN.exec(sentence) : null))
        : null;
      // "MS. KESSLER: We will continue …, as the joint statement says.": her words, on its grounds.
      if (line && reading && !AS_IT_SAYS.test(sentence)) {
        // "Q: Baghdad says the commission's aim is …", "OFFICIAL: The joint statement says …":
        // the line's speaker cites someone else, who is credited with the words.
        const cited = readSentence(sentence.slice(line[0].length), false, atBlockEnd, false);
        // "FARIS: He said, …" after Faris named General Muhammadawi: "he" is the one named.
        const pronoun: PageSpeaker | null =
          cited?.type === 'back' &&
          cited.role === null &&
          /^(?:\s*(?:and|but|then)\b)?[^,"\u201c]{0,40}?\b(?:he|she)\s+(?:said|says|told|added|noted|stressed|insisted)\b/i.test(
            sentence.slice(line[0].length),
          ) &&
          personMentioned &&
          !sameCredit(personMentioned, who)
            ? personMentioned
            : null;
        const citedWho: PageSpeaker | null =
          pronoun ??
          (cited?.type === 'speaker' || (cited?.type === 'back' && cited.role !== null)
            ? fromReading(cited)
            : null);
        if (citedWho) {
          who = citedWho;
          known = true;
        }
      }
      if (!known && atBlockStart && /^A:\s/.test(sentence)) {
        // "Q: …" / "A: …": the answer is the interview's guest's.
        const interview = interviewIn(text, window.start, window.end);
        if (interview) {
          who = interview.guest;
          transcript = who;
          known = true;
        }
      }
      if (!known && transcript !== undefined && !TRANSCRIPT.test(sentence) && !turns[i]) {
        // Paragraphs of a transcript answer go on with the last "NAME:" line's speaker; a
        // paragraph that opens by asking ("How many personnel are in Erbil now?") is the next
        // question.
        who = questionBlock ? null : transcript;
        if (questionBlock) transcript = null;
        // After a question, a paragraph that names no one is the interview's answer (below).
        known = questionBlock || transcript !== null || !atBlockStart;
      }
      // A quote that opens here, at the start or after a few words ('The HMC “is not …').
      if (!known && (QUOTE_OPEN.test(sentence) || inQuote !== undefined || opensQuote(sentence))) {
        // A quote credits whoever the rest of its paragraph names: "…. …," he said.
        const closing = quoteAttribution(spans, readings, i, text);
        if (closing) {
          who = fromReading(closing);
          known = who !== null;
        } else if (inQuote !== undefined && !atBlockStart) {
          who = inQuote;
          known = true;
        } else if (!atBlockStart && blockSpeaker) {
          // A further quote in the paragraph of a credited one: "…," he said. "…"
          who = blockSpeaker;
          known = true;
        } else if (atBlockStart && quotedAtBlockEnd) {
          // Wire copy carries a speaker's quotes on into the next paragraph.
          who = quotedAtBlockEnd;
          known = true;
        } else {
          // A paragraph that is only a quote, credited in the next one.
          const next = nextBlockReading(spans, readings, i, text);
          if (next) {
            who = fromReading(next);
            known = who !== null;
          }
        }
      }
      if (
        !known &&
        !atBlockStart &&
        blockSpeaker &&
        !QUOTE_OPEN.test(sentence) &&
        (REPORTED_PLAN.test(sentence) ||
          (blockSpeaker.kind === 'outlet' && sameCitation(sentence, lastCredit)) ||
          (lastSentenceCredited &&
            /\bsources$/i.test(blockSpeaker.name) &&
            TOLD_ANOTHER.test(lastCredit)))
      ) {
        // "In the first phase, …, the official said. In the second, forces would …": the plan
        // goes on in the speaker's account; so does another outlet's report in its paragraph,
        // and what sources told it ("…, sources told MEE. French troops were among those …").
        who = blockSpeaker;
        known = true;
      }
      if (!known) {
        // An interview's answers are its guest's, its questions and prompts the outlet's.
        const interview = interviewIn(text, window.start, window.end);
        if (
          interview &&
          ((span.start > interview.from && !isPrompt(text, span.start)) ||
            // Its headline, when the headline is a quotation, is the guest's words too.
            isQuotedBlock(text, span.start))
        ) {
          who = interview.guest;
          known = true;
          // The answer goes on in its paragraph.
          if (transcript === null) transcript = who;
        }
      }
      if (!known && isQuotedBlock(text, span.start)) {
        // "Here are the operative paragraphs of the joint statement:", then the paragraphs in
        // quotation marks: the document's words.
        const intro = introducedBy(span.start);
        if (intro) {
          who = intro;
          known = true;
        }
      }
      if (!known && last && /\breportedly\b/i.test(sentence) && lastSentenceCredited) {
        // "…, sources told MEE. French troops were reportedly among those who left": the same
        // sources' account.
        who = last;
        known = true;
      }
      if (atBlockStart) {
        quoteOpen = false;
        blockSpeaker = null;
      }
      quoteOpen = opensQuote(sentence, quoteOpen);
      inQuote = quoteOpen ? (known ? who : inQuote) : undefined;
      if (known && who) blockSpeaker = who;
      {
        const titled = personNamed(sentence);
        const inDataset = datasetPersonIn(sentence);
        const named = titled ?? inDataset ?? surnameLeading(sentence, people);
        if (named) {
          personMentioned = resolve(named);
          if (!firstNamed) {
            // The host a readout opens with: whoever of the sentence's people comes first.
            const first = [titled, inDataset]
              .filter((p): p is PageSpeaker => p !== null && sentence.includes(p.name))
              .sort((a, b) => sentence.indexOf(a.name) - sentence.indexOf(b.name))[0];
            firstNamed = resolve(first ?? named);
          }
          // A question that names someone ("The Iraqi defense minister, Thabet al-Abbasi, went
          // further. He said …") names whom its "he" means.
          if (!known || !who) {
            lastNamed = personMentioned;
            namedSince = lastNamed;
          }
        } else if (known && who?.kind === 'person') personMentioned = who;
      }
      // An unnamed official the sentence mentions in passing ("…, a process that a U.S.
      // official said…"): whom a later "the official said" may mean.
      const unnamed = UNNAMED_IN_PASSING.exec(sentence);
      if (unnamed?.[0] && (!known || who?.kind !== 'anonymous'))
        mentioned = { name: unnamed[0], role: null, kind: 'anonymous', speakerId: null };
      if (who && known) {
        last = who;
        recent.unshift(who);
        if (recent.length > 4) recent.pop();
        namedSince = null;
      }
      lastSentenceCredited = known && who !== null;
      lastCredit = sentence;
      if (atBlockEnd)
        quotedAtBlockEnd = known && /["\u201c\u201d]/.test(sentence) && who ? who : null;
      // The sentence asked about (its bounds may differ by a stray quote mark at either end).
      if (span.end > start + 2) {
        // A headline (or its first half, before a semicolon) that credits a role alone.
        const headline = atBlockStart && (atBlockEnd || /;\s*$/.test(sentence));
        if (known && headline && who && isRoleOnly(who)) {
          // "Peshmerga official: …" over an interview: the guest it introduces.
          const interview = interviewIn(text, window.start, window.end);
          if (interview && span.start < interview.from) return interview.guest;
          return namedBelow(spans, readings, i, who, false, text) ?? who;
        }
        // "…: Report": the outlet whose report the paragraphs below cite.
        if (known && atBlockStart && atBlockEnd && who && /^reports?$/i.test(who.name)) {
          for (let k = i + 1; k < spans.length; k++) {
            const below = readings[k];
            if (below?.type === 'speaker' && below.speaker.kind === 'outlet')
              return resolve(below.speaker);
          }
        }
        // "…, a senior Iraqi commander told Hawler Network." then "…," said Lt. Gen. Qais
        // al-Muhammadawi, Deputy Commander…: the paragraphs below name whom the lead did not.
        if (
          known &&
          who?.kind === 'anonymous' &&
          UNNAMED_ROLE.test(who.name) &&
          !/s$/.test(who.name) &&
          // "An Iraqi lawmaker and an armed group demanded …": two, not the one named below.
          !/\band\b/.test(who.name)
        )
          return namedBelow(spans, readings, i, who, true, text) ?? who;
        return known ? who : null;
      }
    }
    return null;
  }

  function clauses(text: string, start: number, end: number): SpeakerClause[] {
    const whole = attribute(text, start, end);
    // A released statement's own sentences are its issuer's, clause by clause; one that credits
    // others ("Iraqi officials have said …, and Prime Minister … said …") is read as any other.
    const released = releasedBy(text, attributionWindow(text, start, end).start, start);
    if (released !== undefined && sameCredit(whole, released))
      return [{ start, end, speaker: whole }];
    const sentence = ownWords(text.slice(start, end));
    const aside = embeddedCredit(sentence, whole);
    if (aside) {
      const { from, to, inner, outer } = aside;
      return [
        { start, end: start + from, speaker: outer },
        { start: start + from, end: start + to, speaker: inner },
        { start: start + to, end, speaker: outer },
      ];
    }
    const cuts = [0];
    for (const m of sentence.matchAll(CLAUSE_BREAK)) cuts.push((m.index ?? 0) + m[0].length);
    if (cuts.length === 1) return [{ start, end, speaker: whole }];
    const pieces = cuts.map((from, i) => ({
      start: start + from,
      end: start + (cuts[i + 1] ?? sentence.length),
    }));
    const background = pieces.map(
      (piece, i) => i > 0 && BACKGROUND_CLAUSE.test(text.slice(piece.start, piece.end)),
    );
    const own = pieces.map((piece) => {
      // "a move resistance figures condemned as …": the figures, not the move, speak.
      const words = text.slice(piece.start, piece.end).replace(DESCRIBED_ACT, '');
      // A quote inside a clause belongs to the sentence's speaker, not to a clause's verb.
      const reading = read(words, false, false, false);
      // A headline's "… as spokesman says …": the role, unnamed.
      const role =
        /^as\s+((?:government\s+|ministry\s+|military\s+)?spokes(?:man|woman|person))\s+says\b/i.exec(
          words,
        )?.[1];
      if (reading?.type !== 'speaker' && role) return anon(role);
      // Governments that "agree" speak together only when no one else reports it.
      if (reading?.type !== 'speaker') return null;
      if (reading.speaker.kind === 'joint' && whole?.kind !== 'joint') return null;
      // The unnamed adviser the paragraphs below name: as the whole sentence was read.
      if (
        reading.speaker.kind === 'anonymous' &&
        UNNAMED_ROLE.test(reading.speaker.name) &&
        whole?.kind === 'person'
      )
        return whole;
      return resolve(reading.speaker);
    });
    if (
      own.filter((x) => x !== null).length < 2 &&
      !(own[0] === null && own.some((x) => x)) &&
      !(whole && background.some(Boolean))
    )
      return [{ start, end, speaker: whole }];
    const out: SpeakerClause[] = [];
    // "It came on Jan. 17, when the ministry said …", "…, after Sudani said …", "…, and
    // Washington has described …":
    // what the later clause reports is its speaker's; what comes before it is the page's.
    const dated =
      own[0] === null &&
      pieces.some(
        (piece, k) =>
          k > 0 &&
          own[k] !== null &&
          (/^(?:when|after|as)\s/i.test(text.slice(piece.start, piece.end)) ||
            /\band\s+$/i.test(text.slice(Math.max(start, piece.start - 6), piece.start))),
      );
    let current = dated ? null : (own[0] ?? whole);
    pieces.forEach((piece, i) => {
      // The reporter's background is the page's own voice, whoever the sentence quotes, unless
      // it credits its own speaker ("…, days after the JOC said …").
      current = background[i] ? (own[i] ?? null) : (own[i] ?? current);
      const last = out[out.length - 1];
      if (last && sameCredit(last.speaker, current)) last.end = piece.end;
      else out.push({ ...piece, speaker: current });
    });
    return out;
  }

  /**
   * A relative clause set in the reporter's sentence that credits its own speaker ("…, through
   * which the Iraqi committee said the coalition would route its support, as the main hub"):
   * the clause is theirs, the sentence around it whoever it is read as without the clause.
   */
  function embeddedCredit(
    sentence: string,
    whole: PageSpeaker | null,
  ): { from: number; to: number; inner: PageSpeaker; outer: PageSpeaker | null } | null {
    const found = EMBEDDED_CLAUSE.exec(sentence);
    if (!found?.[1]) return null;
    const from = (found.index ?? 0) + found[0].indexOf(found[1]);
    const to = from + found[1].length;
    const reading = read(found[1], false, false, false);
    // "…, which he said …, …": the person the sentence credits, in their clause only.
    const inner =
      reading?.type === 'speaker'
        ? resolve(reading.speaker)
        : reading?.type === 'back' && whole?.kind === 'person'
          ? whole
          : null;
    if (!inner) return null;
    const rest = read(
      sentence.slice(0, from) + ' '.repeat(to - from) + sentence.slice(to),
      false,
      false,
      false,
    );
    const outer =
      rest?.type === 'speaker' ? resolve(rest.speaker) : sameCredit(whole, inner) ? null : whole;
    return sameCredit(outer, inner) ? null : { from, to, inner, outer };
  }

  /**
   * The person a headline credits by role alone ("…: PM adviser", "…: official"), as the
   * paragraphs below name them: the first named person credited there whose role has the
   * headline's noun (any named person for "official" or "source").
   */
  function namedBelow(
    spans: readonly SentenceSpan[],
    readings: ReadonlyArray<Reading | null>,
    i: number,
    role: PageSpeaker,
    nextOnly = false,
    text = '',
  ): PageSpeaker | null {
    const noun = roleWords(role.name).find((w) => ROLE_HEADS.has(w)) ?? null;
    if (nextOnly && !noun) return null;
    let first = true;
    for (let k = i + 1; k < spans.length; k++) {
      const reading = readings[k];
      // "US official: …" over "a senior administration official was blunt": the first credit
      // below is the same unnamed person, described more fully, unless the sentences just after
      // it name them.
      if (
        first &&
        reading?.type === 'speaker' &&
        reading.speaker.kind === 'anonymous' &&
        // Another headline's bare role ("Defence ministry spokesman: …") describes no one.
        !isRoleOnly(reading.speaker) &&
        roleWords(reading.speaker.name).includes(noun ?? roleWords(role.name).pop() ?? '') &&
        !readings
          .slice(k + 1, k + 3)
          .some((r) => r?.type === 'speaker' && r.speaker.kind === 'person')
      )
        return resolve(reading.speaker);
      if (reading?.type === 'speaker') first = false;
      // Only the first credit below may name them: someone else credited first is someone else.
      if (nextOnly && reading?.type === 'speaker' && reading.speaker.kind !== 'person') return null;
      if (reading?.type !== 'speaker' || reading.speaker.kind !== 'person') continue;
      const person = resolve(reading.speaker);
      if (!person.speakerId && person.name.split(/\s+/).length < 2) continue;
      if (!noun) return person;
      const known = person.speakerId ? speakersById.get(person.speakerId)?.role : null;
      const roles = roleWords(`${person.role ?? ''} ${known ?? ''}`);
      // "Defence ministry spokesman": a spokesman of that ministry, not the government's.
      const qualifiers = roleWords(role.name).filter((w) => w !== noun && OFFICE_QUALIFIERS.has(w));
      if (roles.includes(noun) && qualifiers.every((w) => roles.includes(w))) return person;
      // A person the page names with that office elsewhere ("Interior Minister Abdul Karim
      // al-Jubouri" in a caption), credited without it here.
      if (roles.length === 0 && titledElsewhere(text, person.name, noun, qualifiers)) return person;
      // "A member of parliament … said" over '"…," Hussein Kareem al-Sharifi told the paper':
      // the first person quoted below, whose office the page gives later or not at all.
      if (noun === 'lawmaker' && roles.length === 0) return person;
      if (nextOnly) return null;
    }
    return null;
  }

  return { attribute, resolve, clauses, knowPeople };
}

/** Whether `text` gives `name` an office with `noun` and `qualifiers` just before it. */
function titledElsewhere(
  text: string,
  name: string,
  noun: string,
  qualifiers: readonly string[],
): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const before = roleWords(
      text
        .slice(Math.max(0, at - 40), at)
        .split(/[.,;:\n]/)
        .pop() ?? '',
    );
    if (before.includes(noun) && qualifiers.every((w) => before.includes(w))) return true;
  }
  return false;
}

/** Whether `name` is the subject or object of a speech verb in `sentence` ("…," Brandt replied). */
function speaksIn(sentence: string, name: string): boolean {
  const at = sentence.indexOf(name);
  if (at === -1) return false;
  const after = sentence.slice(at + name.length, at + name.length + 100);
  const before = sentence.slice(Math.max(0, at - 24), at);
  return (
    SPOKEN_AFTER.test(after) ||
    SPOKEN_BEFORE.test(before) ||
    /\baccording\s+to\s+$/i.test(before) ||
    /^[^.;:"\u201c]{0,80},\s+saying\b/.test(after)
  );
}
const SPOKEN_AFTER = new RegExp(`^\\s+(?:[a-z]+\\s+){0,2}?(?:${SPEECH_VERBS})(?![A-Za-z])`);
const SPOKEN_BEFORE = new RegExp(`(?:${SPEECH_VERBS})\\s+(?:[A-Z][\\w.]*\\s+){0,3}$`);

/** An unnamed role standing for a person: "PM adviser", "official", "Iraqi government spokesman". */
function isRoleOnly(speaker: PageSpeaker): boolean {
  // "the Pentagon official said" refers back; a headline's bare role ("PM adviser") names ahead.
  // A source stays unnamed.
  return (
    speaker.kind === 'anonymous' &&
    !/^(?:the|a|an)\s/i.test(speaker.name) &&
    !/s$/.test(speaker.name) &&
    /\b(?:official|adviser|advisor|spokes\w+|minister|fm|pm|premier|commander|general|lawmaker|mp|gov|government)$/i.test(
      speaker.name,
    )
  );
}

function sameCredit(a: PageSpeaker | null, b: PageSpeaker | null): boolean {
  if (a === null || b === null) return a === b;
  return a.speakerId !== null
    ? a.speakerId === b.speakerId
    : a.kind === b.kind && a.name === b.name;
}

/** A titled name ("Defense Secretary Lloyd Austin") a sentence mentions, if any. */
const TITLED_NAME =
  /\b(?:Minister|Secretary|[Ss]pokes(?:man|woman|person)|President|Premier|Gen\.|General|Adm\.|Ambassador|Envoy|[Aa]dviser|[Aa]dvisor|Commander|Director|Chairman|Mr\.|Ms\.|Mrs\.|Dr\.)\s+((?:[A-Z][\w'’-]+|(?:al|el)-[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|(?:al|el)-[A-Z][\w'’-]+|bin|ibn|al|el)){0,3})/;

const CAPITALISED_RUN =
  /(?:[A-Z][\w'’-]+|(?:al|el)-[A-Z][\w'’-]+)(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+|(?:al|el)-[A-Z][\w'’-]+|bin|ibn)){1,4}/g;

function personNamed(sentence: string): PageSpeaker | null {
  const found = TITLED_NAME.exec(sentence) ?? NAME_WITH_OFFICE.exec(sentence);
  if (!found?.[1]) return null;
  return { name: found[1], role: null, kind: 'person', speakerId: null };
}

/** "Haidar al-Mansouri, a member of parliament's security and defence committee, was …". */
const NAME_WITH_OFFICE =
  /^\s*((?:[A-Z][\w'’-]+|(?:al|el)-[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|(?:al|el)-[A-Z][\w'’-]+)){1,3}),\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(?:member|lawmaker|MP|legislator|spokes(?:man|woman|person)|minister|commander|official|adviser|advisor|deputy|governor|senator)\b/;

/** An unnamed official named in passing, with "a" or a number. */
const UNNAMED_IN_PASSING =
  /\b(?:[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:senior\s+|top\s+)?(?:(?:U\.S\.|US|American|Iraqi|Kurdish|Western|defen[cs]e|military|security|government|administration|Pentagon|State Department)\s+){0,3}(?:official|source|diplomat|officer)s?\b|^\s*(?:Senior\s+|Top\s+)?(?:U\.S\.|US|American|Iraqi|Kurdish|Western|Pentagon)\s+(?:(?:defen[cs]e|military|security|government|administration)\s+)?(?:official|source|diplomat|officer)\b(?=,|\s*$)/;

function backReference(
  given: string | null,
  recent: readonly PageSpeaker[],
  last: PageSpeaker | null,
  mentioned: PageSpeaker | null,
  roleOf: (speaker: PageSpeaker) => string | null,
  onPage: readonly PageSpeaker[] = [],
): PageSpeaker | null {
  // "His Excellency" with no host named before it: as "he".
  const role = given === 'host' ? null : given;
  if (role === 'it') {
    const thing = recent.find((s) => s.kind !== 'person' && s.kind !== 'anonymous');
    return thing ?? (last && last.kind !== 'person' ? last : null);
  }
  // "It keeps open, they said, …": the several people just credited, not the one before them.
  if (role === 'they')
    return (
      recent
        .slice(0, 2)
        .find(
          (s) =>
            s.kind === 'joint' || (s.kind === 'anonymous' && unnamedNumber(s.name) === 'several'),
        ) ?? last
    );
  // "The United States Embassy in Baghdad welcomes …. We welcome …": a body's statement in
  // its own words; otherwise "we" is the page's.
  if (role === 'we') return last?.kind === 'institution' || last?.kind === 'joint' ? last : null;
  // "his office": the office of the person last named.
  if (role === 'office') {
    const person = last?.kind === 'person' ? last : recent.find((s) => s.kind === 'person');
    return person
      ? { name: `${person.name}'s office`, role: null, kind: 'institution', speakerId: null }
      : null;
  }
  // "Last week's issue said": the page itself.
  if (role === 'page') return null;
  if (role === 'outlet') {
    // "…, the news agency said": the outlet cited last; otherwise the page's own voice.
    return recent.find((s) => s.kind === 'outlet') ?? null;
  }
  if (role && /\b(?:statement|communiqu[eé]|text|readout)$/.test(role)) {
    // "The joint statement itself promised…": the statement's issuers, not the last speaker.
    const joint = /\bjoint\b/.test(role);
    const issuer = recent.find((s) => s.kind === 'joint' || (!joint && s.kind === 'institution'));
    if (issuer) return issuer;
    // Its issuer unnamed nearby: the statement itself, whoever issued it.
    return {
      name: `the ${role}`,
      role: null,
      kind: /\bjoint\b/.test(role) ? 'joint' : 'institution',
      speakerId: null,
    };
  }
  if (role) {
    const noun = role.split(/\s+/).pop() ?? '';
    // The noun a role is headed by: an "adviser to the prime minister" is no minister.
    const head = (s: PageSpeaker): string =>
      fold(roleOf(s) ?? '').split(/\b(?:to|of|for|at|in|with)\b/)[0] ?? '';
    // The role's noun at a word's start ("administration" holds no minister), and the words
    // that tell one office of that noun from another ("the prime minister" is not the defence
    // minister).
    // Past a possessor: the prime minister's adviser is an adviser.
    const wanted = roleWords(role.replace(/^.*['’]s\s+/, '')).filter(
      (w, i, all) => i === all.length - 1 || OFFICE_MODIFIERS.has(w),
    );
    const fits = (text: string): boolean => {
      const words = roleWords(text);
      return (
        wanted.length > 0 &&
        wanted.every((w) => words.some((x) => x.startsWith(w.slice(0, 5)))) &&
        // "the minister" is a minister, never the prime minister.
        (noun !== 'minister' || wanted.includes('prime') || !words.includes('prime'))
      );
    };
    // "the Iraqi official" is one of them, not "Iraqi and American officials", nor the American.
    const several = /s$/.test(noun);
    const side = unnamedSide(role);
    const agrees = (s: PageSpeaker): boolean =>
      s.kind !== 'anonymous' ||
      !/^(?:official|source|diplomat)s?$/.test(noun) ||
      ((unnamedNumber(s.name) === 'several') === several &&
        (side === null || unnamedSide(s.name) === side));
    const fitting = recent.find(
      (s) => agrees(s) && (fits(head(s)) || (s.kind === 'anonymous' && fits(s.name))),
    );
    if (fitting) return fitting;
    if (/official|source|diplomat/.test(role)) {
      const anonymous = recent.find((s) => s.kind === 'anonymous' && agrees(s)) ?? mentioned;
      if (anonymous) return anonymous;
      // "the official said" is someone, never the body or the statement credited before.
      if (last && last.kind !== 'person' && last.kind !== 'anonymous')
        return { name: `the ${role}`, role: null, kind: 'anonymous', speakerId: null };
    }
    // "…, the general says" with the general named further up than the window reaches: the
    // one official the page names whose office it is.
    if (!last || !fits(head(last))) {
      const holders = onPage.filter((s) => fits(head(s)) || fits(s.name));
      if (holders.length === 1 && holders[0]) return holders[0];
    }
    // "the prime minister said" with no prime minister credited before: the office's holder,
    // not whoever spoke last.
    if ((!last || !fits(head(last))) && ROLE_HEADS.has(roleWords(noun)[0] ?? ''))
      return { name: `the ${role}`, role: null, kind: 'anonymous', speakerId: null };
  }
  return last;
}

/** The attribution the first sentence of the block after sentence `i`'s gives, if any. */
function nextBlockReading(
  spans: readonly SentenceSpan[],
  readings: ReadonlyArray<Reading | null>,
  i: number,
  text: string,
): Reading | null {
  const blockEnd = text.indexOf('\n', (spans[i] as SentenceSpan).start);
  if (blockEnd === -1) return null;
  for (let k = i + 1; k < spans.length; k++) {
    const span = spans[k] as SentenceSpan;
    if (span.start <= blockEnd) continue;
    const reading = readings[k];
    const sentence = ownWords(text.slice(span.start, span.end));
    // Only a sentence that credits the words: "The words came from a senior official…".
    if (reading && reading.type !== 'question' && CREDITS_WORDS.test(sentence)) return reading;
    return null;
  }
  return null;
}

const CREDITS_WORDS =
  /\b(?:words|remarks|comments|quote|statement|assessment|line|message|view)\b|\bsaid\b|\bcame from\b|^\s*(?:that|those) (?:was|were) /i;

/** The attribution of the quote sentence `i` opens: read where the quote closes. */
function quoteAttribution(
  spans: readonly SentenceSpan[],
  readings: ReadonlyArray<Reading | null>,
  i: number,
  text: string,
): Reading | null {
  const first = spans[i] as SentenceSpan;
  const blockEnd = text.indexOf('\n', first.start);
  for (let k = i; k < spans.length && k < i + 6; k++) {
    const span = spans[k] as SentenceSpan;
    if (blockEnd !== -1 && span.start > blockEnd) break;
    const reading = readings[k];
    if (reading && reading.type !== 'question') return reading;
    const sentence = ownWords(text.slice(span.start, span.end));
    if (k > i && !QUOTE_OPEN.test(sentence) && !opensQuote(text.slice(first.start, span.start)))
      break;
  }
  return null;
}
