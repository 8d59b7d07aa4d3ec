/**
 * Deadlines against what happened: for each deadline a claim states, what later claims of the
 * dataset report about it (their `events`): met, missed, moved, not yet due, or passed with
 * nothing on record. Today's date is an input, so a deadline in the past says so.
 */

import type { DeadlineOutcome } from '../dataset/catalogue';
import type { Claim, DatasetEvent, Deadline, Speaker } from '../dataset/schema';
import { sameDeadline } from '../detect/deadlines';

export type { DeadlineOutcome };

/** The last day a date at its precision covers: `2025-09` → `2025-09-30`, `2025` → `2025-12-31`. */
export function lastDay(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [year, month] = date.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date}-${String(days).padStart(2, '0')}`;
}

/** The first day a date at its precision covers. */
function firstDay(date: string): string {
  if (date.length === 10) return date;
  return date.length === 4 ? `${date}-01-01` : `${date}-01`;
}

/** Subjects that settle one another: the mission ending and its forces leaving. */
const SETTLES: Record<Deadline['subject'], ReadonlyArray<Deadline['subject']>> = {
  // A mission ends when it is declared over, or when its forces are gone; forces are gone only
  // when forces are reported gone.
  'coalition-mission': ['coalition-mission', 'coalition-forces'],
  'coalition-forces': ['coalition-forces', 'us-forces'],
  'us-forces': ['us-forces', 'coalition-forces'],
  'us-advisers': ['us-advisers', 'us-forces', 'coalition-forces'],
  'base-handover': ['base-handover'],
  'withdrawal-start': [],
};

/**
 * Whether an event speaks to a deadline's place: leaving all of Iraq needs an event for all of
 * Iraq, while forces kept anywhere in Iraq are still in Iraq.
 */
function placeFits(deadline: Deadline['where'], event: DatasetEvent): boolean {
  if (deadline === event.where) return true;
  if (event.where === 'all-iraq') return deadline !== 'syria-support';
  return (
    deadline === 'all-iraq' &&
    event.kind === 'kept' &&
    (event.where === 'federal-iraq' || event.where === 'kurdistan-region')
  );
}

interface Candidate {
  claim: Claim;
  event: DatasetEvent;
}

export interface OutcomeIndex {
  /** Outcomes of every deadline of a claim, in the claim's order; empty when it states none. */
  forClaim(claim: Claim): DeadlineOutcome[];
}

export function createOutcomes(
  claims: readonly Claim[],
  speakers: readonly Speaker[],
  today: string,
): OutcomeIndex {
  const names = new Map(speakers.map((s) => [s.id, s.name.replace(/\s*\(.*\)$/, '')]));
  const events: Candidate[] = claims.flatMap((claim) =>
    claim.events.map((event) => ({ claim, event })),
  );
  events.sort((a, b) => a.event.date.localeCompare(b.event.date));

  const evidenceOf = (c: Candidate): NonNullable<DeadlineOutcome['evidence']> => ({
    claimId: c.claim.id,
    speakerName: names.get(c.claim.speakerId) ?? c.claim.speakerId,
    date: c.event.date,
    wording: c.event.wording,
  });

  function outcome(claim: Claim, deadline: Deadline, index: number): DeadlineOutcome | null {
    if (deadline.relation === 'starting' || deadline.subject === 'withdrawal-start') return null;
    const due = lastDay(deadline.date);
    const retrospective = firstDay(claim.date) > due;
    const base = { claimId: claim.id, deadline: index, due };
    const relevant = events.filter(
      (c) =>
        c.claim.id !== claim.id &&
        // Only what was reported after the deadline was stated can settle it (a claim that
        // recalls a deadline already past looks at everything).
        (retrospective || firstDay(c.event.date) > lastDay(claim.date)) &&
        SETTLES[deadline.subject].includes(c.event.subject) &&
        placeFits(deadline.where, c.event),
    );
    const completed = relevant.filter((c) => c.event.kind === 'completed');
    if (deadline.relation === 'by') {
      const inTime = completed.find((c) => lastDay(c.event.date) <= due);
      if (inTime) return { ...base, status: 'met', evidence: evidenceOf(inTime) };
      const kept = relevant.find((c) => c.event.kind === 'kept' && firstDay(c.event.date) > due);
      const late = completed.find((c) => firstDay(c.event.date) > due);
      // Still there after the date, or gone only later: either way the date was not kept.
      const proof = kept && (!late || kept.event.date <= late.event.date) ? kept : late;
      if (proof && firstDay(proof.event.date) > due)
        return { ...base, status: 'missed', evidence: evidenceOf(proof) };
      const moved = claims.find(
        (c) =>
          c.id !== claim.id &&
          c.date > claim.date &&
          c.deadlines.some(
            (d) =>
              d.subject === deadline.subject &&
              d.where === deadline.where &&
              d.relation === 'by' &&
              !sameDeadline(d, deadline),
          ),
      );
      if (moved && due < today) {
        const d = moved.deadlines.find(
          (x) =>
            x.subject === deadline.subject &&
            x.where === deadline.where &&
            x.relation === 'by' &&
            !sameDeadline(x, deadline),
        ) as Deadline;
        return {
          ...base,
          status: 'moved',
          evidence: {
            claimId: moved.id,
            speakerName: names.get(moved.speakerId) ?? moved.speakerId,
            date: moved.date,
            wording: d.wording,
          },
        };
      }
      return { ...base, status: due < today ? 'unknown' : 'pending', evidence: null };
    }
    // "until at least" / "beyond": kept to the date, or gone before it.
    const early = completed.find((c) => lastDay(c.event.date) < firstDay(deadline.date));
    if (early) return { ...base, status: 'missed', evidence: evidenceOf(early) };
    // "Until at least September 2026" is kept by forces there in September 2026; "beyond 2026"
    // only by forces there after 2026.
    const from = deadline.relation === 'beyond' ? lastDay(deadline.date) : firstDay(deadline.date);
    const stayed = relevant.find(
      (c) =>
        c.event.kind === 'kept' &&
        (deadline.relation === 'beyond'
          ? firstDay(c.event.date) > from
          : firstDay(c.event.date) >= from),
    );
    if (stayed) return { ...base, status: 'met', evidence: evidenceOf(stayed) };
    return { ...base, status: due < today ? 'unknown' : 'pending', evidence: null };
  }

  return {
    forClaim(claim) {
      const out: DeadlineOutcome[] = [];
      claim.deadlines.forEach((deadline, i) => {
        const found = outcome(claim, deadline, i);
        if (found) out.push(found);
      });
      return out;
    },
  };
}
