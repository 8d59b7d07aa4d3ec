/**
 * Exports of the active dataset: the dataset file itself (JSON, re-importable), and schema.org
 * ClaimReview JSON-LD, one review per claim. Pure: the options page turns the text into a file.
 */
import type { Claim, Contradiction, Dataset, Source, Speaker } from './schema';

/** Name and URL the ClaimReviews give as their author. */
export const REVIEW_AUTHOR = {
  '@type': 'Organization',
  name: 'Coalition Claims Check',
  description:
    "Browser extension that fact-checks claims about the end of the US-led anti-ISIS coalition's mission in Iraq.",
} as const;

/** The dataset as a dataset file (pretty-printed JSON that `parseDatasetText` accepts). */
export function datasetToJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

type JsonLd = Record<string, unknown>;

function person(speaker: Speaker | undefined, fallbackName: string): JsonLd {
  if (!speaker) return { '@type': 'Person', name: fallbackName };
  const isPerson = speaker.kind === 'person' || speaker.kind === 'anonymous';
  return isPerson
    ? {
        '@type': 'Person',
        name: speaker.name,
        jobTitle: speaker.role,
        affiliation: { '@type': 'Organization', name: speaker.affiliation },
      }
    : { '@type': 'Organization', name: speaker.name, description: speaker.role };
}

function creativeWork(source: Source, quote: string | null): JsonLd {
  const work: JsonLd = {
    '@type': 'CreativeWork',
    headline: source.headline,
    datePublished: source.published,
    publisher: { '@type': 'Organization', name: source.outlet },
  };
  if (source.url) work.url = source.url;
  if (quote) work.text = quote;
  return work;
}

/** One ClaimReview (JSON-LD object, no `@context`) for a claim. */
export function claimReview(
  claim: Claim,
  speaker: Speaker | undefined,
  sources: ReadonlyMap<string, Source>,
  contradictions: readonly Contradiction[],
): JsonLd {
  const source = sources.get(claim.sourceId);
  const appearances = [
    ...(source ? [creativeWork(source, claim.quote)] : []),
    ...claim.alsoIn.flatMap((a) => {
      const other = sources.get(a.sourceId);
      return other ? [creativeWork(other, a.quote)] : [];
    }),
  ];
  const item: JsonLd = {
    '@type': 'Claim',
    author: person(speaker, claim.speakerId),
    datePublished: claim.date,
  };
  if (claim.quote) item.text = claim.quote;
  if (appearances.length > 0) {
    item.appearance = appearances.length === 1 ? appearances[0] : appearances;
    item.firstAppearance = appearances[0];
  }
  const review: JsonLd = {
    '@type': 'ClaimReview',
    identifier: claim.id,
    claimReviewed: claim.summary,
    itemReviewed: item,
    author: REVIEW_AUTHOR,
  };
  const mine = contradictions.filter((c) => c.claimIds.includes(claim.id));
  if (mine.length > 0) {
    review.reviewRating = {
      '@type': 'Rating',
      alternateName: 'Contradicted',
      ratingExplanation: mine.map((c) => c.summary).join(' '),
    };
  }
  return review;
}

/**
 * The dataset as schema.org ClaimReview JSON-LD: `{ "@context": "https://schema.org",
 * "@graph": [ClaimReview, …] }`, one review per claim in dataset order.
 */
export function datasetToClaimReviews(dataset: Dataset): JsonLd {
  const speakers = new Map(dataset.speakers.map((s) => [s.id, s]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  return {
    '@context': 'https://schema.org',
    '@graph': dataset.claims.map((claim) =>
      claimReview(claim, speakers.get(claim.speakerId), sources, dataset.contradictions),
    ),
  };
}

/** `datasetToClaimReviews` as pretty-printed text. */
export function datasetToClaimReviewJson(dataset: Dataset): string {
  return `${JSON.stringify(datasetToClaimReviews(dataset), null, 2)}\n`;
}

/** A file name for an export made on `now`: `coalition-claims-2025-01-31.json`. */
export function exportFileName(kind: 'dataset' | 'claimreview', now: Date = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  return kind === 'dataset'
    ? `coalition-claims-${day}.json`
    : `coalition-claims-claimreview-${day}.jsonld`;
}
