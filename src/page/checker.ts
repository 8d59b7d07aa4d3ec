/**
 * The content script's work on one page: read the text in slices, detect mentions, paint them,
 * match them to claims in idle time, find contradictions, and keep the background informed.
 * Also re-checks what a live page adds, and starts over after client-side navigation.
 *
 * Every task stays short: extraction and detection run per block of the page (a few thousand
 * words at most) with a yield whenever a slice's budget is spent, and matching runs in batches
 * in idle periods. All listeners stop with `signal` (one per page lifetime) and `destroy()`.
 */
import type { Dataset } from '../dataset/schema';
import type { Engine } from '../engine/engine';
import type { ClaimMatch, Finding, Mention, PageContext } from '../engine/types';
import type { PageReport, PageStatus, ReportMention } from '../report';
import type { HighlightStyle } from '../settings';
import { extractText, isSkippedElement } from '../text/dom-text';
import { readPublished } from '../text/page-meta';
import { segmentsIn, spanToPoints, type TextIndex } from '../text/text-index';
import type { Highlighter, HighlightKind } from './highlighter';
import { SLICE_MS, Slice, whenIdle, yieldToMain } from './schedule';

/** Target size of one block of text read and detected in one go (characters). */
export const CHUNK_CHARS = 12_000;
/** Most mentions matched per `engine.match` call. */
export const MATCH_BATCH = 20;
/** Target length of one `engine.match` call (ms): sentences per call follow from it. */
const BATCH_MS = 12;
/** Longest run of matching calls in one idle period (ms), well under a long task. */
const MATCH_TASK_MS = 30;
/** Longest sentence sent in a report (characters). */
const SENTENCE_LIMIT = 400;

interface Chunk {
  /** Offset of this chunk in the page's joined text. */
  base: number;
  index: TextIndex<Text>;
  /** Whether detection ran before the page was known to be about the story. */
  detectedIrrelevant: boolean;
  roots: Node[];
}

/** One mention on the page, with its live DOM range. */
export interface PageMention {
  id: number;
  chunk: Chunk;
  /** Offsets within `chunk.index.text`. */
  local: Mention;
  range: Range;
  /** Where the range started when painted (the range itself follows DOM edits). */
  startNode: Text;
  startOffset: number;
  nodes: Text[];
  /** Null until matched; empty when nothing matched. */
  claims: ClaimMatch[] | null;
  contradiction: boolean;
}

export interface CheckerOptions {
  engine: Engine;
  dataset: Dataset;
  highlighter: Highlighter;
  /** The card's host, left out of the text and ignored by the watcher. */
  isOwn: (node: Node) => boolean;
  /** Called when the summary changes (scan painted, matching done, live additions). */
  onReport: (report: PageReport) => void;
  /** Mode the report states; `checking`/`checked` is worked out from progress. */
  badgeOnly: boolean;
  highlightStyle: HighlightStyle;
}

type Phase = 'idle' | 'scanning' | 'matching' | 'done';

export class PageChecker {
  private chunks: Chunk[] = [];
  private mentions: PageMention[] = [];
  private byId = new Map<number, PageMention>();
  private nextId = 0;
  private textLength = 0;
  private relevant = false;
  private context: PageContext = { published: null };
  private findings: Finding[] = [];
  private seen = new WeakMap<Text, Set<number>>();
  private reportIds: number[] = [];
  private ordered: PageMention[] | null = null;
  private matchQueue: PageMention[] = [];
  private matching: Promise<void> | null = null;
  private phase: Phase = 'idle';
  private initialMeasured = { scan: false, match: false };
  private readonly controller = new AbortController();

  constructor(
    private readonly options: CheckerOptions,
    parentSignal: AbortSignal,
  ) {
    parentSignal.addEventListener('abort', () => this.controller.abort(), { once: true });
  }

