/**
 * The pipeline in one place: text → mentions → claims → findings. Pure: the same engine runs
 * in the content script, the command line and the tests.
 */
import { createAttributor } from '../attribute/attribute';
import { frameOf, type StatementFrame } from '../attribute/frame';
import type { Claim, Dataset } from '../dataset/schema';
import { createDetector, type Detection, type DetectOptions } from '../detect/detect';
import { findContradictions } from '../findings/findings';
import { createMatcher, quotedSpans, type ScoredClaim, type Sensitivity } from '../match/matcher';
import { createRelater, REPRINT } from '../match/relate';
import type {
  CheckResult,
  ClaimMatch,
  Finding,
  MatchedMention,
  Mention,
  PageContext,
  PageSpeaker,
} from './types';

export interface EngineOptions {
  sensitivity?: Sensitivity;
}

export interface Engine {
  readonly dataset: Dataset;
  /** Finds mentions: cheap, meant for the hot path. */
  detect(text: string, context: PageContext, options?: DetectOptions): Detection;
  /** Matches mentions to claims; mentions sharing a sentence share its match. */
  match(text: string, mentions: readonly Mention[], context: PageContext): MatchedMention[];
  findings(text: string, mentions: readonly MatchedMention[]): Finding[];
  check(text: string, context: PageContext): CheckResult;
  /** The expression of every trigger word, for measuring the least work a scan can do. */
  readonly trigger: RegExp;
}

interface SentenceMatch {
  speaker: PageSpeaker | null;
  /** Claims for the sentence as a whole. */
  whole: ClaimMatch[];
  /** Claims for the words outside a reprinted quote, when they report something else. */
  rest: ClaimMatch[] | null;
  inQuote: (mention: Mention) => boolean;
  quoteSimilarity: number;
}

/** Most claims a mention lists. */
const MAX_CLAIMS = 5;

/** Same first, then by score: the page's own claim leads the card. */
const RELATION_ORDER = { same: 0, contradicts: 1, agrees: 2, context: 3 } as const;

