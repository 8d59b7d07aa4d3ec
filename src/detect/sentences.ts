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

function isBoundaryAt(text: string, dot: number): boolean {
  const ch = text[dot];
  // A semicolon joins two statements, often by two speakers: each is matched on its own.
  if (ch === '\n' || ch === ';') return true;
  if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '\u2026') return false;
  let after = dot + 1;
  while (after < text.length && closesAt(text, after)) after++;
  if (after < text.length && text[after] !== ' ' && text[after] !== '\n') {
    // "...Iraq.“To be clear" — a closing quote glued to the next sentence's opening quote.
    const next = text[after] as string;
    if (!(next === '\u201c' || next === '"' || /[A-Z]/.test(next))) return false;
  }
  if (ch === '.') {
    let wordStart = dot;
    while (wordStart > 0 && /[A-Za-z.]/.test(text[wordStart - 1] as string)) wordStart--;
    const word = text.slice(wordStart, dot).toLowerCase();
    if (ABBREVIATIONS.has(word)) return false;
    // A single capital initial ("Lloyd J. Austin").
    if (word.length === 1 && /[A-Z]/.test(text[dot - 1] as string)) return false;
    if (/\d$/.test(word) && /\d/.test(text[dot + 1] ?? '')) return false;
  }
  return true;
}

/** The `[start, end)` of the sentence containing `offset`, trimmed of white space. */
export function sentenceAround(text: string, offset: number): { start: number; end: number } {
  const floor = Math.max(0, offset - MAX_REACH);
  let start = offset;
  while (start > floor && !isBoundaryAt(text, start - 1)) start--;
  // A boundary is the stop itself; the sentence begins after its closing quotes.
  while (
    start < offset &&
    CLOSERS.has(text[start] as string) &&
    start > 0 &&
    isBoundaryAt(text, start - 1) === false
  )
    start++;
  const ceiling = Math.min(text.length, offset + MAX_REACH);
  let end = offset;
  while (end < ceiling && !isBoundaryAt(text, end)) end++;
  if (end < ceiling && text[end] !== '\n') {
    end++;
    while (end < text.length && closesAt(text, end)) end++;
  }
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
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
