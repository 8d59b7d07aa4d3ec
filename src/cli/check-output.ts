/** The command line's two renderings of a check: for a person, and as JSON for tools. */
import type { Claim, Dataset } from '../dataset/schema';
import type { OutcomeIndex } from '../findings/outcomes';
import type { CheckResult, MatchedMention, Relation } from '../model/types';
import {
  CONTRADICTION_LABELS,
  creditLine,
  deadlinePhrase,
  formatClaimDate,
  outcomeText,
  RELATION_LABELS,
  RELATION_ORDER,
} from '../present/words';
import type { LoadedPage } from '../read/page-source';
import { squash } from '../text/fold';

export interface CheckJson {
  target: string;
  title: string;
  published: string | null;
  mentions: Array<{
    text: string;
    start: number;
    end: number;
    kind: string;
    sentence: string;
    /** Who the page credits with the sentence; null for the outlet's own voice. */
    speaker: { name: string; speakerId: string | null; role: string | null; kind: string } | null;
    claims: Array<{
      id: string;
      speaker: string;
      relation: Relation;
      score: number;
      conflict?: string;
    }>;
  }>;
  contradictions: Array<{
    id: string;
    claimIds: string[];
    summary: string;
    kind: string;
    source: 'dataset' | 'page';
    pageText?: string;
  }>;
}

export function toJson(
  result: CheckResult,
  page: LoadedPage,
  dataset: Dataset,
  target: string,
): CheckJson {
  const speakerName = new Map(dataset.speakers.map((s) => [s.id, s.name]));
  return {
    target,
    title: page.title,
    published: page.published,
    mentions: result.mentions.map((m) => ({
      text: m.text,
      start: m.start,
      end: m.end,
      kind: m.kind,
      sentence: squash(page.text.slice(m.sentenceStart, m.sentenceEnd)),
      speaker: m.speaker
        ? {
            name: m.speaker.name,
            speakerId: m.speaker.speakerId,
            role: m.speaker.role,
            kind: m.speaker.kind,
          }
        : null,
      claims: m.claims.map((c) => ({
        id: c.claimId,
        speaker: speakerName.get(c.speakerId) ?? c.speakerId,
        relation: c.relation,
        score: c.score,
        ...(c.conflict ? { conflict: c.conflict } : {}),
      })),
    })),
    contradictions: result.findings.map((f) => ({
      id: f.id,
      claimIds: f.claimIds,
      summary: f.summary,
      kind: f.kind,
      source: f.source,
      ...(f.pageText ? { pageText: f.pageText } : {}),
    })),
  };
}

function quoteOrSummary(claim: Claim): string {
  return claim.quote ? `“${claim.quote}”` : claim.summary;
}

export function formatHuman(
  result: CheckResult,
  page: LoadedPage,
  dataset: Dataset,
  target: string,
  outcomes: OutcomeIndex,
): string {
  const claims = new Map(dataset.claims.map((c) => [c.id, c]));
  const speakers = new Map(dataset.speakers.map((s) => [s.id, s]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const lines: string[] = [];
  lines.push(`${page.title || target}`);
  lines.push(`published: ${page.published ?? 'unknown'}`);
  lines.push('');
  if (result.mentions.length === 0) {
    lines.push('No mentions of the story on this page.');
    return lines.join('\n');
  }

  const describeClaim = (id: string, indent: string): void => {
    const claim = claims.get(id);
    if (!claim) return;
    const source = sources.get(claim.sourceId);
    const speaker = speakers.get(claim.speakerId);
    lines.push(
      `${indent}${speaker?.name ?? claim.speakerId}, ${formatClaimDate(claim)}: ${quoteOrSummary(claim)}`,
    );
    lines.push(
      `${indent}  source: ${source ? `${source.outlet}, “${source.headline}”${source.url ? ` ${source.url}` : ''}` : claim.sourceId}`,
    );
    for (const outcome of outcomes.forClaim(claim)) {
      const deadline = claim.deadlines[outcome.deadline];
      if (deadline)
        lines.push(`${indent}  deadline: ${deadlinePhrase(deadline)}. ${outcomeText(outcome)}`);
    }
  };

  const sentences = new Map<number, MatchedMention[]>();
  for (const m of result.mentions) {
    const list = sentences.get(m.sentenceStart) ?? [];
    list.push(m);
    sentences.set(m.sentenceStart, list);
  }
  lines.push(`Statements (${sentences.size} sentences, ${result.mentions.length} mentions):`);
  for (const [start, mentions] of sentences) {
    const first = mentions[0] as MatchedMention;
    lines.push('');
    lines.push(`  “${squash(page.text.slice(start, first.sentenceEnd))}”`);
    lines.push(`    mentions: ${mentions.map((m) => `${m.kind} “${m.text}”`).join(', ')}`);
    const known = first.speaker?.speakerId ? (speakers.get(first.speaker.speakerId) ?? null) : null;
    const credit = creditLine(first.speaker, known);
    lines.push(`    The page attributes this to: ${credit.who} · ${credit.status}`);
    if (first.claims.length === 0) {
      lines.push('    Not in our data: no statement in the dataset matches.');
      continue;
    }
    for (const relation of RELATION_ORDER) {
      const group = first.claims.filter((c) => c.relation === relation);
      if (group.length === 0) continue;
      lines.push(`    ${RELATION_LABELS[relation]}:`);
      for (const c of group) {
        if (c.conflict) lines.push(`      (${CONTRADICTION_LABELS[c.conflict]})`);
        describeClaim(c.claimId, '      ');
      }
    }
  }

  lines.push('');
  lines.push(`Contradictions (${result.findings.length}):`);
  if (result.findings.length === 0) lines.push('  none');
  for (const f of result.findings) {
    lines.push(
      `  [${CONTRADICTION_LABELS[f.kind]}${f.source === 'page' ? ', page against the record' : ''}] ${f.summary}`,
    );
    if (f.pageText) lines.push(`    page: “${f.pageText}”`);
    for (const id of f.claimIds) describeClaim(id, '    ');
  }
  return lines.join('\n');
}
