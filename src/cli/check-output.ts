/** The command line's two renderings of a check: for a person, and as JSON for tools. */
import type { Claim, Dataset } from '../dataset/schema';
import type { CheckResult } from '../engine/types';
import { squash } from '../text/fold';
import type { LoadedPage } from './page-source';

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
    claims: Array<{ id: string; speaker: string; score: number }>;
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
      claims: m.claims.map((c) => ({
        id: c.claimId,
        speaker: speakerName.get(c.speakerId) ?? c.speakerId,
        score: c.score,
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

  lines.push(`Mentions (${result.mentions.length}):`);
  let lastSentence = -1;
  for (const m of result.mentions) {
    if (m.sentenceStart !== lastSentence) {
      lines.push(`  “${squash(page.text.slice(m.sentenceStart, m.sentenceEnd))}”`);
      lastSentence = m.sentenceStart;
    }
    const best = m.claims[0];
    const match = best
      ? `${speakers.get(best.speakerId)?.name ?? best.speakerId} (${best.score.toFixed(2)})`
      : 'no matching claim';
    lines.push(`    - ${m.kind}: ${m.text} → ${match}`);
  }

  const bySpeaker = new Map<string, Set<string>>();
  for (const m of result.mentions) {
    for (const c of m.claims) {
      const set = bySpeaker.get(c.speakerId) ?? new Set<string>();
      set.add(c.claimId);
      bySpeaker.set(c.speakerId, set);
    }
  }
  lines.push('');
  lines.push(`Matched claims by speaker (${bySpeaker.size}):`);
  if (bySpeaker.size === 0) lines.push('  none');
  for (const [speakerId, ids] of bySpeaker) {
    const speaker = speakers.get(speakerId);
    lines.push(`  ${speaker?.name ?? speakerId}${speaker ? ` — ${speaker.role}` : ''}`);
    for (const id of ids) {
      const claim = claims.get(id);
      if (!claim) continue;
      const source = sources.get(claim.sourceId);
      const when = claim.dateBasis === 'reported' ? `reported ${claim.date}` : claim.date;
      lines.push(`    ${when}: ${quoteOrSummary(claim)}`);
      lines.push(
        `      source: ${source ? `${source.outlet}, “${source.headline}”${source.url ? ` ${source.url}` : ''}` : claim.sourceId}`,
      );
    }
  }

  lines.push('');
  lines.push(`Contradictions (${result.findings.length}):`);
  if (result.findings.length === 0) lines.push('  none');
  for (const f of result.findings) {
    lines.push(`  [${f.kind}${f.source === 'page' ? ', page vs dataset' : ''}] ${f.summary}`);
    if (f.pageText) lines.push(`    page: “${f.pageText}”`);
    for (const id of f.claimIds) {
      const claim = claims.get(id);
      if (!claim) continue;
      lines.push(
        `    ${speakers.get(claim.speakerId)?.name ?? claim.speakerId} (${claim.date}): ${quoteOrSummary(claim)}`,
      );
    }
  }
  return lines.join('\n');
}
