/**
 * Helpers of the DOM tier (`*.browser.test.ts`, `npm run test:dom`): pages built in the test's
 * document, read as the content script reads them, and what the highlighter painted.
 */
import { expect } from 'vitest';
import type { MentionKind } from '../../model/types';
import { spanToPoints, type TextIndex } from '../../text/text-index';
import { HIGHLIGHT_NAMES, type HighlightKind } from './highlighter';
import type { Chunk, MentionStore, PageMention } from './mention-store';
import { readChunks } from './reader';
import { Slice } from './schedule';

export const HIGHLIGHT_NAME_LIST = Object.values(HIGHLIGHT_NAMES);

/** The ranges painted under one kind (or the active mark). */
export function painted(kind: HighlightKind | 'active'): Range[] {
  const highlight = CSS.highlights.get(HIGHLIGHT_NAMES[kind]);
  return highlight ? ([...highlight] as Range[]) : [];
}

/** Reads `roots` as the checker does, all chunks collected. */
export async function read(
  roots: Node[],
  options: {
    limit?: number;
    skip?: (element: Element) => boolean;
    onText?: (node: Text) => void;
  } = {},
  signal = new AbortController().signal,
): Promise<TextIndex<Text>[]> {
  const chunks: TextIndex<Text>[] = [];
  await readChunks(
    roots,
    {
      skip: options.skip ?? (() => false),
      onText: options.onText,
      onChunk: (index) => chunks.push(index),
      limit: options.limit,
    },
    new Slice(),
    signal,
  );
  return chunks;
}

/** The live range of the text between two offsets of the index's text. */
export function rangeAt(index: TextIndex<Text>, start: number, end: number): Range {
  const points = spanToPoints(index, start, end);
  if (!points) throw new Error(`no points for ${start}–${end}`);
  const range = document.createRange();
  range.setStart(points.start.node, points.start.offset);
  range.setEnd(points.end.node, points.end.offset);
  return range;
}

/** The live range of the first occurrence of `phrase` in the index's text. */
export function rangeOf(index: TextIndex<Text>, phrase: string): Range {
  const start = index.text.indexOf(phrase);
  expect(start, `"${phrase}" in the text`).toBeGreaterThanOrEqual(0);
  return rangeAt(index, start, start + phrase.length);
}

/** One chunk of the page read from `roots` (which must fit in one), with no mentions yet. */
export async function chunkOf(roots: Node[], order = 0): Promise<Chunk> {
  const [index, ...more] = await read(roots);
  if (!index || more.length > 0) throw new Error('not one chunk');
  return { order, index, detectedIrrelevant: false, mentions: new Set() };
}

/**
 * A mention of the `nth` occurrence (0-based) of `phrase` in the chunk, its sentence the line
 * that holds it, with the next id of `store`; not added to it.
 */
export function mentionOf(
  store: MentionStore,
  chunk: Chunk,
  phrase: string,
  kind: MentionKind = 'coalition',
  nth = 0,
): PageMention {
  const text = chunk.index.text;
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
  expect(start, `"${phrase}" #${nth} in the text`).toBeGreaterThanOrEqual(0);
  const lineEnd = text.indexOf('\n', start);
  const range = rangeAt(chunk.index, start, start + phrase.length);
  return {
    id: store.nextId(),
    chunk,
    local: {
      start,
      end: start + phrase.length,
      text: phrase,
      kind,
      sentenceStart: text.lastIndexOf('\n', start) + 1,
      sentenceEnd: lineEnd === -1 ? text.length : lineEnd,
    },
    range,
    startNode: range.startContainer as Text,
    nodes: [range.startContainer as Text],
    claims: null,
    speaker: null,
    pending: null,
    findings: [],
    contradiction: false,
    reported: null,
  };
}

/** Puts an article into the page's body and returns its root. */
export function article(html: string): HTMLElement {
  const root = document.createElement('article');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

/** Empties the page and takes every highlight off it (after each test). */
export function resetPage(): void {
  document.body.replaceChildren();
  for (const name of HIGHLIGHT_NAME_LIST) CSS.highlights.delete(name);
}
