/**
 * The content script's work on one page: read the text once, in slices, detect mentions, paint
 * them, have them matched to claims by the background (`MatchService`, which also answers with
 * the findings of their sentences), and keep the background informed. Also re-checks what a live page adds, and starts over after
 * client-side navigation.
 *
 * Every task stays short: reading and detection run per block of the page (a few thousand words
 * at most) with a yield whenever a slice's budget is spent; matching runs in the background, so
 * the page only packs mentions into a message and applies the answer. A rescan costs in
 * proportion to what changed: mentions are indexed by their text node, so nothing walks the
 * page's existing mentions. All work stops with `signal` (one per page lifetime) and `destroy()`.
 */
import { type Catalogue, EMPTY_CATALOGUE, mergeCatalogue } from '../../dataset/catalogue';
import type { Detector } from '../../detect/detect';
import { packGroups } from '../../engine/pack';
import type { ClaimMatch, Mention, PageContext, PageSpeaker } from '../../model/types';
import { hasSkippedAncestor } from '../../text/dom-text';
import { readPublished, readSite } from '../../text/page-meta';
import { segmentsIn, spanToPoints, type TextIndex } from '../../text/text-index';
import type { BatchFinding, MatchedSpan } from '../messaging';
import type { PageReport, PageStatus, ReportMention } from '../report';
import type { HighlightStyle } from '../settings';
import type { Highlighter, HighlightKind, NewHighlight } from './highlighter';
import { readChunks } from './reader';
import { Slice, yieldToMain } from './schedule';

/** Most mentions sent in one `matchMentions` request. */
export const MATCH_BATCH = 400;
/**
 * Most page text the blocks of one request may hold (characters): what is sent is at most that
 * (the sentences of the mentions with their attribution windows), well within the background's
 * limit. Fewer, larger requests: each answer carries the catalogue of its claims.
 */
const MATCH_BATCH_CHARS = 250_000;
/** Requests in flight at once: the background works on one while the next are on their way. */
const MATCH_IN_FLIGHT = 4;
/**
 * How long matched mentions wait to be repainted together (ms): every change to the highlights
 * repaints them all, a frame's work on a long page, and answers come many to a second.
 */
const RESTYLE_MS = 200;
/** Longest sentence sent in a report (characters). */
const SENTENCE_LIMIT = 400;

/**
 * Matching, done elsewhere (the background): one batch's mentions with their claims, the
 * findings of their sentences, and the catalogue that shows both; null when that failed.
 */
export interface MatchService {
  match(request: {
    text: string;
    mentions: Mention[];
    published: string | null;
    site: string | null;
  }): Promise<{ mentions: MatchedSpan[]; findings: BatchFinding[]; catalogue: Catalogue } | null>;
}

interface Chunk {
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
  highlightStyle: HighlightStyle;
}

type Phase = 'idle' | 'scanning' | 'matching' | 'done';

export class PageChecker {
  private chunks: Chunk[] = [];
  /** Every mention, by id, in the order found. */
  private byId = new Map<number, PageMention>();
  /** Mentions by the text node they start in. */
  private byNode = new Map<Text, Set<PageMention>>();
  private nextId = 0;
  private relevant = false;
  private context: PageContext = { published: null };
  private reportIds: number[] = [];
  private ordered: PageMention[] | null = null;
  private matchQueue: PageMention[] = [];
  /** Mentions added whose visibility has not been asked yet. */
  private unseen: PageMention[] = [];
  /** Mentions matched since the highlights were last repainted. */
  private restyle = new Set<PageMention>();
  private restyleTimer: ReturnType<typeof setTimeout> | undefined;
  private matching: Promise<void> | null = null;
  private toPaint: NewHighlight[] = [];
  private visibility = new Map<Element, boolean>();
  private phase: Phase = 'idle';
  private initialMeasured = { scan: false, match: false };
  private readonly controller = new AbortController();
  /** The claims, speakers and sources of every mention matched so far: what the card shows. */
  catalogue: Catalogue = EMPTY_CATALOGUE;

