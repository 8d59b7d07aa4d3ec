/**
 * What a tab's content script tells the rest of the extension about its page: the summary the
 * background keeps per tab for the badge and the popup. Plain data, validated where it is
 * received. Mentions are named by ids that hold for as long as the page is checked, so a popup
 * holding an older report still jumps to the right mention; the report names claims by id only,
 * and the background sends the popup the part of the dataset that shows them (`TabReport`).
 */
import * as z from 'zod/mini';
import { mentionKinds, relations } from '../model/types';
import { contradictionKinds } from '../model/vocabulary';

export const pageStatuses = [
  'checking',
  'checked',
  'paused',
  'badge-only',
  'site-disabled',
] as const;

/** Who the page credits with a statement, as it crosses between contexts. */
export const pageSpeakerSchema = z.nullable(
  z.strictObject({
    name: z.string().check(z.maxLength(300)),
    role: z.nullable(z.string().check(z.maxLength(300))),
    kind: z.enum(['person', 'institution', 'anonymous', 'joint', 'outlet']),
    speakerId: z.nullable(z.string()),
  }),
);

const claimMatchSchema = z.strictObject({
  claimId: z.string(),
  speakerId: z.string(),
  score: z.number().check(z.minimum(0), z.maximum(1)),
  relation: z.enum(relations),
  conflict: z.optional(z.enum(contradictionKinds)),
});

/** A mention's id, stable while the page is checked: the popup sends it back to jump there. */
const mentionId = z.int().check(z.minimum(0));

export const reportMentionSchema = z.strictObject({
  id: mentionId,
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
  /** The mentions it concerns, by id. */
  mentionIds: z.array(mentionId),
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

/**
 * Every claim the report names, in its mentions or its findings: what the popup needs from the
 * dataset to show it (see `Catalogue`).
 */
export function reportClaimIds(report: Pick<PageReport, 'mentions' | 'findings'>): Set<string> {
  const ids = new Set<string>();
  for (const mention of report.mentions) for (const claim of mention.claims) ids.add(claim.claimId);
  for (const finding of report.findings) for (const id of finding.claimIds) ids.add(id);
  return ids;
}

/** Distinct claims matched on the page: the number the toolbar badge shows. */
export function matchedClaimCount(report: Pick<PageReport, 'mentions'>): number {
  const ids = new Set<string>();
  for (const mention of report.mentions) for (const claim of mention.claims) ids.add(claim.claimId);
  return ids.size;
}
