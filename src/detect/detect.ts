/**
 * Finding mentions of the story in page text. One combined regular expression reads the folded
 * text once and reports candidates, story anchors and other-story markers; context then decides
 * which candidates are mentions. Only candidates pay for sentence bounds.
 */
import type { Dataset, Speaker } from '../dataset/schema';
import type { Mention, MentionKind, PageContext } from '../engine/types';
import { fold } from '../text/fold';
import { resolveDeadline } from './deadlines';
import {
  ACRONYM,
  ANCHOR,
  CHANGE,
  COALITION_NOT_AFTER,
  COALITION_NOT_BEFORE,
  COALITION_STRONG,
  COALITION_WEAK,
  DEADLINE,
  DEADLINE_CONTEXT,
  DEADLINE_CUE_BEFORE,
  DEADLINE_CUED,
  FORCES_CONTEXT,
  FORCES_IN_IRAQ,
  HMC,
  HMC_WEAK,
  OTHER_STORY,
  TASK_FORCE,
  TROOPS,
} from './lexicon';
import { blockAround, sentenceAround } from './sentences';

type PartName =
  | 'official'
  | 'surname'
  | 'taskForce'
  | 'forcesInIraq'
  | 'hmc'
  | 'acronym'
  | 'coalitionStrong'
  | 'coalitionWeak'
  | 'hmcWeak'
  | 'deadline'
  | 'troops'
  | 'change'
  | 'anchor'
  | 'other';

interface Candidate {
  part: PartName;
  start: number;
  end: number;
}

export interface Detection {
  mentions: Mention[];
  /** Whether the text is about the story; pass it back in for text added to the same page. */
  relevant: boolean;
}

export interface DetectOptions {
  /** The page is already known to be about the story (an earlier pass said so). */
  relevant?: boolean;
}

export interface Detector {
  detect(text: string, context: PageContext, options?: DetectOptions): Detection;
  /** The expression that finds every candidate: the least work any detection must do. */
  readonly trigger: RegExp;
}

function escapeName(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-\s]+/g, '[\\s-]+');
}

interface NameTable {
  /** Folded name variant → speaker id. */
  full: Map<string, string>;
  /** Folded surname → speaker id: only a mention where the page also uses a full name. */
  surnames: Map<string, string>;
}

/** Name variants of the people in the dataset, keyed by their folded form. */
function nameTable(speakers: readonly Speaker[]): NameTable {
  const full = new Map<string, string>();
  const surnames = new Map<string, string>();
  const surnameCount = new Map<string, number>();
  for (const speaker of speakers) {
    if (speaker.kind !== 'person') continue;
    for (const alias of [speaker.name, ...speaker.aliases])
      full.set(normaliseName(alias), speaker.id);
    const last = normaliseName(speaker.name)
      .split(' ')
      .filter((w) => !/^(?:iii|ii|jr\.?|sr\.?)$/.test(w))
      .pop();
    if (last && last.length >= 4) {
      surnames.set(last, speaker.id);
      surnameCount.set(last, (surnameCount.get(last) ?? 0) + 1);
    }
  }
  // A surname two people share identifies neither.
  for (const [surname, count] of surnameCount) if (count > 1) surnames.delete(surname);
  for (const name of full.keys()) surnames.delete(name);
  return { full, surnames };
}

function normaliseName(name: string): string {
  return fold(name)
    .replace(/[\s-]+/g, ' ')
    .trim();
}

function alternation(words: Iterable<string>): string {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return sorted.length > 0 ? sorted.map(escapeName).join('|') : '(?!)';
}

