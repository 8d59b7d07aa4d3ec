import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../dataset/bundled';
import { catalogueFor } from '../../dataset/catalogue';
import { createOutcomes } from '../../findings/outcomes';
import type { PageReport } from '../report';
import { catalogueForReport } from './tab-catalogue';

const outcomes = createOutcomes(bundledDataset.claims, bundledDataset.speakers, '2026-03-01');

/** A report naming `claimIds` in one mention credited to `speakerId`, and `findingClaims`. */
function report(
  claimIds: string[],
  speakerId: string | null,
  findingClaims: string[] = [],
): Pick<PageReport, 'mentions' | 'findings'> {
  return {
    mentions: [
      {
        id: 0,
        kind: 'deadline',
        text: 'the end of 2025',
        sentence: 'Forces would leave by the end of 2025.',
        claims: claimIds.map((claimId) => ({
          claimId,
          speakerId: 'x',
          score: 0.8,
          relation: 'agrees' as const,
        })),
        speaker: { name: 'Someone', role: null, kind: 'person', speakerId },
      },
    ],
    findings: findingClaims.length
      ? [
          {
            id: 'page-deadline-x',
            source: 'page',
            kind: 'deadline',
            claimIds: findingClaims,
            summary: 'Another deadline.',
            mentionIds: [0],
          },
        ]
      : [],
  };
}

describe('catalogueForReport', () => {
  it('holds the claims the report names, the other sides of their contradictions, and what became of their deadlines', () => {
    const catalogue = catalogueForReport(
      bundledDataset,
      report(['jiad-agreement-withdraw-by-end-2025'], 'sabhan-mullah-jiad', [
        'abbasi-september-2025-kurdistan-2026',
      ]),
      outcomes.forClaim,
    );
    const ids = catalogue.claims.map((c) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'jiad-agreement-withdraw-by-end-2025',
        'abbasi-september-2025-kurdistan-2026',
        // The other side of a dataset contradiction of a reported claim.
        'senior-admin-not-withdrawing',
      ]),
    );
    expect(ids.length).toBeLessThan(bundledDataset.claims.length);
    for (const claim of catalogue.claims) {
      expect(catalogue.speakers.map((s) => s.id)).toContain(claim.speakerId);
      expect(catalogue.sources.map((s) => s.id)).toContain(claim.sourceId);
    }
    const outcome = catalogue.outcomes.find(
      (o) => o.claimId === 'jiad-agreement-withdraw-by-end-2025',
    );
    expect(outcome?.status).toBe('missed');
  });

  it('names a speaker the page credits even when none of their claims matched', () => {
    const catalogue = catalogueForReport(bundledDataset, report([], 'sean-parnell'), () => []);
    expect(catalogue.claims).toEqual([]);
    expect(catalogue.speakers.map((s) => s.id)).toEqual(['sean-parnell']);
  });

  it('adds no one for the outlet’s own voice or a speaker the dataset does not know', () => {
    const claims = ['jiad-agreement-withdraw-by-end-2025'];
    const own = catalogueForReport(bundledDataset, report(claims, null), () => []);
    expect(own.speakers).toEqual(catalogueFor(bundledDataset, claims).speakers);
    const unknown = catalogueForReport(bundledDataset, report([], 'nobody-known'), () => []);
    expect(unknown.speakers).toEqual([]);
  });
});
