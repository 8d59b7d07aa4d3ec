/**
 * Sentence bounds around an offset, found on demand: only the sentences that hold a mention
 * are ever delimited, so a long page costs nothing here beyond its mentions.
 */

/** Lower-case words that end with a full stop without ending a sentence. */
const ABBREVIATIONS = new Set([
  'u.s',
  'u.k',
  'u.n',
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'lt',
  'col',
  'maj',
  'sgt',
  'capt',
  'adm',
  'brig',
  'cmdr',
  'cpl',
  'pvt',
  'spc',
  'pfc',
  'ret',
  'amb',
  'prof',
  'hon',
  'rep',
  'sen',
  'gov',
  'pres',
  'st',
  'no',
  'vs',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'a.m',
  'p.m',
  'i.e',
  'e.g',
  'jr',
  'sr',
  'iii',
]);

/** How far a sentence may reach either side of its mention: bounds the work on odd text. */
const MAX_REACH = 600;

const CLOSERS = new Set(['"', "'", ')', ']', '\u201d', '\u2019']);

/**
 * Whether the character at `at` closes what came before. Scraped text runs sentences together,
 * so a straight quote glued to the next word may open it ('…said."The 10-year mark…') or close
 * the one before ('…“This is a transition."In the first phase…'). The nearest quotation mark
 * before it whose direction is plain (curly, or with a space on one side) decides.
 */
function closesAt(text: string, at: number): boolean {
  const ch = text[at] as string;
  if (!CLOSERS.has(ch)) return false;
  if (ch !== '"' || !/[A-Za-z]/.test(text[at + 1] ?? '')) return true;
  const from = Math.max(text.lastIndexOf('\n', at) + 1, at - 4 * MAX_REACH);
  for (let k = at - 1; k >= from; k--) {
    const c = text[k];
    if (c !== '"' && c !== '\u201c' && c !== '\u201d') continue;
    const spaceBefore = k === 0 || /\s/.test(text[k - 1] as string);
    const spaceAfter = k + 1 >= text.length || /\s/.test(text[k + 1] as string);
    if (c === '\u201c' || (spaceBefore && !spaceAfter)) return true;
    if (spaceAfter && !spaceBefore) return false;
  }
  return false;
}

/**
 * How long the citation marks after a stop at `at` run: an encyclopedia's "…to leave.[4][5]
 * The …", a report's footnote number "…of 2024.1 The …".
 */
function citationMarksAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  // Most stops are followed by a space: told apart before any string is made.
  if (code !== 91 && (code < 48 || code > 57)) return 0;
  let length = 0;
  for (;;) {
    const mark = CITATION_MARK.exec(text.slice(at + length, at + length + 20));
    if (!mark) break;
    length += mark[0].length;
  }
  return length;
}

