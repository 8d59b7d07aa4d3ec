/**
 * The readable text of a page and a map from its offsets back to the text nodes it came from.
 * Generic over the node type so it runs on a live DOM, on linkedom in Node, or on plain strings.
 */

/** A stretch of the text that maps linearly onto one text node. */
export interface Segment<N> {
  node: N;
  /** Offset in the index text where this segment starts. */
  start: number;
  /** Offset in the node's data that `start` corresponds to. */
  nodeStart: number;
  length: number;
}

export interface TextIndex<N> {
  /** Readable text: white space collapsed, a newline between blocks. */
  text: string;
  /** Segments in text order; characters outside every segment are block separators. */
  segments: Segment<N>[];
}

/** A point in a node: what a DOM `Range` boundary needs. */
export interface NodePoint<N> {
  node: N;
  offset: number;
}

/**
 * Index of the segment holding text offset `offset`, or of the first segment after it when the
 * offset falls on a separator; -1 when there is none.
 */
export function segmentAt<N>(index: TextIndex<N>, offset: number): number {
  const { segments } = index;
  let lo = 0;
  let hi = segments.length - 1;
  let answer = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const segment = segments[mid] as Segment<N>;
    if (segment.start + segment.length <= offset) lo = mid + 1;
    else {
      answer = mid;
      hi = mid - 1;
    }
  }
  return answer;
}

/**
 * The node points bounding text `[start, end)`, or null when the span holds no node text.
 * A span may cross several nodes (a phrase split by `<em>`); the points are its two ends.
 */
export function spanToPoints<N>(
  index: TextIndex<N>,
  start: number,
  end: number,
): { start: NodePoint<N>; end: NodePoint<N> } | null {
  if (!(end > start)) return null;
  const first = segmentAt(index, start);
  if (first < 0) return null;
  const firstSegment = index.segments[first] as Segment<N>;
  if (firstSegment.start >= end) return null;
  const startOffset =
    Math.max(start, firstSegment.start) - firstSegment.start + firstSegment.nodeStart;

  let last = segmentAt(index, end - 1);
  if (last < 0) last = index.segments.length - 1;
  let lastSegment = index.segments[last] as Segment<N>;
  // `end - 1` on a separator gives the segment after it; step back to one inside the span.
  while (lastSegment.start >= end && last > first) {
    last -= 1;
    lastSegment = index.segments[last] as Segment<N>;
  }
  const endInSegment = Math.min(end, lastSegment.start + lastSegment.length) - lastSegment.start;
  return {
    start: { node: firstSegment.node, offset: startOffset },
    end: { node: lastSegment.node, offset: lastSegment.nodeStart + endInSegment },
  };
}

/** Every segment touching `[start, end)`, for painting one highlight per node in a fallback. */
export function segmentsIn<N>(index: TextIndex<N>, start: number, end: number): Segment<N>[] {
  const out: Segment<N>[] = [];
  let i = segmentAt(index, start);
  if (i < 0) return out;
  for (; i < index.segments.length; i++) {
    const segment = index.segments[i] as Segment<N>;
    if (segment.start >= end) break;
    out.push(segment);
  }
  return out;
}

/** White space a browser would show otherwise than as it is: any but one plain space. */
const UNCOLLAPSED = /[^\S ]| {2}/;
const SPACE_RUN = /\s+/g;

/**
 * Builds a text index incrementally: add node text and block breaks in reading order.
 * White space runs collapse to one space across node boundaries, as a browser renders them.
 */
export class TextIndexBuilder<N> {
  private parts: string[] = [];
  private length = 0;
  private readonly segments: Segment<N>[] = [];
  /** Whether the last character emitted is white space (or nothing has been emitted). */
  private atSpace = true;

  /** Adds the data of one text node. */
  addText(node: N, data: string): void {
    if (!UNCOLLAPSED.test(data)) {
      // Words and single spaces, as most text nodes are: the node's text as it is, in one piece
      // (less a leading space that the space before it absorbs).
      const from = this.atSpace && data.charCodeAt(0) === 32 ? 1 : 0;
      if (from < data.length) this.emit(node, from, from === 0 ? data : data.slice(from));
      return;
    }
    SPACE_RUN.lastIndex = 0;
    let from = 0;
    let match: RegExpExecArray | null = SPACE_RUN.exec(data);
    while (match !== null) {
      if (match.index > from) this.emit(node, from, data.slice(from, match.index));
      if (!this.atSpace) this.emit(node, match.index, ' ');
      from = match.index + match[0].length;
      match = SPACE_RUN.exec(data);
    }
    if (from < data.length) this.emit(node, from, data.slice(from));
  }

  /** Marks the edge of a block element: a hard break between sentences. */
  addBreak(): void {
    if (this.length === 0) return;
    const lastPart = this.parts[this.parts.length - 1] as string;
    if (lastPart === '\n') return;
    if (this.atSpace) {
      // A trailing space before a break is dropped from the text and from its segment.
      if (lastPart.length === 1) this.parts.pop();
      else this.parts[this.parts.length - 1] = lastPart.slice(0, -1);
      this.length -= 1;
      const segment = this.segments[this.segments.length - 1];
      if (segment) {
        segment.length -= 1;
        if (segment.length === 0) this.segments.pop();
      }
    }
    this.parts.push('\n');
    this.length += 1;
    this.atSpace = true;
  }

  build(): TextIndex<N> {
    // A break closing the last block separates nothing.
    while (this.parts[this.parts.length - 1] === '\n') {
      this.parts.pop();
      this.length -= 1;
    }
    return { text: this.parts.join(''), segments: this.segments };
  }

  /** Adds `piece` (node text from `nodeStart`, white space collapsed) to the text. */
  private emit(node: N, nodeStart: number, piece: string): void {
    const last = this.segments[this.segments.length - 1];
    if (
      last &&
      last.node === node &&
      last.start + last.length === this.length &&
      last.nodeStart + last.length === nodeStart
    ) {
      last.length += piece.length;
    } else {
      this.segments.push({ node, start: this.length, nodeStart, length: piece.length });
    }
    this.parts.push(piece);
    this.length += piece.length;
    // A piece ends in white space only where that is a collapsed space.
    this.atSpace = piece.charCodeAt(piece.length - 1) === 32;
  }
}
