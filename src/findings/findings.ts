/**
 * What the reader should be warned about: the dataset's contradictions that involve claims
 * matched on the page, and conflicts between the page and the claims it cites: a deadline the
 * official did not give, a word the official rejected, a quote credited to someone else.
 */

import type { Claim, Dataset, Speaker } from '../dataset/schema';
import { sameDeadline } from '../detect/deadlines';
import type { Finding, MatchedMention, ResolvedDate } from '../engine/types';
import { fold, squash } from '../text/fold';

/** A page conflict needs a confident match: a shaky one would blame the official for nothing. */
const CONFIDENT = 0.6;

const NEGATED_WITHDRAWAL =
  /\b(?:not|no|never|isn't|is not|aren't|won't|wouldn't|rather than|instead of|denied|denies|deny|without)\b[^.;]{0,40}?\b(?:withdr|pull(?:ed|ing)? out|leav)/;
const WITHDRAWAL = /\b(?:withdr[ae]w|pull(?:ed|ing|s)? out|pullout|leave iraq|leaving iraq)/;

function describeDate(date: ResolvedDate): string {
  const [year, month] = date.date.split('-');
  const names = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  if (!month) return date.endOf ? `the end of ${year}` : `${year}`;
  return `${names[Number(month) - 1] ?? month} ${year}`;
}

export interface FindingsInput {
  text: string;
  mentions: readonly MatchedMention[];
  dataset: Dataset;
  /** Speakers the page credits in each sentence, keyed by the sentence's start offset. */
  namedBySentence?: ReadonlyMap<number, readonly string[]>;
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

  // Page conflicts, one pass per sentence with a confident match.
  const seenSentences = new Set<number>();
  let counter = 0;
  const add = (finding: Omit<Finding, 'id' | 'source'>): void => {
    counter += 1;
    findings.push({ id: `page-${counter}`, source: 'page', ...finding });
  };
  for (const mention of mentions) {
    if (seenSentences.has(mention.sentenceStart)) continue;
    const top = mention.claims[0];
    if (!top || top.score < CONFIDENT) continue;
    const claim = claims.get(top.claimId);
    if (!claim) continue;
    seenSentences.add(mention.sentenceStart);
    const sentence = squash(text.slice(mention.sentenceStart, mention.sentenceEnd));
    const folded = fold(sentence);
    const inSentence = mentions
      .map((m, i) => ({ m, i }))
      .filter(({ m }) => m.sentenceStart === mention.sentenceStart);
    const indexes = inSentence.map(({ i }) => i);
    const speakerName = speakers.get(claim.speakerId)?.name ?? claim.speakerId;
    const quoted = claim.quote ? `“${claim.quote}”` : claim.summary;

    const pageDeadlines = inSentence.flatMap(({ m }) => (m.deadline ? [m.deadline] : []));
    if (pageDeadlines.length > 0 && claim.deadlines.length > 0) {
      const unmatched = pageDeadlines.filter(
        (d) => !claim.deadlines.some((c) => sameDeadline(d, c)),
      );
      if (unmatched.length === pageDeadlines.length) {
        const stated = claim.deadlines.map((d) => d.wording).join('; ');
        add({
          kind: 'deadline',
          claimIds: [claim.id],
          summary: `The page gives ${unmatched.map(describeDate).join(' and ')}, but ${speakerName} (${claim.date}) said: ${stated}.`,
          pageText: sentence,
          mentionIndexes: indexes,
        });
      }
    }

    const rejects = claim.position?.rejects ?? [];
    const calls = claim.position?.calls ?? [];
    const pageNegates = NEGATED_WITHDRAWAL.test(folded);
    const pageAffirms = !pageNegates && WITHDRAWAL.test(folded);
    if (pageAffirms && rejects.includes('withdrawal')) {
      add({
        kind: 'wording',
        claimIds: [claim.id],
        summary: `The page speaks of a withdrawal, a word ${speakerName} rejected: ${quoted}`,
        pageText: sentence,
        mentionIndexes: indexes,
      });
    } else if (pageNegates && calls.includes('withdrawal') && !rejects.includes('withdrawal')) {
      add({
        kind: 'wording',
        claimIds: [claim.id],
        summary: `The page denies a withdrawal, which ${speakerName} described: ${quoted}`,
        pageText: sentence,
        mentionIndexes: indexes,
      });
    }

    const named = input.namedBySentence?.get(mention.sentenceStart) ?? [];
    const related = new Set([
      claim.speakerId,
      ...(speakers.get(claim.speakerId)?.relatedSpeakerIds ?? []),
    ]);
    if (
      (mention.quoteSimilarity ?? 0) > 0.75 &&
      named.length > 0 &&
      !named.some((id) => related.has(id))
    ) {
      const credited = named.map((id) => speakers.get(id)?.name ?? id).join(', ');
      add({
        kind: 'attribution',
        claimIds: [claim.id],
        summary: `The page credits this quote to ${credited}; it was said by ${speakerName} (${claim.date}).`,
        pageText: sentence,
        mentionIndexes: indexes,
      });
    }
  }
  return findings;
}
