/**
 * A dataset with what became of its deadlines as of today, as a `ClaimSource` so `ClaimBlock`
 * shows each deadline's outcome. Used by the options page (the card and the popup get their
 * outcomes from the background's catalogue).
 */
import type { DeadlineOutcome } from '../../../dataset/catalogue';
import type { Dataset } from '../../../dataset/schema';
import { createOutcomes } from '../../../findings/outcomes';

/** `YYYY-MM-DD` of a date, as the background and the command line read "today". */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export type DatasetWithOutcomes = Dataset & { outcomes: DeadlineOutcome[] };

export function withOutcomes(dataset: Dataset, today: Date = new Date()): DatasetWithOutcomes {
  const index = createOutcomes(dataset.claims, dataset.speakers, isoDay(today));
  return { ...dataset, outcomes: dataset.claims.flatMap((claim) => index.forClaim(claim)) };
}

/** Outcomes by `${claimId}:${deadlineIndex}`. */
export function outcomesByDeadline(
  outcomes: readonly DeadlineOutcome[],
): Map<string, DeadlineOutcome> {
  return new Map(outcomes.map((o) => [`${o.claimId}:${o.deadline}`, o]));
}
