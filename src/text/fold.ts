/**
 * Folding text for matching: lower case, straight quotes and apostrophes, one kind of hyphen,
 * plain spaces, no diacritics. Folding never changes the length of a string, so an offset in
 * the folded text is the same offset in the original: that is what lets mentions found in
 * folded text point back at the page.
 */

const PUNCTUATION =
  /[\u00a0\u2007\u202f\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2010-\u2015\u2212\ufe63\uff0d]/g;

const PUNCTUATION_MAP: Record<string, string> = {
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u02bc': "'",
  '`': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
};

/** Latin letters with diacritics (and a few ligature-free specials) fold to their base letter. */
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/g;

function foldPunctuation(ch: string): string {
  return PUNCTUATION_MAP[ch] ?? '-';
}

function foldAccent(ch: string): string {
  const base = ch.normalize('NFD').charAt(0);
  // Letters such as "ø" or "ß" have no decomposition; a one-character stand-in keeps length.
  return base.length === 1 && /[a-z]/i.test(base) ? base : ch;
}

/** Lower-cases one character at a time where `toLowerCase` would change the length ("İ"). */
function lowerKeepingLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** A character folding changes besides its case: a backtick, or one outside ASCII. */
const FOLDABLE = /[`\u0080-\uffff]/;

/** The folded form of `text`, of exactly the same length. */
export function fold(text: string): string {
  const lower = lowerKeepingLength(text);
  if (!FOLDABLE.test(lower)) return lower;
  return lower.replace(PUNCTUATION, foldPunctuation).replace(ACCENTED, foldAccent);
}

/** Collapses runs of white space into single spaces and trims: for display and comparison. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
