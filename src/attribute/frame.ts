/**
 * Statement frames: what a sentence says, in the dataset's own vocabulary: the words it uses
 * for the change (and the ones it rejects: "not a withdrawal"), the deadlines it states with
 * their scope (federal Iraq, the Kurdistan Region, support to Syria), and troop numbers.
 */
import type { ChangeTerm, Claim, Deadline } from '../dataset/schema';
import { sameDeadline } from '../detect/deadlines';
import type { Mention, ResolvedDate } from '../model/types';
import { fold } from '../text/fold';

export type Scope = Deadline['where'];

export interface FramedDeadline extends ResolvedDate {
  /** Where the deadline applies, when the sentence says. */
  where: Scope | null;
}

export interface StatementFrame {
  calls: ChangeTerm[];
  rejects: ChangeTerm[];
  deadlines: FramedDeadline[];
  /** Troop numbers the sentence gives ("2,500 US troops" → 2500). */
  troops: number[];
}

/** Numbers of troops in a text: "2,500", "fewer than 2,000", "250 to 350". */
function troopNumbers(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(
    /\b(\d{1,3}(?:,\d{3})+|\d{2,5})\b(?!\s*(?:km|kilomet|mile|percent|%|million|billion))/g,
  )) {
    const value = Number((m[1] as string).replace(/,/g, ''));
    // Years are dates, not troops.
    if (value >= 1990 && value <= 2035 && !/,/.test(m[1] as string)) continue;
    if (value >= 20) out.push(value);
  }
  return out;
}

/** The story's synonyms for each way of naming the change. */
const TERMS: ReadonlyArray<[ChangeTerm, RegExp]> = [
  [
    'withdrawal',
    /\b(?:withdr[ae]w\w*|pull(?:ed|ing|s)?[\s-]out|pullout|leav(?:e|es|ing)|left|depart\w*|departure|exit\w*|evacuat\w*)\b/g,
  ],
  ['transition', /\b(?:transition\w*|shift\w*|adapt\w*)\b/g],
  ['evolution', /\bevol\w+/g],
  [
    'end-of-mission',
    /\b(?:end(?:s|ed|ing)?|conclu\w+|wind(?:s|ing)?[\s-]down|wound[\s-]down|wrap\w*\s+up|complet\w+)\b(?=[^.;]{0,40}\bmission)|\bmission(?:'s)?\s+(?:has\s+|had\s+|will\s+|would\s+)?(?:end\w*|conclu\w+|over|complet\w+)/g,
  ],
];

/** A negation close before a term: "not a withdrawal", "is not withdrawing", "rather than". */
const NEGATION =
  /\b(?:not|no|never|n't|rather than|instead of|den(?:y|ies|ied)|reject\w*|rule[sd]? out)\b[^.;,]{0,28}$/;

/** Words that place a deadline, nearest first. */
const SCOPES: ReadonlyArray<[Scope, RegExp]> = [
  ['syria-support', /\bsyria\w*/],
  ['kurdistan-region', /\b(?:kurdistan|kurdish region|erbil|irbil|arbil|harir)\b/],
  [
    'federal-iraq',
    /\b(?:federal|baghdad|ain al[\s-]?asa?d|ayn al[\s-]?asa?d|al[\s-]asa?d|victory base|victoria)\b/,
  ],
];

function scopeNear(folded: string, at: number): Scope | null {
  let best: { scope: Scope; distance: number } | null = null;
  for (const [scope, pattern] of SCOPES) {
    const re = new RegExp(pattern.source, 'g');
    for (const match of folded.matchAll(re)) {
      const distance = Math.abs((match.index ?? 0) - at);
      if (distance <= 90 && (!best || distance < best.distance)) best = { scope, distance };
    }
  }
  return best?.scope ?? null;
}

/** The frame of a sentence (`text` is the page text; mentions are the sentence's). */
export function frameOf(
  sentence: string,
  sentenceStart: number,
  mentions: readonly Mention[],
): StatementFrame {
  const folded = fold(sentence);
  const calls = new Set<ChangeTerm>();
  const rejects = new Set<ChangeTerm>();
  for (const [term, pattern] of TERMS) {
    for (const match of folded.matchAll(new RegExp(pattern.source, 'g'))) {
      const before = folded.slice(Math.max(0, (match.index ?? 0) - 40), match.index ?? 0);
      if (NEGATION.test(before)) rejects.add(term);
      else calls.add(term);
    }
  }
  const deadlines: FramedDeadline[] = [];
  const troops: number[] = [];
  for (const m of mentions) {
    if (m.kind === 'troops') troops.push(...troopNumbers(m.text));
    if (m.kind !== 'deadline' || !m.deadline) continue;
    deadlines.push({ ...m.deadline, where: scopeNear(folded, m.start - sentenceStart) });
  }
  return { calls: [...calls], rejects: [...rejects], deadlines, troops };
}

/** How a sentence's frame stands to a claim's: shared ground, a conflict, or neither. */
export interface FrameComparison {
  agrees: boolean;
  conflict: 'wording' | 'deadline' | null;
  /** Both state deadlines and none is the same: not one statement, whatever the words. */
  otherDeadlines: boolean;
}

function scopesMeet(page: Scope | null, claim: Scope): boolean {
  if (page === null) return claim === 'federal-iraq' || claim === 'all-iraq';
  if (page === claim) return true;
  return (
    (page === 'all-iraq' && claim === 'federal-iraq') ||
    (page === 'federal-iraq' && claim === 'all-iraq')
  );
}

export function compareFrames(frame: StatementFrame, claim: Claim): FrameComparison {
  const position = claim.position;
  let agrees = false;
  let otherDeadlines = false;
  let conflict: FrameComparison['conflict'] = null;
  if (position) {
    if (frame.calls.some((t) => position.rejects.includes(t))) conflict = 'wording';
    if (frame.rejects.some((t) => position.calls.includes(t))) conflict = 'wording';
    if (
      frame.calls.some((t) => position.calls.includes(t)) ||
      frame.rejects.some((t) => position.rejects.includes(t))
    )
      agrees = true;
  }
  const claimed = claim.deadlines.filter(
    (d) => d.subject !== 'withdrawal-start' && d.relation !== 'starting',
  );
  if (frame.deadlines.length > 0 && claimed.length > 0) {
    let shared = 0;
    let opposed = 0;
    for (const d of frame.deadlines) {
      const same = claimed.some((c) => sameDeadline(d, c));
      if (same) shared++;
      else if (claimed.some((c) => scopesMeet(d.where, c.where))) opposed++;
    }
    if (shared > 0) agrees = true;
    else otherDeadlines = true;
    if (opposed > 0 && shared === 0 && conflict === null) conflict = 'deadline';
  }
  // The same troop numbers ("2,500 in Iraq and 900 in Syria") are the same fact.
  if (frame.troops.length > 0) {
    const claimed = troopNumbers(`${claim.quote ?? ''} ${claim.summary}`);
    if (frame.troops.some((n) => claimed.includes(n))) agrees = true;
  }
  return { agrees, conflict, otherDeadlines };
}
