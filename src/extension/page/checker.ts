/**
 * The content script's work on one page: read the text once, in slices, detect mentions, paint
 * them, have them matched to claims by the background (`MatchQueue`), and keep the background
 * informed (`onReport`). Also re-checks what a live page adds.
 *
 * Every task stays short: reading and detection run per block of the page (a few thousand words
 * at most) with a yield whenever a slice's budget is spent; matching runs in the background, so
 * the page only packs mentions into a message and applies the answer. A rescan costs in
 * proportion to what changed: mentions are indexed by their text node (`MentionStore`), so
 * nothing walks the page's existing mentions. All work stops with `signal` (one per page
 * lifetime) and `destroy()`.
 */
import type { Catalogue } from '../../dataset/catalogue';
import type { Detector } from '../../detect/detect';
import type { ClaimMatch, Mention, PageContext } from '../../model/types';
import { hasSkippedAncestor } from '../../text/dom-text';
import { officialNames } from '../../text/official-names';
import { readPublished, readSite } from '../../text/page-meta';
import { pageSigner } from '../../text/page-signer';
import { segmentsIn, spanToPoints, type TextIndex } from '../../text/text-index';
import type { PageReport, PageStatus, ReportFinding, ReportMention } from '../report';
import type { Highlighter, HighlightKind, NewHighlight } from './highlighter';

import { MatchQueue, type MatchService } from './match-queue';
import { type Chunk, MentionStore, type PageMention } from './mention-store';
import { buildPageReport, findingsFor, reportMention } from './page-report';
import { readChunks } from './reader';
import { Slice, yieldToMain } from './schedule';

/**
 * How long matched mentions wait to be repainted together (ms): every change to the highlights
 * repaints them all, a frame's work on a long page, and answers come many to a second.
 */
const RESTYLE_MS = 200;

export interface CheckerOptions {
  detector: Detector;
  service: MatchService;
  highlighter: Highlighter;
  /** Elements left out of the text: the card's host. */
  skip: (element: Element) => boolean;
  /** Called when the summary changes (scan painted, matching done, live additions). */
  onReport: (report: PageReport) => void;
  /** Mode the report states; `checking`/`checked` is worked out from progress. */
  badgeOnly: boolean;
}

type Phase = 'idle' | 'scanning' | 'matching' | 'done';

