/**
 * The part of a dataset needed to show some claims: the claims, the contradictions they take
 * part in with the other claims of those, and every speaker and source these cite. What the
 * background sends a tab so its cards can render without the whole dataset.
 */
import type { Dataset } from './schema';

export type Catalogue = Pick<Dataset, 'speakers' | 'sources' | 'claims' | 'contradictions'>;

export function catalogueFor(dataset: Dataset, claimIds: Iterable<string>): Catalogue {
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
  };
}
