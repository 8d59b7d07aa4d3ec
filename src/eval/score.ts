/**
 * Scoring the engine against hand-labelled articles: mention precision and recall by kind
 * (a prediction counts when it overlaps a labelled span of the same kind), top-1 speaker
 * accuracy on labelled sentences, abstention on sentences the dataset cannot know, and
 * highlights on unrelated pages.
 */
import * as z from 'zod/mini';
import {
  type ClaimMatch,
  type MatchedMention,
  type MentionKind,
  mentionKinds,
  type PageSpeaker,
} from '../model/types';
import {
  addStatementScores,
  emptyStatementScore,
  type StatementScore,
  scoreStatements,
} from './statements';

export const statementLabelSchema = z.strictObject({
  sentence: z.string().check(z.minLength(3)),
  /** As the page names them; null for the outlet's own voice. */
  speaker: z.nullable(z.string()),
  speakerKind: z.enum(['person', 'institution', 'anonymous', 'joint', 'outlet']),
  relates: z.nullable(
    z.strictObject({
      file: z.string(),
      fragment: z.string(),
      relation: z.enum(['same', 'agrees', 'contradicts']),
      /** The dataset claim the fragment is, once reviewed against the dataset. */
      claim: z.optional(z.string()),
    }),
  ),
});
export type StatementLabel = z.infer<typeof statementLabelSchema>;

export const labelsSchema = z.array(
  z.strictObject({
    file: z.string(),
    relevant: z.boolean(),
    published: z.optional(z.nullable(z.string())),
    mentions: z.array(
      z.strictObject({
        text: z.string().check(z.minLength(1)),
        kind: z.enum(mentionKinds),
        all: z.optional(z.boolean()),
        occurrence: z.optional(z.int().check(z.minimum(1))),
      }),
    ),
    /** First corpus: the speaker of the claim each sentence should get (a dataset id). */
    claims: z._default(
      z.array(
        z.strictObject({
          sentence: z.string().check(z.minLength(3)),
          speaker: z.nullable(z.string()),
        }),
      ),
      [],
    ),
    /** Later corpora: who the page credits, and how the statement relates to the dataset. */
    statements: z._default(z.array(statementLabelSchema), []),
  }),
);
export type PageLabels = z.infer<typeof labelsSchema>[number];

export interface PageScore {
  file: string;
  relevant: boolean;
  predicted: number;
  predictedCorrect: number;
  gold: number;
  goldFound: number;
  /** Labelled sentences with a speaker, and how many got that speaker first. */
  attributed: number;
  attributedCorrect: number;
  /** Labelled sentences (with or without a speaker) that the engine gave any claim. */
  answered: number;
  /** Labelled sentences the dataset cannot know, and how many got no claim. */
  unknowable: number;
  abstained: number;
  /** Who says what, on pages labelled with statements. */
  statements: StatementScore;
  /** Human-readable misses, for `--verbose`. */
  errors: string[];
  byKind: Partial<
    Record<
      MentionKind,
      { predicted: number; predictedCorrect: number; gold: number; goldFound: number }
    >
  >;
}

interface Span {
  start: number;
  end: number;
  kind: MentionKind;
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  let at = text.indexOf(needle);
  while (at !== -1) {
    out.push(at);
    at = text.indexOf(needle, at + 1);
  }
  return out;
}