  private get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Reads and checks the whole page. Resolves when every mention is painted (not matched). */
  async scan(): Promise<void> {
    const signal = this.signal;
    this.phase = 'scanning';
    this.context = { published: readPublished(document) };
    const slice = new Slice();
    const groups = await chunkRoots(document.body, this.options.isOwn, signal);
    for (const group of groups) {
      await slice.maybeYield(signal);
      this.addChunk(group);
    }
    // Blocks read before the page proved relevant may hold mentions: read them again.
    if (this.relevant) {
      for (const chunk of this.chunks) {
        if (!chunk.detectedIrrelevant) continue;
        await slice.maybeYield(signal);
        this.redetect(chunk);
      }
    }
    this.phase = 'matching';
    if (!this.initialMeasured.scan) {
      this.initialMeasured.scan = true;
      measure('factcheck:scan', 'factcheck:start');
    }
    this.report();
    await this.matchAll();
  }

  /** Checks subtrees a live page added or changed. */
  async rescan(roots: Node[]): Promise<void> {
    const signal = this.signal;
    const start = performance.now();
    this.dropStale();
    // A changed subtree's old mentions go; it is read again below.
    for (const mention of [...this.mentions]) {
      if (roots.some((root) => root.contains(mention.range.startContainer)))
        this.removeMention(mention);
    }
    const slice = new Slice();
    const groups: Node[][] = [];
    for (const root of roots) {
      if (root.nodeType === Node.ELEMENT_NODE && (root.textContent?.length ?? 0) > CHUNK_CHARS) {
        groups.push(...(await chunkRoots(root as Element, this.options.isOwn, signal)));
      } else {
        groups.push([root]);
      }
    }
    for (const group of groups) {
      await slice.maybeYield(signal);
      this.addChunk(group);
    }
    performance.measure('factcheck:rescan', { start, end: performance.now() });
    this.report();
    await this.matchAll();
  }

  /** Mentions with claims (or not yet matched) in document order, for keyboard steps. */
  inOrder(): PageMention[] {
    if (!this.ordered) {
      this.dropStale();
      this.ordered = [...this.mentions].sort((a, b) =>
        a.range.compareBoundaryPoints(Range.START_TO_START, b.range),
      );
    }
    return this.ordered;
  }

  get(id: number): PageMention | undefined {
    return this.byId.get(id);
  }

  /** The mention a popup report index names. */
  byReportIndex(index: number): PageMention | undefined {
    const id = this.reportIds[index];
    return id === undefined ? undefined : this.byId.get(id);
  }

  /** Report index of a mention, for the card's "n of m". */
  reportIndexOf(mention: PageMention): number {
    return this.reportIds.indexOf(mention.id);
  }

  /** Findings that concern a mention (its own index, or one of its claims). */
  findingsFor(mention: PageMention): PageReport['findings'] {
    const index = this.reportIndexOf(mention);
    const claimIds = new Set(mention.claims?.map((c) => c.claimId) ?? []);
    return this.reportFindings().filter(
      (f) => f.mentionIndexes.includes(index) || f.claimIds.some((id) => claimIds.has(id)),
    );
  }

  /** The summary of one mention as the report and the card show it. */
  toReportMention(mention: PageMention, index: number): ReportMention {
    const text = mention.chunk.index.text;
    let sentence = text.slice(mention.local.sentenceStart, mention.local.sentenceEnd).trim();
    if (sentence.length > SENTENCE_LIMIT) sentence = `${sentence.slice(0, SENTENCE_LIMIT - 1)}…`;
    return {
      index,
      kind: mention.local.kind,
      text: mention.local.text,
      sentence,
      claims: (mention.claims ?? []).map((c) => ({
        claimId: c.claimId,
        speakerId: c.speakerId,
        score: Math.max(0, Math.min(1, c.score)),
      })),
    };
  }

  /** Matches one mention now (hover or keyboard reached it before idle matching did). */
  ensureMatched(mention: PageMention): ClaimMatch[] {
    if (mention.claims === null) this.matchBatch([mention]);
    return mention.claims ?? [];
  }

  /** Builds the summary for the background. */
  buildReport(status?: PageStatus): PageReport {
    this.dropStale();
    this.reportIds = this.mentions.map((m) => m.id);
    const mentions = this.mentions.map((m, i) => this.toReportMention(m, i));
    return {
      url: location.href,
      title: document.title,
      status: status ?? this.status(),
      mentions,
      findings: this.reportFindings(),
    };
  }

