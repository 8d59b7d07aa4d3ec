/**
 * The background's answer to one `matchMentions` request: the batch's mentions matched, the
 * findings of their sentences (`engine.findings` on the same packed text), and the part of the
 * dataset that shows both. One batch crosses once; the tab keeps the findings with its mentions.
 */
import { catalogueFor, type DeadlineOutcome } from '../dataset/catalogue';
import type { Claim } from '../dataset/schema';
import type { Engine } from '../engine/engine';
import type { Finding } from '../model/types';
import type { BatchFinding, MatchRequest, MatchResponse } from './messaging';

/** A short hash of a text (FNV-1a, 32 bits, base 36): the same sentence, the same hash. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * A finding's id across batches: a dataset contradiction keeps its own; a page conflict is named
 * by its kind, its claim and its sentence, so the same sentence gives the same id in any batch.
 */
export function stableFindingId(finding: Finding): string {
  if (finding.source !== 'page') return finding.id;
  return `page-${finding.kind}-${finding.claimIds.join('+')}-${textHash(finding.pageText ?? finding.summary)}`;
}

export function answerMatch(
  engine: Engine,
  request: Pick<MatchRequest, 'text' | 'mentions' | 'published' | 'site' | 'signer' | 'people'>,
  datasetKey: string,
  outcomesOf: (claim: Claim) => DeadlineOutcome[] = () => [],
): MatchResponse {
  const { text, mentions, published, site, signer, people } = request;
  const matched = engine.match(text, mentions, { published, site, signer, people });
  const idsOf = matched.map((): string[] => []);
  const findings = new Map<string, BatchFinding>();
  const claimIds = new Set<string>();
  for (const m of matched) for (const c of m.claims) claimIds.add(c.claimId);
  for (const finding of engine.findings(text, matched)) {
    const { mentionIndexes, ...rest } = finding;
    const id = stableFindingId(finding);
    if (!findings.has(id)) findings.set(id, { ...rest, id });
    for (const i of mentionIndexes) {
      const ids = idsOf[i];
      if (ids && !ids.includes(id)) ids.push(id);
    }
    for (const claimId of finding.claimIds) claimIds.add(claimId);
  }
  return {
    datasetKey,
    mentions: matched.map((m, i) => ({
      start: m.start,
      end: m.end,
      claims: m.claims,
      speaker: m.speaker,
      findingIds: idsOf[i] ?? [],
    })),
    findings: [...findings.values()],
    catalogue: catalogueFor(engine.dataset, claimIds, outcomesOf),
  };
}

/**
 * The last answers, by everything they depend on (the request, the dataset, the day the outcomes
 * were worked out for): a page checked again (reloaded, reopened, in another tab) is answered
 * without matching again. Least recently used goes first; large requests are not kept. A tab
 * sends a page in requests of up to about 250,000 characters (`MATCH_BATCH_CHARS`), so the
 * default keeps those, up to a few pages' worth (`charLimit` characters of requests in all).
 */
export class AnswerCache {
  private readonly answers = new Map<string, MatchResponse>();
  /** Characters of the keys kept. */
  private chars = 0;

  constructor(
    private readonly size = 32,
    private readonly textLimit = 300_000,
    private readonly charLimit = 3_000_000,
  ) {}

  /** The key of a request, or null when it is too large to keep. */
  keyOf(request: MatchRequest, datasetKey: string, day: string): string | null {
    if (request.text.length > this.textLimit) return null;
    return JSON.stringify([datasetKey, day, request]);
  }

  get(key: string | null): MatchResponse | undefined {
    if (key === null) return undefined;
    const answer = this.answers.get(key);
    if (answer) {
      this.answers.delete(key);
      this.answers.set(key, answer);
    }
    return answer;
  }

  set(key: string | null, answer: MatchResponse): void {
    if (key === null) return;
    if (this.answers.delete(key)) this.chars -= key.length;
    this.answers.set(key, answer);
    this.chars += key.length;
    while (this.answers.size > this.size || this.chars > this.charLimit) {
      const oldest = this.answers.keys().next().value;
      if (oldest === undefined) break;
      this.answers.delete(oldest);
      this.chars -= oldest.length;
    }
  }

  clear(): void {
    this.answers.clear();
    this.chars = 0;
  }
}
