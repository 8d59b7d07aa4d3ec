/**
 * The pipeline in one place: text → mentions → claims → findings. Pure: the same engine runs
 * in the content script, the command line and the tests.
 */
import { CLAUSE_BREAK, createAttributor, type SpeakerClause } from '../attribute/attribute';
import { claimNumbers, clauseOf, countedSpan, frameOf, troopNumbers } from '../attribute/frame';
import type { Claim, Dataset } from '../dataset/schema';
import { sameDeadline } from '../detect/deadlines';
import { createDetector, type Detection, type DetectOptions } from '../detect/detect';
import { findContradictions } from '../findings/findings';
import {
  createMatcher,
  quotedSpans,
  type ScoredClaim,
  type Sensitivity,
  type SentenceEvidence,
} from '../match/matcher';
import { createRelater, type PageFacts, REPRINT, type SentenceFrames } from '../match/relate';
import type {
  CheckResult,
  ClaimMatch,
  Finding,
  MatchedMention,
  Mention,
  PageContext,
  PageSpeaker,
  ResolvedDate,
} from '../model/types';
import { fold } from '../text/fold';
import { officialNames } from '../text/official-names';

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
  /**
   * How the sentence of `mention` stands to one claim, whether or not matching would list it:
   * for asking about a pair (the evaluation, a reviewer). Null for an unknown claim.
   */
  relateTo(
    text: string,
    mentions: readonly Mention[],
    mention: Mention,
    claimId: string,
    context?: PageContext,
  ): ClaimMatch | null;
  check(text: string, context: PageContext): CheckResult;
  /** The dataset's speaker a page's name or role for someone stands for, when one does. */
  resolveSpeaker(speaker: PageSpeaker): PageSpeaker;
  /** The expression of every trigger word, for measuring the least work a scan can do. */
  readonly trigger: RegExp;
}

interface SentenceMatch {
  speaker: PageSpeaker | null;
  /** Claims for the sentence as a whole. */
  whole: ClaimMatch[];
  /** The whole sentence's claims as a mention in one of its clauses shows them. */
  at: (mention: Mention) => ClaimMatch[];
  /** Claims for the words outside a reprinted quote, when they report something else. */
  rest: ClaimMatch[] | null;
  inQuote: (mention: Mention) => boolean;
  quoteSimilarity: number;
}

/** How far into a page its dateline or byline is looked for. */
const CREDIT_REACH = 3000;

/** Most claims a mention lists. */
const MAX_CLAIMS = 5;

/** The names of the officials among `mentions`, each once. */
/** Text as a literal inside a regular expression. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const deadlinesOf = (list: readonly Mention[]) =>
  list.flatMap((m) => (m.deadline ? [m.deadline] : []));

/** The quoted spans of a sentence, as offsets in the page. */
function quotedSpansAt(sentence: string, offset: number): Array<readonly [number, number]> {
  return quotedSpans(sentence).map(([a, b]) => [a + offset, b + offset] as const);
}

/**
 * What a sentence says; when it reprints a claim, also what its quoted words alone say, the
 * measure of the claim it reprints.
 */
function statementFrames(
  sentence: string,
  start: number,
  inSentence: readonly Mention[],
  reprint: boolean,
): SentenceFrames {
  const whole = frameOf(sentence, start, inSentence);
  // "…said the mission had ended and that the base would be handed over the next week": each
  // statement of the sentence on its own, for what only one statement's words can say.
  const cuts = partsOf(sentence);
  const parts =
    cuts.length > 1
      ? cuts.map(([a, b]) =>
          frameOf(
            sentence.slice(a, b),
            start + a,
            inSentence.filter((m) => m.start >= start + a && m.start < start + b),
          ),
        )
      : undefined;
  const split = parts ? { parts } : {};
  if (!reprint) return { sentence: whole, ...split };
  const spans = quotedSpansAt(sentence, start);
  const quoted = inSentence.filter((m) => spans.some(([a, b]) => m.start >= a && m.end <= b));
  return {
    sentence: whole,
    quoted: frameOf(onlyQuoted(sentence, spans, start), start, quoted),
    ...split,
  };
}

/** The sentence with everything outside its quotes blanked (same length). */
function onlyQuoted(
  sentence: string,
  spans: ReadonlyArray<readonly [number, number]>,
  offset: number,
): string {
  let out = ' '.repeat(sentence.length);
  for (const [a, b] of spans)
    out = out.slice(0, a - offset) + sentence.slice(a - offset, b - offset) + out.slice(b - offset);
  return out;
}

/** The claim the page reports leads; the rest follow by score. */
const RELATION_ORDER = { same: 0, contradicts: 1, agrees: 1, context: 1 } as const;