export class PageChecker {
  private chunks: Chunk[] = [];
  private readonly store: MentionStore;
  private readonly queue: MatchQueue;
  private relevant = false;
  private context: PageContext = { published: null };
  private toPaint: NewHighlight[] = [];
  private visibility = new Map<Element, boolean>();
  private phase: Phase = 'idle';
  private initialMeasured = { scan: false, match: false };
  private readonly controller = new AbortController();
  /** Mentions matched since the highlights were last repainted. */
  private restyle = new Set<PageMention>();
  private restyleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly options: CheckerOptions,
    parentSignal: AbortSignal,
  ) {
    if (parentSignal.aborted) this.controller.abort();
    else parentSignal.addEventListener('abort', () => this.controller.abort(), { once: true });
    this.store = new MentionStore((mention) => options.highlighter.remove(mention.id));
    this.queue = new MatchQueue({
      service: options.service,
      store: this.store,
      context: () => this.context,
      onMatched: (mention) => {
        this.restyle.add(mention);
        this.restyleTimer ??= setTimeout(() => this.repaint(), RESTYLE_MS);
      },
      onDrained: () => {
        this.repaint();
        this.matched();
      },
      signal: this.controller.signal,
    });
  }

  private get signal(): AbortSignal {
    return this.controller.signal;
  }

  /**
   * Reads and checks the whole page. Resolves once every mention is painted; matching goes on
   * (the `factcheck:match` measure marks its end).
   */
  async scan(): Promise<void> {
    const signal = this.signal;
    this.phase = 'scanning';
    this.context = { published: readPublished(document), site: readSite(document) };
    // Two one-off costs, each in a task of its own rather than inside a slice: bringing the
    // page's style up to date (the first visibility check would), and compiling the detector's
    // expression (on its first use).
    await yieldToMain(signal);
    document.body.checkVisibility?.();
    await yieldToMain(signal);
    this.options.detector.detect('The coalition said US forces would leave Iraq.', this.context);
    await yieldToMain(signal);
    const slice = new Slice();
    await readChunks(
      [document.body],
      { skip: this.options.skip, onChunk: (index) => this.addChunk(index) },
      slice,
      signal,
    );
    // Who signs the page is known once all of it is read, before any mention is matched.
    this.context = {
      ...this.context,
      signer: pageSigner(endsOf(this.chunks.map((chunk) => chunk.index.text))),
    };
    // Blocks read before the page proved relevant may hold mentions: read them again.
    if (this.relevant) {
      for (const chunk of this.chunks) {
        if (!chunk.detectedIrrelevant) continue;
        await slice.maybeYield(signal);
        this.redetect(chunk);
      }
    }
    // The officials the page names, so a surname far below its full name is still theirs.
    this.context = {
      ...this.context,
      people: officialNames(
        [...this.store.values()].map((m) => [m.local, m.chunk.index.text] as const),
      ),
    };
    this.paint();
    this.phase = 'matching';
    if (!this.initialMeasured.scan) {
      this.initialMeasured.scan = true;
      measure('factcheck:scan', 'factcheck:start');
    }
    this.report();
    this.queue.run();
  }

  /** Checks subtrees a live page added or changed: costs in proportion to their text. */
  async rescan(roots: Node[]): Promise<void> {
    const signal = this.signal;
    const start = performance.now();
    const slice = new Slice();
    // A subtree now inside editable or hidden content loses its mentions and is not read.
    const readable: Node[] = [];
    for (const root of roots) {
      if (hasSkippedAncestor(root)) this.store.forgetWithin(root);
      else readable.push(root);
    }
    await readChunks(
      readable,
      {
        skip: this.options.skip,
        // A re-read text node's old mentions go; its text is detected again.
        onText: (node) => this.store.forgetNode(node),
        onChunk: (index) => this.addChunk(index),
      },
      slice,
      signal,
    );
    this.paint();
    performance.measure('factcheck:rescan', { start, end: performance.now() });
    this.report();
    this.queue.run();
  }

  /** Mentions in document order. */
  inOrder(): PageMention[] {
    return this.store.inOrder();
  }

  /** Mentions a reader can step to, in document order: matched with claims, or not yet matched. */
  navigable(): PageMention[] {
    return this.inOrder().filter((m) => m.claims === null || m.claims.length > 0);
  }

  get(id: number): PageMention | undefined {
    return this.store.get(id);
  }

  /** The claims, speakers and sources of every mention matched so far: what the card shows. */
  get catalogue(): Catalogue {
    return this.queue.catalogue;
  }

  /** Findings that concern a mention (its own, or about one of its claims). */
  findingsFor(mention: PageMention): ReportFinding[] {
    return findingsFor(this.store.values(), mention);
  }

  /** The summary of one mention as the report and the card show it. */
  reportMention(mention: PageMention): ReportMention {
    return reportMention(mention);
  }

  /**
   * The mention's claims, matching its sentence now if idle matching has not reached it yet
   * (hover or keyboard got there first). Their speakers and sources are in `catalogue` when it
   * resolves.
   */
  ensureMatched(mention: PageMention): Promise<ClaimMatch[]> {
    return this.queue.ensureMatched(mention);
  }

  /** Builds the summary for the background. */
  buildReport(status?: PageStatus): PageReport {
    this.store.dropStale();
    return buildPageReport(this.store.values(), status ?? this.status());
  }

  /** Stops all work and removes every highlight. */
  destroy(): void {
    this.controller.abort();
    clearTimeout(this.restyleTimer);
    this.restyle.clear();
    this.store.clear();
    this.chunks = [];
    this.queue.clear();
    this.toPaint = [];
    this.visibility.clear();
  }

  private status(): PageStatus {
    if (this.options.badgeOnly) return 'badge-only';
    return this.phase === 'done' ? 'checked' : 'checking';
  }

  private report(): void {
    if (this.signal.aborted) return;
    this.options.onReport(this.buildReport());
  }

  /** Every queued mention has its answer: mark the contradictions and say so. */
  /** Repaints the mentions matched since the last repaint, in their new kinds. */
  private repaint(): void {
    clearTimeout(this.restyleTimer);
    this.restyleTimer = undefined;
    for (const mention of this.restyle)
      if (this.store.has(mention)) this.options.highlighter.setKind(mention.id, kindOf(mention));
    this.restyle.clear();
  }

  private matched(): void {
    this.markContradictions();
    this.phase = 'done';
    this.report();
    if (!this.initialMeasured.match) {
      this.initialMeasured.match = true;
      measure('factcheck:match', 'factcheck:start');
    }
  }

  private addChunk(index: TextIndex<Text>): void {
    const chunk: Chunk = {
      order: this.chunks.length,
      index,
      detectedIrrelevant: false,
      mentions: new Set(),
    };
    this.chunks.push(chunk);
    const result = this.options.detector.detect(index.text, this.context, {
      relevant: this.relevant,
    });
    chunk.detectedIrrelevant = !result.relevant;
    this.relevant = result.relevant;
    for (const mention of result.mentions) this.addMention(chunk, mention);
  }

  private redetect(chunk: Chunk): void {
    const result = this.options.detector.detect(chunk.index.text, this.context, {
      relevant: true,
    });
    chunk.detectedIrrelevant = false;
    const known = new Set([...chunk.mentions].map((m) => `${m.local.start}:${m.local.end}`));
    for (const mention of result.mentions) {
      if (!known.has(`${mention.start}:${mention.end}`)) this.addMention(chunk, mention);
    }
  }

  /** Whether a reader sees `element`: `checkVisibility`, asked once per element. */
  private isVisible(element: Element | null): boolean {
    // `display: contents` has no box of its own but shows its children: such an element is seen
    // when its parent is. Walked up in a loop, not by recursion: pages nest thousands deep.
    const contents: Element[] = [];
    let visible = true;
    for (let at = element; at; at = at.parentElement) {
      const known = this.visibility.get(at);
      if (known !== undefined) {
        visible = known;
        break;
      }
      if (typeof at.checkVisibility !== 'function' || at.checkVisibility()) {
        this.visibility.set(at, true);
        break;
      }
      if (getComputedStyle(at).display !== 'contents') {
        this.visibility.set(at, false);
        visible = false;
        break;
      }
      contents.push(at);
    }
    for (const at of contents) this.visibility.set(at, visible);
    return visible;
  }

  private addMention(chunk: Chunk, mention: Mention): void {
    const points = spanToPoints(chunk.index, mention.start, mention.end);
    if (!points) return;
    if (!this.isVisible(points.start.node.parentElement)) return;
    const range = document.createRange();
    try {
      range.setStart(points.start.node, points.start.offset);
      range.setEnd(points.end.node, points.end.offset);
    } catch {
      return;
    }
    const nodes =
      points.start.node === points.end.node
        ? [points.start.node]
        : segmentsIn(chunk.index, mention.start, mention.end).map((s) => s.node);
    const item: PageMention = {
      id: this.store.nextId(),
      chunk,
      local: mention,
      range,
      startNode: points.start.node,
      nodes,
      claims: null,
      speaker: null,
      pending: null,
      findings: [],
      contradiction: false,
      reported: null,
    };
    this.store.add(item);
    this.queue.push(item);
    this.toPaint.push({ id: item.id, range, kind: 'pending', nodes });
  }

  /** Paints every mention found since the last paint, in one go. */
  private paint(): void {
    if (this.toPaint.length === 0) return;
    const batch = this.toPaint.filter((h) => this.store.get(h.id));
    this.toPaint = [];
    this.options.highlighter.addMany(batch);
  }

  /**
   * Marks as contradictions the mentions a finding concerns, and those citing a claim of one of
   * the page's dataset contradictions: all from the findings the mentions hold, no message.
   */
  private markContradictions(): void {
    this.store.dropStale();
    const contradictedClaims = new Set<string>();
    for (const mention of this.store.values())
      for (const finding of mention.findings)
        if (finding.source === 'dataset')
          for (const id of finding.claimIds) contradictedClaims.add(id);
    for (const mention of this.store.values()) {
      mention.contradiction =
        mention.findings.length > 0 ||
        (mention.claims ?? []).some((c) => contradictedClaims.has(c.claimId));
      this.options.highlighter.setKind(mention.id, kindOf(mention));
    }
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

/**
 * The page's opening and its end, which are all `pageSigner` reads: a long page is not copied
 * whole to find its byline.
 */
function endsOf(texts: readonly string[]): string {
  const reach = 10_000;
  let total = 0;
  for (const text of texts) total += text.length + 1;
  if (total <= 2 * reach) return texts.join('\n');
  const head: string[] = [];
  let length = 0;
  for (const text of texts) {
    if (length >= reach) break;
    head.push(text);
    length += text.length + 1;
  }
  const tail: string[] = [];
  length = 0;
  for (let k = texts.length - 1; k >= head.length && length < reach; k--) {
    tail.unshift(texts[k] as string);
    length += (texts[k] as string).length + 1;
  }
  return [...head, ...tail].join('\n');
}