const CITATION_MARK =
  /^\[(?:\d{1,3}|[a-z]|citation needed|note \d{1,2})\]|^\d{1,2}(?=\s+["\u201c]?[A-Z])/;

function isBoundaryAt(text: string, dot: number): boolean {
  // Most characters end nothing: told apart by their code alone, before any string is made.
  const code = text.charCodeAt(dot);
  // A semicolon joins two statements, often by two speakers: each is matched on its own.
  if (code === 10 || code === 59) return true;
  if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) return false;
  const ch = text[dot];
  let after = dot + 1;
  while (after < text.length && closesAt(text, after)) after++;
  after += citationMarksAt(text, after);
  if (after < text.length && text[after] !== ' ' && text[after] !== '\n') {
    // "...Iraq.“To be clear" — a closing quote glued to the next sentence's opening quote.
    const next = text[after] as string;
    if (!(next === '\u201c' || next === '"' || /[A-Z]/.test(next))) return false;
  }
  if (ch === '.') {
    let wordStart = dot;
    while (wordStart > 0 && /[A-Za-z.]/.test(text[wordStart - 1] as string)) wordStart--;
    const word = text.slice(wordStart, dot).toLowerCase();
    // "No. 2" numbers; "No. Muhammadawi said …" answers a question.
    if (word === 'no') return !/^\s?\d/.test(text.slice(dot + 1, dot + 3));
    if (ABBREVIATIONS.has(word)) return false;
    // A single capital initial ("Lloyd J. Austin").
    if (word.length === 1 && /[A-Z]/.test(text[dot - 1] as string)) return false;
    // "2.5 million" is a number; "… of September 27, 2024.1 The statement …", a footnote.
    if (
      /\d$/.test(word) &&
      /\d/.test(text[dot + 1] ?? '') &&
      !/^\d{1,2}\s+["\u201c]?[A-Z]/.test(text.slice(dot + 1, dot + 6))
    )
      return false;
  }
  return true;
}

/** The `[start, end)` of the sentence containing `offset`, trimmed of white space. */
export function sentenceAround(text: string, offset: number): { start: number; end: number } {
  const { start, end } = scanSentence(text, offset);
  return { start, end };
}

/**
 * `sentenceAround` for many offsets of one text: an offset inside a sentence already found gets
 * that sentence without a scan (the same answer, since the answer depends only on the stops on
 * either side and how far they are).
 */
export function sentenceFinder(text: string): (offset: number) => { start: number; end: number } {
  const found: SentenceScan[] = [];
  return (offset) => {
    for (let k = found.length - 1; k >= 0 && k >= found.length - 4; k--) {
      const known = found[k] as SentenceScan;
      if (offset >= known.from && offset <= known.to) return { start: known.start, end: known.end };
    }
    const scan = scanSentence(text, offset);
    if (scan.from <= scan.to) found.push(scan);
    return { start: scan.start, end: scan.end };
  };
}

interface SentenceScan {
  start: number;
  end: number;
  /** The offsets whose scan gives the same sentence (none when `from > to`). */
  from: number;
  to: number;
}

function scanSentence(text: string, offset: number): SentenceScan {
  const floor = Math.max(0, offset - MAX_REACH);
  let start = offset;
  while (start > floor && !isBoundaryAt(text, start - 1)) start--;
  const rawStart = start;
  // A boundary is the stop itself; the sentence begins after its closing quotes
  // ('…September 2025." Weeks earlier …'), as the sentence before ends after them. An offset
  // on those quotes is read with them.
  let lead = start;
  if (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== ';')
    while (lead < text.length && closesAt(text, lead)) lead++;
  const onQuotes = offset < lead;
  if (!onQuotes) start = lead;
  const ceiling = Math.min(text.length, offset + MAX_REACH);
  let end = offset;
  while (end < ceiling && !isBoundaryAt(text, end)) end++;
  // Every offset between the two stops scans to them, as long as both stay within its reach:
  // a stop found (or the text's edge) rather than the reach's limit.
  const rawEnd = end;
  const stopBefore = rawStart > floor || rawStart === 0;
  const stopAfter = rawEnd < ceiling || rawEnd === text.length;
  const from = Math.max(start, (rawEnd < ceiling ? rawEnd + 1 : text.length) - MAX_REACH);
  const to = Math.min(rawEnd, rawStart === 0 ? MAX_REACH : rawStart - 1 + MAX_REACH);
  if (end < ceiling && text[end] !== '\n') {
    end++;
    while (end < text.length && closesAt(text, end)) end++;
    end += citationMarksAt(text, end);
  }
  // The marks after the stop before belong to that sentence.
  if (start === rawStart && start > 0 && isBoundaryAt(text, start - 1))
    start += Math.min(citationMarksAt(text, start), Math.max(0, offset - start));
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return stopBefore && stopAfter && !onQuotes
    ? { start, end, from, to }
    : { start, end, from: 1, to: 0 };
}

/** The `[start, end)` of the block (paragraph) containing `offset`, bounded around it. */
export function blockAround(
  text: string,
  offset: number,
  reach = 1200,
): { start: number; end: number } {
  const from = Math.max(0, offset - reach);
  const before = text.lastIndexOf('\n', offset - 1);
  const start = before < from ? from : before + 1;
  const after = text.indexOf('\n', offset);
  const limit = Math.min(text.length, offset + reach);
  const end = after === -1 || after > limit ? limit : after;
  return { start, end };
}
