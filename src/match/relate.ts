/**
 * One relation per candidate claim: is the page reporting this claim (`same`), saying what it
 * says (`agrees`), opposing it (`contradicts`), or merely on its subject (`context`)? Never
 * `same` under another speaker's name: the claim's words credited to someone else are an
 * `attribution` conflict. A sentence's candidates are weighed together: which of a speaker's
 * claims the sentence reports depends on the others it could be.
 */
import { outletKey, sameBody } from '../attribute/bodies';
import { claimNumbers, compareFrames, type StatementFrame } from '../attribute/frame';
import { unnamedNumber, unnamedSide } from '../attribute/speakers';
import type { Claim, ContradictionKind, Dataset, Speaker } from '../dataset/schema';
import { sameDeadline } from '../detect/deadlines';
import type { PageSpeaker, Relation } from '../model/types';
import { fold } from '../text/fold';

/** Words so close to a claim's quote that the page is reprinting it. */
export const REPRINT = 0.75;
/** Words this close to a claim's, from anyone, say the same thing. */
const AGREE_CONTENT = 0.3;
/** A score that, with a compatible speaker and an agreeing frame, says the page reports it. */
const SAME_SCORE = 0.6;
/** …or less, when the sentence also states the claim's deadline or word for the change. */
const SAME_WITH_FRAME = 0.5;
/**
 * The words a paraphrase needs in common with the claim (the content score, before the speaker
 * is weighed), when its speaker is the claim's and it is their claim that fits best.
 */
const PARAPHRASE = 0.2;
/** …when the sentence also states the claim's deadline, number or word for the change. */
const PARAPHRASE_WITH_FRAME = 0.15;
/** The words a person's only statement on record needs in common with the sentence. */
const SOLE_CONTENT = 0.1;
/** How long after a page's date a claim may be dated and still be what the page reports. */
const LATER_GRACE_MS = 31 * 24 * 3600 * 1000;
/** How far from the report that carries an unnamed speaker's claim a paraphrase of it may be. */
const OCCASION_MS = 92 * 24 * 3600 * 1000;
/** How much of a sentence's words a long claim must hold for the sentence to tell part of it. */
const COVERED = 0.7;
/** How many words a paraphrase must share with the claim without a fact of the claim's. */
const PARAPHRASE_WORDS = 4;
/** What one fact shared with a sibling claim (or left out of it) is worth against its score. */
const FIT_WEIGHT = 0.2;
/** What a claim said within a season of the page is worth over an older one. */
const SEASON_WEIGHT = 0.05;
/** What a claim by the credited speaker themself is worth over a related speaker's. */
const OWN_SPEAKER_WEIGHT = 0.1;
/** How far another claim's words may fit the sentence better before a paraphrase is doubted. */
const PARAPHRASE_MARGIN = 0.1;
/** How much of a claim an unnamed source's words must hold when they share its place. */
const PLACED_CONTENT = 0.3;
/** How many of a claim's quoted words, in order, another speaker must say to be misquoting it. */
const MISQUOTED_RUN = 4;

/** How many words a claim's quote has. */
function quoteWords(claim: Claim): number {
  return (claim.quote ?? '').split(/\s+/).filter(Boolean).length || MISQUOTED_RUN;
}

export interface Related {
  relation: Relation;
  conflict?: ContradictionKind;
}

