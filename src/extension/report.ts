/**
 * What a tab's content script tells the rest of the extension about its page: the summary the
 * background keeps per tab for the badge and the popup. Plain data, validated where it is
 * received.
 */
import * as z from 'zod/mini';
import { mentionKinds, relations } from '../model/types';
import { contradictionKinds } from '../model/vocabulary';
import { pageSpeakerSchema } from './messaging';

export const pageStatuses = [
  'checking',
  'checked',
  'paused',
  'badge-only',
  'site-disabled',
] as const;

const claimMatchSchema = z.strictObject({
  claimId: z.string(),
  speakerId: z.string(),
  score: z.number().check(z.minimum(0), z.maximum(1)),
  relation: z.enum(relations),
  conflict: z.optional(z.enum(contradictionKinds)),
});

export const reportMentionSchema = z.strictObject({
  /** Position in the page's mention list; the popup sends it back to jump to the mention. */
  index: z.int().check(z.minimum(0)),
  kind: z.enum(mentionKinds),
  text: z.string(),
  sentence: z.string(),
  claims: z.array(claimMatchSchema),
  /** Who the page credits with the sentence; null for the outlet's own voice. */
  speaker: pageSpeakerSchema,
});

export const reportFindingSchema = z.strictObject({
  id: z.string(),
  source: z.enum(['dataset', 'page']),
  kind: z.enum(contradictionKinds),
  claimIds: z.array(z.string()),
  summary: z.string(),
  pageText: z.optional(z.string()),
  mentionIndexes: z.array(z.int().check(z.minimum(0))),
});

export const pageReportSchema = z.strictObject({
  url: z.string(),
  title: z.string(),
  status: z.enum(pageStatuses),
  mentions: z.array(reportMentionSchema),
  findings: z.array(reportFindingSchema),
});

export type PageStatus = (typeof pageStatuses)[number];
export type ReportMention = z.infer<typeof reportMentionSchema>;
export type ReportFinding = z.infer<typeof reportFindingSchema>;
export type PageReport = z.infer<typeof pageReportSchema>;

/** Distinct claims matched on the page: the number the toolbar badge shows. */
export function matchedClaimCount(report: Pick<PageReport, 'mentions'>): number {
  const ids = new Set<string>();
  for (const mention of report.mentions) for (const claim of mention.claims) ids.add(claim.claimId);
  return ids.size;
}
