/** The drafter's two renderings: a listing for a person, and JSON in the dataset's format. */
import { deadlinePhrase } from '../present/words';
import type { DraftResult } from './draft';

export interface DraftJson {
  source: {
    id: string;
    outlet: string;
    headline: string;
    url: string | null;
    published: string;
    citing: string | null;
    seedFile: string | null;
    /** Whether `claims.json` already has this source. */
    existing: boolean;
  };
  /** Speakers to add to `claims.json` (complete `affiliation` and `aliases` by hand). */
  newSpeakers: DraftResult['newSpeakers'];
  claims: Array<
    {
      speaker: { name: string; speakerId: string; via: string };
      credit: string;
      /** Who the engine credits with the sentence, when the drafter credited someone else. */
      engineSpeaker?: { name: string; kind: string; speakerId: string | null } | null;
      duplicates: { claimId: string; speakerId: string; by: string } | null;
      sentence: string;
    } & Omit<DraftResult['claims'][number]['claim'], 'speakerId'>
  >;
}

export function draftJson(result: DraftResult): DraftJson {
  const { existing, ...source } = result.source;
  return {
    source: {
      id: source.id,
      outlet: source.outlet,
      headline: source.headline,
      url: source.url,
      published: source.published,
      citing: source.citing,
      seedFile: source.seedFile,
      existing,
    },
    newSpeakers: result.newSpeakers,
    claims: result.claims.map((d) => {
      const { speakerId: _speakerId, ...claim } = d.claim;
      return {
        speaker: { name: d.speaker.name, speakerId: d.speaker.speakerId, via: d.speaker.via },
        credit: d.credit,
        ...(d.credit === 'engine'
          ? {}
          : {
              engineSpeaker: d.engineSpeaker
                ? {
                    name: d.engineSpeaker.name,
                    kind: d.engineSpeaker.kind,
                    speakerId: d.engineSpeaker.speakerId,
                  }
                : null,
            }),
        ...claim,
        duplicates: d.duplicates,
        sentence: d.sentence,
      };
    }),
  };
}

const CREDIT_LABELS: Record<DraftResult['claims'][number]['credit'], string> = {
  engine: 'the page',
  quote: 'the quote this sentence belongs to',
  paragraph: 'the paragraph’s last credited quote',
  release: 'the issuer of the released text',
  outlet: 'the outlet’s own voice (a deadline or troop number)',
};

export function draftHuman(result: DraftResult, target: string): string {
  const lines: string[] = [];
  const s = result.source;
  lines.push(`${s.headline || target}`);
  lines.push(
    `source: ${s.id}${s.existing ? ' (already in claims.json)' : ' (new)'} · ${s.outlet} · published ${s.published}`,
  );
  if (s.url) lines.push(`        ${s.url}`);
  lines.push('');
  if (result.claims.length === 0) {
    lines.push('No attributed statements to draft on this page.');
    return lines.join('\n');
  }
  lines.push(
    `${result.claims.length} drafted claims. Drafts, not data: check each against data/README.md before copying it in.`,
  );
  result.claims.forEach((d, i) => {
    lines.push('');
    const who =
      d.speaker.via === 'stub'
        ? `${d.speaker.name} (new speaker: ${d.speaker.speakerId})`
        : d.speaker.via === 'duplicate'
          ? `${d.speaker.name} [${d.speaker.speakerId}, taken from the duplicate claim]`
          : `${d.speaker.name} [${d.speaker.speakerId}]`;
    lines.push(`${i + 1}. ${who}, ${d.date}${d.dateBasis === 'reported' ? ' (reported)' : ''}`);
    lines.push(d.quote ? `   quote: “${d.quote}”` : '   paraphrase (no quote)');
    if (d.credit !== 'engine')
      lines.push(
        `   credited by: ${CREDIT_LABELS[d.credit]} (the engine gives ${d.engineSpeaker ? d.engineSpeaker.name : 'the outlet’s own voice'})`,
      );
    lines.push(`   sentence: ${d.sentence}`);
    if (d.dateNote) lines.push(`   date: ${d.dateNote}`);
    lines.push(`   topics: ${d.topics.join(', ')}`);
    if (d.position) {
      const parts = [
        d.position.calls.length ? `calls it ${d.position.calls.join(', ')}` : '',
        d.position.rejects.length ? `rejects ${d.position.rejects.join(', ')}` : '',
      ].filter(Boolean);
      lines.push(`   position: ${parts.join('; ')}`);
    }
    for (const dl of d.deadlines)
      lines.push(`   deadline: ${deadlinePhrase(dl)} (“${dl.wording}”)`);
    if (d.duplicates)
      lines.push(
        `   duplicates: ${d.duplicates.claimId} (${d.duplicates.speakerId}): add this source to its alsoIn instead`,
      );
    lines.push(`   id: ${d.claim.id} · summary: ${d.summary}`);
  });
  if (result.newSpeakers.length > 0) {
    lines.push('');
    lines.push('New speakers to add (complete affiliation, aliases, side):');
    for (const sp of result.newSpeakers)
      lines.push(
        `  ${sp.id}: ${sp.name}${sp.role ? `, ${sp.role}` : ''} · ${sp.kind} · ${sp.side}`,
      );
  }
  return lines.join('\n');
}