/**
 * The claims as one mention of the sentence shows them. A sentence that reports several claims
 * by stating each one's deadline in a clause of its own ("… by September 2025, while … until
 * September 2026") reports in each clause the claims whose deadlines stand in it.
 */
function claimsAt(
  whole: readonly ClaimMatch[],
  at: number,
  sentence: string,
  sentenceStart: number,
  inSentence: readonly Mention[],
  claims: ReadonlyMap<string, Claim>,
): ClaimMatch[] {
  const same = whole.filter((c) => c.relation === 'same');
  if (same.length < 2) return [...whole];
  // Whether a claim gives the deadline or the troop number a mention states.
  const states = (claimId: string, m: Mention): boolean => {
    const claim = claims.get(claimId);
    if (!claim) return false;
    if (m.deadline) return claim.deadlines.some((d) => sameDeadline(m.deadline as ResolvedDate, d));
    if (m.kind !== 'troops') return false;
    const numbers = claimNumbers(claim);
    return troopNumbers(m.text).some((n) => numbers.includes(n));
  };
  // A deadline or a troop number shows the claims that give it ("September 2025 for Iraq,
  // September 2026 for Syria"; "250 to 350 advisers would stay, citing “the events in
  // Syria”"); any other mention, the claims whose deadlines stand in its clause.
  const self = inSentence.find((m) => m.start === at && (m.deadline || m.kind === 'troops'));
  const elsewhere = new Set<string>();
  if (self && same.some((c) => states(c.claimId, self))) {
    for (const c of same) if (!states(c.claimId, self)) elsewhere.add(c.claimId);
  } else {
    const [start, end] = clauseOf(sentence, at - sentenceStart);
    for (const c of same) {
      const stated = inSentence.filter((m) => m.deadline && states(c.claimId, m));
      const here = stated.some(
        (m) => m.start - sentenceStart >= start && m.start - sentenceStart < end,
      );
      if (stated.length > 0 && !here) elsewhere.add(c.claimId);
    }
  }
  if (elsewhere.size === 0 || elsewhere.size === same.length) return [...whole];
  return whole
    .map((c) =>
      elsewhere.has(c.claimId)
        ? {
            claimId: c.claimId,
            speakerId: c.speakerId,
            score: c.score,
            relation: 'context' as const,
          }
        : c,
    )
    .sort((a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] || b.score - a.score);
}

/**
 * Where a sentence reports one speaker's statements one after another: "…, and that …", "… and to
 * keep …", a semicolon, ", citing “…”", ", which required …", a colon that opens what was said,
 * ", with …", ", after …", ", and it …", ", adding that …", "…, as the coalition wraps up …"; the
 * comma may close a quotation (`…,” with “…`).
 */
const PART_BREAK =
  /\s+and that\s+|["\u201d]?\s+and\s+to\s+(?=(?:keep|continue|maintain|end|conclude|support|hand|move|leave|withdraw|transition|begin|start|set|form|allow|run|extend|stay|remain)\b)|["\u201d]\s+and\s+(?=(?:kept|keeps|set|sets|gave|gives|allowed|allows|extended|extends)\b)|,["\u201d]?\s+citing\s+(?=["\u201c])|,["\u201d]?\s+which\s+(?:required|requires|meant|means|led\s+to|leads\s+to)\s+|,?["\u201d]?\s+and\s+(?:said|says|added|adds)\s+|;\s+|:\s+(?=[a-z])|,["\u201d]?\s+(?:with|after)\s+|\s+after\s+(?=(?:the\s+)?(?:[\w'\u2019-]+\s+){0,5}?(?:left|withdrew|departed|were\s+handed|was\s+handed|ends|ended|concludes|concluded)\b)|,["\u201d]?\s+(?=(?:it|he|she|they)\s+(?:said|says|added|adds|announced|declared)\b)|,["\u201d]?\s+and\s+(?=(?:it|he|she|they|we|I)(?:\s|['\u2019](?:ll|re|ve|d|m)\s)|(?:[\w'’-]+\s+){1,6}?(?:was|were|is|are|will|would|had|has|have|continues|ends|concludes|runs|remains|stays)\s)|\s+as\s+(?=(?:the\s+)?(?:last|all|remaining|coalition|us|u\.s\.|american|foreign|iraqi)\s+(?:[\w'’-]+\s+){0,3}?(?:leave|leaves|left|move|moves|turns?|exit|exits|depart|departs|withdraw|withdraws|hand|hands|pull|pulls|wraps?|winds?|ends|concludes|completes)\b)|,["\u201d]?\s+adding\s+(?:that\s+)?/g;