  setStyle(style: HighlightStyle): void {
    this.options.highlighter.setStyle(style);
  }

  /** Stops all work and removes every highlight. */
  destroy(): void {
    this.controller.abort();
    for (const mention of this.mentions) this.options.highlighter.remove(mention.id);
    this.mentions = [];
    this.byId.clear();
    this.chunks = [];
    this.matchQueue = [];
  }

  private status(): PageStatus {
    if (this.options.badgeOnly) return 'badge-only';
    return this.phase === 'done' ? 'checked' : 'checking';
  }

  private report(): void {
    if (this.signal.aborted) return;
    this.options.onReport(this.buildReport());
  }

  private reportFindings(): PageReport['findings'] {
    const indexOf = new Map(this.reportIds.map((id, i) => [id, i]));
    return this.findings.map((finding) => ({
      id: finding.id,
      source: finding.source,
      kind: finding.kind,
      claimIds: finding.claimIds,
      summary: finding.summary,
      ...(finding.pageText ? { pageText: finding.pageText } : {}),
      mentionIndexes: finding.mentionIndexes
        .map((i) => this.findingMentionIds[i])
        .map((id) => (id === undefined ? undefined : indexOf.get(id)))
        .filter((i): i is number => i !== undefined),
    }));
  }

  /** Ids of the mentions passed to the last `findings` call, by their index there. */
  private findingMentionIds: number[] = [];

  private addChunk(roots: Node[]): void {
    const index = extractGroup(roots, this.options.isOwn);
    if (!index.text.trim()) return;
    const base = this.textLength + (this.textLength > 0 ? 1 : 0);
    const chunk: Chunk = { base, index, roots, detectedIrrelevant: false };
    this.textLength = base + index.text.length;
    this.chunks.push(chunk);
    const result = this.options.engine.detect(index.text, this.context, {
      relevant: this.relevant,
    });
    chunk.detectedIrrelevant = !result.relevant;
    this.relevant = result.relevant;
    for (const mention of result.mentions) this.addMention(chunk, mention);
  }

  private redetect(chunk: Chunk): void {
    const result = this.options.engine.detect(chunk.index.text, this.context, { relevant: true });
    chunk.detectedIrrelevant = false;
    const known = new Set(
      this.mentions.filter((m) => m.chunk === chunk).map((m) => `${m.local.start}:${m.local.end}`),
    );
    for (const mention of result.mentions) {
      if (!known.has(`${mention.start}:${mention.end}`)) this.addMention(chunk, mention);
    }
  }

  private addMention(chunk: Chunk, mention: Mention): void {
    const points = spanToPoints(chunk.index, mention.start, mention.end);
    if (!points) return;
    // Text read twice (a live addition inside a block the first scan had not reached yet).
    let offsets = this.seen.get(points.start.node);
    if (!offsets) {
      offsets = new Set();
      this.seen.set(points.start.node, offsets);
    }
    if (offsets.has(points.start.offset)) return;
    offsets.add(points.start.offset);
    const range = document.createRange();
    try {
      range.setStart(points.start.node, points.start.offset);
      range.setEnd(points.end.node, points.end.offset);
    } catch {
      return;
    }
    const nodes = segmentsIn(chunk.index, mention.start, mention.end).map((s) => s.node);
    const item: PageMention = {
      id: this.nextId++,
      chunk,
      local: mention,
      range,
      startNode: points.start.node,
      startOffset: points.start.offset,
      nodes,
      claims: null,
      contradiction: false,
    };
    this.mentions.push(item);
    this.byId.set(item.id, item);
    this.ordered = null;
    this.matchQueue.push(item);
    this.options.highlighter.set(item.id, range, 'pending', nodes);
  }

  private removeMention(mention: PageMention): void {
    this.seen.get(mention.startNode)?.delete(mention.startOffset);
    this.options.highlighter.remove(mention.id);
    this.byId.delete(mention.id);
    this.mentions = this.mentions.filter((m) => m !== mention);
    this.ordered = null;
  }

