/**
 * One relation per candidate claim: is the page reporting this claim (`same`), saying what it
 * says (`agrees`), opposing it (`contradicts`), or merely on its subject (`context`)? Never
 * `same` under another speaker's name: the claim's words credited to someone else are an
 * `attribution` conflict.
 */
import { compareFrames, type StatementFrame } from '../attribute/frame';
import type { Claim, ContradictionKind, Dataset, Speaker } from '../dataset/schema';
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

export interface Related {
  relation: Relation;
  conflict?: ContradictionKind;
}

type Side = Speaker['side'];

/** The side an unnamed official or institution is on, from the page's words for them. */
function sideOf(phrase: string): Side | null {
  const folded = fold(phrase);
  if (/\b(?:kurdish|kurdistan|peshmerga|erbil)\b/.test(folded)) return 'kurdistan-region';
  if (/\b(?:iraqi|iraq's|iraq|baghdad)\b/.test(folded)) return 'iraq';
  if (
    /(?<![a-z])(?:us|u\.s\.?|american|pentagon|washington|administration|defense department|state department|white house)(?![a-z])/.test(
      folded,
    )
  )
    return 'united-states';
  if (/\bcoalition\b/.test(folded)) return 'coalition';
  if (/\bwestern\b/.test(folded)) return 'other';
  return null;
}

export interface Relater {
  /** Whether the page's speaker can be the claim's speaker. */
  /**
   * Whether the page's speaker can be the claim's speaker; `outlets` are the dataset outlets
   * the page is (its own voice is theirs).
   */
  compatible(speaker: PageSpeaker | null, claim: Claim, outlets?: readonly string[]): boolean;
  relate(
    speaker: PageSpeaker | null,
    frame: StatementFrame,
    claim: Claim,
    score: number,
    content: number,
    quoteSimilarity: number,
    outlets?: readonly string[],
  ): Related;
}

export function createRelater(dataset: Pick<Dataset, 'speakers'>): Relater {
  const speakers = new Map(dataset.speakers.map((s) => [s.id, s]));

  function sameParty(pageId: string, claimSpeaker: Speaker): boolean {
    if (pageId === claimSpeaker.id) return true;
    if (claimSpeaker.relatedSpeakerIds.includes(pageId)) return true;
    const page = speakers.get(pageId);
    if (!page) return false;
    if (page.relatedSpeakerIds.includes(claimSpeaker.id)) return true;
    // An institution speaks for the people in it: "the Pentagon said" may be its spokesperson.
    return page.kind === 'institution' && page.affiliation === claimSpeaker.affiliation;
  }

  function compatible(
    speaker: PageSpeaker | null,
    claim: Claim,
    outlets: readonly string[] = [],
  ): boolean {
    const claimSpeaker = speakers.get(claim.speakerId);
    if (!claimSpeaker) return false;
    if (!speaker) return outlets.includes(claimSpeaker.id);
    if (speaker.speakerId) return sameParty(speaker.speakerId, claimSpeaker);
    switch (speaker.kind) {
      case 'anonymous': {
        if (claimSpeaker.kind !== 'anonymous' && claimSpeaker.kind !== 'group') return false;
        const side = sideOf(`${speaker.name} ${speaker.role ?? ''}`);
        return side === null || side === claimSpeaker.side;
      }
      case 'joint':
        return claimSpeaker.kind === 'joint';
      default:
        // A named person or body the dataset does not know is somebody else.
        return false;
    }
  }

  function relate(
    speaker: PageSpeaker | null,
    frame: StatementFrame,
    claim: Claim,
    score: number,
    content: number,
    quoteSimilarity: number,
    outlets: readonly string[] = [],
  ): Related {
    const reprint = quoteSimilarity >= REPRINT;
    const fits = compatible(speaker, claim, outlets);
    // The claim's own words in another mouth.
    if (reprint && speaker && !fits && (speaker.speakerId || speaker.kind === 'person'))
      return { relation: 'contradicts', conflict: 'attribution' };
    const { agrees, conflict, otherDeadlines } = compareFrames(frame, claim);
    // A quote that drops or adds the claim's word ("…the US is withdrawing…") turns it around;
    // other conflicts beside a reprint are the page's own words around it.
    if (conflict && (!reprint || conflict === 'wording'))
      return { relation: 'contradicts', conflict };
    // The page's own voice repeating its outlet's claim needs less: no one else could be meant.
    const needed = speaker === null ? SAME_WITH_FRAME : SAME_SCORE;
    if (
      fits &&
      (reprint || (!otherDeadlines && (score >= needed || (agrees && score >= SAME_WITH_FRAME))))
    )
      return { relation: 'same' };
    // An uncredited reprint of the claim's words is the claim.
    if (!speaker && quoteSimilarity >= 0.9) return { relation: 'same' };
    if (agrees || content >= AGREE_CONTENT) return { relation: 'agrees' };
    return { relation: 'context' };
  }

  return { compatible, relate };
}