/** How much better another of the speaker's claims must fit a part to be the one it reports. */
const PART_MARGIN = 0.1;

/** A deadline mention's date when the page writes out its year ("September 2026"). */
function statedDate(mention: Mention): ResolvedDate | undefined {
  return mention.deadline && (/\b20\d\d\b/.test(mention.text) || countedSpan(mention.text))
    ? mention.deadline
    : undefined;
}

/** A deadline or a troop number the sentence states, at its offset in the sentence. */
interface DatedAt {
  at: number;
  date?: ResolvedDate;
  troops?: number[];
}

/** The deadlines (with their year) and numbers a sentence's mentions state, where they stand. */
function datedAt(inSentence: readonly Mention[], sentenceStart: number): DatedAt[] {
  return inSentence.flatMap((m): DatedAt[] => {
    const at = m.start - sentenceStart;
    if (m.kind === 'troops') return [{ at, troops: troopNumbers(m.text) }];
    const date = statedDate(m);
    return date ? [{ at, date }] : [];
  });
}

/** The parts of a sentence, as offsets into it; one part when nothing divides it. */

export function partsOf(sentence: string): Array<readonly [number, number]> {
  // Where the sentence turns to another speaker, too ("…, a process that a U.S. official said …").
  const breaks = [...sentence.matchAll(PART_BREAK), ...sentence.matchAll(CLAUSE_BREAK)]
    .map((found) => [found.index ?? 0, (found.index ?? 0) + found[0].length] as const)
    .sort((a, b) => a[0] - b[0]);
  const parts: Array<readonly [number, number]> = [];
  let from = 0;
  for (const [at, after] of breaks) {
    if (at < from) continue;
    parts.push([from, at]);
    from = after;
  }
  parts.push([from, sentence.length]);
  return parts;
}

