/**
 * Scoring "who says what" against labelled statements: whether the engine credits the speaker
 * the page credits, whether its `same` answers are right (a wrong one puts words in someone's
 * mouth), whether the claim of the statement's speaker is among its first three, and whether the
 * relation it gives the labelled claim is the labelled one.
 */
import { nameKey } from '../attribute/attribute';
import { sameBody } from '../attribute/bodies';
import { readPhrase } from '../attribute/speakers';
import { partsOf } from '../engine/engine';
import type { ClaimMatch, MatchedMention, PageSpeaker } from '../model/types';
import { fold } from '../text/fold';
import type { StatementLabel } from './score';

export interface StatementScore {
  statements: number;
  speakerRight: number;
  /** `same` answers the engine gave on labelled statements, and how many were right. */
  sameGiven: number;
  sameRight: number;
  /** Statements that report a claim of the dataset, and how many had it in the first three. */
  reported: number;
  inTopThree: number;
  /** Statements with a reviewed relation to a claim (or none), and how many got it. */
  relatable: number;
  relationRight: number;
  errors: string[];
}

export function emptyStatementScore(): StatementScore {
  return {
    statements: 0,
    speakerRight: 0,
    sameGiven: 0,
    sameRight: 0,
    reported: 0,
    inTopThree: 0,
    relatable: 0,
    relationRight: 0,
    errors: [],
  };
}

const ARTICLES = /^(?:the|a|an)\s+/;

/** A person's surname as names are compared: "Lloyd J. Austin III" → austin. */
function surnameKey(name: string): string {
  const words = name.split(/\s+/).filter((w) => !/^(?:i{1,3}|iv|jr\.?|sr\.?)$/i.test(w));
  return nameKey(words.pop() ?? '');
}

/** A name as institutions are compared: "The US" and "the United States" are one. */
function canonical(name: string): string {
  const reading = readPhrase(name);
  const named = reading.type === 'speaker' ? reading.speaker.name : name;
  return fold(named).replace(ARTICLES, '').trim();
}

/** The words that describe an unnamed speaker, without articles and prepositions. */
function describingWords(name: string): string[] {
  return fold(name)
    .replace(/\bu\.\s?s\.?(?=\s|$)|\bunited states\b/g, 'us')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !/^(?:the|an|of|from|in|at|for|to|with)$/.test(w));
}

/** Whether the engine's speaker is the one the label names, as a reader would judge. */
function sameSpeaker(
  label: StatementLabel,
  found: PageSpeaker | null,
  resolve: (speaker: PageSpeaker) => PageSpeaker = (s) => s,
): boolean {
  if (label.speaker === null) return found === null;
  if (found === null) return false;
  // Two names for one speaker of the dataset ("the Pentagon", "the US Defense Department").
  if (label.speakerKind !== 'outlet' && found.speakerId) {
    const named = resolve({
      name: label.speaker,
      role: null,
      kind: label.speakerKind,
      speakerId: null,
    });
    if (named.speakerId === found.speakerId) return true;
  }
  // A role labelled as the person who holds it ("Iraq's prime minister", "The Iraqi prime
  // minister's political adviser"); a name read as a role names no holder.
  if (label.speakerKind === 'person' && found.speakerId) {
    const holder = resolve({ name: label.speaker, role: null, kind: 'anonymous', speakerId: null });
    if (holder.speakerId === found.speakerId) return true;
  }
  // Two governments speaking together are their joint statement ("the two governments", "the
  // text", "the joint statement"), however the page names it.
  if (label.speakerKind === 'joint' && found.kind === 'joint') return true;
  const a = canonical(label.speaker);
  const b = canonical(found.name);
  if (a === b) return true;
  // A body and its initials ("KRG", "the Kurdistan Regional Government").
  if (label.speakerKind !== 'person' && found.kind !== 'person') {
    const initials = (name: string) =>
      name
        .split(/\s+/)
        .filter((w) => /^[A-Z]/.test(w) && !/^The$/.test(w))
        .map((w) => w[0])
        .join('');
    const short = (name: string) => name.replace(/^the\s+/i, '');
    if (
      initials(found.name) === short(label.speaker) ||
      initials(label.speaker) === short(found.name)
    )
      return true;
  }
  // One unnamed official described at two lengths ("a Pentagon official", "a senior
  // administration official from the Pentagon"); one body named at two lengths ("U.S. Embassy
  // Baghdad", "the United States Embassy in Baghdad").
  if (
    (label.speakerKind === 'anonymous' && found.kind === 'anonymous') ||
    (label.speakerKind === 'institution' && found.kind === 'institution')
  ) {
    const x = describingWords(label.speaker);
    const y = describingWords(found.name);
    const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
    // Not when the longer one adds a second group ("Iraqi and American officials").
    if (shorter.length >= 2 && !longer.includes('and') && shorter.every((w) => longer.includes(w)))
      return true;
  }
  // One body by its name and by its short name, as the engine compares bodies ("CENTCOM", "U.S.
  // Central Command").
  if (label.speakerKind === 'institution' && found.kind === 'institution')
    if (sameBody(label.speaker, found.name)) return true;
  if (label.speakerKind === 'person' || found.kind === 'person') {
    if (found.kind !== 'person' || label.speakerKind !== 'person') return false;
    return surnameKey(label.speaker) === surnameKey(found.name);
  }
  return a.includes(b) || b.includes(a);
}