/** The labelled spans of a page, located in its extracted text. */
export function goldSpans(text: string, labels: PageLabels, errors: string[]): Span[] {
  const flat = text.replace(/\n/g, ' ');
  const spans: Span[] = [];
  for (const label of labels.mentions) {
    const found = occurrences(flat, label.text);
    if (found.length === 0) {
      errors.push(`label not in text: ${JSON.stringify(label.text)}`);
      continue;
    }
    const chosen = label.all ? found : [found[(label.occurrence ?? 1) - 1]];
    for (const start of chosen) {
      if (start === undefined) {
        errors.push(
          `label occurrence ${label.occurrence} of ${JSON.stringify(label.text)} not in text`,
        );
        continue;
      }
      spans.push({ start, end: start + label.text.length, kind: label.kind });
    }
  }
  return spans;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

export function scorePage(
  text: string,
  labels: PageLabels,
  mentions: readonly MatchedMention[],
  relateTo: (mention: MatchedMention, claimId: string) => ClaimMatch | null = () => null,
  reprints?: (sentence: string, claimId: string) => boolean,
  resolve?: (speaker: PageSpeaker) => PageSpeaker,
  claimText?: (claimId: string) => string | undefined,
): PageScore {
  const errors: string[] = [];
  const gold = goldSpans(text, labels, errors);
  const byKind: PageScore['byKind'] = {};
  const bucket = (kind: MentionKind) => {
    let entry = byKind[kind];
    if (!entry) byKind[kind] = entry = { predicted: 0, predictedCorrect: 0, gold: 0, goldFound: 0 };
    return entry;
  };
  let predictedCorrect = 0;
  // Reprinted quotes are scored by the speaker accuracy of their sentences, not as mentions.
  const scored = mentions.filter((m) => m.kind !== 'quote');
  for (const m of scored) {
    const ok = gold.some((g) => g.kind === m.kind && overlaps(g, m));
    bucket(m.kind).predicted++;
    if (ok) {
      predictedCorrect++;
      bucket(m.kind).predictedCorrect++;
    } else
      errors.push(
        `extra ${m.kind}: ${JSON.stringify(m.text)} in “${text.slice(m.sentenceStart, m.sentenceEnd).slice(0, 120)}”`,
      );
  }
  let goldFound = 0;
  for (const g of gold) {
    const ok = scored.some((m) => m.kind === g.kind && overlaps(g, m));
    bucket(g.kind).gold++;
    if (ok) {
      goldFound++;
      bucket(g.kind).goldFound++;
    } else
      errors.push(
        `missed ${g.kind}: ${JSON.stringify(text.slice(g.start, g.end))} in “${sentenceOf(text, g.start)}”`,
      );
  }

  const flat = text.replace(/\n/g, ' ');
  let attributed = 0;
  let attributedCorrect = 0;
  let unknowable = 0;
  let abstained = 0;
  let answered = 0;
  for (const label of labels.claims) {
    const at = flat.indexOf(label.sentence);
    if (at === -1) {
      errors.push(`claim sentence not in text: ${JSON.stringify(label.sentence)}`);
      continue;
    }
    const span = { start: at, end: at + label.sentence.length };
    const inSentence = mentions.filter((m) =>
      overlaps({ start: m.sentenceStart, end: m.sentenceEnd }, span),
    );
    const best = inSentence
      .flatMap((m) => m.claims.slice(0, 1))
      .sort((a, b) => b.score - a.score)[0];
    if (best) answered++;
    if (label.speaker === null) {
      unknowable++;
      if (!best) abstained++;
      else
        errors.push(
          `guessed ${best.speakerId} (${best.claimId} ${best.score}) for unknowable “${label.sentence}”`,
        );
    } else {
      attributed++;
      if (best?.speakerId === label.speaker) attributedCorrect++;
      else
        errors.push(
          `speaker ${best ? `${best.speakerId} (${best.claimId} ${best.score})` : 'none'} instead of ${label.speaker} for “${label.sentence}”${inSentence.length === 0 ? ' [no mention in sentence]' : ''}`,
        );
    }
  }

  const statements =
    labels.statements.length > 0
      ? scoreStatements(flat, labels.statements, mentions, relateTo, reprints, resolve, claimText)
      : emptyStatementScore();
  errors.push(...statements.errors);
  return {
    file: labels.file,
    relevant: labels.relevant,
    statements,
    predicted: scored.length,
    predictedCorrect,
    gold: gold.length,
    goldFound,
    attributed,
    attributedCorrect,
    answered,
    unknowable,
    abstained,
    errors,
    byKind,
  };
}

function sentenceOf(text: string, offset: number): string {
  const start = Math.max(0, text.lastIndexOf('\n', offset) + 1);
  const end = text.indexOf('\n', offset);
  return text.slice(
    Math.max(start, offset - 60),
    end === -1 ? offset + 60 : Math.min(end, offset + 60),
  );
}

export interface Totals {
  precision: number;
  recall: number;
  /** Of the labelled sentences with a speaker, the share whose best claim has that speaker. */
  speakerAccuracy: number;
  /** Of the labelled sentences given a claim, the share given the right speaker. */
  attributionPrecision: number;
  abstention: number;
  unrelatedHighlights: number;
  pages: number;
  mentions: number;
  attributed: number;
  unknowable: number;
  statements: StatementScore;
}

export function totals(scores: readonly PageScore[]): Totals {
  const sum = (f: (s: PageScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const predicted = sum((s) => s.predicted);
  const gold = sum((s) => s.gold);
  const attributed = sum((s) => s.attributed);
  const unknowable = sum((s) => s.unknowable);
  return {
    precision: predicted === 0 ? 1 : sum((s) => s.predictedCorrect) / predicted,
    recall: gold === 0 ? 1 : sum((s) => s.goldFound) / gold,
    speakerAccuracy: attributed === 0 ? 1 : sum((s) => s.attributedCorrect) / attributed,
    attributionPrecision:
      sum((s) => s.answered) === 0 ? 1 : sum((s) => s.attributedCorrect) / sum((s) => s.answered),
    abstention: unknowable === 0 ? 1 : sum((s) => s.abstained) / unknowable,
    unrelatedHighlights: sum((s) => (s.relevant ? 0 : s.predicted)),
    pages: scores.length,
    mentions: gold,
    attributed,
    unknowable,
    statements: addStatementScores(scores.map((s) => s.statements)),
  };
}
