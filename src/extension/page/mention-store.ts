/**
 * The mentions of one checked page and their indexes: by id (stable while the page is checked:
 * the report, the card and the popup name mentions by it), by the text node each starts in (so a
 * rescan replaces the mentions of a re-read node without walking the others), and in document
 * order (for keyboard steps, worked out only when asked after a change).
 */
import type { ClaimMatch, Mention, PageSpeaker } from '../../model/types';
import type { TextIndex } from '../../text/text-index';
import type { BatchFinding } from '../messaging';
import type { ReportMention } from '../report';

/** One block of the page's text, read and detected in one go, with the mentions found in it. */
export interface Chunk {
  /** Order of the chunk among the page's chunks (reading order, then live additions). */
  order: number;
  index: TextIndex<Text>;
  /** Whether detection ran before the page was known to be about the story. */
  detectedIrrelevant: boolean;
  mentions: Set<PageMention>;
}

/** One mention on the page, with its live DOM range. */
export interface PageMention {
  id: number;
  chunk: Chunk;
  /** Offsets within `chunk.index.text`. */
  local: Mention;
  range: Range;
  /** The text node the mention starts in (its index key: re-reading that node replaces it). */
  startNode: Text;
  nodes: Text[];
  /** Null until matched; empty when nothing matched. */
  claims: ClaimMatch[] | null;
  /** Who the page credits with the mention's sentence, once matched; null for its own voice. */
  speaker: PageSpeaker | null;
  /** The request matching this mention, while one is in flight. */
  pending: Promise<void> | null;
  /** The findings that concern this mention, from the answer that matched it. */
  findings: BatchFinding[];
  contradiction: boolean;
  /** The report entry, until the mention changes. */
  reported: ReportMention | null;
}

export class MentionStore {
  /** Every mention, by id, in the order found. */
  private readonly byId = new Map<number, PageMention>();
  /** Mentions by the text node they start in. */
  private readonly byNode = new Map<Text, Set<PageMention>>();
  private ordered: PageMention[] | null = null;
  private lastId = -1;

  /** `onRemove` hears of every mention that leaves, whatever the reason (to unpaint it). */
  constructor(private readonly onRemove: (mention: PageMention) => void) {}

  /** An id no mention of this page has had. */
  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  add(mention: PageMention): void {
    this.byId.set(mention.id, mention);
    mention.chunk.mentions.add(mention);
    let atNode = this.byNode.get(mention.startNode);
    if (!atNode) {
      atNode = new Set();
      this.byNode.set(mention.startNode, atNode);
    }
    atNode.add(mention);
    this.ordered = null;
  }

  get(id: number): PageMention | undefined {
    return this.byId.get(id);
  }

  /** Whether `mention` is still one of the page's (not removed since). */
  has(mention: PageMention): boolean {
    return this.byId.get(mention.id) === mention;
  }

  get size(): number {
    return this.byId.size;
  }

  /** Every mention, in the order found. */
  values(): IterableIterator<PageMention> {
    return this.byId.values();
  }

  remove(mention: PageMention): void {
    if (!this.has(mention)) return;
    this.byId.delete(mention.id);
    mention.chunk.mentions.delete(mention);
    const atNode = this.byNode.get(mention.startNode);
    atNode?.delete(mention);
    if (atNode?.size === 0) this.byNode.delete(mention.startNode);
    this.ordered = null;
    this.onRemove(mention);
  }

  /** Removes the mentions that start in `node` (its text is about to be read again). */
  forgetNode(node: Text): void {
    const old = this.byNode.get(node);
    if (old) for (const mention of [...old]) this.remove(mention);
  }

  /** Removes the mentions of every text node inside `root`. */
  forgetWithin(root: Node): void {
    if (root.nodeType === Node.TEXT_NODE) this.forgetNode(root as Text);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      this.forgetNode(node as Text);
  }

  /** Forgets mentions whose text left the page (a cheap check per mention). */
  dropStale(): void {
    const stale: PageMention[] = [];
    for (const mention of this.byId.values()) {
      if (!mention.startNode.isConnected || mention.range.collapsed) stale.push(mention);
    }
    for (const mention of stale) this.remove(mention);
  }

  /** The mentions still on the page, in document order. */
  inOrder(): PageMention[] {
    if (!this.ordered) {
      this.dropStale();
      this.ordered = [...this.byId.values()].sort((a, b) =>
        a.range.compareBoundaryPoints(Range.START_TO_START, b.range),
      );
    }
    return this.ordered;
  }

  /** Removes every mention. */
  clear(): void {
    for (const mention of [...this.byId.values()]) this.remove(mention);
  }
}
