/**
 * The parts of a page that its mentions' matching reads, packed into one short text, so
 * mentions can be matched away from the page (in the background, by the one engine every tab
 * shares) without sending the page. Each mention's sentence travels with its attribution window
 * (the blocks before it and the rest of its paragraph), so the speaker read from the packed text
 * is the speaker read from the page. Offsets in the packed text map back to the page's.
 */
import { attributionWindow } from '../attribute/window';
import type { Mention } from '../model/types';

interface Piece {
  packedStart: number;
  originalStart: number;
  length: number;
}

export interface PackedSentences {
  text: string;
  /** The mentions, with offsets in `text`. */
  mentions: Mention[];
  /** Where each packed piece came from, in order. */
  pieces: Piece[];
}

/** Between two pieces: a block break with a form feed, which attribution never reads across. */
export const PIECE_SEPARATOR = '\n\f\n';

/** Packs the attribution windows of `mentions` (in page order), merging the ones that touch. */
export function packSentences(text: string, mentions: readonly Mention[]): PackedSentences {
  const ranges: Array<{ start: number; end: number }> = [];
  const seen = new Set<number>();
  for (const mention of mentions) {
    if (seen.has(mention.sentenceStart)) continue;
    seen.add(mention.sentenceStart);
    const window = attributionWindow(text, mention.sentenceStart, mention.sentenceEnd);
    ranges.push({
      start: Math.min(window.start, mention.sentenceStart),
      end: Math.max(window.end, mention.sentenceEnd),
    });
  }
  ranges.sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end + 1) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  const pieces: Piece[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const range of merged) {
    if (length > 0) {
      parts.push(PIECE_SEPARATOR);
      length += PIECE_SEPARATOR.length;
    }
    pieces.push({
      packedStart: length,
      originalStart: range.start,
      length: range.end - range.start,
    });
    parts.push(text.slice(range.start, range.end));
    length += range.end - range.start;
  }
  const packed = mentions.map((mention) => {
    const shift = packedOffset(pieces, mention.sentenceStart) - mention.sentenceStart;
    return {
      ...mention,
      start: mention.start + shift,
      end: mention.end + shift,
      sentenceStart: mention.sentenceStart + shift,
      sentenceEnd: mention.sentenceEnd + shift,
    };
  });
  return { text: parts.join(''), mentions: packed, pieces };
}

function packedOffset(pieces: readonly Piece[], original: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const piece = pieces[mid] as Piece;
    if (original < piece.originalStart) hi = mid - 1;
    else if (original > piece.originalStart + piece.length) lo = mid + 1;
    else return piece.packedStart + (original - piece.originalStart);
  }
  return -1;
}

/** The page offset of a packed offset, or -1 when it falls between pieces. */
export function unpackOffset(packed: Pick<PackedSentences, 'pieces'>, offset: number): number {
  let lo = 0;
  let hi = packed.pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const piece = packed.pieces[mid] as Piece;
    if (offset < piece.packedStart) hi = mid - 1;
    else if (offset > piece.packedStart + piece.length) lo = mid + 1;
    else return piece.originalStart + (offset - piece.packedStart);
  }
  return -1;
}

/**
 * The mentions of several texts (a page read in blocks) packed into one request: each text's
 * own packing (`packSentences`), one after another with `PIECE_SEPARATOR` between them, so a
 * block's pieces are read as pieces of one more text and each mention is matched as it would
 * be in a request of its own block. `mentions` are every group's, in order, with offsets in
 * `text`.
 */
export function packGroups(
  groups: ReadonlyArray<{ text: string; mentions: readonly Mention[] }>,
): Pick<PackedSentences, 'text' | 'mentions'> {
  const parts: string[] = [];
  const mentions: Mention[] = [];
  let length = 0;
  for (const group of groups) {
    const packed = packSentences(group.text, group.mentions);
    if (length > 0) {
      parts.push(PIECE_SEPARATOR);
      length += PIECE_SEPARATOR.length;
    }
    for (const m of packed.mentions) {
      mentions.push({
        ...m,
        start: m.start + length,
        end: m.end + length,
        sentenceStart: m.sentenceStart + length,
        sentenceEnd: m.sentenceEnd + length,
      });
    }
    parts.push(packed.text);
    length += packed.text.length;
  }
  return { text: parts.join(''), mentions };
}