/** Officials named only by their country: the government's voice ("American officials"). */
const GOVERNMENT_VOICE = /^(?:the\s+)?(?:us|u\.s\.|american|iraqi|iraq's)\s+officials$/;

/** A claim the matcher scored for a sentence, as the relation needs it. */
export interface Candidate {
  claim: Claim;
  score: number;
  content: number;
  quoteSimilarity: number;
  /** How many words the sentence shares with the claim (see `ScoredClaim.sharedWords`). */
  sharedWords: number;
  /** How much of the sentence's words the claim holds (see `ScoredClaim.coverage`). */
  coverage?: number;
  /** The longest run of quoted words shared with the claim's quote (see `ScoredClaim`). */
  quoteRun?: number;
}

export interface Relater {
  /**
   * Whether the page's speaker can be the claim's speaker; `outlets` are the dataset outlets
   * the page is (its own voice is theirs).
   */
  compatible(speaker: PageSpeaker | null, claim: Claim, outlets?: readonly string[]): boolean;
  /**
   * Every candidate of one sentence, in the order given: the claims the sentence reports are
   * `same`, chosen among each other (one claim per sentence, unless it reprints the words of
   * several or states the deadline of another).
   */
  relateAll(
    speaker: PageSpeaker | null,
    frames: SentenceFrames,
    candidates: readonly Candidate[],
    page?: PageFacts,
  ): Related[];
}

/** What the page tells about itself. */
export interface PageFacts {
  /** The dataset outlets the page is: its own voice is theirs. */
  outlets?: readonly string[];
  /** When it was published (`YYYY-MM-DD`), when it says. */
  published?: string | null;
  /** Who signs the page in its own voice (an official's opinion piece, an office's statement). */
  signer?: PageSpeaker | null;
}

/**
 * What a sentence says, as a whole and (when it quotes) within its quotation marks: a claim whose
 * words it reprints is measured by what it quotes, any other by the whole sentence.
 */
export interface SentenceFrames {
  sentence: StatementFrame;
  quoted?: StatementFrame;
  /** Each statement of a sentence that reports several ("… and that …"). */
  parts?: StatementFrame[];
}

/**
 * Whether words further from a claim than `SAME_SCORE` still report it, from a speaker who
 * can be the claim's: the sentence shares enough of the claim's words, no other claim's words
 * fit the sentence clearly better, and an unnamed speaker is at least placed on a side.
 */
/**
 * Whether one statement of the sentence gives the claim's own deadline or number in another
 * word: not when "the mission had ended" and "the base would be handed over the next week" are
 * two statements.
 */
function oneStatementSays(frames: SentenceFrames, claim: Claim): boolean {
  if (!frames.parts) return true;
  return frames.parts.some((part) => {
    const { otherWords, shares } = compareFrames(part, claim);
    return otherWords && shares > 0;
  });
}

function paraphrases(
  speaker: PageSpeaker | null,
  agrees: boolean,
  candidate: Candidate,
  bestContent: number,
  facts = 0,
  samePlace = false,
): boolean {
  // "an official said" is anyone's, unless the sentence tells the claim's own number or date,
  // or its own place in many of its words ("sources said half the troops in Erbil had moved").
  if (
    speaker?.kind === 'anonymous' &&
    !speaker.speakerId &&
    unnamedSide(`${speaker.name} ${speaker.role ?? ''}`) === null &&
    !(agrees && facts > 0) &&
    !(samePlace && candidate.content >= PLACED_CONTENT)
  )
    return false;
  if (candidate.content < bestContent - PARAPHRASE_MARGIN) return false;
  // Without a fact of the claim's own, the words must carry it: enough of them, and a good
  // share of the claim's.
  if (agrees) return candidate.content >= PARAPHRASE_WITH_FRAME;
  // A sentence that tells part of a long claim: nearly all its words are the claim's.
  if ((candidate.coverage ?? 0) >= COVERED && candidate.sharedWords >= PARAPHRASE_WORDS)
    return true;
  return candidate.content >= PARAPHRASE && candidate.sharedWords >= PARAPHRASE_WORDS;
}

/** How long after the claim the page came out (negative before it); null when undated. */
function pageAfterClaim(claim: Claim, published: string | null | undefined): number | null {
  if (!published) return null;
  const page = Date.parse(published.slice(0, 10));
  const said = Date.parse(claim.date.length === 7 ? `${claim.date}-01` : claim.date.slice(0, 10));
  return Number.isFinite(page) && Number.isFinite(said) ? page - said : null;
}

/** Whether the page was published within a season of the claim. */
function nearDate(claim: Claim, published: string | null | undefined): boolean {
  const after = pageAfterClaim(claim, published);
  return after !== null && Math.abs(after) <= OCCASION_MS;
}

/**
 * A page cannot report what was said after it was published. A claim is dated by the article
 * that reports it, often days after the words were said, hence the month's grace.
 */
/** The outlet a frame says the words were told to, as report names compare. */
function toldKey(told: string): string {
  return fold(told)
    .replace(/^the\s+/, '')
    .replace(/[.,;:]+$/, '');
}

function saidLater(claim: Claim, published: string | null | undefined): boolean {
  const after = pageAfterClaim(claim, published);
  return after !== null && -after > LATER_GRACE_MS;
}

/** How one candidate stands before the sentence's candidates are weighed against each other. */
interface Judged extends Related {
  candidate: Candidate;
  reprint: boolean;
  /** The speaker's and the frame's evidence allow `same`, on close enough words. */
  reportable: boolean;
  /** Frame evidence for (shared word, deadline, number) minus evidence against (facts left out). */
  fit: number;
  /** Close enough on its own (the scores alone, before siblings are weighed). */
  close: boolean;
  frame: StatementFrame;
}

export function createRelater(
  dataset: Pick<Dataset, 'speakers' | 'sources'> & Partial<Pick<Dataset, 'claims'>>,
): Relater {
  const speakers = new Map(dataset.speakers.map((s) => [s.id, s]));
  /** How many claims each speaker has on record. */
  const claimCount = new Map<string, number>();
  for (const c of dataset.claims ?? [])
    claimCount.set(c.speakerId, (claimCount.get(c.speakerId) ?? 0) + 1);
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));

  const reports = new Map<string, { dates: number[]; names: string }>();
  /** The reports that carry a claim: their dates, and the words that name them. */
  function reportsOf(claim: Claim): { dates: number[]; names: string } {
    const known = reports.get(claim.id);
    if (known) return known;
    const ids = [claim.sourceId, ...claim.alsoIn.map((a) => a.sourceId)];
    const carrying = ids.flatMap((id) => {
      const source = sources.get(id);
      return source ? [source] : [];
    });
    const found = {
      dates: carrying.map((s) => Date.parse(s.published)).filter(Number.isFinite),
      names: fold(
        [
          ...carrying.flatMap((s) => [s.outlet, s.citing ?? '']),
          speakers.get(claim.speakerId)?.name ?? '',
          claim.summary,
        ].join(' | '),
      ),
    };
    reports.set(claim.id, found);
    return found;
  }

  /**
   * Whether a paraphrase of an unnamed speaker's claim can be what the page reports: an unnamed
   * official is known only by the report that carries them, so the page must come within a
   * season of that report and must not name another outlet as the one they spoke to.
   */
  function sameOccasion(
    claim: Claim,
    frame: StatementFrame,
    published: string | null | undefined,
    facts: number,
  ): boolean {
    const claimSpeaker = speakers.get(claim.speakerId);
    if (claimSpeaker?.kind !== 'anonymous' && claimSpeaker?.kind !== 'group') return true;
    // "Iraqi officials" of no one report hold a view over time; those of a dated report spoke once.
    if (!/\b(?:19|20)\d\d\b/.test(claimSpeaker.name)) return true;
    const reports = reportsOf(claim);
    // "…, a U.S. official told Reuters at the time": the report named is the occasion.
    if (frame.toldTo) return reports.names.includes(toldKey(frame.toldTo));
    const page = published ? Date.parse(published.slice(0, 10)) : Number.NaN;
    if (!Number.isFinite(page) || reports.dates.length === 0) return true;
    if (reports.dates.some((d) => Math.abs(page - d) <= OCCASION_MS)) return true;
    // A later page retelling the claim's own deadline or number tells that occasion again.
    return facts > 0 && reports.dates.every((d) => d < page);
  }

  /**
   * Unnamed sources who "told Middle East Eye" what the claim's sources told that outlet: the
   * report names the occasion, and the words need only be the claim's subject.
   */
  function toldTheCarrier(
    speaker: PageSpeaker | null,
    frame: StatementFrame,
    claim: Claim,
    content: number,
  ): boolean {
    if (speaker?.kind !== 'anonymous' || !frame.toldTo || content < PARAPHRASE_WITH_FRAME)
      return false;
    const claimSpeaker = speakers.get(claim.speakerId);
    if (claimSpeaker?.kind !== 'anonymous' && claimSpeaker?.kind !== 'group') return false;
    const told = toldKey(frame.toldTo);
    return told.length >= 3 && reportsOf(claim).names.includes(told);
  }

  /**
   * A view a group of officials has held over time ("Iraqi officials have repeatedly said they
   * are working towards a withdrawal"): any sentence that credits them with its word reports it.
   */
  function standingView(speaker: PageSpeaker | null, claim: Claim): boolean {
    const claimSpeaker = speakers.get(claim.speakerId);
    if (claimSpeaker?.kind !== 'group' || /\b(?:19|20)\d\d\b/.test(claimSpeaker.name)) return false;
    if (speaker?.speakerId) return speaker.speakerId === claimSpeaker.id;
    // Officials are officials: not politicians nor lawmakers of the same side.
    const noun =
      fold(claimSpeaker.name.replace(/\s*\(.*$/, ''))
        .split(/\s+/)
        .pop() ?? '';
    return speaker?.kind === 'anonymous' && fold(speaker.name).split(/\s+/).includes(noun);
  }

  /**
   * Whether an outlet the page credits is the one that carried an unnamed speaker's claim
   * ("…, Reuters reported" for "a US official told Reuters").
   */
  function carries(outlet: string, claim: Claim, claimSpeaker: Speaker): boolean {
    if (claimSpeaker.kind !== 'anonymous' && claimSpeaker.kind !== 'group') return false;
    const name = outletKey(outlet);
    return name.length >= 3 && reportsOf(claim).names.includes(name);
  }

  function sameParty(pageId: string, claimSpeaker: Speaker): boolean {
    if (pageId === claimSpeaker.id) return true;
    if (claimSpeaker.relatedSpeakerIds.includes(pageId)) return true;
    const page = speakers.get(pageId);
    if (!page) return false;
    if (page.relatedSpeakerIds.includes(claimSpeaker.id)) return true;
    // An institution speaks for the people in it: "the Pentagon said" may be its spokesperson.
    if (page.kind !== 'institution') return false;
    return [page.name.replace(/\s*\(.*\)\s*$/, ''), ...page.aliases].some((n) =>
      sameBody(n, claimSpeaker.affiliation),
    );
  }

  function compatible(
    speaker: PageSpeaker | null,
    claim: Claim,
    outlets: readonly string[] = [],
  ): boolean {
    const claimSpeaker = speakers.get(claim.speakerId);
    if (!claimSpeaker) return false;
    if (!speaker) return outlets.includes(claimSpeaker.id);
    if (speaker.kind === 'outlet' && carries(speaker.name, claim, claimSpeaker)) return true;
    if (speaker.speakerId) return sameParty(speaker.speakerId, claimSpeaker);
    switch (speaker.kind) {
      case 'anonymous': {
        const side = unnamedSide(`${speaker.name} ${speaker.role ?? ''}`);
        // "US officials", plainly so, speak for their government.
        if (claimSpeaker.kind === 'institution')
          return (
            side === claimSpeaker.side &&
            /\bgovernment\b/i.test(claimSpeaker.name) &&
            GOVERNMENT_VOICE.test(fold(speaker.name))
          );
        if (claimSpeaker.kind !== 'anonymous' && claimSpeaker.kind !== 'group') return false;
        // "US officials insist" is not the one official who said it at a briefing.
        const page = unnamedNumber(speaker.name);
        const said = unnamedNumber(claimSpeaker.name);
        if (page && said && page !== said) return false;
        return side === null || side === claimSpeaker.side;
      }
      case 'joint':
        return claimSpeaker.kind === 'joint';
      case 'institution':
        // A body the dataset knows only as its people's affiliation ("the US State Department").
        return sameBody(speaker.name, claimSpeaker.affiliation);
      default:
        // A named person or body the dataset does not know is somebody else.
        return false;
    }
  }

  function judge(
    speaker: PageSpeaker | null,
    frames: SentenceFrames,
    candidate: Candidate,
    page: PageFacts,
    bestContent: number,
  ): Judged {
    const outlets = page.outlets ?? [];
    const { claim, score, content, quoteSimilarity } = candidate;
    const reprint = quoteSimilarity >= REPRINT;
    const frame = reprint ? (frames.quoted ?? frames.sentence) : frames.sentence;
    const fits = compatible(speaker, claim, outlets);
    const base = { candidate, reprint, reportable: false, close: false, fit: 0, frame };
    // The claim's own words in another mouth: its words as they stand (all of them quoted, or a
    // run of them), not a talking point told alike ("This is not a withdrawal from Iraq" against
    // "the US is not withdrawing").
    if (
      reprint &&
      speaker &&
      !fits &&
      (speaker.speakerId || speaker.kind === 'person') &&
      (quoteSimilarity >= 1 ||
        (candidate.quoteRun ?? MISQUOTED_RUN) >= Math.min(MISQUOTED_RUN, quoteWords(claim)))
    )
      return { ...base, relation: 'contradicts', conflict: 'attribution' };
    const {
      agrees,
      shares,
      facts,
      samePlace,
      conflict,
      otherDeadlines,
      otherWords,
      otherChange,
      leftOut,
    } = compareFrames(frame, claim);
    // A quote that drops or adds the claim's word ("…the US is withdrawing…") turns it around;
    // other conflicts beside a reprint are the page's own words around it.
    if (conflict && (!reprint || conflict === 'wording'))
      return { ...base, relation: 'contradicts', conflict };
    // The speaker's own deadline or number told in another word for the change than theirs
    // ("withdraw all troops by September 2025" for "end the mission by September 2025").
    if (fits && otherWords && shares > 0 && !reprint && oneStatementSays(frames, claim))
      return { ...base, relation: 'contradicts', conflict: 'wording' };
    const fit = shares - (leftOut ? 1 : 0);
    // An unnamed source's words told to another outlet than the one that carried the claim are
    // that source's again, on another occasion.
    const elsewhere =
      speaker?.kind === 'anonymous' &&
      !!frames.sentence.toldTo &&
      !reportsOf(claim).names.includes(toldKey(frames.sentence.toldTo));
    if (fits && reprint && !elsewhere)
      return { ...base, relation: 'same', reportable: true, close: true, fit };
    // The page's own voice repeating its outlet's claim needs less: no one else could be meant.
    const needed = speaker === null ? SAME_WITH_FRAME : SAME_SCORE;
    const differs = otherDeadlines || otherWords || (otherChange && facts === 0);
    const close = !differs && (score >= needed || (agrees && score >= SAME_WITH_FRAME));
    // Words further from the claim's, from its speaker, that say nothing against it and leave
    // none of its deadlines or numbers out.
    const paraphrase =
      !close &&
      !differs &&
      !leftOut &&
      ((agrees && standingView(speaker, claim)) ||
        toldTheCarrier(speaker, frame, claim, content) ||
        (paraphrases(speaker, agrees, candidate, bestContent, facts, samePlace) &&
          sameOccasion(claim, frame, page.published, facts)));
    // A person with one statement on record, credited on its occasion with words of its
    // subject ("Norwegian military spokesperson Brynjar Stordal confirmed the relocations").
    const sole =
      !close &&
      !differs &&
      !leftOut &&
      speaker?.kind === 'person' &&
      speaker.speakerId === claim.speakerId &&
      claimCount.get(claim.speakerId) === 1 &&
      content >= SOLE_CONTENT &&
      nearDate(claim, page.published);
    // Who signs the page speaks on the day it is published: what they said long before is
    // another statement, unless the page quotes it.
    const signerElsewhen =
      !!page.signer &&
      speaker?.name === page.signer.name &&
      speaker.kind === page.signer.kind &&
      !nearDate(claim, page.published);
    const reportable =
      fits && !saidLater(claim, page.published) && !signerElsewhen && (close || paraphrase || sole);
    // An uncredited reprint of the claim's words is the claim.
    if (!speaker && quoteSimilarity >= 0.9) return { ...base, relation: 'same', fit };
    const relation = agrees || samePlace || content >= AGREE_CONTENT ? 'agrees' : 'context';
    return { ...base, relation, reportable, close: fits && close, fit };
  }

  function relateAll(
    speaker: PageSpeaker | null,
    frames: SentenceFrames,
    candidates: readonly Candidate[],
    page: PageFacts = {},
  ): Related[] {
    const outlets = page.outlets ?? [];
    // The best fit of another speaker's claim: the words may be theirs more than this one's.
    const bestContent = Math.max(
      0,
      ...candidates.filter((c) => !compatible(speaker, c.claim, outlets)).map((c) => c.content),
    );
    const judged = candidates.map((c) => judge(speaker, frames, c, page, bestContent));
    // The claim the sentence reports: of the speaker's claims it could be (siblings: one
    // speaker, one subject), the best scored once each fact its frame shares counts for more
    // and each it leaves out for less.
    // A claim the credited speaker made themself comes before one of a body they are tied to.
    // Unnamed speakers by their number: "officials" are a group's or a government's voice, "an
    // official" one person's.
    const plural = speaker?.kind === 'anonymous' && unnamedNumber(speaker.name) === 'several';
    const own = (j: Judged) => {
      if (speaker?.speakerId != null) return j.candidate.claim.speakerId === speaker.speakerId;
      if (speaker?.kind !== 'anonymous') return false;
      const kind = speakers.get(j.candidate.claim.speakerId)?.kind;
      return plural ? kind === 'group' || kind === 'institution' : kind === 'anonymous';
    };
    // Of one speaker's claims, one said in the page's season is likelier the one it reports.
    const weight = (j: Judged) =>
      j.candidate.score +
      FIT_WEIGHT * j.fit +
      (own(j) ? OWN_SPEAKER_WEIGHT : 0) +
      (nearDate(j.candidate.claim, page.published) ? SEASON_WEIGHT : 0);
    const reported = judged
      .filter((j) => j.reportable && !j.reprint)
      .sort((a, b) => weight(b) - weight(a))[0];
    // Reprints first, then the reported claim, then the rest by score: another claim is the
    // same too when it is close on its own and states a deadline or a number none before covers
    // ("… by September 2025, and in Syria until September 2026").
    const order = [...judged].sort(
      (a, b) =>
        Number(b.reprint && b.relation === 'same') - Number(a.reprint && a.relation === 'same') ||
        Number(b === reported) - Number(a === reported) ||
        b.candidate.score - a.candidate.score,
    );
    const covered = new Set<string>();
    let any = false;
    // Words of another speaker's credited to this one report none of this one's claims.
    const misquoted = judged.some((j) => j.conflict === 'attribution');
    for (const j of order) {
      if (misquoted && !j.reprint) {
        if (j.relation === 'same') j.relation = 'agrees';
        continue;
      }
      const stated = [
        ...j.frame.deadlines
          .filter((d) => j.candidate.claim.deadlines.some((x) => sameDeadline(d, x)))
          .map((d) => `${d.date}${d.endOf ? '<' : ''}`),
        ...claimNumbers(j.candidate.claim)
          .filter((n) => j.frame.troops.includes(n))
          .map((n) => `#${n}`),
      ];
      const more = stated.some((d) => !covered.has(d));
      const first = j.relation === 'same' || j === reported;
      if ((first && (!any || j.reprint || more)) || (j.close && more)) {
        j.relation = 'same';
        for (const d of stated) covered.add(d);
        any = true;
      } else if (j.relation === 'same') j.relation = 'context';
    }
    return judged.map(({ relation, conflict }) =>
      conflict ? { relation, conflict } : { relation },
    );
  }

  return { compatible, relateAll };
}
