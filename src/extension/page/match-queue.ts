/**
 * Matching a page's mentions, done by the background (`MatchService`): mentions wait in found
 * order and go in batches of several blocks' whole sentences, each sentence with all its mentions
 * (as the command line matches them), a few requests in flight at once. A card opened before idle
 * matching reaches its mention has that mention's sentence matched first (`ensureMatched`).
 * Each answer brings the claims, speakers and sources its cards show (`catalogue`).
 */
import { type Catalogue, EMPTY_CATALOGUE, mergeCatalogue } from '../../dataset/catalogue';
import { packGroups } from '../../engine/pack';
import type { ClaimMatch, Mention, PageContext } from '../../model/types';
import type { BatchFinding, MatchedSpan } from '../messaging';
import type { Chunk, MentionStore, PageMention } from './mention-store';

/** Most mentions in one `matchMentions` request, but for the rest of the last sentence's. */
export const MATCH_BATCH = 400;
/**
 * Most page text the blocks of one request may hold (characters): what is sent is at most that
 * (the sentences of the mentions with their attribution windows), well within the background's
 * limit. Fewer, larger requests: each answer carries the catalogue of its claims.
 */
export const MATCH_BATCH_CHARS = 250_000;
/** Requests in flight at once: the background works on one while the next are on their way. */
export const MATCH_IN_FLIGHT = 4;

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
    signer: NonNullable<PageContext['signer']> | null;
    people: readonly string[];
  }): Promise<{ mentions: MatchedSpan[]; findings: BatchFinding[]; catalogue: Catalogue } | null>;
}

export interface MatchQueueOptions {
  service: MatchService;
  store: MentionStore;
  /**
   * What the page says about itself (publication date, site, who signs it), read
   * when a batch is sent.
   */
  context: () => PageContext;
  /** A mention got its answer: its claims, speaker and findings are set. */
  onMatched: (mention: PageMention) => void;
  /** Everything queued has its answer. */
  onDrained: () => void;
  signal: AbortSignal;
}

export class MatchQueue {
  private queue: PageMention[] = [];
  private running: Promise<void> | null = null;
  /** The claims, speakers and sources of every mention matched so far: what the card shows. */
  catalogue: Catalogue = EMPTY_CATALOGUE;

  constructor(private readonly options: MatchQueueOptions) {}

  push(mention: PageMention): void {
    this.queue.push(mention);
  }

  /**
   * Matches everything queued, `MATCH_IN_FLIGHT` requests at a time, then calls `onDrained`;
   * mentions queued meanwhile are matched in the same run or the next.
   */
  run(): void {
    if (this.running) return;
    const { signal } = this.options;
    const run = async (): Promise<void> => {
      const inFlight = new Set<Promise<void>>();
      for (;;) {
        while (inFlight.size < MATCH_IN_FLIGHT) {
          const batch = this.takeBatch();
          if (batch.length === 0) break;
          const request = this.send(batch);
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
      this.options.onDrained();
    };
    this.running = run()
      .catch((error: unknown) => {
        if (!signal.aborted) console.warn('[coalition-claims-check] matching failed:', error);
      })
      .finally(() => {
        this.running = null;
        // Mentions a rescan queued while the last answers were coming in.
        if (!signal.aborted && this.queue.length > 0) this.run();
      });
  }

  /**
   * The mention's claims, matching its sentence now if idle matching has not reached it yet
   * (hover or keyboard got there first). Their speakers and sources are in `catalogue` when it
   * resolves.
   */
  async ensureMatched(mention: PageMention): Promise<ClaimMatch[]> {
    if (mention.claims === null) {
      if (!mention.pending) this.send(this.sentencesOf(mention.chunk, [mention]));
      await mention.pending;
    }
    return mention.claims ?? [];
  }

  clear(): void {
    this.queue = [];
  }

  /** Whether a mention still waits for a request. */
  private waiting(mention: PageMention): boolean {
    return mention.claims === null && !mention.pending && this.options.store.has(mention);
  }

  /**
   * Waiting mentions in found order, up to `MATCH_BATCH`, from blocks holding at most
   * `MATCH_BATCH_CHARS` of text, never cutting a sentence: with the rest of their sentences'
   * mentions.
   */
  private takeBatch(): PageMention[] {
    const taken: PageMention[] = [];
    const chunks: Chunk[] = [];
    let chars = 0;
    let i = 0;
    for (; i < this.queue.length; i++) {
      const mention = this.queue[i] as PageMention;
      if (!this.waiting(mention)) continue;
      const last = taken[taken.length - 1];
      const sameSentence =
        last?.chunk === mention.chunk && last.local.sentenceStart === mention.local.sentenceStart;
      if (taken.length >= MATCH_BATCH && !sameSentence) break;
      if (!chunks.includes(mention.chunk)) {
        const size = mention.chunk.index.text.length;
        if (chunks.length > 0 && chars + size > MATCH_BATCH_CHARS) break;
        chunks.push(mention.chunk);
        chars += size;
      }
      taken.push(mention);
    }
    this.queue = this.queue.slice(i);
    return chunks.flatMap((chunk) =>
      this.sentencesOf(
        chunk,
        taken.filter((m) => m.chunk === chunk),
      ),
    );
  }

  /**
   * `mentions` with every other waiting mention of their sentences (a block read again once the
   * page proved relevant queues its new mentions later), in text order.
   */
  private sentencesOf(chunk: Chunk, mentions: PageMention[]): PageMention[] {
    const sentences = new Set(mentions.map((m) => m.local.sentenceStart));
    const batch = new Set(mentions.filter((m) => this.waiting(m)));
    for (const mention of chunk.mentions) {
      if (sentences.has(mention.local.sentenceStart) && this.waiting(mention)) batch.add(mention);
    }
    return [...batch].sort((a, b) => a.local.start - b.local.start);
  }

  /**
   * Sends mentions for matching, each block packed on its own; resolves once their claims are
   * in.
   */
  private send(batch: PageMention[]): Promise<void> {
    if (batch.length === 0) return Promise.resolve();
    const { service, store, signal } = this.options;
    const context = this.options.context();
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
    const request = service
      .match({
        text: packed.text,
        mentions: packed.mentions,
        published: context.published,
        site: context.site ?? null,
        signer: context.signer ?? null,
        people: context.people ?? [],
      })
      .catch(() => null)
      .then((response) => {
        if (signal.aborted) return;
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
          if (!store.has(mention)) continue;
          const span = spans.get(mention);
          const claims = span?.claims;
          if (mention.local.kind === 'quote' && !claims?.length) {
            // Not a reprint of any claim (or no answer): not a mention at all.
            store.remove(mention);
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
          this.options.onMatched(mention);
        }
      });
    for (const mention of batch) mention.pending = request;
    return request;
  }
}
