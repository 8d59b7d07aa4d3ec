/**
 * The text a sentence's attribution depends on: a few blocks before it (for "he added" and
 * transcript speakers) and the rest of its paragraph (for a quote credited at its close). Kept
 * apart from the attributor so the content script can pack windows without bundling it.
 */

/** How many blocks before a sentence's own block attribution reads. */
const BLOCKS_BEFORE = 4;
/** …and at most this many characters back. */
const REACH_BEFORE = 2400;
/**
 * How far ahead it reads for the attribution of a quote: the rest of the quote's paragraph, and
 * the next one ("The words came from a senior official…").
 */
const REACH_AFTER = 900;
/** How far a headline reads on: a byline, a dateline and the first paragraphs. */
const HEADLINE_BLOCKS_AFTER = 12;
/**
 * A sentence that credits an unnamed holder of a particular role ("a senior Iraqi commander
 * told…") reads on as far, for the paragraph below that names them.
 */
export const UNNAMED_ROLE =
  /\b(?:an?)\s+(?:[\w'’.-]+\s+){0,3}?(?:commander|adviser|advisor|spokes(?:man|woman|person)|lawmaker|legislator|member\s+of\s+parliament)\b/i;
const HEADLINE_REACH_AFTER = 1600;

/**
 * A released text introduced as such ("The text of the following statement was released by …",
 * "Begin text:", a parliament's "Answered by" over the minister's name): every paragraph after
 * it, up to "End text" or the next introduction, is the statement's own voice, so a window
 * inside one reaches back to its introduction.
 */
const STATEMENT_INTRO =
  /(?<=^|\n)(?:Answered|Asked) by(?=[ \t]*\n)|\b(?:text of the (?:following )?(?:joint )?(?:statement|communiqu[eé]|readout)|(?:issued|released|published) the following (?:joint )?(?:statement|communiqu[eé]|readout)|the following (?:joint )?(?:statement|communiqu[eé]|readout) (?:was|has been) (?:issued|released|published)|following is the (?:full )?text of|Begin text:)/gi;
const INTRO_WORD = /following|text of|begin text|(?:answered|asked) by\s*\n/i;
const STATEMENT_ENDS = /\bEnd (?:of (?:the )?)?(?:text|statement|readout)\b/gi;
/** How far back a statement's introduction may be. */
const STATEMENT_REACH = 8000;

/** Where a text's statement introductions and "End text" lines are: found once per text. */
let markersFor: { text: string; intros: number[]; ends: number[]; feeds: number[] } | null = null;

function markersOf(text: string): { intros: number[]; ends: number[]; feeds: number[] } {
  if (markersFor?.text === text) return markersFor;
  const intros: number[] = [];
  const ends: number[] = [];
  const feeds: number[] = [];
  if (INTRO_WORD.test(text)) {
    for (const m of text.matchAll(STATEMENT_INTRO)) intros.push(m.index ?? 0);
    for (const m of text.matchAll(STATEMENT_ENDS)) ends.push(m.index ?? 0);
    for (let at = text.indexOf('\f'); at !== -1; at = text.indexOf('\f', at + 1)) feeds.push(at);
  }
  markersFor = { text, intros, ends, feeds };
  return markersFor;
}

/** The last offset of `sorted` in `[from, to)`, or -1. */
function lastIn(sorted: readonly number[], from: number, to: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < to) lo = mid + 1;
    else hi = mid;
  }
  const found = sorted[lo - 1];
  return found !== undefined && found >= from ? found : -1;
}

/**
 * The introduction of the released text `sentenceStart` is part of, looked for in `[from,
 * sentenceStart)` within the statement reach and the sentence's packed piece: its offset and
 * the start of the block before it (the line that names who released it), or null.
 */
