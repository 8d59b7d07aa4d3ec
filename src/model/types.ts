/**
 * The shapes the engine produces, shared by every stage and presenter (content script, popup,
 * command line). Plain data only, so results can cross message boundaries and be printed as
 * JSON. They sit in the model layer, below every stage that builds or reads them.
 */
import type { ContradictionKind } from './vocabulary';

/**
 * `quote` is a quoted passage with none of the story's words in its sentence: a mention only
 * when matching finds it reprints a claim's quote, and dropped by `match` otherwise.
 */
export const mentionKinds = [
  'coalition',
  'hmc',
  'change',
  'deadline',
  'official',
  'troops',
  'quote',
] as const;
export type MentionKind = (typeof mentionKinds)[number];

/** A date a page states as a deadline, resolved against the page's publication date. */
export interface ResolvedDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  /** The deadline is the end of the period (`2025` + endOf = "the end of 2025"). */
  endOf: boolean;
}

export interface Mention {
  /** Offsets in the extracted text, `end` exclusive. */
  start: number;
  end: number;
  /** The page text of the mention, exactly as extracted. */
  text: string;
  kind: MentionKind;
  /** Offsets of the sentence the mention stands in. */
  sentenceStart: number;
  sentenceEnd: number;
  /** For `deadline` mentions: the date it resolves to. */
  deadline?: ResolvedDate;
  /** For `official` mentions: the speaker named. */
  speakerId?: string;
}

/**
 * Who the page credits with a statement, as a reader would name them. `speakerId` is the
 * dataset's speaker when the page's words identify one, null when the dataset has no such
 * speaker (or cannot tell which: an unnamed official).
 */
export interface PageSpeaker {
  /** As the page names them, without the title: "Thabet al-Abbassi", "a senior US official". */
  name: string;
  /** The title or role the page gives ("Iraqi Defense Minister"), when it gives one. */
  role: string | null;
  kind: 'person' | 'institution' | 'anonymous' | 'joint' | 'outlet';
  speakerId: string | null;
}

/**
 * How a page's statement stands to a claim of the dataset:
 * - `same`: the page reports this claim (a compatible speaker, an agreeing frame, close words);
 * - `agrees`: another statement, or another speaker, saying the same thing;
 * - `contradicts`: another deadline for the same scope, the rejected word used, the claim's
 *   words credited to someone else (`conflict` says which);
 * - `context`: the claim is on the sentence's subject, neither the same nor opposed.
 */
export const relations = ['same', 'agrees', 'contradicts', 'context'] as const;
export type Relation = (typeof relations)[number];

export interface ClaimMatch {
  claimId: string;
  speakerId: string;
  /** 0..1, higher is better. */
  score: number;
  relation: Relation;
  /** For `contradicts`: what kind of conflict it is. */
  conflict?: ContradictionKind;
}

export interface MatchedMention extends Mention {
  /** Best first; empty when nothing in the dataset matches well enough. */
  claims: ClaimMatch[];
  /** How closely the sentence's quoted words reproduce the best claim's quote, 0..1. */
  quoteSimilarity?: number;
  /** Who the page credits with the mention's sentence; null for the outlet's own voice. */
  speaker: PageSpeaker | null;
}

export interface Finding {
  /** Stable within one result: the dataset contradiction id, or `page-<n>` for page conflicts. */
  id: string;
  source: 'dataset' | 'page';
  kind: ContradictionKind;
  claimIds: string[];
  /** One sentence a reader can check against both texts. */
  summary: string;
  /** For page-versus-dataset conflicts: the page's sentence that conflicts with the claims. */
  pageText?: string;
  /** Indexes into `CheckResult.mentions` that this finding concerns. */
  mentionIndexes: number[];
}

export interface CheckResult {
  mentions: MatchedMention[];
  findings: Finding[];
}

/** What the engine needs to know about a page besides its text. */
export interface PageContext {
  /** Publication date (`YYYY-MM-DD`), for resolving "next year"; null when unknown. */
  published: string | null;
  /**
   * The publication, as the page names itself ("Reuters", "Hindustan Times, carrying
   * Reuters"): whose own voice the page's uncredited sentences are.
   */
  site?: string | null;
  /**
   * Who signs the page, when not the publication: the official who writes an opinion piece,
   * the office that issues a statement (`pageSigner`). Its uncredited sentences are theirs.
   */
  signer?: { name: string; kind: 'person' | 'institution' } | null;
  /**
   * The officials the whole page names (its `official` mentions), when only part of it is
   * matched: a surname far below its full name is still theirs. Read from the mentions given
   * when absent.
   */
  people?: readonly string[];
}
