/**
 * How many of a source's reviewed, quoted statements the drafter recovers: a claim (or an
 * `alsoIn` entry) with a quote counts when a draft's quote equals it, contains it or is
 * contained in it (ignoring surrounding punctuation and white space), with the claim's
 * speaker and date (the publication date for a claim dated `reported`).
 */
import type { Dataset } from '../dataset/schema';
import type { DraftClaim, DraftResult } from './draft';

export interface Expected {
  claimId: string;
  speakerId: string;
  quote: string;
  date: string;
}

export interface Miss extends Expected {
  /** What the drafter had for the same words, if anything. */
  nearest: { speakerId: string; date: string; quote: string; via: string } | null;
}

export interface SourceRecovery {
  sourceId: string;
  expected: number;
  recovered: number;
  /** Recovered only because the drafter took the speaker of the duplicate claim. */
  viaDuplicate: number;
  misses: Miss[];
}

/** Trimmed of surrounding punctuation and white space, runs of white space made one. */
export function bare(quote: string): string {
  return quote
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .trim();
}

export function sameWords(a: string, b: string): boolean {
  const x = bare(a);
  const y = bare(b);
  return x.length > 0 && y.length > 0 && (x === y || x.includes(y) || y.includes(x));
}

export function expectedFor(dataset: Dataset, sourceId: string): Expected[] {
  const source = dataset.sources.find((s) => s.id === sourceId);
  const out: Expected[] = [];
  for (const c of dataset.claims) {
    if (c.sourceId === sourceId && c.quote)
      out.push({
        claimId: c.id,
        speakerId: c.speakerId,
        quote: c.quote,
        date: c.dateBasis === 'reported' ? (source?.published ?? c.date) : c.date,
      });
    for (const a of c.alsoIn)
      if (a.sourceId === sourceId && a.quote)
        out.push({
          claimId: c.id,
          speakerId: c.speakerId,
          quote: a.quote,
          date: c.dateBasis === 'reported' ? (source?.published ?? c.date) : c.date,
        });
  }
  return out;
}

export function recovery(dataset: Dataset, result: DraftResult): SourceRecovery {
  const expected = expectedFor(dataset, result.source.id);
  let recovered = 0;
  let viaDuplicate = 0;
  const misses: Miss[] = [];
  for (const e of expected) {
    const near = result.claims.filter((d) => d.quote && sameWords(d.quote, e.quote));
    const hit = near.find((d) => d.speaker.speakerId === e.speakerId && d.date === e.date);
    if (hit) {
      recovered++;
      if (hit.speaker.via === 'duplicate') viaDuplicate++;
      continue;
    }
    const first = near[0] as DraftClaim | undefined;
    misses.push({
      ...e,
      nearest: first
        ? {
            speakerId: first.speaker.speakerId,
            date: first.date,
            quote: first.quote ?? '',
            via: first.speaker.via,
          }
        : null,
    });
  }
  return { sourceId: result.source.id, expected: expected.length, recovered, viaDuplicate, misses };
}
