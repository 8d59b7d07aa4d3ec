/**
 * Claims joined with what a reader needs to see beside them: the speaker, the source and the
 * contradictions the claim takes part in. Pure.
 */
import type { Claim, Contradiction, Dataset, Source, Speaker } from '../dataset/schema';

export interface ClaimEntry {
  claim: Claim;
  /** Undefined only for a dataset that skipped validation. */
  speaker: Speaker | undefined;
  source: Source | undefined;
  /** Contradictions listing this claim, in dataset order. */
  contradictions: Contradiction[];
}

/** One entry per claim, in dataset order. */
export function buildEntries(dataset: Dataset): ClaimEntry[] {
  const speakers = new Map(dataset.speakers.map((s) => [s.id, s]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  return dataset.claims.map((claim) => ({
    claim,
    speaker: speakers.get(claim.speakerId),
    source: sources.get(claim.sourceId),
    contradictions: dataset.contradictions.filter((c) => c.claimIds.includes(claim.id)),
  }));
}

/**
 * The first and last day (`YYYY-MM-DD`) a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date covers, so dates
 * of different precision compare as intervals: `2024-08` is `2024-08-01`..`2024-08-31`.
 */
export function dateInterval(date: string): [string, string] {
  const [year = '0000', month, day] = date.split('-');
  if (day && month) return [date, date];
  if (month) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return [`${year}-${month}-01`, `${year}-${month}-${String(last).padStart(2, '0')}`];
  }
  return [`${year}-01-01`, `${year}-12-31`];
}