  /** Forgets mentions whose text left the page. */
  private dropStale(): void {
    const stale = this.mentions.filter(
      (m) => m.range.collapsed || !m.range.startContainer.isConnected,
    );
    for (const mention of stale) this.removeMention(mention);
  }

  /** Matches everything queued, batch by batch in idle time, then works out findings. */
  private matchAll(): Promise<void> {
    if (this.matching) return this.matching;
    const run = async (): Promise<void> => {
      const signal = this.signal;
      while (this.matchQueue.length > 0) {
        const deadline = await whenIdle(signal);
        const budget = deadline ? Math.min(deadline.timeRemaining(), MATCH_TASK_MS) : SLICE_MS;
        const started = performance.now();
        do {
          const batch = this.takeBatch();
          if (batch.length === 0) break;
          this.matchBatch(batch);
        } while (
          performance.now() - started < budget - this.sentenceCost &&
          this.matchQueue.length > 0
        );
        await yieldToMain(signal);
      }
      await yieldToMain(signal);
      this.computeFindings();
      this.phase = 'done';
      if (!this.initialMeasured.match) {
        this.initialMeasured.match = true;
        this.report();
        measure('factcheck:match', 'factcheck:start');
      } else {
        this.report();
      }
    };
    this.matching = run().finally(() => {
      this.matching = null;
    });
    return this.matching;
  }

  /** Running estimate of what matching one sentence costs (ms), to size the batches. */
  private sentenceCost = 10;

  /**
   * Queued mentions of one chunk, in order, up to `MATCH_BATCH` mentions and as many sentences
   * as fit in a few milliseconds at the measured cost per sentence. Consecutive sentences go
   * together so the engine can carry a speaker over to "he added".
   */
  private takeBatch(): PageMention[] {
    const first = this.matchQueue.find((m) => m.claims === null && this.byId.has(m.id));
    if (!first) {
      this.matchQueue = [];
      return [];
    }
    const maxSentences = Math.max(1, Math.floor(BATCH_MS / Math.max(this.sentenceCost, 0.5)));
    const batch: PageMention[] = [];
    const rest: PageMention[] = [];
    const sentences = new Set<number>();
    for (const mention of this.matchQueue) {
      if (mention.claims !== null || !this.byId.has(mention.id)) continue;
      const fits =
        mention.chunk === first.chunk &&
        batch.length < MATCH_BATCH &&
        (sentences.has(mention.local.sentenceStart) || sentences.size < maxSentences);
      if (fits && rest.length === 0) {
        batch.push(mention);
        sentences.add(mention.local.sentenceStart);
      } else {
        rest.push(mention);
      }
    }
    this.matchQueue = rest;
    return batch;
  }

  private matchBatch(batch: PageMention[]): void {
    const pending = batch.filter((m) => m.claims === null);
    const chunk = pending[0]?.chunk;
    if (!chunk) return;
    const same = pending.filter((m) => m.chunk === chunk);
    const started = performance.now();
    const matched = this.options.engine.match(
      chunk.index.text,
      same.map((m) => m.local),
      this.context,
    );
    const sentences = new Set(same.map((m) => m.local.sentenceStart)).size;
    const perSentence = (performance.now() - started) / Math.max(sentences, 1);
    this.sentenceCost = 0.7 * this.sentenceCost + 0.3 * perSentence;
    same.forEach((mention, i) => {
      mention.claims = matched[i]?.claims ?? [];
      this.options.highlighter.setKind(mention.id, kindOf(mention));
    });
    const others = pending.filter((m) => m.chunk !== chunk);
    if (others.length > 0) this.matchBatch(others);
  }

