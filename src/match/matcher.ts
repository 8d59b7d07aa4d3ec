/**
 * Matching a sentence to the claims it reprints or paraphrases. Candidates come from an
 * inverted word index (so a dataset of many stories stays cheap per sentence); Fuse.js then
 * scores how closely the sentence's words, or its quoted words, follow each candidate's quote
 * and summary; evidence Fuse cannot see (the speaker named, the deadline stated) adjusts the
 * score. A sentence with no good candidate gets no match rather than a guess.
 */
import Fuse from 'fuse.js/basic';
import { claimNumbers } from '../attribute/frame';
import type { Claim, Dataset, Speaker } from '../dataset/schema';
import { sameDeadline } from '../detect/deadlines';
import { Memo } from '../model/memo';
import type { ClaimMatch, ResolvedDate } from '../model/types';
import { fold, squash } from '../text/fold';
import { tokens } from './tokens';

/** How ready the matcher is to call a sentence a match. */
export type Sensitivity = 'strict' | 'balanced' | 'broad';

/**
 * Calibrated on the labelled articles (`npm run eval`): at `balanced`, no sentence the dataset
 * cannot know gets a claim; `broad` attributes more sentences and starts to guess.
 */
const THRESHOLDS: Record<Sensitivity, number> = { strict: 0.45, balanced: 0.37, broad: 0.3 };

/** What a troop number the sentence shares with a claim adds to the claim's content score. */
const TROOPS_EVIDENCE = 0.12;
/** How many claims may give a troop number for it still to point at them. */
const DISTINCTIVE_NUMBER = 2;

/**
 * A sentence that tells part of its named speaker's long claim: the share of its own words the
 * claim must hold, how many words they must share, and what the share is worth as a score.
 */
const COVERED_BY_NAMED = 0.5;
const COVERED_WORDS = 3;
const COVERED_WEIGHT = 0.4;

/** What the sentence tells beyond its words. */
export interface SentenceEvidence {
  /** Speakers the sentence (or the one before it, for "he added") names. */
  speakerIds: readonly string[];
  /** Speakers an institution or unnamed-official phrase may stand for ("the Pentagon said"). */
  cuedSpeakerIds?: readonly string[];
  /** Deadlines the sentence states. */
  deadlines: readonly ResolvedDate[];
  /** Numbers of troops the sentence states. */
  troops?: readonly number[];
}

export interface ScoredClaim extends Omit<ClaimMatch, 'relation' | 'conflict'> {
  /** The score on the words and deadlines alone, before the speaker is weighed. */
  content: number;
  /** How much of the sentence's quoted words the claim's quote holds, 0..1. */
  quoteSimilarity: number;
  /** The longest run of words the sentence's quote and the claim's quote share, in order. */
  quoteRun?: number;
  /**
   * How many distinct words the sentence shares with the claim, its speaker's names aside: a
   * short sentence can score well on two words and still say little of the claim.
   */
  sharedWords: number;
  /**
   * How much of the sentence's own words (weighted by rarity, its speaker's names aside) the
   * claim holds: a sentence that reports part of a long claim covers little of the claim but
   * is covered by it.
   */
  coverage: number;
}

interface ClaimDoc {
  claim: Claim;
  quote: string;
  summary: string;
  /** Quote and summary as matching words (synonyms folded together), for paraphrases. */
  quoteWords: string;
  summaryWords: string;
  /** Distinct words with their weights. */
  words: Map<string, number>;
  /** The words of the speaker's names, which say who rather than what. */
  nameWords: Set<string>;
  norm: number;
  relatedSpeakers: Set<string>;
}

/** How many of the word index's best candidates Fuse scores per sentence. */
const CANDIDATES = 4;
/** How many more it scores for evidence of their own: the speaker named, a deadline shared. */
const EVIDENCED_CANDIDATES = 6;
/** Fuse's cost grows with the pattern: a sentence is cut to its first 160 characters. */
const MAX_QUERY = 160;
/** Where Fuse's 0 (perfect) .. 1 (nothing) is cut off. */
const FUSE_THRESHOLD = 0.45;
/** How much more than the threshold another speaker's claim needs, on its words alone. */
const OTHER_SPEAKER_MARGIN = 0.05;
/** Most claims returned for one sentence. */
const MAX_CLAIMS = 6;
/** Quoted fragments shorter than this are words, not quotes. */
const MIN_QUOTE = 16;
/** Sentences whose scores a matcher keeps: a page that repeats itself is scored once. */
const SCORE_MEMO = 5_000;

/** How many words each of a sentence's several quotes needs to count as a reprint on its own. */
const MIN_PIECE_WORDS = 5;

