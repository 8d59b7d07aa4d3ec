/**
 * What the reader should be warned about: the dataset's contradictions that involve claims
 * matched on the page, and conflicts between the page and the claims it cites: a deadline the
 * official did not give, a word the official rejected, a quote credited to someone else.
 */

import type { Claim, Dataset, Speaker } from '../dataset/schema';
import { sameDeadline } from '../detect/deadlines';
import { monthName } from '../model/dates';
import type { Finding, MatchedMention, ResolvedDate } from '../model/types';
import { fold, squash } from '../text/fold';

/** A page conflict needs a confident match: a shaky one would blame the official for nothing. */
const CONFIDENT = 0.5;

const NEGATED_WITHDRAWAL =
  /\b(?:not|no|never|isn't|is not|aren't|won't|wouldn't|rather than|instead of|denied|denies|deny|without)\b[^.;]{0,40}?\b(?:withdr|pull(?:ed|ing)? out|leav)/;
const WITHDRAWAL = /\b(?:withdr[ae]w|pull(?:ed|ing|s)? out|pullout|leave iraq|leaving iraq)/;

function describeDate(date: ResolvedDate): string {
  const [year, month] = date.date.split('-');

  if (!month) return date.endOf ? `the end of ${year}` : `${year}`;
  return `${monthName(Number(month)) ?? month} ${year}`;
}

export interface FindingsInput {
  text: string;
  mentions: readonly MatchedMention[];
  dataset: Dataset;
}

export function findContradictions(input: FindingsInput): Finding[] {
  const { text, mentions, dataset } = input;
  const claims = new Map<string, Claim>(dataset.claims.map((c) => [c.id, c]));
  const speakers = new Map<string, Speaker>(dataset.speakers.map((s) => [s.id, s]));
  const findings: Finding[] = [];

  // Dataset contradictions: any whose claims the page's mentions matched.
  const mentionsByClaim = new Map<string, number[]>();
  mentions.forEach((mention, index) => {
    for (const match of mention.claims) {
      // A contradiction concerns the page when the page reports one of its claims.
      if (match.relation !== 'same') continue;
      const list = mentionsByClaim.get(match.claimId) ?? [];
      list.push(index);
      mentionsByClaim.set(match.claimId, list);
    }
  });
  for (const contradiction of dataset.contradictions) {
    const indexes = contradiction.claimIds.flatMap((id) => mentionsByClaim.get(id) ?? []);
    if (indexes.length === 0) continue;
    findings.push({
      id: contradiction.id,
      source: 'dataset',
      kind: contradiction.kind,
      claimIds: [...contradiction.claimIds],
      summary: contradiction.summary,
      mentionIndexes: [...new Set(indexes)].sort((a, b) => a - b),
    });
  }

  // Page conflicts: what the page says against what a claim's speaker is on record saying.
  const seenSentences = new Set<number>();
  let counter = 0;
  const add = (finding: Omit<Finding, 'id' | 'source'>): void => {
    counter += 1;
    findings.push({ id: `page-${counter}`, source: 'page', ...finding });
  };
  for (const mention of mentions) {
    if (seenSentences.has(mention.sentenceStart)) continue;
    seenSentences.add(mention.sentenceStart);
    const sentence = squash(text.slice(mention.sentenceStart, mention.sentenceEnd));
    const folded = fold(sentence);
    const inSentence = mentions
      .map((m, i) => ({ m, i }))
      .filter(({ m }) => m.sentenceStart === mention.sentenceStart);
    const indexes = inSentence.map(({ i }) => i);
    const pageDeadlines = inSentence.flatMap(({ m }) => (m.deadline ? [m.deadline] : []));
    for (const match of mention.claims) {
      if (match.relation !== 'contradicts') continue;
      // A conflict worth a warning: the words credited to someone else, or a confident match.
      if (match.conflict !== 'attribution' && match.score < CONFIDENT) continue;
      const claim = claims.get(match.claimId);
      if (!claim) continue;
      const speakerName = speakers.get(claim.speakerId)?.name ?? claim.speakerId;
      const quoted = claim.quote ? `“${claim.quote}”` : claim.summary;
      let summary: string;
      if (match.conflict === 'attribution') {
        summary = `The page credits this quote to ${mention.speaker?.name ?? 'someone else'}; it was said by ${speakerName} (${claim.date}).`;
      } else if (match.conflict === 'deadline') {
        const unmatched = pageDeadlines.filter(
          (d) => !claim.deadlines.some((c) => sameDeadline(d, c)),
        );
        const stated = claim.deadlines.map((d) => d.wording).join('; ');
        summary = `The page gives ${unmatched.map(describeDate).join(' and ')}, but ${speakerName} (${claim.date}) said: ${stated}.`;
      } else if (NEGATED_WITHDRAWAL.test(folded)) {
        summary = `The page denies a withdrawal, which ${speakerName} described: ${quoted}`;
      } else if (WITHDRAWAL.test(folded)) {
        summary = `The page speaks of a withdrawal, a word ${speakerName} rejected: ${quoted}`;
      } else {
        summary = `The page describes the change in words ${speakerName} did not use: ${quoted}`;
      }
      add({
        kind: match.conflict ?? 'fact',
        claimIds: [claim.id],
        summary,
        pageText: sentence,
        mentionIndexes: indexes,
      });
    }
  }
  return findings;
}