/** Whether offset `at` of the text lies in the part of its sentence that holds the mention. */
function samePart(flat: string, mention: MatchedMention, at: number): boolean {
  const sentence = flat.slice(mention.sentenceStart, mention.sentenceEnd);
  const part = (offset: number) =>
    partsOf(sentence).findIndex(
      ([a, b]) => offset - mention.sentenceStart >= a && offset - mention.sentenceStart < b,
    );
  return part(mention.start) === part(at);
}

/** The words of a text that carry its content, for telling which part of a sentence is which. */
function contentWords(text: string): Set<string> {
  return new Set(describingWords(text).filter((w) => w.length >= 4));
}

/**
 * The mention the labelled words stand for. In a sentence that reports several statements
 * ("…, and next week will witness …"), the labelled claim's words (or the label's source
 * fragment) say which one it is: the first mention of the part that shares most words with them.
 */
function statementMention(
  flat: string,
  at: number,
  end: number,
  found: readonly MatchedMention[],
  said: string | undefined,
): MatchedMention | undefined {
  const inWords = found.filter((m) => m.start >= at && m.start < end);
  const head = inWords[0];
  if (!said || !head || inWords.length < 2) return head;
  const parts = partsOf(flat.slice(head.sentenceStart, head.sentenceEnd));
  if (parts.length < 2) return head;
  const wanted = contentWords(said);
  let best = head;
  let most = 0;
  for (const [a, b] of parts) {
    const from = Math.max(at, head.sentenceStart + a);
    const to = Math.min(end, head.sentenceStart + b);
    const mention = inWords.find((m) => m.start >= from && m.start < to);
    if (!mention) continue;
    const shared = [...contentWords(flat.slice(from, to))].filter((w) => wanted.has(w)).length;
    if (shared > most) {
      best = mention;
      most = shared;
    }
  }
  return best;
}

function describe(speaker: PageSpeaker | null): string {
  return speaker ? `${speaker.name} (${speaker.kind})` : 'the outlet';
}

