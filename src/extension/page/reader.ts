/**
 * Reads the page's text in one pass: every text node is read once, in document order, into
 * blocks of about `CHUNK_CHARS` characters cut at block edges, each with its map back to the
 * text nodes (`TextIndex`). The walk yields whenever its slice is spent, so no task runs long.
 *
 * Reads as `extractText` does (skipped elements, open shadow roots, block breaks), but without
 * asking about visibility: that costs a style lookup per element, so the checker asks only about
 * the elements that hold a mention.
 */
import { isBlockElement, isSkippedElement } from '../../text/dom-text';
import { type TextIndex, TextIndexBuilder } from '../../text/text-index';
import type { Slice } from './schedule';

/** Target size of one block of text read and detected in one go (characters). */
export const CHUNK_CHARS = 12_000;
/** A block with no inner blocks is still cut once it holds this many times `CHUNK_CHARS`. */
const HARD_LIMIT_FACTOR = 4;
/** Nodes visited between two looks at the clock. */
const CLOCK_EVERY = 64;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const BLOCK_END: unique symbol = Symbol('block end');

export interface ReadOptions {
  /** Elements to leave out with everything inside (the extension's own card host). */
  skip: (element: Element) => boolean;
  /** Called for every text node read, before its chunk is handed over. */
  onText?: (node: Text) => void;
  /** Called with each block of text as soon as it is complete. */
  onChunk: (index: TextIndex<Text>) => void;
  /** Target characters per chunk. */
  limit?: number;
}

/**
 * Reads `roots` (in the order given, each a block of its own) and hands their text over chunk by
 * chunk. Yields through `slice`; rejects with the abort reason once `signal` aborts.
 */
export async function readChunks(
  roots: readonly Node[],
  options: ReadOptions,
  slice: Slice,
  signal: AbortSignal,
): Promise<void> {
  const { skip, onText, onChunk, limit = CHUNK_CHARS } = options;
  const hardLimit = limit * HARD_LIMIT_FACTOR;
  let builder = new TextIndexBuilder<Text>();
  let size = 0;
  let visited = 0;
  const flush = (): void => {
    if (size === 0) return;
    const index = builder.build();
    builder = new TextIndexBuilder<Text>();
    size = 0;
    if (index.segments.length > 0 && index.text.trim()) onChunk(index);
  };
  const blockEdge = (): void => {
    builder.addBreak();
    if (size >= limit) flush();
  };

  for (const root of roots) {
    if (size > 0) blockEdge();
    // An explicit stack keeps a ten-thousand-deep DOM from overflowing the call stack.
    const stack: Array<Node | typeof BLOCK_END> = [root];
    while (stack.length > 0) {
      if (++visited % CLOCK_EVERY === 0 && slice.expired()) await slice.maybeYield(signal);
      const item = stack.pop();
      if (item === undefined) continue;
      if (item === BLOCK_END) {
        blockEdge();
        continue;
      }
      if (item.nodeType === TEXT_NODE) {
        const text = item as Text;
        onText?.(text);
        const data = text.data;
        if (data) {
          builder.addText(text, data);
          size += data.length;
          if (size >= hardLimit) flush();
        }
        continue;
      }
      let children: Node = item;
      if (item.nodeType === ELEMENT_NODE) {
        const element = item as Element;
        if (skip(element) || isSkippedElement(element)) continue;
        if (isBlockElement(element)) {
          blockEdge();
          stack.push(BLOCK_END);
        }
        const shadow = (element as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
        if (shadow) children = shadow;
      }
      // Children go on the stack last-first so they come off in document order.
      for (let child = children.lastChild; child !== null; child = child.previousSibling) {
        stack.push(child);
      }
    }
  }
  flush();
}