  constructor(
    private readonly options: CheckerOptions,
    parentSignal: AbortSignal,
  ) {
    if (parentSignal.aborted) this.controller.abort();
    else parentSignal.addEventListener('abort', () => this.controller.abort(), { once: true });
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
    // A one-off cost in a task of its own rather than inside a slice: compiling the detector's
    // expression (on its first use).
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
    // Blocks read before the page proved relevant may hold mentions: read them again.
    if (this.relevant) {
      for (const chunk of this.chunks) {
        if (!chunk.detectedIrrelevant) continue;
        await slice.maybeYield(signal);
        this.redetect(chunk);
      }
    }
    this.paint();
    this.phase = 'matching';
    if (!this.initialMeasured.scan) {
      this.initialMeasured.scan = true;
      measure('factcheck:scan', 'factcheck:start');
    }
    // Painting needs no style; telling what a reader sees does, and on a page not yet rendered
    // (or just given the highlights' style sheet) that means styling the whole page first. So
    // the mentions are painted, the first requests sent (they leave at the next task), and only
    // then are the hidden ones (never rendered, highlights and all) dropped, while the
    // background works: their answers are ignored, and no report counts them.
    this.matchAll();
    await yieldToMain(signal);
    this.dropHidden();
    this.report();
  }

  /** Checks subtrees a live page added or changed: costs in proportion to their text. */
  async rescan(roots: Node[]): Promise<void> {
    const signal = this.signal;
    const start = performance.now();
    const slice = new Slice();
    // A subtree now inside editable or hidden content loses its mentions and is not read.
    const readable: Node[] = [];
    for (const root of roots) {
      if (hasSkippedAncestor(root)) this.forgetWithin(root);
      else readable.push(root);
    }
    await readChunks(
      readable,
      {
        skip: this.options.skip,
        // A re-read text node's old mentions go; its text is detected again.
        onText: (node) => {
          const old = this.byNode.get(node);
          if (old) for (const mention of [...old]) this.removeMention(mention);
        },
        onChunk: (index) => this.addChunk(index),
      },
      slice,
      signal,
    );
    this.dropHidden();
    this.paint();
    performance.measure('factcheck:rescan', { start, end: performance.now() });
    this.report();
    this.matchAll();
  }

