/**
 * The sentences that hold a page's mentions, packed into one short text, so mentions can be
 * matched away from the page (in the background, by the one engine every tab shares) without
 * sending the page. Offsets in the packed text map back to the page's.
 */
import type { Mention } from './types';

interface Piece {
  packedStart: number;
  originalStart: number;
  length: number;
}

export interface PackedSentences {
  text: string;
  /** The mentions, with offsets in `text`. */
  mentions: Mention[];
  /** Where each packed sentence came from, in order. */
  pieces: Piece[];
}

/**
 * Packs the sentences of `mentions` (in page order). Sentences that follow each other in the
 * same paragraph stay joined by a space, so "he added" still finds its speaker; others are
 * separated by a line break, as paragraphs are.
 */
export function packSentences(text: string, mentions: readonly Mention[]): PackedSentences {
  const pieces: Piece[] = [];
  const parts: string[] = [];
  let length = 0;
  const packedStartOf = new Map<number, number>();
  let previousEnd = -1;
  for (const mention of mentions) {
    if (packedStartOf.has(mention.sentenceStart)) continue;
    const sentence = text.slice(mention.sentenceStart, mention.sentenceEnd);
    if (length > 0) {
      const gap = previousEnd >= 0 ? text.slice(previousEnd, mention.sentenceStart) : '\n';
      const joiner = gap.length > 0 && gap.length <= 3 && /^ +$/.test(gap) ? ' ' : '\n';
      parts.push(joiner);
      length += joiner.length;
    }
    packedStartOf.set(mention.sentenceStart, length);
    pieces.push({
      packedStart: length,
      originalStart: mention.sentenceStart,
      length: sentence.length,
    });
    parts.push(sentence);
    length += sentence.length;
    previousEnd = mention.sentenceEnd;
  }
  const packed = mentions.map((mention) => {
    const shift = (packedStartOf.get(mention.sentenceStart) as number) - mention.sentenceStart;
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

/** The page offset of a packed offset, or -1 when it falls between sentences. */
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
