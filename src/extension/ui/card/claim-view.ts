/**
 * Resolves claim ids from a page report against the dataset into what the card and the popup
 * show: speaker, role, date, quote, source. Pure; shared by both presenters.
 */
import type { Catalogue, DeadlineOutcome } from '../../../dataset/catalogue';
import type { Claim, Source, Speaker } from '../../../dataset/schema';

/** A dataset, or a catalogue of it; outcomes of deadlines where known. */
export type ClaimSource = Pick<Catalogue, 'claims' | 'speakers' | 'sources'> & {
  outcomes?: readonly DeadlineOutcome[];
};

export interface ClaimView {
  id: string;
  speaker: Speaker | null;
  source: Source | null;
  claim: Claim;
  /** What to print as the statement: the exact quote, or the summary when there is none. */
  text: string;
  quoted: boolean;
  /** What became of the claim's deadlines, in the order of `claim.deadlines`. */
  outcomes: DeadlineOutcome[];
}

/**
 * Looks a claim up by id in a dataset or a catalogue of it; null when it has no such claim (a
 * stale report).
 */
export function claimView(dataset: ClaimSource, claimId: string): ClaimView | null {
  const claim = dataset.claims.find((c) => c.id === claimId);
  if (!claim) return null;
  return {
    id: claim.id,
    claim,
    speaker: dataset.speakers.find((s) => s.id === claim.speakerId) ?? null,
    source: dataset.sources.find((s) => s.id === claim.sourceId) ?? null,
    text: claim.quote ?? claim.summary,
    quoted: claim.quote !== null,
    outcomes: (dataset.outcomes ?? []).filter((o) => o.claimId === claim.id),
  };
}

/** Every claim id resolved, in order, dropping unknown ids. */
export function claimViews(dataset: ClaimSource, claimIds: readonly string[]): ClaimView[] {
  const out: ClaimView[] = [];
  for (const id of claimIds) {
    const view = claimView(dataset, id);
    if (view) out.push(view);
  }
  return out;
}
