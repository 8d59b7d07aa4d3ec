/**
 * The part of the dataset a tab's report needs to be shown (pure): the claims it names in its
 * mentions and findings, the other claims of their contradictions, their speakers and sources,
 * and the dataset's speakers the page credits (so the popup names them as the dataset does, even
 * when none of their claims matched).
 */
import { type Catalogue, catalogueFor, type DeadlineOutcome } from '../../dataset/catalogue';
import type { Claim, Dataset } from '../../dataset/schema';
import { type PageReport, reportClaimIds } from '../report';

export function catalogueForReport(
  dataset: Dataset,
  report: Pick<PageReport, 'mentions' | 'findings'>,
  outcomesOf: (claim: Claim) => DeadlineOutcome[],
): Catalogue {
  const catalogue = catalogueFor(dataset, reportClaimIds(report), outcomesOf);
  const credited = new Set<string>();
  for (const mention of report.mentions) {
    const id = mention.speaker?.speakerId;
    if (id) credited.add(id);
  }
  for (const speaker of catalogue.speakers) credited.delete(speaker.id);
  if (credited.size === 0) return catalogue;
  return {
    ...catalogue,
    speakers: [...catalogue.speakers, ...dataset.speakers.filter((s) => credited.has(s.id))],
  };
}