  /** Contradictions among everything matched, over the page's joined text. */
  private computeFindings(): void {
    this.dropStale();
    const matched = this.mentions.filter((m) => m.claims !== null);
    const text = this.joinedText();
    const global = matched.map((m) => ({
      ...m.local,
      start: m.local.start + m.chunk.base,
      end: m.local.end + m.chunk.base,
      sentenceStart: m.local.sentenceStart + m.chunk.base,
      sentenceEnd: m.local.sentenceEnd + m.chunk.base,
      claims: m.claims ?? [],
    }));
    this.findings = this.options.engine.findings(text, global);
    this.findingMentionIds = matched.map((m) => m.id);
    const contradicted = new Set<number>();
    const contradictedClaims = new Set<string>();
    for (const finding of this.findings) {
      for (const i of finding.mentionIndexes) {
        const id = this.findingMentionIds[i];
        if (id !== undefined) contradicted.add(id);
      }
      if (finding.source === 'dataset')
        for (const id of finding.claimIds) contradictedClaims.add(id);
    }
    for (const mention of this.mentions) {
      mention.contradiction =
        contradicted.has(mention.id) ||
        (mention.claims ?? []).some((c) => contradictedClaims.has(c.claimId));
      this.options.highlighter.setKind(mention.id, kindOf(mention));
    }
  }

  private joinedText(): string {
    let out = '';
    for (const chunk of this.chunks) {
      if (chunk.base > out.length) out += '\n'.repeat(chunk.base - out.length);
      out += chunk.index.text;
    }
    return out;
  }
}

function kindOf(mention: PageMention): HighlightKind {
  if (mention.claims === null) return 'pending';
  if (mention.claims.length === 0) return 'unmatched';
  return mention.contradiction ? 'contradiction' : 'matched';
}

function measure(name: string, start: string): void {
  try {
    performance.measure(name, start);
  } catch {
    // No start mark (a script injected after the page was already checked): measure from 0.
    performance.measure(name);
  }
}

/** Elements a reader does not see; `checkVisibility` where the browser has it. */
function isHidden(element: Element): boolean {
  if (typeof element.checkVisibility !== 'function') return false;
  if (element.checkVisibility()) return false;
  // `display: contents` has no box of its own but shows its children.
  return getComputedStyle(element).display !== 'contents';
}

/** Reads the text of sibling roots as one index: one block after another. */
export function extractGroup(roots: Node[], isOwn: (node: Node) => boolean): TextIndex<Text> {
  if (roots.length === 1 && roots[0]) {
    return extractText(roots[0], { isHidden: (el) => isOwn(el) || isHidden(el) });
  }
  let text = '';
  const segments: TextIndex<Text>['segments'] = [];
  for (const root of roots) {
    const part = extractText(root, { isHidden: (el) => isOwn(el) || isHidden(el) });
    if (!part.text) continue;
    const base = text.length === 0 ? 0 : text.length + 1;
    if (text.length > 0) text += '\n';
    text += part.text;
    for (const segment of part.segments) segments.push({ ...segment, start: segment.start + base });
  }
  return { text, segments };
}

/**
 * Cuts a subtree into groups of sibling nodes, each holding about `CHUNK_CHARS` characters or
 * fewer, in document order: an element bigger than that is split into its children.
 */
export async function chunkRoots(
  root: Element,
  isOwn: (node: Node) => boolean,
  signal: AbortSignal,
  limit = CHUNK_CHARS,
): Promise<Node[][]> {
  const groups: Node[][] = [];
  let current: Node[] = [];
  let size = 0;
  const slice = new Slice();
  const flush = (): void => {
    if (current.length > 0) groups.push(current);
    current = [];
    size = 0;
  };
  const visit = async (parent: Node): Promise<void> => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      await slice.maybeYield(signal);
      if (isOwn(child)) continue;
      if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        if (isSkippedElement(element)) continue;
        const length = element.textContent?.length ?? 0;
        if (length > limit && !element.shadowRoot && element.firstChild) {
          flush();
          await visit(element);
          flush();
          continue;
        }
        if (size + length > limit) flush();
        current.push(element);
        size += length;
      } else if (child.nodeType === Node.TEXT_NODE) {
        const length = (child as Text).data.length;
        if (size + length > limit) flush();
        current.push(child);
        size += length;
      }
    }
  };
  await visit(root);
  flush();
  return groups;
}