  /** Removes the mentions of every text node inside `root`. */
  private forgetWithin(root: Node): void {
    const forget = (node: Text): void => {
      const old = this.byNode.get(node);
      if (old) for (const mention of [...old]) this.removeMention(mention);
    };
    if (root.nodeType === Node.TEXT_NODE) forget(root as Text);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) forget(node as Text);
  }

  /** Mentions in document order, for keyboard steps. */
  inOrder(): PageMention[] {
    if (!this.ordered) {
      this.dropStale();
      this.ordered = [...this.byId.values()].sort((a, b) =>
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
    const cached = mention.reported;
    if (cached) return cached.index === index ? cached : { ...cached, index };
    const text = mention.chunk.index.text;
    let sentence = text.slice(mention.local.sentenceStart, mention.local.sentenceEnd).trim();
    if (sentence.length > SENTENCE_LIMIT) sentence = `${sentence.slice(0, SENTENCE_LIMIT - 1)}…`;
    const reported: ReportMention = {
      index,
      kind: mention.local.kind,
      text: mention.local.text,
      sentence,
      claims: (mention.claims ?? []).map((c) => ({
        claimId: c.claimId,
        speakerId: c.speakerId,
        score: Math.max(0, Math.min(1, c.score)),
        relation: c.relation,
        ...(c.conflict ? { conflict: c.conflict } : {}),
      })),
      speaker: mention.claims === null ? null : mention.speaker,
    };
    mention.reported = reported;
    return reported;
  }

  /**
   * The mention's claims, matching it now if idle matching has not reached it yet (hover or
   * keyboard got there first). Their speakers and sources are in `catalogue` when it resolves.
   */
  async ensureMatched(mention: PageMention): Promise<ClaimMatch[]> {
    if (mention.claims === null) {
      if (!mention.pending) this.matchBatch([mention]);
      await mention.pending;
    }
    return mention.claims ?? [];
  }

  /** Builds the summary for the background. */
  buildReport(status?: PageStatus): PageReport {
    this.dropStale();
    const mentions: ReportMention[] = [];
    this.reportIds = [];
    for (const mention of this.byId.values()) {
      // A quoted passage is a mention only once matching shows it reprints a claim.
      if (mention.local.kind === 'quote' && !mention.claims?.length) continue;
      mentions.push(this.toReportMention(mention, this.reportIds.length));
      this.reportIds.push(mention.id);
    }
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
    for (const id of this.byId.keys()) this.options.highlighter.remove(id);
    this.byId.clear();
    this.byNode.clear();
    this.chunks = [];
    this.matchQueue = [];
    this.unseen = [];
    this.toPaint = [];
    this.visibility.clear();
    this.restyle.clear();
    clearTimeout(this.restyleTimer);
  }

  private status(): PageStatus {
    if (this.options.badgeOnly) return 'badge-only';
    return this.phase === 'done' ? 'checked' : 'checking';
  }

  private report(): void {
    if (this.signal.aborted) return;
    this.options.onReport(this.buildReport());
  }

  /**
   * The page's findings: the union of its reported mentions' findings, one per id, each with the
   * mentions that hold it; the dataset's contradictions first, then the page's conflicts, each
   * in the order of their first mention.
   */
  private reportFindings(): PageReport['findings'] {
    const byId = new Map<string, PageReport['findings'][number]>();
    this.reportIds.forEach((id, index) => {
      for (const finding of this.byId.get(id)?.findings ?? []) {
        const known = byId.get(finding.id);
        if (known) {
          known.mentionIndexes.push(index);
          continue;
        }
        byId.set(finding.id, {
          id: finding.id,
          source: finding.source,
          kind: finding.kind,
          claimIds: finding.claimIds,
          summary: finding.summary,
          ...(finding.pageText ? { pageText: finding.pageText } : {}),
          mentionIndexes: [index],
        });
      }
    });
    const all = [...byId.values()];
    return [
      ...all.filter((f) => f.source === 'dataset'),
      ...all.filter((f) => f.source !== 'dataset'),
    ];
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
      id: this.nextId++,
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
    this.byId.set(item.id, item);
    chunk.mentions.add(item);
    let atNode = this.byNode.get(item.startNode);
    if (!atNode) {
      atNode = new Set();
      this.byNode.set(item.startNode, atNode);
    }
    atNode.add(item);
    this.ordered = null;
    this.matchQueue.push(item);
    this.unseen.push(item);
    this.toPaint.push({ id: item.id, range, kind: 'pending', nodes });
  }

  /** Forgets the mentions added since the last call that a reader does not see. */
  private dropHidden(): void {
    const added = this.unseen;
    this.unseen = [];
    for (const mention of added) {
      if (this.byId.has(mention.id) && !this.isVisible(mention.startNode.parentElement))
        this.removeMention(mention);
    }
  }

  /** Paints every mention found since the last paint, in one go. */
  private paint(): void {
    if (this.toPaint.length === 0) return;
    const batch = this.toPaint.filter((h) => this.byId.has(h.id));
    this.toPaint = [];
    this.options.highlighter.addMany(batch);
  }

  private removeMention(mention: PageMention): void {
    this.options.highlighter.remove(mention.id);
    this.byId.delete(mention.id);
    mention.chunk.mentions.delete(mention);
    const atNode = this.byNode.get(mention.startNode);
    atNode?.delete(mention);
    if (atNode?.size === 0) this.byNode.delete(mention.startNode);
    this.ordered = null;
  }

  /** Forgets mentions whose text left the page (a cheap check per mention). */
  private dropStale(): void {
    const stale: PageMention[] = [];
    for (const mention of this.byId.values()) {
      if (!mention.startNode.isConnected || mention.range.collapsed) stale.push(mention);
    }
    for (const mention of stale) this.removeMention(mention);
  }

  /** Matches everything queued, a few requests at a time, then marks the contradictions. */
  private matchAll(): void {
    if (this.matching) return;
    const signal = this.signal;
    const run = async (): Promise<void> => {
      const inFlight = new Set<Promise<void>>();
      for (;;) {
        while (inFlight.size < MATCH_IN_FLIGHT) {
          const batch = this.takeBatch();
          if (batch.length === 0) break;
          const request = this.matchBatch(batch);
          inFlight.add(request);
          const done = (): void => {
            inFlight.delete(request);
          };
          request.then(done, done);
        }
        if (inFlight.size === 0) break;
        await Promise.race(inFlight);
        signal.throwIfAborted();
      }
      this.markContradictions();
      this.phase = 'done';
      this.report();
      if (!this.initialMeasured.match) {
        this.initialMeasured.match = true;
        measure('factcheck:match', 'factcheck:start');
      }
    };
    this.matching = run()
      .catch((error: unknown) => {
        if (!signal.aborted) console.warn('[coalition-claims-check] matching failed:', error);
      })
      .finally(() => {
        this.matching = null;
        // Mentions a rescan queued while the last answers were coming in.
        if (!signal.aborted && this.matchQueue.length > 0) this.matchAll();
      });
  }

  /**
   * Queued mentions, in order, up to `MATCH_BATCH`, from blocks holding at most
   * `MATCH_BATCH_CHARS` of text.
   */
  private takeBatch(): PageMention[] {
    const batch: PageMention[] = [];
    let chunk: Chunk | null = null;
    let chars = 0;
    let i = 0;
    for (; i < this.matchQueue.length && batch.length < MATCH_BATCH; i++) {
      const mention = this.matchQueue[i] as PageMention;
      if (mention.claims !== null || mention.pending || !this.byId.has(mention.id)) continue;
      if (mention.chunk !== chunk) {
        const size = mention.chunk.index.text.length;
        if (chunk && chars + size > MATCH_BATCH_CHARS) break;
        chunk = mention.chunk;
        chars += size;
      }
      batch.push(mention);
    }
    this.matchQueue = this.matchQueue.slice(i);
    return batch;
  }

  /** Sends mentions for matching; resolves once their claims are in. */
  private matchBatch(batch: PageMention[]): Promise<void> {
    if (batch.length === 0) return Promise.resolve();
    // One group per block, in the order the blocks come.
    const groups: Array<{ text: string; mentions: Mention[] }> = [];
    let chunk: Chunk | null = null;
    for (const mention of batch) {
      if (mention.chunk !== chunk) {
        chunk = mention.chunk;
        groups.push({ text: chunk.index.text, mentions: [] });
      }
      groups[groups.length - 1]?.mentions.push(mention.local);
    }
    const packed = packGroups(groups);
    // The answer names each mention by its offsets in the packed text.
    const byOffsets = new Map(
      packed.mentions.map((m, i) => [`${m.start}:${m.end}`, batch[i] as PageMention]),
    );
    const request = this.options.service
      .match({
        text: packed.text,
        mentions: packed.mentions,
        published: this.context.published,
        site: this.context.site ?? null,
      })
      .catch(() => null)
      .then((response) => {
        if (this.signal.aborted) return;
        const spans = new Map<PageMention, MatchedSpan>();
        const findings = new Map((response?.findings ?? []).map((f) => [f.id, f]));
        for (const span of response?.mentions ?? []) {
          const mention = byOffsets.get(`${span.start}:${span.end}`);
          if (mention) spans.set(mention, span);
        }
        // Catalogue first, claims second, in one task: no card ever sees claims it cannot show.
        if (response) this.catalogue = mergeCatalogue(this.catalogue, response.catalogue);
        for (const mention of batch) {
          mention.pending = null;
          if (!this.byId.has(mention.id)) continue;
          const span = spans.get(mention);
          const claims = span?.claims;
          if (mention.local.kind === 'quote' && !claims?.length) {
            // Not a reprint of any claim (or no answer): not a mention at all.
            this.removeMention(mention);
            continue;
          }
          mention.claims = claims ?? [];
          mention.speaker = span?.speaker ?? null;
          mention.findings = (span?.findingIds ?? []).flatMap((id) => {
            const finding = findings.get(id);
            return finding ? [finding] : [];
          });
          mention.contradiction = mention.findings.length > 0;
          mention.reported = null;
          this.restyle.add(mention);
        }
        this.restyleTimer ??= setTimeout(() => this.repaint(), RESTYLE_MS);
      });
    for (const mention of batch) mention.pending = request;
    return request;
  }

  /** Repaints the mentions matched since the last repaint, in their new kinds. */
  private repaint(): void {
    clearTimeout(this.restyleTimer);
    this.restyleTimer = undefined;
    for (const mention of this.restyle)
      if (this.byId.has(mention.id)) this.options.highlighter.setKind(mention.id, kindOf(mention));
    this.restyle.clear();
  }

  /**
   * Marks as contradictions the mentions a finding concerns, and those citing a claim of one of
   * the page's dataset contradictions: all from the findings the mentions hold, no message.
   */
  private markContradictions(): void {
    this.repaint();
    this.dropStale();
    const contradictedClaims = new Set<string>();
    for (const mention of this.byId.values())
      for (const finding of mention.findings)
        if (finding.source === 'dataset')
          for (const id of finding.claimIds) contradictedClaims.add(id);
    for (const mention of this.byId.values()) {
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
