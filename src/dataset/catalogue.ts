/**
 * The part of a dataset needed to show some claims: the claims, the contradictions they take
 * part in with the other claims of those, and every speaker and source these cite. What the
 * background sends a tab so its cards can render without the whole dataset.
 */
import type { Claim, Dataset } from './schema';

export const outcomeStatuses = ['met', 'missed', 'moved', 'pending', 'unknown'] as const;
export type OutcomeStatus = (typeof outcomeStatuses)[number];

/** What became of one deadline of a claim (worked out by `findings/outcomes`). */
export interface DeadlineOutcome {
  claimId: string;
  /** Index of the deadline in the claim's `deadlines`. */
  deadline: number;
  status: OutcomeStatus;
  /** The last day the deadline allows, `YYYY-MM-DD`. */
  due: string;
  /** The later claim that settles it, and what it reports. */
  evidence: { claimId: string; speakerName: string; date: string; wording: string } | null;
}

export type Catalogue = Pick<Dataset, 'speakers' | 'sources' | 'claims' | 'contradictions'> & {
  /** What became of the deadlines of `claims`. */
  outcomes: DeadlineOutcome[];
};

export const EMPTY_CATALOGUE: Catalogue = {
  claims: [],
  contradictions: [],
  speakers: [],
  sources: [],
  outcomes: [],
};

export function catalogueFor(
  dataset: Dataset,
  claimIds: Iterable<string>,
  outcomesOf: (claim: Claim) => DeadlineOutcome[] = () => [],
): Catalogue {
  const wanted = new Set(claimIds);
  const contradictions = dataset.contradictions.filter((c) =>
    c.claimIds.some((id) => wanted.has(id)),
  );
  for (const contradiction of contradictions)
    for (const id of contradiction.claimIds) wanted.add(id);
  const claims = dataset.claims.filter((c) => wanted.has(c.id));
  const speakerIds = new Set(claims.map((c) => c.speakerId));
  const sourceIds = new Set(
    claims.flatMap((c) => [c.sourceId, ...c.alsoIn.map((a) => a.sourceId)]),
  );
  return {
    claims,
    contradictions,
    speakers: dataset.speakers.filter((s) => speakerIds.has(s.id)),
    sources: dataset.sources.filter((s) => sourceIds.has(s.id)),
    outcomes: claims.flatMap(outcomesOf),
  };
}

/** Adds `more` into `into`, keeping one copy of each item by id. */
export function mergeCatalogue(into: Catalogue, more: Catalogue): Catalogue {
  const merge = <T extends { id: string }>(a: T[], b: T[]): T[] => {
    const seen = new Set(a.map((x) => x.id));
    return [...a, ...b.filter((x) => !seen.has(x.id))];
  };
  return {
    claims: merge(into.claims, more.claims),
    contradictions: merge(into.contradictions, more.contradictions),
    speakers: merge(into.speakers, more.speakers),
    sources: merge(into.sources, more.sources),
    outcomes: [
      ...into.outcomes,
      ...more.outcomes.filter(
        (o) => !into.outcomes.some((x) => x.claimId === o.claimId && x.deadline === o.deadline),
      ),
    ],
  };
}