export function createEngine(dataset: Dataset, options: EngineOptions = {}): Engine {
  const detector = createDetector(dataset);
  const matcher = createMatcher(dataset, options.sensitivity);
  const attributor = createAttributor(dataset.speakers);
  const relater = createRelater(dataset);
  const claims = new Map<string, Claim>(dataset.claims.map((c) => [c.id, c]));
  const related = new Map(dataset.speakers.map((s) => [s.id, s.relatedSpeakerIds]));
  const anyClaimOf = new Map(dataset.claims.map((c) => [c.speakerId, c]));

  /** The dataset speakers a page's speaker may be: named ones, or compatible unnamed ones. */
  function evidenceFor(speaker: PageSpeaker | null): { named: string[]; cued: string[] } {
    if (!speaker) return { named: [], cued: [] };
    if (speaker.speakerId) {
      // The speaker, the people they speak for or through, and (for an institution) its people.
      const named = new Set([speaker.speakerId, ...(related.get(speaker.speakerId) ?? [])]);
      for (const [speakerId, claim] of anyClaimOf)
        if (relater.compatible(speaker, claim)) named.add(speakerId);
      return { named: [...named], cued: [] };
    }
    // Someone the dataset does not know: their words are nobody's in the dataset.
    if (speaker.kind === 'person' || speaker.kind === 'institution' || speaker.kind === 'outlet')
      return { named: [`page:${speaker.name}`], cued: [] };
    const cued: string[] = [];
    for (const [speakerId, claim] of anyClaimOf)
      if (relater.compatible(speaker, claim)) cued.push(speakerId);
    return { named: [], cued };
  }

  function relateAll(
    scored: readonly ScoredClaim[],
    speaker: PageSpeaker | null,
    frame: StatementFrame,
  ): ClaimMatch[] {
    const out: ClaimMatch[] = [];
    for (const s of scored) {
      const claim = claims.get(s.claimId);
      if (!claim) continue;
      const { relation, conflict } = relater.relate(
        speaker,
        frame,
        claim,
        s.score,
        s.content,
        s.quoteSimilarity,
      );
      out.push({
        claimId: s.claimId,
        speakerId: s.speakerId,
        score: s.score,
        relation,
        ...(conflict ? { conflict } : {}),
      });
    }
    out.sort((a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] || b.score - a.score);
    // A sentence reports one claim, unless it reprints the words of several.
    let reported = false;
    for (const c of out) {
      if (c.relation !== 'same') continue;
      const reprint = (scored.find((s) => s.claimId === c.claimId)?.quoteSimilarity ?? 0) >= REPRINT;
      if (reported && !reprint) c.relation = 'context';
      reported = true;
    }
    return out
      .sort((a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] || b.score - a.score)
      .slice(0, MAX_CLAIMS);
  }

  function match(
    text: string,
    mentions: readonly Mention[],
    _context: PageContext,
  ): MatchedMention[] {
    const deadlinesOf = (list: readonly Mention[]) =>
      list.flatMap((m) => (m.deadline ? [m.deadline] : []));
    const sentenceMatch = (mention: Mention): SentenceMatch => {
      const sentence = text.slice(mention.sentenceStart, mention.sentenceEnd);
      const inSentence = mentions.filter((m) => m.sentenceStart === mention.sentenceStart);
      const speaker = attributor.attribute(text, mention.sentenceStart, mention.sentenceEnd);
      const frame = frameOf(sentence, mention.sentenceStart, inSentence);
      const evidence = evidenceFor(speaker);
      const scored = matcher.match(sentence, {
        speakerIds: evidence.named,
        cuedSpeakerIds: evidence.cued,
        deadlines: deadlinesOf(inSentence),
      });
      const whole = relateAll(scored, speaker, frame);
      const quoteSimilarity =
        scored.find((s) => s.claimId === whole[0]?.claimId)?.quoteSimilarity ?? 0;
      // A reprinted quote belongs to its speaker; the words around it may report something
      // else in the outlet's voice ("…," the official said, while Baghdad speaks of a
      // withdrawal by the end of 2025).
      const spans = quotedSpans(sentence).map(
        ([a, b]) => [a + mention.sentenceStart, b + mention.sentenceStart] as const,
      );
      const inQuote = (m: Mention) => spans.some(([a, b]) => m.start >= a && m.end <= b);
      const outside = inSentence.filter((m) => !inQuote(m) && m.kind !== 'official');
      const bestQuote = Math.max(0, ...scored.map((s) => s.quoteSimilarity));
      if (bestQuote < REPRINT || outside.length === 0)
        return { speaker, whole, rest: null, inQuote, quoteSimilarity };
      let rest = sentence;
      for (const [a, b] of spans) {
        const from = a - mention.sentenceStart - 1;
        rest =
          rest.slice(0, Math.max(0, from)) +
          ' '.repeat(b - a + 2) +
          rest.slice(b - mention.sentenceStart + 1);
      }
      const restScored = matcher.match(rest, { speakerIds: [], deadlines: deadlinesOf(outside) });
      const restClaims = relateAll(restScored, null, frameOf(rest, mention.sentenceStart, outside));
      return {
        speaker,
        whole,
        rest: restClaims.length > 0 ? restClaims : null,
        inQuote,
        quoteSimilarity,
      };
    };
    const bySentence = new Map<number, SentenceMatch>();
    const matched = mentions.map((mention): MatchedMention => {
      let found = bySentence.get(mention.sentenceStart);
      if (!found) {
        found = sentenceMatch(mention);
        bySentence.set(mention.sentenceStart, found);
      }
      const useRest = found.rest !== null && mention.kind !== 'official' && !found.inQuote(mention);
      return {
        ...mention,
        claims: useRest ? (found.rest as ClaimMatch[]) : found.whole,
        quoteSimilarity: useRest ? 0 : found.quoteSimilarity,
        speaker: found.speaker,
      };
    });
    // A quoted passage is a mention only when it reprints a claim's quote.
    return matched.filter(
      (m) => m.kind !== 'quote' || (m.claims.length > 0 && (m.quoteSimilarity ?? 0) >= REPRINT),
    );
  }

  function findings(text: string, mentions: readonly MatchedMention[]): Finding[] {
    const namedBySentence = new Map<number, string[]>();
    for (const m of mentions) {
      if (m.kind !== 'official' || !m.speakerId) continue;
      const list = namedBySentence.get(m.sentenceStart) ?? [];
      list.push(m.speakerId);
      namedBySentence.set(m.sentenceStart, list);
    }
    return findContradictions({ text, mentions, dataset, namedBySentence });
  }

  function check(text: string, context: PageContext): CheckResult {
    const { mentions } = detector.detect(text, context);
    const matched = match(text, mentions, context);
    return { mentions: matched, findings: findings(text, matched) };
  }

  return {
    dataset,
    detect: detector.detect,
    match,
    findings,
    check,
    trigger: detector.trigger,
  };
}
