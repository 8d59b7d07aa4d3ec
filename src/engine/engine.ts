/**
 * The pipeline in one place: text → mentions → claims → findings. Pure: the same engine runs
 * in the content script, the command line and the tests.
 */
import type { Dataset, Speaker } from '../dataset/schema';
import { createDetector, type Detection, type DetectOptions } from '../detect/detect';
import { findContradictions } from '../findings/findings';
import { createMatcher, quotedSpans, type ScoredClaim, type Sensitivity } from '../match/matcher';
import { fold } from '../text/fold';
import type { CheckResult, Finding, MatchedMention, Mention, PageContext } from './types';

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

/** Phrases that credit a statement to an institution or an unnamed official. */
function speakerCues(speakers: readonly Speaker[]): Array<{ cue: RegExp; ids: string[] }> {
  const byAffiliation = new Map<string, string[]>();
  for (const speaker of speakers) {
    const list = byAffiliation.get(speaker.affiliation) ?? [];
    list.push(speaker.id);
    byAffiliation.set(speaker.affiliation, list);
  }
  const out: Array<{ cue: RegExp; ids: string[] }> = [];
  for (const speaker of speakers) {
    if (speaker.kind === 'person') continue;
    const phrases = new Set<string>(speaker.aliases.map((a) => fold(a)));
    const bare = fold(speaker.name.replace(/\s*\(.*\)\s*$/, '')).trim();
    if (bare.split(' ').length >= 2) phrases.add(bare);
    if (phrases.size === 0) continue;
    // An institution speaks for the people in it: "the Pentagon" may be its press secretary.
    const ids =
      speaker.kind === 'institution'
        ? [
            ...new Set([
              speaker.id,
              ...(byAffiliation.get(speaker.affiliation) ?? []),
              ...speaker.relatedSpeakerIds,
            ]),
          ]
        : [speaker.id];
    const source = [...phrases]
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
      .join('|');
    out.push({ cue: new RegExp(`(?<![a-z])(?:${source})(?![a-z])`), ids });
  }
  return out;
}