export function statementIntro(
  text: string,
  sentenceStart: number,
  from = 0,
): { at: number; blockBefore: number } | null {
  const reach = Math.max(from, sentenceStart - STATEMENT_REACH);
  const { intros, ends, feeds } = markersOf(text);
  if (intros.length === 0) return null;
  const feed = lastIn(feeds, reach, sentenceStart);
  const scopeStart = feed !== -1 ? feed + 1 : reach;
  const at = lastIn(intros, scopeStart, sentenceStart);
  // Anything after "End text" is the outlet's again.
  if (at === -1 || lastIn(ends, at, sentenceStart) !== -1) return null;
  const blockStart = text.lastIndexOf('\n', at) + 1;
  return { at, blockBefore: Math.max(scopeStart, text.lastIndexOf('\n', blockStart - 2) + 1) };
}

/**
 * A body or document referred to by a bare noun or an acronym, a person by their surname
 * alone ("Castellano said") or by their office ("Iraq's deputy joint operations commander
 * says"), named somewhere before.
 */
const NAMED_BEFORE =
  /\b(?:[Tt]he\s+(?:committee|commission|ministry|command|statement|text|paper|newspaper|news agency)|[Tt]he\s+(?!US\b|UN\b|EU\b|UK\b)[A-Z]{2,6})\b|(?<![\w.]\s|[A-Z][\w'\u2019-]*\s)\b(?!(?:He|She|They|It|We|I|Officials|Sources|Analysts|Diplomats|Residents|Lawmakers)\b)[A-Z][a-z\u00e0-\u017f]+(?:-[A-Z][a-z]+)?\s+(?:said|says|added|told)\b|\b[A-Z][a-z]+['\u2019]s\s+(?:[a-z]+\s+){0,4}(?:commander|minister|spokes(?:man|woman|person)|adviser)\s+(?:said|says|told)\b/;

/** A paragraph that is one quotation and nothing else. */
const QUOTED_BLOCK = /^\s*['‘"“][^\n]*['’"”]\s*$/;

/** The `[start, end)` of the whole block (paragraph) holding offset `at`. */
export function blockAt(text: string, at: number): { start: number; end: number } {
  const end = text.indexOf('\n', at);
  return { start: text.lastIndexOf('\n', at - 1) + 1, end: end === -1 ? text.length : end };
}

/** Whether the block holding `at` is one quotation and nothing else: ‘…’ or “…”. */
export function isQuotedBlock(text: string, at: number): boolean {
  const { start, end } = blockAt(text, at);
  return QUOTED_BLOCK.test(text.slice(start, end));
}

/**
 * How an interview's opening names its guest ("we asked Layla Haddad, who …", "Brigadier
 * General Karwan Rasul, director of …, spoke to Rezan Media about …").
 */
export const INTERVIEW_GUEST =
  /\b(?:[Ww]e asked|[Ww]e spoke (?:to|with)|(?<=['’]s\s+(?:[A-Z][\w'’-]+\s+){1,3})spoke (?:to|with)|speaks (?:to|with)|talks (?:to|with)|[Ii]nterview(?:ed)? with|[Tt]alked (?:to|with)|Q&A with|[Ii]n conversation with|[Ss]at down with)\s+((?:[A-Z][\w'’.-]+|(?:al|el)-[A-Z][\w'’-]+)(?:[ \t]+(?:[A-Z][\w'’-]+|(?:al|el)-[A-Z][\w'’-]+)){1,5})|(?:^|\n)(?:(?:Brigadier|Major|Lieutenant|Maj\.|Lt\.|Brig\.)\s+(?:General|Gen\.)\s+|(?:General|Gen\.|Colonel|Col\.|Minister|Senator|Dr\.)\s+)?((?:[A-Z][\w'’-]+|(?:al|el)-[A-Z][\w'’-]+)(?:[ \t]+(?:[A-Z][\w'’-]+|(?:al|el)-[A-Z][\w'’-]+)){1,3}),[^.\n]{0,160}?\b(?:spoke|talked)\s+(?:exclusively\s+)?(?:to|with)\s+[A-Z]|\b(?:met|interviewed)\s+(?:[A-Z][a-z]+\s+)?(?:Minister|Commander|General|Gen\.|Spokesman|Spokesperson|Ambassador|Senator|President|Governor|Adviser|Director)\s+((?:[A-Z][\w'’-]+|(?:al|el)-[A-Z][\w'’-]+)(?:[ \t]+(?:[A-Z][\w'’-]+|(?:al|el)-[A-Z][\w'’-]+)){1,3})/;

/** How far into a text an interview names its guest. */
export const INTERVIEW_OPENING = 2500;

/** Where a text's interview opening is, found once per text; -1 when it is no interview. */
let openingFor: { text: string; at: number } | null = null;

function interviewOpening(text: string): number {
  if (openingFor?.text !== text)
    openingFor = { text, at: INTERVIEW_GUEST.exec(text.slice(0, INTERVIEW_OPENING))?.index ?? -1 };
  return openingFor.at;
}

/** The `[start, end)` of the text a sentence's attribution depends on. */
export function attributionWindow(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
): { start: number; end: number } {
  // A form feed marks where a packed piece of another part of the page ends: never read past it.
  // Both searches stay within the reach, so the cost per sentence does not grow with the page.
  const reach = Math.max(0, sentenceStart - REACH_BEFORE);
  const feed = text.slice(reach, sentenceStart).lastIndexOf('\f');
  const floor = feed === -1 ? reach : reach + feed + 1;
  let start = sentenceStart;
  for (let blocks = 0; blocks <= BLOCKS_BEFORE && start > floor; blocks++) {
    const at = text.lastIndexOf('\n', start - 2);
    start = at < floor ? floor : at + 1;
  }
  // A window starts at a block edge (or the reach limit), so sentence bounds inside it agree
  // with the page's.
  if (start > 0 && text[start - 1] !== '\n') {
    const next = text.indexOf('\n', start);
    start = next === -1 || next >= sentenceStart ? sentenceStart : next + 1;
  }
  const statement = statementIntro(text, sentenceStart);
  if (statement !== null && statement.blockBefore < start) start = statement.blockBefore;
  // "The committee said", "the JOC said", "the statement says": back to where the page may
  // have named them.
  if (NAMED_BEFORE.test(text.slice(sentenceStart, sentenceEnd))) {
    const far = Math.max(0, sentenceStart - STATEMENT_REACH);
    const farFeed = text.slice(far, start).lastIndexOf('\f');
    const from = farFeed === -1 ? far : far + farFeed + 1;
    if (from < start) start = from === 0 ? 0 : text.indexOf('\n', from) + 1 || start;
  }
  // An interview's answers read back to the opening that names its guest.
  const opening = interviewOpening(text);
  if (
    opening !== -1 &&
    opening < start &&
    sentenceStart - opening <= STATEMENT_REACH &&
    !text.slice(opening, sentenceStart).includes('\f')
  )
    start = text.lastIndexOf('\n', opening) + 1;
  // A headline (a block of its own with no closing stop) reads on into the first paragraphs,
  // where the person it credits by role is named.
  const ownEnd = text.indexOf('\n', sentenceEnd);
  // A headline's first half, before a semicolon, reads on too.
  const headline =
    (sentenceStart === 0 || text[sentenceStart - 1] === '\n') &&
    (ownEnd === -1 ||
      ownEnd === sentenceEnd ||
      /;\s*$/.test(text.slice(sentenceStart, sentenceEnd))) &&
    !/[.!?]["\u201d']?$/.test(text.slice(sentenceStart, sentenceEnd));
  // So does a paragraph that is one quotation (an interview's pull-quote headline), for whose
  // words the page names the speaker below.
  const readsOn =
    headline ||
    isQuotedBlock(text, sentenceStart) ||
    UNNAMED_ROLE.test(text.slice(sentenceStart, sentenceEnd));
  let blockEnd = ownEnd;
  for (let k = 0; k < (readsOn ? HEADLINE_BLOCKS_AFTER : 1) && blockEnd !== -1; k++)
    blockEnd = text.indexOf('\n', blockEnd + 1);
  const ceiling = Math.min(
    text.length,
    sentenceEnd + (readsOn ? HEADLINE_REACH_AFTER : REACH_AFTER),
  );
  const feedAfter = text.slice(sentenceEnd, ceiling).indexOf('\f');
  const end = Math.min(
    blockEnd === -1 || blockEnd > ceiling ? ceiling : blockEnd,
    feedAfter === -1 ? text.length : sentenceEnd + feedAfter - 1,
  );
  return { start, end };
}