export function createEngine(dataset: Dataset, options: EngineOptions = {}): Engine {
  const detector = createDetector(dataset);
  const matcher = createMatcher(dataset, options.sensitivity);
  const attributor = createAttributor(dataset.speakers);
  const relater = createRelater(dataset);
  const claims = new Map<string, Claim>(dataset.claims.map((c) => [c.id, c]));
  const claimsBySpeaker = new Map<string, Claim[]>();
  for (const c of dataset.claims)
    claimsBySpeaker.set(c.speakerId, [...(claimsBySpeaker.get(c.speakerId) ?? []), c]);
  const related = new Map(dataset.speakers.map((s) => [s.id, s.relatedSpeakerIds]));
  const anyClaimOf = new Map(dataset.claims.map((c) => [c.speakerId, c]));
  const speakerKinds = new Map(dataset.speakers.map((s) => [s.id, s.kind]));

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
    // Someone the dataset does not know: their words are nobody's in the dataset, unless they
    // speak for people it does know: a body its people are affiliated to ("the US State
    // Department"), an outlet that carried unnamed sources ("…, Middle East Eye reported").
    if (speaker.kind === 'person') return { named: [`page:${speaker.name}`], cued: [] };
    if (speaker.kind === 'institution' || speaker.kind === 'outlet') {
      const voiced: string[] = [];
      for (const [speakerId, claim] of anyClaimOf)
        if (relater.compatible(speaker, claim)) voiced.push(speakerId);
      return { named: voiced.length > 0 ? voiced : [`page:${speaker.name}`], cued: [] };
    }
    const cued: string[] = [];
    for (const [speakerId, claim] of anyClaimOf)
      if (relater.compatible(speaker, claim)) cued.push(speakerId);
    return { named: [], cued };
  }

  function relateAll(
    scored: readonly ScoredClaim[],
    speaker: PageSpeaker | null,
    frames: SentenceFrames,
    page: PageFacts,
    limit = MAX_CLAIMS,
  ): ClaimMatch[] {
    const known = scored.flatMap((s) => {
      const claim = claims.get(s.claimId);
      return claim ? [{ scored: s, candidate: { ...s, claim } }] : [];
    });
    const related = relater.relateAll(
      speaker,
      frames,
      known.map((k) => k.candidate),
      page,
    );
    return known
      .map(({ scored: s }, i): ClaimMatch => {
        const { relation, conflict } = related[i] as (typeof related)[number];
        return {
          claimId: s.claimId,
          speakerId: s.speakerId,
          score: s.score,
          relation,
          ...(conflict ? { conflict } : {}),
        };
      })
      .sort((a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] || b.score - a.score)
      .slice(0, limit);
  }

  /** Whether a part of a sentence states one of the claim's deadlines or numbers. */
  function datedIn(
    c: ClaimMatch,
    [a, b]: readonly [number, number],
    deadlines: readonly DatedAt[],
  ): boolean {
    const claim = claims.get(c.claimId);
    if (!claim) return false;
    return deadlines.some(
      ({ at, date, troops }) =>
        at >= a &&
        at < b &&
        (date
          ? claim.deadlines.some((x) => sameDeadline(date, x))
          : (troops ?? []).some((n) => claimNumbers(claim).includes(n))),
    );
  }

  /**
   * The claims a mention shows when its sentence reports two statements of the speaker it is
   * credited to ("… had been agreed three months ago and that a timetable was being set"): the
   * claim reported is, of that speaker's, the one that fits the mention's part best.
   */
  function byPart(
    shown: readonly ClaimMatch[],
    sentence: string,
    at: number,
    evidence: SentenceEvidence,
    deadline?: ResolvedDate,
    deadlines: readonly DatedAt[] = [],
  ): ClaimMatch[] {
    const same = shown.filter((c) => c.relation === 'same');
    const reported = same[0];
    if (same.length > 1) return firstForPart(shown, same, sentence, at, evidence, deadlines);
    if (same.length !== 1 || !reported) return [...shown];
    // A deadline shows the claim of its own date, of the same speaker's ("… sets September 2025
    // for Iraq, September 2026 for Syria").
    // "the next week" is the claim's "next week", counted from when it was said.
    const span = deadline && at >= 0 ? countedSpan(sentence.slice(at, at + 40)) : undefined;
    const dated = (c: ClaimMatch) =>
      deadline !== undefined &&
      (claims
        .get(c.claimId)
        ?.deadlines.some(
          (d) => sameDeadline(deadline, d) || (span && span === countedSpan(d.wording)),
        ) ??
        false);
    if (deadline && !dated(reported)) {
      const own = sibling(shown, reported, dated);
      if (own) return swapped(shown, reported, own);
    }
    const parts = partsOf(sentence);
    const part = parts.find(([a, b]) => at >= a && at < b);
    if (parts.length < 2 || !part) return [...shown];
    // "…ends by September 2025, with support for Syria continuing until September 2026": a part
    // that states another of the speaker's deadlines, and not the reported claim's, which
    // another part states, reports that other claim.
    if (!datedIn(reported, part, deadlines) && parts.some((p) => datedIn(reported, p, deadlines))) {
      const inPart = (c: ClaimMatch) => datedIn(c, part, deadlines);
      const own = sibling(shown, reported, inPart);
      if (own) return swapped(shown, reported, own);
      // The speaker's claim of that deadline, when the whole sentence did not bring it up.
      const other = unlisted(shown, reported).find(inPart);
      const scored = other && matcher.scoreClaim(sentence.slice(...part), evidence, other.claimId);
      if (other && scored && scored.score >= matcher.threshold) {
        const added = { ...other, score: scored.score };
        return swapped([...shown, added], reported, added);
      }
    }
    const words = sentence.slice(part[0], part[1]);
    // A part whose words (or whose quoted words) the claim's quote holds is that claim, however
    // short it is.
    const quote = claims.get(reported.claimId)?.quote;
    const quoted = words.slice(Math.max(words.lastIndexOf('\u201c'), words.lastIndexOf('"')) + 1);
    const bare = fold(quoted).replace(/^[\s"'“”‘’]+|[\s"'“”‘’,.]+$/g, '');
    if (quote && bare.length > 0 && fold(quote).includes(bare)) return [...shown];
    const fitOf = (c: ClaimMatch) => matcher.scoreClaim(words, evidence, c.claimId)?.score ?? 0;
    const own = fitOf(reported);
    // "…told Rudaw that all coalition forces had moved to the Kurdistan Region, with only “four
    // to five personnel” left in Baghdad": the reported claim's words are quoted in another part,
    // so this part may report another of the speaker's claims, listed or not.
    const quotedElsewhere =
      !!quote &&
      parts.some(([a, b]) => {
        if (a === part[0]) return false;
        const inner = quotedWords(sentence.slice(a, b));
        return inner.length >= 8 && fold(quote).includes(inner);
      });
    const others = quotedElsewhere ? unlisted(shown, reported) : [];
    let best: { claim: ClaimMatch; fit: number } | null = null;
    for (const c of [...shown, ...others]) {
      if (c === reported || c.speakerId !== reported.speakerId || c.relation === 'contradicts')
        continue;
      const fit = fitOf(c);
      if (fit >= own + PART_MARGIN && fit >= matcher.threshold && (!best || fit > best.fit))
        best = { claim: c, fit };
    }
    if (!best) return [...shown];
    const chosen = shown.includes(best.claim) ? best.claim : { ...best.claim, score: best.fit };
    return swapped(shown.includes(chosen) ? shown : [...shown, chosen], reported, chosen);
  }

  /** Another of the reported claim's speaker's claims among those shown that `test` holds for. */
  function sibling(
    shown: readonly ClaimMatch[],
    reported: ClaimMatch,
    test: (c: ClaimMatch) => boolean,
  ): ClaimMatch | undefined {
    return shown.find(
      (c) =>
        c !== reported &&
        c.speakerId === reported.speakerId &&
        c.relation !== 'contradicts' &&
        test(c),
    );
  }

  /** The reported claim's speaker's other claims that the sentence's list does not hold. */
  function unlisted(shown: readonly ClaimMatch[], reported: ClaimMatch): ClaimMatch[] {
    return (claimsBySpeaker.get(reported.speakerId) ?? [])
      .filter((c) => !shown.some((s) => s.claimId === c.id))
      .map((c) => ({ claimId: c.id, speakerId: c.speakerId, score: 0, relation: 'agrees' }));
  }

  /** The words inside a part's quotation marks, folded and trimmed. */
  function quotedWords(part: string): string {
    const inner = /["\u201c]([^"\u201c\u201d]+)["\u201d]/.exec(part)?.[1] ?? '';
    return fold(inner).replace(/^[\s'‘’]+|[\s'‘’,.]+$/g, '');
  }

  /**
   * Of the claims a sentence reports, the one its part fits best comes first at a mention in
   * that part ("Sudani said 250 to 350 advisers would stay, citing “the events in Syria”").
   */
  function firstForPart(
    shown: readonly ClaimMatch[],
    same: readonly ClaimMatch[],
    sentence: string,
    at: number,
    evidence: SentenceEvidence,
    deadlines: readonly DatedAt[],
  ): ClaimMatch[] {
    const parts = partsOf(sentence);
    const part = parts.find(([a, b]) => at >= a && at < b);
    if (parts.length < 2 || !part) return [...shown];
    const fitIn = (c: ClaimMatch, [a, b]: readonly [number, number]) =>
      matcher.scoreClaim(sentence.slice(a, b), evidence, c.claimId)?.score ?? 0;
    const fits = same.map((c) => ({ c, fit: fitIn(c, part) }));
    // A claim another part reports better than this one is that part's, not this mention's;
    // so is one whose deadline or number another part states, when another claim fits this
    // part better ("…would conclude “no later than the end of September 2025” and that its
    // mission in Syria … would continue until September 2026").
    const elsewhere = new Set(
      fits
        .filter(
          ({ c, fit }) =>
            (fit < matcher.threshold &&
              parts.some((p) => p !== part && fitIn(c, p) >= fit + PART_MARGIN)) ||
            (!datedIn(c, part, deadlines) &&
              parts.some((p) => p !== part && datedIn(c, p, deadlines)) &&
              fits.some((o) => o.c !== c && o.fit > fit)),
        )
        .map(({ c }) => c),
    );
    const kept = fits.filter(({ c }) => !elsewhere.has(c));
    if (kept.length === 0) return [...shown];
    const best = kept.reduce((a, b) => (b.fit > a.fit ? b : a));
    return [
      best.c,
      ...shown
        .filter((c) => c !== best.c)
        .map((c) =>
          elsewhere.has(c)
            ? {
                claimId: c.claimId,
                speakerId: c.speakerId,
                score: c.score,
                relation: 'context' as const,
              }
            : c,
        ),
    ].sort(
      (a, b) =>
        Number(b === best.c) - Number(a === best.c) ||
        RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation],
    );
  }

  /** The claims with `chosen` reported in place of `reported`, which only agrees. */
  function swapped(
    shown: readonly ClaimMatch[],
    reported: ClaimMatch,
    chosen: ClaimMatch,
  ): ClaimMatch[] {
    return shown
      .map(
        (c): ClaimMatch =>
          c === reported
            ? { ...c, relation: 'agrees' }
            : c === chosen
              ? { ...c, relation: 'same' }
              : c,
      )
      .sort((a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] || b.score - a.score);
  }

  const outlets = dataset.speakers.filter((s) => s.kind === 'outlet');
  /** The dataset's outlets a page's own name includes ("Hindustan Times, carrying Reuters"). */
  function siteOutlets(site: string | null | undefined): string[] {
    if (!site) return [];
    const folded = fold(site);
    return outlets
      .filter((o) =>
        [o.name, ...o.aliases].some((n) => {
          const name = fold(n.replace(/\s*\(.*\)$/, ''));
          return name.length >= 2 && new RegExp(`(?<![a-z])${literal(name)}(?![a-z])`).test(folded);
        }),
      )
      .map((o) => o.id);
  }

  /**
   * Wire copy credits its agency where the article opens: a dateline ("WASHINGTON (Reuters) -")
   * or a byline ("By … , The Associated Press"). The page's own voice is then that agency's.
   */
  const credits = outlets.map((o) => {
    const names = [o.name, ...o.aliases]
      .map((n) => fold(n.replace(/\s*\(.*\)$/, '')))
      .filter((n) => n.length >= 2)
      .map(literal)
      .join('|');
    return {
      id: o.id,
      pattern: new RegExp(
        `\\((?:${names})\\)\\s*[-\u2013\u2014]|(?:^|\\n)[ \\t]*by\\b[^\\n]{0,80}?(?<![a-z])(?:${names})(?![a-z])`,
      ),
    };
  });
  function creditedOutlets(text: string): string[] {
    const opening = fold(text.slice(0, CREDIT_REACH));
    return credits.filter((c) => c.pattern.test(opening)).map((c) => c.id);
  }

  /**
   * The mentions with their sentence bounds narrowed to the clause of their speaker where a
   * sentence credits several ("Baghdad calls it a withdrawal, while Washington…"), and who each
   * clause credits. The narrowed bounds serve matching only; results carry the sentence's.
   */
  function byClause(
    text: string,
    mentions: readonly Mention[],
    people: readonly string[] = officialNames(mentions.map((m) => [m, text] as const)),
  ): { statements: Mention[]; credit: Map<number, PageSpeaker | null> } {
    attributor.knowPeople(text, people);
    const credit = new Map<number, PageSpeaker | null>();
    const clausesOf = new Map<number, SpeakerClause[]>();
    const statements = mentions.map((m) => {
      let clauses = clausesOf.get(m.sentenceStart);
      if (!clauses) {
        clauses = attributor.clauses(text, m.sentenceStart, m.sentenceEnd);
        clausesOf.set(m.sentenceStart, clauses);
        if (clauses.length > 1) for (const c of clauses) credit.set(c.start, c.speaker);
      }
      if (clauses.length < 2) return m;
      const clause = clauses.find((c) => m.start >= c.start && m.start < c.end) ?? clauses[0];
      return clause ? { ...m, sentenceStart: clause.start, sentenceEnd: clause.end } : m;
    });
    return { statements, credit };
  }

  /** The sentence of a mention: its words, its mentions, who the page credits, the evidence. */
  /** Whose voice a page's uncredited sentences are. */
  interface PageVoice {
    /** The dataset's outlets the page names itself by or credits at its opening. */
    outlets: string[];
    siteName: string | null | undefined;
    /** Who signs the page (an official's opinion piece, an office's statement), if not the outlet. */
    signer: PageSpeaker | null;
  }

  function voiceOf(text: string, context: PageContext): PageVoice {
    return {
      outlets: [...new Set([...siteOutlets(context.site), ...creditedOutlets(text)])],
      siteName: context.site,
      signer: context.signer
        ? attributor.resolve({ ...context.signer, role: null, speakerId: null })
        : null,
    };
  }

  /**
   * Who signs the page, for one of its uncredited sentences; not the note about the author
   * ("Salah al-Rubaie was deputy national security adviser …"), which is the outlet's.
   */
  function signerOf(voice: PageVoice, sentence: string): PageSpeaker | null {
    const signer = voice.signer;
    if (!signer) return null;
    const surname = signer.name.split(/\s+/).pop() ?? signer.name;
    const about = new RegExp(
      `^\\s*(?:${literal(signer.name)}|${literal(surname)})\\s+(?:is|was|has|served|writes)\\b`,
      'i',
    );
    return about.test(sentence) ? null : { ...signer };
  }

  function statementOf(
    text: string,
    mentions: readonly Mention[],
    mention: Mention,
    voice: PageVoice,
    credit: ReadonlyMap<number, PageSpeaker | null> = new Map(),
  ) {
    const { outlets: site, siteName } = voice;
    // A clause of a sentence that credits several speakers reads as a sentence of its own.
    const clause = credit.has(mention.sentenceStart);
    const sentence = text.slice(mention.sentenceStart, mention.sentenceEnd);
    const inSentence = mentions.filter((m) => m.sentenceStart === mention.sentenceStart);
    const credited = clause
      ? (credit.get(mention.sentenceStart) ?? null)
      : attributor.attribute(text, mention.sentenceStart, mention.sentenceEnd);
    // "News.Az reports" on News.Az's own page is the page's own voice.
    const speaker =
      credited?.kind === 'outlet' &&
      siteName &&
      fold(siteName.split(/[,(]/)[0] ?? '').trim() === fold(credited.name).replace(/^the\s+/, '')
        ? null
        : credited;
    // The page's own voice is its signer's, else its outlet's, when the dataset knows the outlet.
    const voiced = speaker ?? signerOf(voice, sentence);
    const { named, cued } = voiced ? evidenceFor(voiced) : { named: [...site], cued: [] };
    const evidence: SentenceEvidence = {
      speakerIds: named,
      cuedSpeakerIds: cued,
      deadlines: deadlinesOf(inSentence),
      troops: inSentence.flatMap((m) => (m.kind === 'troops' ? troopNumbers(m.text) : [])),
    };
    return { sentence, inSentence, speaker, evidence, site };
  }

  function relateTo(
    text: string,
    mentions: readonly Mention[],
    mention: Mention,
    claimId: string,
    context: PageContext = { published: null },
  ): ClaimMatch | null {
    const { statements, credit } = byClause(text, mentions, context.people);
    const narrowed = statements[mentions.indexOf(mention)] ?? mention;
    const voice = voiceOf(text, context);
    const {
      sentence,
      inSentence,
      speaker: credited,
      evidence,
      site,
    } = statementOf(text, statements, narrowed, voice, credit);
    // The claim is weighed among the sentence's own candidates, as matching would weigh it.
    const alone = matcher.scoreClaim(sentence, evidence, claimId);
    if (!alone) return null;
    const listed = matcher.match(sentence, evidence);
    const scored = listed.some((s) => s.claimId === claimId) ? listed : [...listed, alone];
    const bestQuote = Math.max(0, ...scored.map((s) => s.quoteSimilarity));
    const frames = statementFrames(
      sentence,
      narrowed.sentenceStart,
      inSentence,
      bestQuote >= REPRINT,
    );
    const all = relateAll(
      scored,
      credited ?? quotedSpeaker(scored, bestQuote) ?? signerOf(voice, sentence),
      frames,
      { outlets: site, published: context.published, signer: voice.signer },
      scored.length,
    );
    const shown = byPart(
      claimsAt(all, narrowed.start, sentence, narrowed.sentenceStart, inSentence, claims),
      sentence,
      narrowed.start - narrowed.sentenceStart,
      evidence,
      statedDate(narrowed),
      datedAt(inSentence, narrowed.sentenceStart),
    );
    return shown.find((c) => c.claimId === claimId) ?? null;
  }

  function match(
    text: string,
    mentions: readonly Mention[],
    context: PageContext,
  ): MatchedMention[] {
    const voice = voiceOf(text, context);
    const page: PageFacts = {
      outlets: voice.outlets,
      published: context.published,
      signer: voice.signer,
    };
    const { statements, credit } = byClause(text, mentions, context.people);
    const sentenceMatch = (mention: Mention): SentenceMatch => {
      const {
        sentence,
        inSentence,
        speaker: credited,
        evidence,
      } = statementOf(text, statements, mention, voice, credit);
      const scored = matcher.match(sentence, evidence);
      // A reprinted quote belongs to its speaker; the words around it may report something
      // else in the outlet's voice ("…," the official said, while Baghdad speaks of a
      // withdrawal by the end of 2025).
      const spans = quotedSpansAt(sentence, mention.sentenceStart);
      const inQuote = (m: Mention) => spans.some(([a, b]) => m.start >= a && m.end <= b);
      const outside = inSentence.filter((m) => !inQuote(m) && m.kind !== 'official');
      const bestQuote = Math.max(0, ...scored.map((s) => s.quoteSimilarity));
      const frames = statementFrames(
        sentence,
        mention.sentenceStart,
        inSentence,
        bestQuote >= REPRINT,
      );
      const speaker = credited ?? quotedSpeaker(scored, bestQuote) ?? signerOf(voice, sentence);
      const whole = relateAll(scored, speaker, frames, page);
      const quoteSimilarity =
        scored.find((s) => s.claimId === whole[0]?.claimId)?.quoteSimilarity ?? 0;
      const dated = datedAt(inSentence, mention.sentenceStart);
      const at = (m: Mention) =>
        byPart(
          claimsAt(whole, m.start, sentence, mention.sentenceStart, inSentence, claims),
          sentence,
          m.start - mention.sentenceStart,
          evidence,
          statedDate(m),
          dated,
        );
      // "The two governments announced the conclusion of the mission “…”": the words around a
      // quote its credited speaker is reported saying are the same statement, when nothing
      // turns the sentence to another speaker ("…,” while Baghdad's envoys speak of …).
      // Where the sentence turns to another speaker ("…,” while Baghdad's envoys speak of …).
      const turns = [...sentence.matchAll(CLAUSE_BREAK)].map((found) => found.index ?? 0);
      const partAt = (offset: number) => turns.filter((at) => at < offset).length;
      const ownQuote =
        speaker !== null &&
        whole[0]?.relation === 'same' &&
        spans.length > 0 &&
        outside.every(
          (m) =>
            partAt(m.start - mention.sentenceStart) ===
            partAt((spans[0] as readonly [number, number])[0] - mention.sentenceStart),
        );
      if (bestQuote < REPRINT || outside.length === 0 || ownQuote)
        return { speaker, whole, at, rest: null, inQuote, quoteSimilarity };
      // The words outside the quotes, around the first mention that is not quoted.
      const firstOutside = (outside[0] as Mention).start - mention.sentenceStart;
      const before = spans.filter(([, b]) => b - mention.sentenceStart <= firstOutside);
      const after = spans.filter(([a]) => a - mention.sentenceStart > firstOutside);
      const from =
        before.length > 0
          ? (before[before.length - 1] as readonly [number, number])[1] - mention.sentenceStart + 1
          : 0;
      const to =
        after.length > 0
          ? (after[0] as readonly [number, number])[0] - mention.sentenceStart - 1
          : sentence.length;
      const rest = ' '.repeat(from) + sentence.slice(from, Math.max(from, to));
      const restScored = matcher.match(rest, { speakerIds: [], deadlines: deadlinesOf(outside) });
      const restClaims = relateAll(
        restScored,
        null,
        { sentence: frameOf(rest, mention.sentenceStart, outside) },
        page,
      );
      return {
        speaker,
        whole,
        at,
        rest: restClaims.length > 0 ? restClaims : null,
        inQuote,
        quoteSimilarity,
      };
    };
    const bySentence = new Map<number, SentenceMatch>();
    const matched = statements.map((mention, i): MatchedMention => {
      let found = bySentence.get(mention.sentenceStart);
      if (!found) {
        found = sentenceMatch(mention);
        bySentence.set(mention.sentenceStart, found);
      }
      const original = mentions[i] as Mention;
      const useRest = found.rest !== null && mention.kind !== 'official' && !found.inQuote(mention);
      const shown = useRest ? (found.rest as ClaimMatch[]) : found.at(mention);
      return {
        ...original,
        claims: shown,
        quoteSimilarity: useRest ? 0 : found.quoteSimilarity,
        speaker: reportedSpeaker(found.speaker, shown),
      };
    });
    // A quoted passage is a mention only when it reprints a claim's quote.
    return matched.filter(
      (m) => m.kind !== 'quote' || (m.claims.length > 0 && (m.quoteSimilarity ?? 0) >= REPRINT),
    );
  }

  /**
   * Words the page prints in quotation marks without saying whose they are, when they reprint a
   * claim's quote, are its speaker's: a reader knows "“no later than the end of September
   * 2025”" as the joint statement's.
   */
  function quotedSpeaker(
    scored: readonly { claimId: string; quoteSimilarity: number }[],
    best: number,
  ): PageSpeaker | null {
    if (best < REPRINT) return null;
    // Words more than one speaker is on record with are no one's in particular.
    const reprinted = new Set(
      scored
        .filter((s) => s.quoteSimilarity >= REPRINT)
        .map((s) => claims.get(s.claimId)?.speakerId),
    );
    if (reprinted.size > 1) return null;
    const claim = claims.get(scored.find((s) => s.quoteSimilarity === best)?.claimId ?? '');
    const who = claim ? dataset.speakers.find((s) => s.id === claim.speakerId) : undefined;
    if (!who || who.kind === 'outlet') return null;
    return {
      name: who.name,
      role: null,
      kind: who.kind === 'group' ? 'anonymous' : who.kind,
      speakerId: who.id,
    };
  }

  /**
   * A speaker the page does not name, known by the statement it is found to report: "Washington
   * and Baghdad said …" of a joint statement the dataset holds, "a senior administration
   * official said …" of the official whose words the dataset records.
   */
  function reportedSpeaker(speaker: PageSpeaker | null, shown: readonly ClaimMatch[]) {
    if (!speaker || speaker.speakerId) return speaker;
    const kinds =
      speaker.kind === 'joint'
        ? ['joint']
        : speaker.kind === 'anonymous'
          ? ['anonymous', 'group']
          : [];
    const reported = shown.find(
      (c) => c.relation === 'same' && kinds.includes(speakerKinds.get(c.speakerId) ?? ''),
    );
    return reported ? { ...speaker, speakerId: reported.speakerId } : speaker;
  }

  function findings(text: string, mentions: readonly MatchedMention[]): Finding[] {
    return findContradictions({ text, mentions, dataset });
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
    relateTo,
    check,
    resolveSpeaker: attributor.resolve,
    trigger: detector.trigger,
  };
}