const QUOTED = /["\u201c\u201d]([^"\u201c\u201d]{8,})["\u201c\u201d]/g;

/** The `[start, end)` offsets of the words inside each pair of quotation marks. */
export function quotedSpans(sentence: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of sentence.matchAll(QUOTED)) {
    const start = (match.index ?? 0) + 1;
    spans.push([start, start + (match[1]?.length ?? 0)]);
  }
  return spans;
}

/** The parts of a sentence inside quotation marks, joined; empty when there are none. */
export function quotedWords(
  sentence: string,
  spans: ReadonlyArray<readonly [number, number]> = quotedSpans(sentence),
): string {
  return spans.map(([start, end]) => sentence.slice(start, end)).join(' ');
}

export interface Matcher {
  match(sentence: string, evidence: SentenceEvidence): ScoredClaim[];
  /** One claim scored against the sentence, whatever the score: for asking about a pair. */
  scoreClaim(sentence: string, evidence: SentenceEvidence, claimId: string): ScoredClaim | null;
  readonly threshold: number;
}

export function createMatcher(dataset: Dataset, sensitivity: Sensitivity = 'balanced'): Matcher {
  const speakers = new Map<string, Speaker>(dataset.speakers.map((s) => [s.id, s]));
  const docs: ClaimDoc[] = dataset.claims.map((claim) => {
    const speaker = speakers.get(claim.speakerId);
    const quotes = [claim.quote, ...claim.alsoIn.map((a) => a.quote)].filter(
      (q): q is string => !!q,
    );
    const words = new Map<string, number>();
    const names = speaker ? [speaker.name, ...speaker.aliases].join(' ') : '';
    for (const word of tokens(`${quotes.join(' ')} ${claim.summary} ${names}`)) words.set(word, 1);
    const nameWords = new Set(tokens(names));
    return {
      claim,
      quote: squash(fold(quotes.join(' \u2026 '))),
      summary: fold(claim.summary),
      quoteWords: tokens(quotes.join(' ')).join(' '),
      summaryWords: tokens(claim.summary).join(' '),
      words,
      nameWords,
      norm: 0,
      relatedSpeakers: new Set([claim.speakerId, ...(speaker?.relatedSpeakerIds ?? [])]),
    };
  });

  // A troop number few claims give points at them; "2,500 in Iraq" is everyone's figure.
  const claimsPerNumber = new Map<number, number>();
  for (const claim of dataset.claims)
    for (const n of new Set(claimNumbers(claim)))
      claimsPerNumber.set(n, (claimsPerNumber.get(n) ?? 0) + 1);
  const distinctive = new Set(
    [...claimsPerNumber].filter(([, count]) => count <= DISTINCTIVE_NUMBER).map(([n]) => n),
  );

  // Inverse document frequency: a word every claim has says little about which claim this is.
  const documentFrequency = new Map<string, number>();
  for (const doc of docs)
    for (const word of doc.words.keys())
      documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const idf = (word: string): number =>
    Math.log(1 + docs.length / (documentFrequency.get(word) ?? 0.5));
  const postings = new Map<string, number[]>();
  docs.forEach((doc, i) => {
    let norm = 0;
    for (const word of doc.words.keys()) {
      const weight = idf(word);
      doc.words.set(word, weight);
      norm += weight;
      const list = postings.get(word) ?? [];
      list.push(i);
      postings.set(word, list);
    }
    doc.norm = norm;
  });

  const fuseOptions = {
    includeScore: true,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    threshold: FUSE_THRESHOLD,
    minMatchCharLength: 4,
    keys: [
      { name: 'quoteWords', weight: 0.55 },
      { name: 'summaryWords', weight: 0.45 },
    ],
  };
  const threshold = THRESHOLDS[sensitivity];

  const docIndex = new Map(docs.map((doc, i) => [doc.claim.id, i]));

  function match(sentence: string, evidence: SentenceEvidence, only?: number): ScoredClaim[] {
    const sentenceWords = new Set(tokens(sentence));
    let sentenceNorm = 0;
    const overlap = new Map<number, number>();
    for (const word of sentenceWords) {
      const list = postings.get(word);
      const weight = idf(word);
      sentenceNorm += list ? weight : Math.log(1 + docs.length / 0.5) * 0.5;
      if (!list) continue;
      for (const i of list) overlap.set(i, (overlap.get(i) ?? 0) + weight);
    }
    const sharedWords = (doc: ClaimDoc): number => {
      let shared = 0;
      for (const word of sentenceWords)
        if (doc.words.has(word) && !doc.nameWords.has(word)) shared++;
      return shared;
    };
    const coverage = (doc: ClaimDoc): number => {
      let held = 0;
      let all = 0;
      for (const word of sentenceWords) {
        if (doc.nameWords.has(word)) continue;
        const weight = postings.has(word) ? idf(word) : Math.log(1 + docs.length / 0.5) * 0.5;
        all += weight;
        if (doc.words.has(word)) held += weight;
      }
      return all > 0 ? held / all : 0;
    };
    if (overlap.size === 0 && only === undefined) return [];

    const byWords = [...overlap.entries()]
      .map(([i, shared]) => {
        const doc = docs[i] as ClaimDoc;
        // How much of the claim the sentence covers, and the reverse, combined with the claim's
        // side weighted higher: a news sentence wraps a claim in words of its own.
        const ofClaim = shared / doc.norm;
        const ofSentence = shared / Math.max(sentenceNorm, 1e-9);
        const beta2 = 2.25;
        return {
          i,
          words: ((1 + beta2) * ofClaim * ofSentence) / (beta2 * ofSentence + ofClaim),
        };
      })
      .sort((a, b) => b.words - a.words);
    const ranked =
      only !== undefined
        ? [byWords.find((b) => b.i === only) ?? { i: only, words: 0 }]
        : pickCandidates(byWords, (i) => {
            const doc = docs[i] as ClaimDoc;
            if ([...doc.relatedSpeakers].some((id) => evidence.speakerIds.includes(id)))
              return true;
            return evidence.deadlines.some((d) =>
              doc.claim.deadlines.some((c) => sameDeadline(d, c)),
            );
          });

    const spans = quotedSpans(sentence);
    const quoted = squash(fold(quotedWords(sentence, spans)));
    // Words a claim's quote holds word for word are that claim's, whoever the page credits
    // with them: a misquote is found by its words, not its speaker.
    const bareQuote = quoted.replace(/[\s.,;:!?\u2026]+$/, '');
    // A sentence that quotes two of a speaker's statements ("…told foreign media that “the
    // variable …,” announcing that “an agreement has been reached …”") reprints each.
    const pieces = spans
      .map(([a, b]) =>
        squash(fold(sentence.slice(a, b))).replace(/^[\s.,;:]+|[\s.,;:!?\u2026]+$/g, ''),
      )
      .filter((piece) => piece.split(' ').length >= MIN_PIECE_WORDS);
    const reprints = (doc: ClaimDoc) =>
      doc.quote.includes(bareQuote) ||
      (pieces.length > 1 && pieces.some((p) => doc.quote.includes(p)));
    if (only === undefined && bareQuote.length >= MIN_QUOTE) {
      for (let i = 0; i < docs.length; i++) {
        if (!reprints(docs[i] as ClaimDoc) || ranked.some((r) => r.i === i)) continue;
        ranked.push(byWords.find((b) => b.i === i) ?? { i, words: 0 });
      }
    }
    const candidates = ranked.map((r) => docs[r.i] as ClaimDoc);
    const fuzzy = new Map<ClaimDoc, number>();
    const quoteSimilarity = new Map<ClaimDoc, number>();
    if (quoted.length >= MIN_QUOTE) {
      // A quote reprinted word for word needs no fuzzy search; Fuse scores the rest.
      const inexact: ClaimDoc[] = [];
      for (const doc of candidates) {
        if (reprints(doc)) quoteSimilarity.set(doc, 1);
        else inexact.push(doc);
      }
      if (inexact.length > 0) {
        const fuse = new Fuse(inexact, { ...fuseOptions, keys: ['quote'] });
        for (const result of fuse.search(quoted.slice(0, MAX_QUERY))) {
          quoteSimilarity.set(result.item, 1 - (result.score ?? 1));
        }
      }
      for (const [doc, similarity] of quoteSimilarity) fuzzy.set(doc, similarity);
      // A claim the dataset records without a quote (a report's summary of it) is weighed on
      // the sentence's words, quoted or not.
      const unquoted = candidates.filter((doc) => doc.quote.length === 0);
      if (unquoted.length > 0) {
        const fuse = new Fuse(unquoted, fuseOptions);
        for (const result of fuse.search(tokens(sentence).join(' ').slice(0, MAX_QUERY)))
          fuzzy.set(result.item, 1 - (result.score ?? 1));
      }
    } else {
      const fuse = new Fuse(candidates, fuseOptions);
      for (const result of fuse.search(tokens(sentence).join(' ').slice(0, MAX_QUERY))) {
        fuzzy.set(result.item, 1 - (result.score ?? 1));
      }
    }

    const named = new Set(evidence.speakerIds);
    const cued = new Set(evidence.cuedSpeakerIds ?? []);
    const out: ScoredClaim[] = [];
    for (const { i, words } of ranked) {
      const doc = docs[i] as ClaimDoc;
      const fuseSimilarity = fuzzy.get(doc) ?? 0;
      const quoteSim = quoteSimilarity.get(doc) ?? 0;
      let content = 0.55 * words + 0.45 * fuseSimilarity;
      // A reprinted quote is the strongest evidence there is.
      if (quoteSim > 0.75) content = Math.max(content, 0.5 + 0.5 * quoteSim);
      if (evidence.deadlines.length > 0 && doc.claim.deadlines.length > 0) {
        // Each deadline the sentence shares with the claim is evidence; two shared dates (a
        // federal and a Kurdistan deadline) are close to a signature of the claim.
        const shared = evidence.deadlines.filter((d) =>
          doc.claim.deadlines.some((c) => sameDeadline(d, c)),
        ).length;
        content += shared > 0 ? Math.min(0.25, 0.12 * shared) : -0.05;
      }
      // So is a troop number the claim gives ("fewer than 2,000").
      const numbers = evidence.troops?.length ? claimNumbers(doc.claim) : [];
      if (numbers.some((n) => evidence.troops?.includes(n) && distinctive.has(n)))
        content += TROOPS_EVIDENCE;
      let score = content;
      const speakerNamed = [...doc.relatedSpeakers].some((id) => named.has(id));
      if (speakerNamed) {
        score += 0.2;
        // A short sentence that tells part of the named speaker's long claim: its words are
        // nearly all the claim's, though they are few of the claim's.
        const covered = coverage(doc);
        if (covered >= COVERED_BY_NAMED && sharedWords(doc) >= COVERED_WORDS)
          score = Math.max(score, 0.2 + COVERED_WEIGHT * covered);
      } else if (cued.has(doc.claim.speakerId)) score += 0.1;
      else if (named.size > 0 && quoteSim <= 0.75) score *= 0.6;
      score = Math.max(0, Math.min(1, score));
      // Another speaker's claim on the same thing stays in the list (the relation will say
      // whether the page agrees with it or contradicts it), ranked below the speaker's own.
      if (only !== undefined || score >= threshold || content >= threshold + OTHER_SPEAKER_MARGIN) {
        out.push({
          claimId: doc.claim.id,
          speakerId: doc.claim.speakerId,
          score: round(score),
          content: round(Math.max(0, Math.min(1, content))),
          quoteSimilarity: round(quoteSim),
          ...(quoteSim > 0 ? { quoteRun: sharedRun(quoted, doc.quote) } : {}),
          sharedWords: sharedWords(doc),
          coverage: round(coverage(doc)),
        });
      }
    }
    out.sort((a, b) => b.score - a.score);
    return out.slice(0, MAX_CLAIMS);
  }

  function scoreClaim(
    sentence: string,
    evidence: SentenceEvidence,
    claimId: string,
  ): ScoredClaim | null {
    const index = docIndex.get(claimId);
    return index === undefined ? null : (match(sentence, evidence, index)[0] ?? null);
  }

  const scores = new Memo<readonly ScoredClaim[]>(SCORE_MEMO);
  /**
   * `match`, kept by sentence and evidence: the scores depend on nothing else. Kept scores are
   * frozen, and each caller gets its own list of them.
   */
  function matchKept(sentence: string, evidence: SentenceEvidence): ScoredClaim[] {
    const key = JSON.stringify([
      sentence,
      evidence.speakerIds,
      evidence.cuedSpeakerIds ?? [],
      evidence.deadlines,
      evidence.troops ?? [],
    ]);
    return scores.get(key, () => match(sentence, evidence).map((s) => Object.freeze(s))).slice();
  }

  return { match: matchKept, scoreClaim, threshold };
}

/**
 * The best candidates by words, and after them the best few of the rest that the sentence
 * gives evidence for: a claim whose wording differs from the sentence's, by a speaker the
 * sentence names or with the deadline it states, still gets scored.
 */
function pickCandidates<T extends { i: number }>(
  byWords: readonly T[],
  evidenced: (i: number) => boolean,
): T[] {
  const picked = byWords.slice(0, CANDIDATES);
  let extra = 0;
  for (let k = CANDIDATES; k < byWords.length && extra < EVIDENCED_CANDIDATES; k++) {
    const candidate = byWords[k] as T;
    if (evidenced(candidate.i)) {
      picked.push(candidate);
      extra++;
    }
  }
  return picked;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** The longest run of words two folded texts share, in the same order. */
function sharedRun(a: string, b: string): number {
  const x = a.split(/[^a-z0-9]+/).filter(Boolean);
  const y = b.split(/[^a-z0-9]+/).filter(Boolean);
  let best = 0;
  let row = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const next = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++)
      if (x[i - 1] === y[j - 1]) {
        next[j] = (row[j - 1] ?? 0) + 1;
        best = Math.max(best, next[j] ?? 0);
      }
    row = next;
  }
  return best;
}