/** Words that report speech, or the marks of a quotation or a transcript's speaker. */
const SPEECH =
  /\b(?:said|says|say|told|tells|tell|added|adds|stated|states|according to|insisted|insists|denied|denies|announced|noted|stressed|explained|revealed|confirmed|argued|maintained|described|describes|called|calls|warned|quoted|quoting|spokesperson|spokesman|statement|remarks|briefing|asserted|claimed|claims|acknowledged|emphasi[sz]ed|reiterated)\b|["\u201c\u201d]|^[a-z .'-]{2,40}:/;

interface SentenceMatch {
  /** Claims for the sentence as a whole. */
  whole: ScoredClaim[];
  /** Claims for the words outside a reprinted quote, when they report something else. */
  rest: ScoredClaim[] | null;
  inQuote: (mention: Mention) => boolean;
}

/** How closely a quoted passage must follow a claim's quote to count as reprinting it. */
const REPRINTED = 0.75;

export function createEngine(dataset: Dataset, options: EngineOptions = {}): Engine {
  const detector = createDetector(dataset);
  const matcher = createMatcher(dataset, options.sensitivity);
  const cues = speakerCues(dataset.speakers);
  const related = new Map(dataset.speakers.map((s) => [s.id, s.relatedSpeakerIds]));

  /**
   * Speakers a sentence credits with words, and institutions it credits. A name counts only
   * where the sentence reports speech: "Sudani presided over the meeting" names Sudani without
   * quoting him.
   */
  function creditsIn(
    folded: string,
    officials: readonly Mention[],
  ): { named: string[]; cued: string[] } {
    const named = new Set<string>();
    const speech = SPEECH.test(folded);
    for (const m of officials) {
      if (!speech) break;
      if (!m.speakerId) continue;
      named.add(m.speakerId);
      for (const id of related.get(m.speakerId) ?? []) named.add(id);
    }
    const cued = new Set<string>();
    for (const { cue, ids } of cues) if (cue.test(folded)) for (const id of ids) cued.add(id);
    return { named: [...named], cued: [...cued] };
  }

  function match(
    text: string,
    mentions: readonly Mention[],
    _context: PageContext,
  ): MatchedMention[] {
    const officialsBySentence = new Map<number, Mention[]>();
    for (const m of mentions) {
      if (m.kind !== 'official') continue;
      const list = officialsBySentence.get(m.sentenceStart) ?? [];
      list.push(m);
      officialsBySentence.set(m.sentenceStart, list);
    }
    let previous: { start: number; end: number; named: string[]; cued: string[] } | null = null;
    const sentenceMatch = (mention: Mention): SentenceMatch => {
      const sentence = text.slice(mention.sentenceStart, mention.sentenceEnd);
      const inSentence = mentions.filter((m) => m.sentenceStart === mention.sentenceStart);
      const officials = officialsBySentence.get(mention.sentenceStart) ?? [];
      let credits = creditsIn(fold(sentence), officials);
      // "he added": a sentence crediting nobody continues the previous one's speaker when
      // nothing but white space, in the same paragraph, stands between them.
      if (
        credits.named.length === 0 &&
        credits.cued.length === 0 &&
        previous &&
        /^[ ]*$/.test(text.slice(previous.end, mention.sentenceStart)) &&
        /\b(?:he|she|they|the official|the spokesperson)\b/i.test(sentence)
      ) {
        credits = { named: previous.named, cued: previous.cued };
      }
      previous = { start: mention.sentenceStart, end: mention.sentenceEnd, ...credits };
      const deadlinesOf = (list: readonly Mention[]) =>
        list.flatMap((m) => (m.deadline ? [m.deadline] : []));
      const whole = matcher.match(sentence, {
        speakerIds: credits.named,
        cuedSpeakerIds: credits.cued,
        deadlines: deadlinesOf(inSentence),
      });
      // A reprinted quote belongs to its speaker; the words around it may report someone else
      // ("…," the official said, while Baghdad speaks of a withdrawal by the end of 2025).
      const spans = quotedSpans(sentence).map(
        ([a, b]) => [a + mention.sentenceStart, b + mention.sentenceStart] as const,
      );
      const inQuote = (m: Mention) => spans.some(([a, b]) => m.start >= a && m.end <= b);
      const outside = inSentence.filter((m) => !inQuote(m) && m.kind !== 'official');
      if ((whole[0]?.quoteSimilarity ?? 0) < REPRINTED || outside.length === 0)
        return { whole, rest: null, inQuote };
      let rest = sentence;
      for (const [a, b] of spans) {
        const from = a - mention.sentenceStart - 1;
        rest =
          rest.slice(0, Math.max(0, from)) +
          ' '.repeat(b - a + 2) +
          rest.slice(b - mention.sentenceStart + 1);
      }
      const restOfficials = officials.filter((m) => !inQuote(m));
      const restCredits = creditsIn(fold(rest), restOfficials);
      const restClaims = matcher.match(rest, {
        speakerIds: restCredits.named,
        cuedSpeakerIds: restCredits.cued,
        deadlines: deadlinesOf(outside),
      });
      return { whole, rest: restClaims.length > 0 ? restClaims : null, inQuote };
    };
    const bySentence = new Map<number, SentenceMatch>();
    const matched = mentions.map((mention) => {
      let found = bySentence.get(mention.sentenceStart);
      if (!found) {
        found = sentenceMatch(mention);
        bySentence.set(mention.sentenceStart, found);
      }
      const claims =
        found.rest && mention.kind !== 'official' && !found.inQuote(mention)
          ? found.rest
          : found.whole;
      return {
        ...mention,
        claims: claims.map(({ claimId, speakerId, score }) => ({ claimId, speakerId, score })),
        quoteSimilarity: claims[0]?.quoteSimilarity ?? 0,
      };
    });
    // A quoted passage is a mention only when it reprints a claim's quote.
    return matched.filter(
      (m) => m.kind !== 'quote' || (m.claims.length > 0 && (m.quoteSimilarity ?? 0) >= REPRINTED),
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