/** Sorted offsets of one kind of marker, with a "nearest within a range" query. */
class Positions {
  readonly at: number[] = [];
  /** Distance from `offset` to the nearest position in `[from, to)`, or Infinity. */
  nearest(offset: number, from: number, to: number): number {
    const { at } = this;
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((at[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    let best = Number.POSITIVE_INFINITY;
    const after = at[lo];
    if (after !== undefined && after < to) best = after - offset;
    const before = at[lo - 1];
    if (before !== undefined && before >= from) best = Math.min(best, offset - before);
    return best;
  }
  any(from: number, to: number): boolean {
    return this.nearest(from, from, to) !== Number.POSITIVE_INFINITY;
  }
}

/** "withdrawal of US forces from Iraq": the language of change tied to Iraq by itself. */
const CHANGE_FROM_IRAQ = /^(?:\s+[a-z0-9'.,-]+){0,5}?\s+(?:from|out\s+of|in)\s+iraq(?![a-z])/;

/** Anchors that place a passage in Iraq itself. */
const IRAQ_PLACE = /^(?:iraq|baghdad|erbil|irbil|harir|anbar|a[iy]n al|al[\s-]asa?d|victory)/;

/** A passage in quotation marks long enough to be someone's words rather than a term. */
const QUOTED_PASSAGE = /["\u201c]([^"\u201c\u201d\n]{24,600})["\u201d]/g;

const STRONG_KINDS = new Set<PartName>(['taskForce', 'hmc', 'acronym', 'coalitionStrong']);

export function createDetector(dataset: Pick<Dataset, 'speakers'>): Detector {
  const names = nameTable(dataset.speakers);
  const parts: Array<[PartName, string]> = [
    ['official', alternation(names.full.keys())],
    ['surname', alternation(names.surnames.keys())],
    ['taskForce', TASK_FORCE],
    ['forcesInIraq', FORCES_IN_IRAQ],
    ['hmc', HMC],
    ['acronym', ACRONYM],
    ['coalitionStrong', COALITION_STRONG],
    ['coalitionWeak', COALITION_WEAK],
    ['hmcWeak', HMC_WEAK],
    ['deadline', DEADLINE],
    ['troops', TROOPS],
    ['change', CHANGE],
    ['anchor', ANCHOR],
    ['other', OTHER_STORY],
  ];
  const source = `(?<![a-z0-9])(?:${parts.map(([, s]) => `(${s})`).join('|')})(?![a-z0-9])`;
  const trigger = new RegExp(source, 'g');
  const partNames = parts.map(([name]) => name);

  function scan(folded: string): Candidate[] {
    const out: Candidate[] = [];
    const re = new RegExp(trigger.source, 'g');
    let match = re.exec(folded);
    while (match !== null) {
      for (let g = 1; g < match.length; g++) {
        if (match[g] !== undefined) {
          out.push({
            part: partNames[g - 1] as PartName,
            start: match.index,
            end: match.index + match[0].length,
          });
          break;
        }
      }
      if (match[0].length === 0) re.lastIndex++;
      match = re.exec(folded);
    }
    return out;
  }

  function detect(text: string, context: PageContext, options: DetectOptions = {}): Detection {
    const folded = fold(text);
    const candidates = scan(folded);
    const anchors = new Positions();
    const others = new Positions();
    const storyTerms = new Positions();
    const seenSpeakers = new Set<string>();
    let strong = 0;
    let iraq = 0;

    for (const c of candidates) {
      if (c.part === 'anchor') {
        // "us" is an anchor only as the country's initials.
        if (c.end - c.start === 2 && text.slice(c.start, c.end) !== 'US') continue;
        anchors.at.push(c.start);
        if (IRAQ_PLACE.test(folded.slice(c.start, c.end))) iraq++;
      } else if (c.part === 'other') others.at.push(c.start);
      else if (c.part === 'official') {
        const id = names.full.get(normaliseName(folded.slice(c.start, c.end)));
        if (id) seenSpeakers.add(id);
      }
    }

    const sentenceCache = new Map<number, { start: number; end: number }>();
    const sentenceOf = (offset: number): { start: number; end: number } => {
      let found = sentenceCache.get(offset);
      if (!found) {
        found = sentenceAround(text, offset);
        sentenceCache.set(offset, found);
      }
      return found;
    };

    /** The nearest marker in the sentence belongs to another story. */
    const otherStoryWins = (c: Candidate, from: number, to: number): boolean => {
      const other = others.nearest(c.start, from, to);
      if (other === Number.POSITIVE_INFINITY) return false;
      return other < anchors.nearest(c.start, from, to);
    };

    const accepted: Mention[] = [];
    const push = (c: Candidate, kind: MentionKind, extra: Partial<Mention> = {}): void => {
      const sentence = sentenceOf(c.start);
      accepted.push({
        start: c.start,
        end: c.end,
        text: text.slice(c.start, c.end),
        kind,
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
        ...extra,
      });
      if (kind !== 'official') storyTerms.at.push(c.start);
    };

    // Strong mentions first: they establish relevance and serve as context for weak ones.
    const weak: Candidate[] = [];
    for (const c of candidates) {
      if (c.part === 'anchor' || c.part === 'other') continue;
      if (c.part === 'forcesInIraq') {
        // Context, not a mention: the story's own subject named in full.
        const sentence = sentenceOf(c.start);
        anchors.at.push(c.start);
        anchors.at.sort((a, b) => a - b);
        if (otherStoryWins(c, sentence.start, sentence.end)) continue;
        iraq++;
        strong++;
        storyTerms.at.push(c.start);
        continue;
      }
      if (
        c.part === 'acronym' &&
        text.slice(c.start, c.end) !== folded.slice(c.start, c.end).toUpperCase()
      )
        continue;
      if (STRONG_KINDS.has(c.part)) {
        const sentence = sentenceOf(c.start);
        if (c.part === 'coalitionStrong' && otherStoryWins(c, sentence.start, sentence.end))
          continue;
        const kind: MentionKind =
          c.part === 'hmc' || (c.part === 'acronym' && folded.startsWith('hmc', c.start))
            ? 'hmc'
            : 'coalition';
        push(c, kind);
        strong++;
      } else if (
        c.part === 'change' &&
        (/iraq$/.test(folded.slice(c.start, c.end)) ||
          CHANGE_FROM_IRAQ.test(folded.slice(c.end, c.end + 60)))
      ) {
        push(c, 'change');
        strong++;
      } else weak.push(c);
    }

    const relevant = options.relevant === true || (strong >= 1 && iraq >= 1) || strong >= 3;
    if (!relevant) return { mentions: [], relevant: false };
    const hasHmc = accepted.some((m) => m.kind === 'hmc');

    // Weak candidates in three rounds: names of things first, since they are context for the
    // language of change, which is in turn context for deadlines.
    const rounds: PartName[][] = [
      ['official', 'surname', 'coalitionWeak', 'hmcWeak'],
      ['change', 'troops'],
      ['deadline'],
    ];
    for (const round of rounds) {
      storyTerms.at.sort((a, b) => a - b);
      for (const c of weak) {
        if (round.includes(c.part)) consider(c);
      }
    }

    function consider(c: Candidate): void {
      const sentence = sentenceOf(c.start);
      if (otherStoryWins(c, sentence.start, sentence.end)) return;
      const block = blockAround(folded, c.start);
      const near = {
        start: Math.max(0, folded.lastIndexOf('\n', block.start - 2) + 1),
        end: nextBreak(folded, block.end),
      };
      const inStoryBlock =
        anchors.any(near.start, near.end) || storyTerms.any(near.start, near.end);
      const otherBlock = others.any(block.start, block.end) && !anchors.any(block.start, block.end);
      const phrase = folded.slice(c.start, c.end);
      switch (c.part) {
        case 'official': {
          const speakerId = names.full.get(normaliseName(phrase));
          if (speakerId) push(c, 'official', { speakerId });
          return;
        }
        case 'surname': {
          const speakerId = names.surnames.get(normaliseName(phrase));
          // A bare surname counts once the page has named the person in full, and only when
          // written with its capital ("Austin", not "austin").
          const original = text.charAt(c.start);
          if (speakerId && seenSpeakers.has(speakerId) && original !== original.toLowerCase()) {
            push(c, 'official', { speakerId });
          }
          return;
        }
        case 'coalitionWeak': {
          const before = folded.slice(Math.max(0, c.start - 40), c.start);
          const after = folded.slice(
            c.start + 'coalition'.length,
            c.start + 'coalition'.length + 40,
          );
          if (COALITION_NOT_BEFORE.test(before) || COALITION_NOT_AFTER.test(after) || otherBlock)
            return;
          push(c, 'coalition');
          return;
        }
        case 'hmcWeak':
          if (
            hasHmc &&
            inStoryBlock &&
            !/european|electoral|election/.test(folded.slice(Math.max(0, c.start - 30), c.end + 20))
          ) {
            push(c, 'hmc');
          }
          return;
        case 'change': {
          if (!inStoryBlock || otherBlock) return;
          if (
            /^(?:leav|depart|ha[sdv]e? left)/.test(phrase) &&
            !FORCES_CONTEXT.test(folded.slice(sentence.start, sentence.end))
          )
            return;
          push(c, 'change');
          return;
        }
        case 'troops':
          if (inStoryBlock && !otherBlock) push(c, 'troops');
          return;
        case 'deadline': {
          const deadline = resolveDeadline(phrase, context.published);
          if (!deadline || !inStoryBlock || otherBlock) return;
          const cued =
            DEADLINE_CUED.test(phrase) ||
            DEADLINE_CUE_BEFORE.test(folded.slice(Math.max(0, c.start - 24), c.start));
          if (!cued && !DEADLINE_CONTEXT.test(folded.slice(sentence.start, sentence.end))) return;
          if (!cued && isPast(deadline.date, context.published)) return;
          push(c, 'deadline', { deadline });
          return;
        }
        default:
          return;
      }
    }

    // Quoted passages in sentences that hold no other mention: candidates for a reprinted quote.
    const sentencesWithMentions = new Set(accepted.map((m) => m.sentenceStart));
    for (const quote of text.matchAll(QUOTED_PASSAGE)) {
      const start = (quote.index ?? 0) + 1;
      const end = start + (quote[1]?.length ?? 0);
      const sentence = sentenceOf(start);
      if (sentencesWithMentions.has(sentence.start)) continue;
      sentencesWithMentions.add(sentence.start);
      // A quote may run over several sentences: its sentence runs to the one it closes in, so
      // the whole quote and its attribution ("…," the official said) are matched together.
      const closing = sentenceOf(Math.min(text.length - 1, end + 1));
      accepted.push({
        start,
        end,
        text: text.slice(start, end),
        kind: 'quote',
        sentenceStart: sentence.start,
        sentenceEnd: Math.max(sentence.end, closing.end),
      });
    }

    accepted.sort((a, b) => a.start - b.start || b.end - a.end);
    return { mentions: removeNested(accepted), relevant: true };
  }

  return { detect, trigger };
}

/** The offset of the next block break after `from`, or the end of the text. */
function nextBreak(text: string, from: number): number {
  const at = text.indexOf('\n', from + 1);
  return at === -1 ? text.length : at;
}

/**
 * Whether a date is history rather than a deadline: an event date ("in January 2020") is
 * before the page was written.
 */
function isPast(date: string, published: string | null): boolean {
  const reference = published ?? '2024-01-01';
  const referenceMonth = reference.slice(0, 7);
  if (date.length === 4) return date < reference.slice(0, 4);
  return date.slice(0, 7) < referenceMonth;
}

/** Drops a mention lying wholly inside an earlier, longer one of the same kind. */
function removeNested(mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const mention of mentions) {
    const last = out[out.length - 1];
    if (
      last &&
      mention.start >= last.start &&
      mention.end <= last.end &&
      last.kind === mention.kind
    )
      continue;
    out.push(mention);
  }
  return out;
}
