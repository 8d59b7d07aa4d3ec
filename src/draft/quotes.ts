/**
 * Quoted passages of a page, read paragraph by paragraph: double quotes (straight or curly)
 * and single quotes (‘…’, '…') that are not apostrophes. A quotation may run over several
 * sentences, and one left open at the end of its paragraph (wire style) ends there.
 */

export interface QuoteSpan {
  /** Offsets of the words inside the marks, `end` exclusive. */
  start: number;
  end: number;
}

const LETTER = /[\p{L}\p{N}]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/** A single mark between two letters ("Iraq’s", "I'm") is an apostrophe, never a quote mark. */
function isApostrophe(text: string, at: number): boolean {
  return isLetter(text[at - 1]) && isLetter(text[at + 1]);
}

function opensSingle(text: string, at: number, from: number): boolean {
  const before = at === from ? ' ' : (text[at - 1] as string);
  return /[\s([{\u2014-]/.test(before) && isLetter(text[at + 1]);
}

function closesSingle(text: string, at: number): boolean {
  return !isApostrophe(text, at) && !isLetter(text[at + 1]) && !/\s/.test(text[at - 1] ?? ' ');
}

/** The quoted spans of the paragraph `[from, to)` of `text`. */
function spansInBlock(text: string, from: number, to: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: { at: number; kind: 'double' | 'single' } | null = null;
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    if (ch === '"' || ch === '\u201c' || ch === '\u201d') {
      if (open?.kind === 'double' && ch !== '\u201c') {
        spans.push({ start: open.at + 1, end: i });
        open = null;
      } else if (!open && ch !== '\u201d') open = { at: i, kind: 'double' };
      else if (open?.kind === 'single' && ch === '\u201c') open = { at: i, kind: 'double' };
      continue;
    }
    if (ch === "'" || ch === '\u2018' || ch === '\u2019') {
      if (isApostrophe(text, i)) continue;
      if (!open && (ch === '\u2018' || ch === "'") && opensSingle(text, i, from)) {
        open = { at: i, kind: 'single' };
      } else if (open?.kind === 'single' && ch !== '\u2018' && closesSingle(text, i)) {
        spans.push({ start: open.at + 1, end: i });
        open = null;
      } else if (
        open?.kind === 'double' &&
        ch !== '\u2018' &&
        closesSingle(text, i) &&
        !/["\u201d]/.test(text.slice(i, to))
      ) {
        // A double quote closed by a single mark, as some pages print: "… and Syria.'
        spans.push({ start: open.at + 1, end: i });
        open = null;
      }
    }
  }
  if (open && to - open.at > 2) spans.push({ start: open.at + 1, end: to });
  return spans;
}

/** Every quoted span of `text`, in order. */
export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let from = 0;
  while (from <= text.length) {
    const newline = text.indexOf('\n', from);
    const to = newline === -1 ? text.length : newline;
    spans.push(...spansInBlock(text, from, to));
    if (newline === -1) break;
    from = newline + 1;
  }
  return spans;
}

/**
 * A quoted passage as the dataset writes it: without surrounding white space and without the
 * comma or full stop the page puts inside the closing mark (an ellipsis stays).
 */
export function tidyQuote(raw: string): string {
  let out = raw.replace(/\s+/g, ' ').trim();
  out = out.replace(/[\s,;:]+$/, '');
  if (/[^.]\.$/.test(out)) out = out.slice(0, -1);
  return out.replace(/^[\s,;:]+/, '').trim();
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => LETTER.test(w)).length;
}
