import { describe, expect, it } from 'vitest';
import { bundledDataset } from './bundled';
import {
  datasetToClaimReviewJson,
  datasetToClaimReviews,
  datasetToJson,
  exportFileName,
} from './export';
import { parseDatasetText } from './load';

// biome-ignore lint/suspicious/noExplicitAny: JSON-LD is checked by shape
type Any = any;

describe('datasetToJson', () => {
  it('writes a file that parses back to the same dataset', () => {
    const result = parseDatasetText(datasetToJson(bundledDataset));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset).toEqual(bundledDataset);
  });
});

describe('datasetToClaimReviews', () => {
  const doc = datasetToClaimReviews(bundledDataset) as Any;
  const byId = new Map<string, Any>(doc['@graph'].map((r: Any) => [r.identifier, r]));

  it('has one ClaimReview per claim in a schema.org graph', () => {
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph']).toHaveLength(bundledDataset.claims.length);
    for (const review of doc['@graph']) {
      expect(review['@type']).toBe('ClaimReview');
      expect(review.author.name).toBe('Coalition Claims Check');
      expect(review.itemReviewed['@type']).toBe('Claim');
      expect(['Person', 'Organization']).toContain(review.itemReviewed.author['@type']);
      expect(review.itemReviewed.author.name.length).toBeGreaterThan(1);
    }
  });

  it('maps a claim to claimReviewed, author, date and appearance', () => {
    const claim = bundledDataset.claims[0];
    if (!claim) throw new Error('no claims');
    const source = bundledDataset.sources.find((s) => s.id === claim.sourceId);
    const review = byId.get(claim.id);
    expect(review.claimReviewed).toBe(claim.summary);
    expect(review.itemReviewed.datePublished).toBe(claim.date);
    const appearance = Array.isArray(review.itemReviewed.appearance)
      ? review.itemReviewed.appearance[0]
      : review.itemReviewed.appearance;
    expect(appearance).toMatchObject({
      '@type': 'CreativeWork',
      headline: source?.headline,
      publisher: { '@type': 'Organization', name: source?.outlet },
    });
    if (source?.url) expect(appearance.url).toBe(source.url);
  });

  it('rates claims in a contradiction as Contradicted, explaining why', () => {
    const contradiction = bundledDataset.contradictions[0];
    if (!contradiction) throw new Error('no contradictions');
    for (const id of contradiction.claimIds) {
      const rating = byId.get(id).reviewRating;
      expect(rating.alternateName).toBe('Contradicted');
      expect(rating.ratingExplanation).toContain(contradiction.summary);
    }
    const involved = new Set(bundledDataset.contradictions.flatMap((c) => c.claimIds));
    const loner = bundledDataset.claims.find((c) => !involved.has(c.id));
    if (loner) expect(byId.get(loner.id).reviewRating).toBeUndefined();
  });

  it('writes valid JSON and dated file names', () => {
    expect(() => JSON.parse(datasetToClaimReviewJson(bundledDataset))).not.toThrow();
    const now = new Date('2025-03-04T12:00:00Z');
    expect(exportFileName('dataset', now)).toBe('coalition-claims-2025-03-04.json');
    expect(exportFileName('claimreview', now)).toBe(
      'coalition-claims-claimreview-2025-03-04.jsonld',
    );
  });
});