/** Scores one page's statements; `flat` is its text with line breaks as spaces. */
export function scoreStatements(
  flat: string,
  labels: readonly StatementLabel[],
  mentions: readonly MatchedMention[],
  relateTo: (mention: MatchedMention, claimId: string) => ClaimMatch | null,
  reprints: (sentence: string, claimId: string) => boolean = () => false,
  resolve?: (speaker: PageSpeaker) => PageSpeaker,
  claimText: (claimId: string) => string | undefined = () => undefined,
): StatementScore {
  const score = emptyStatementScore();
  // The claims the labels say each stretch of text reports: a mention outside the labelled
  // words that opens a sentence of two statements ("Sudani said "…", and that …") rightly
  // answers `same` for both.
  const reported = labels.flatMap((l) => {
    const at = flat.indexOf(l.sentence);
    return l.relates?.relation === 'same' && l.relates.claim && at !== -1
      ? [{ at, end: at + l.sentence.length, claim: l.relates.claim }]
      : [];
  });
  for (const label of labels) {
    const at = flat.indexOf(label.sentence);
    if (at === -1) {
      score.errors.push(`statement not in text: ${JSON.stringify(label.sentence)}`);
      continue;
    }
    score.statements++;
    const end = at + label.sentence.length;
    const found = mentions.filter((m) => m.sentenceStart < end && at < m.sentenceEnd);
    // The statement's own mention when the labelled words hold one (a sentence may credit two
    // speakers, one per clause).
    const said = label.relates?.claim ? claimText(label.relates.claim) : undefined;
    const first =
      statementMention(flat, at, end, found, said ?? label.relates?.fragment) ?? found[0];
    const speaker = first ? first.speaker : undefined;
    if (speaker !== undefined && sameSpeaker(label, speaker, resolve)) score.speakerRight++;
    else
      score.errors.push(
        `speaker ${speaker === undefined ? 'none (no mention)' : describe(speaker)} instead of ${label.speaker ?? 'the outlet'} for “${label.sentence}”`,
      );
    const claims = first?.claims ?? [];
    const expected = label.relates?.claim;
    // Words with no mention of their own are answered for only by a mention in their part of
    // the sentence: another part's answer ("…, and that …") is about other words.
    const answered =
      first !== undefined &&
      ((first.start >= at && first.start < end) || samePart(flat, first, at));
    for (const c of answered ? claims : []) {
      if (c.relation !== 'same') continue;
      score.sameGiven++;
      // Right when it is the labelled claim, or when the sentence prints the claim's own words.
      const printed = first
        ? reprints(flat.slice(first.sentenceStart, first.sentenceEnd), c.claimId)
        : false;
      const reportedHere =
        first !== undefined &&
        !(first.start >= at && first.start < end) &&
        reported.some(
          (r) => r.claim === c.claimId && r.at < first.sentenceEnd && first.sentenceStart < r.end,
        );
      if ((label.relates?.relation === 'same' && c.claimId === expected) || printed || reportedHere)
        score.sameRight++;
      else
        score.errors.push(
          `wrong same: ${c.claimId} for “${label.sentence}” (label: ${label.relates ? `${label.relates.relation} ${expected ?? '?'}` : 'not in the data'})`,
        );
    }
    if (label.relates === null) {
      score.relatable++;
      if (!(answered ? claims : []).some((c) => c.relation === 'same')) score.relationRight++;
      continue;
    }
    if (!expected) continue;
    if (label.relates.relation === 'same') {
      score.reported++;
      if (claims.slice(0, 3).some((c) => c.claimId === expected)) score.inTopThree++;
      else
        score.errors.push(
          `claim ${expected} not in the first three (${claims.map((c) => c.claimId).join(', ') || 'none'}) for “${label.sentence}”`,
        );
    }
    score.relatable++;
    // The relation is judged on the labelled pair, listed or not: listing is the top-3 measure.
    const given = first ? relateTo(first, expected) : null;
    if (given?.relation === label.relates.relation) score.relationRight++;
    else
      score.errors.push(
        `relation ${given ? given.relation : 'none'} instead of ${label.relates.relation} to ${expected} (score ${given?.score ?? '-'}, speaker ${describe(speaker ?? null)}) for “${label.sentence}”`,
      );
  }
  return score;
}

export function addStatementScores(scores: readonly StatementScore[]): StatementScore {
  const out = emptyStatementScore();
  for (const s of scores) {
    out.statements += s.statements;
    out.speakerRight += s.speakerRight;
    out.sameGiven += s.sameGiven;
    out.sameRight += s.sameRight;
    out.reported += s.reported;
    out.inTopThree += s.inTopThree;
    out.relatable += s.relatable;
    out.relationRight += s.relationRight;
  }
  return out;
}
