/**
 * The page's report (`PageReport`) from its mentions: each mention by its stable id with the
 * claims and speaker its answer gave, and the page's findings, the union of its mentions'
 * findings, one per id. What the background keeps for the badge and the popup, and what the
 * card shows of one mention.
 */
import type { PageReport, PageStatus, ReportFinding, ReportMention } from '../report';
import type { PageMention } from './mention-store';

/** Longest sentence sent in a report (characters). */
const SENTENCE_LIMIT = 400;

/** Whether the report lists a mention: a quoted passage only once it proves to reprint a claim. */
export function isReported(mention: PageMention): boolean {
  return mention.local.kind !== 'quote' || !!mention.claims?.length;
}

/** The summary of one mention as the report and the card show it (kept until it changes). */
export function reportMention(mention: PageMention): ReportMention {
  if (mention.reported) return mention.reported;
  const text = mention.chunk.index.text;
  let sentence = text.slice(mention.local.sentenceStart, mention.local.sentenceEnd).trim();
  if (sentence.length > SENTENCE_LIMIT) sentence = `${sentence.slice(0, SENTENCE_LIMIT - 1)}…`;
  const reported: ReportMention = {
    id: mention.id,
    kind: mention.local.kind,
    text: mention.local.text,
    sentence,
    claims: (mention.claims ?? []).map((c) => ({
      claimId: c.claimId,
      speakerId: c.speakerId,
      score: Math.max(0, Math.min(1, c.score)),
      relation: c.relation,
      ...(c.conflict ? { conflict: c.conflict } : {}),
    })),
    speaker: mention.claims === null ? null : mention.speaker,
  };
  mention.reported = reported;
  return reported;
}

/**
 * The findings of the reported mentions, one per id, each with the mentions that hold it; the
 * dataset's contradictions first, then the page's conflicts, each in the order of their first
 * mention.
 */
export function reportFindings(mentions: Iterable<PageMention>): ReportFinding[] {
  const byId = new Map<string, ReportFinding>();
  for (const mention of mentions) {
    if (!isReported(mention)) continue;
    for (const finding of mention.findings) {
      const known = byId.get(finding.id);
      if (known) {
        known.mentionIds.push(mention.id);
        continue;
      }
      byId.set(finding.id, {
        id: finding.id,
        source: finding.source,
        kind: finding.kind,
        claimIds: finding.claimIds,
        summary: finding.summary,
        ...(finding.pageText ? { pageText: finding.pageText } : {}),
        mentionIds: [mention.id],
      });
    }
  }
  const all = [...byId.values()];
  return [
    ...all.filter((f) => f.source === 'dataset'),
    ...all.filter((f) => f.source !== 'dataset'),
  ];
}

/** The page's findings that concern `mention`: held by it, or about one of its claims. */
export function findingsFor(
  mentions: Iterable<PageMention>,
  mention: PageMention,
): ReportFinding[] {
  const claimIds = new Set(mention.claims?.map((c) => c.claimId) ?? []);
  return reportFindings(mentions).filter(
    (f) => f.mentionIds.includes(mention.id) || f.claimIds.some((id) => claimIds.has(id)),
  );
}

/** The report of a page with these mentions (in the order found). */
export function buildPageReport(mentions: Iterable<PageMention>, status: PageStatus): PageReport {
  const listed = [...mentions].filter(isReported);
  return {
    url: location.href,
    title: document.title,
    status,
    mentions: listed.map(reportMention),
    findings: reportFindings(listed),
  };
}

/** The report of a page with nothing checked on it (yet), saying why. */
export function emptyPageReport(status: PageStatus): PageReport {
  return { url: location.href, title: document.title, status, mentions: [], findings: [] };
}
