/**
 * Finding mentions of the story in page text. One combined regular expression reads the folded
 * text once and reports candidates, story anchors and other-story markers; context then decides
 * which candidates are mentions. Only candidates pay for sentence bounds.
 */
import type { Dataset, Speaker } from '../dataset/schema';
import type { Mention, MentionKind, PageContext } from '../model/types';
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
  EVENT_DATE_BEFORE,
  FORCES_CONTEXT,
  FORCES_IN_IRAQ,
  HMC,
  HMC_WEAK,
  OTHER_STORY,
  STORY_DEADLINES,
  TASK_FORCE,
  TASK_FORCE_WEAK,
  TROOPS,
} from './lexicon';
import { officialsIn } from './officials';
import { blockAround, sentenceFinder } from './sentences';

type PartName =
  | 'official'
  | 'surname'
  | 'taskForce'
  | 'taskForceWeak'
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
    // Analysts and journalists speak of the story without office: never official mentions.
    if (speaker.kind !== 'person' || NOT_OFFICIAL_ROLE.test(speaker.role)) continue;
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

const NOT_OFFICIAL_ROLE =
  /\b(?:analyst|researcher|scholar|fellow|journalist|reporter|correspondent|professor|academic|commentator|columnist|expert)\b/i;

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

/** "withdrawing 1,000 troops from Syria": the Syria phase of the same drawdown. */
const CHANGE_FROM_SYRIA =
  /^(?:\s+[a-z0-9'.,-]+){0,5}?\s+(?:from|out\s+of|in)\s+(?:northeast(?:ern)?\s+|north-east(?:ern)?\s+)?syria(?![a-z])/;

/** Troops, forces, the US or the coalition in a sentence: what a change in Iraq is about. */
/** A year of the war before the coalition's: the occupation (2003–2004), the 2011 withdrawal. */
const EARLIER_WAR = /(?<![\d,])(?:19\d\d|200\d|201[0-3])(?!\d)/;
/** A year of the coalition's. */
const COALITION_YEARS = /(?<![\d,])20(?:1[4-9]|[2-9]\d)(?!\d)/;

const US_FORCES_OR_TROOPS =
  /\b(?:u\.s\.|us|united\s+states|americans?|pentagon|washington|coalition(?!\s+of\b)|troops?|forces|soldiers|military|personnel|nato)\b/;

/** Another country's forces, whose change in Iraq is another story. */
const OTHER_FORCES =
  /^(?:\s+[a-z0-9'.,-]+){0,3}?\s+(?:turkey's|turkish|iran's|iranian|russia's|russian)\s/;

/** Troops or the US in a sentence: what a change in Syria must be about. */
const US_FORCES = /\b(?:u\.s\.|us|united\s+states|american|pentagon|washington|coalition)\b/;

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
    ['taskForceWeak', TASK_FORCE_WEAK],
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
  // Its own copy, compiled once: `trigger` is shared with callers, and so is its `lastIndex`.
  const re = new RegExp(source, 'g');
  const partNames = parts.map(([name]) => name);

  function scan(folded: string): Candidate[] {
    const out: Candidate[] = [];
    re.lastIndex = 0;
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
    const findSentence = sentenceFinder(text);
    const sentenceOf = (offset: number): { start: number; end: number } => {
      let found = sentenceCache.get(offset);
      if (!found) {
        found = findSentence(offset);
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
        // "will end its mission in Iraq" is a charity's or a company's as well, unless forces,
        // the US or the coalition are in the sentence.
        if (
          /^(?:its|the|their|our)\s+mission/.test(folded.slice(c.start, c.end)) &&
          (!US_FORCES_OR_TROOPS.test(folded.slice(sentence.start, sentence.end)) ||
            // "A coalition of … non-governmental organisations … will end its mission in Iraq"
            others.any(sentence.start, sentence.end))
        )
          continue;
        anchors.at.push(c.start);
        anchors.at.sort((a, b) => a - b);
        if (otherStoryWins(c, sentence.start, sentence.end)) continue;
        iraq++;
        strong++;
        storyTerms.at.push(c.start);
        // "coalition forces in Iraq", "the coalition's mission in Iraq": the coalition named.
        const word = /^coalition(?:'s)?/.exec(folded.slice(c.start, c.end));
        if (word && !COALITION_NOT_BEFORE.test(folded.slice(Math.max(0, c.start - 40), c.start)))
          push(
            { part: 'coalitionWeak', start: c.start, end: c.start + word[0].length },
            'coalition',
          );
        continue;
      }
      if (inUrl(folded, c.start)) continue;
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
          CHANGE_FROM_IRAQ.test(folded.slice(c.end, c.end + 60))) &&
        // "an end to Turkey's military footprint in Iraq": another country's forces.
        !OTHER_FORCES.test(folded.slice(c.end, c.end + 60)) &&
        // Forces, the US or the coalition leaving, not a company leaving the Iraqi market.
        US_FORCES_OR_TROOPS.test(
          folded.slice(sentenceOf(c.start).start, sentenceOf(c.start).end),
        ) &&
        // Not the withdrawal of 2011, or the occupation's end in 2004, told again.
        !EARLIER_WAR.test(folded.slice(sentenceOf(c.start).start, sentenceOf(c.start).end))
      ) {
        // "The alliance is not leaving Iraq" on a page about NATO: its own Iraq is no anchor.
        const block = blockAround(folded, c.start);
        const after = c.end + 60;
        const ownIraq = (at: number): boolean => at >= c.start && at < after;
        const anchored = anchors.at.some(
          (at) => at >= block.start && at < block.end && !ownIraq(at),
        );
        if (others.any(block.start, block.end) && !anchored) continue;
        push(c, 'change');
        strong++;
      } else if (
        c.part === 'change' &&
        context.published !== null &&
        context.published >= '2024' &&
        CHANGE_FROM_SYRIA.test(folded.slice(c.end, c.end + 60)) &&
        US_FORCES.test(folded.slice(sentenceOf(c.start).start, sentenceOf(c.start).end)) &&
        // Not the 2019 withdrawal from Syria, told again.
        !/(?<![\d,])(?:19\d\d|20[01]\d|202[0-3])(?!\d)/.test(
          folded.slice(sentenceOf(c.start).start, sentenceOf(c.start).end),
        ) &&
        !otherStoryWins(c, sentenceOf(c.start).start, sentenceOf(c.start).end)
      ) {
        // Since 2024 a US withdrawal from Syria is the coalition's Syria phase.
        push(c, 'change');
        strong++;
      } else weak.push(c);
    }

    const relevant = options.relevant === true || (strong >= 1 && iraq >= 1) || strong >= 3;
    if (!relevant) return { mentions: [], relevant: false };
    const hasHmc = accepted.some((m) => m.kind === 'hmc');
    const hasTaskForce = candidates.some((c) => c.part === 'taskForce');

    // Weak candidates in three rounds: names of things first, since they are context for the
    // language of change, which is in turn context for deadlines.
    const rounds: PartName[][] = [
      ['official', 'surname', 'coalitionWeak', 'taskForceWeak', 'hmcWeak'],
      ['change', 'troops'],
      ['deadline'],
    ];
    for (const round of rounds) {
      storyTerms.at.sort((a, b) => a - b);
      for (const c of weak) {
        if (round.includes(c.part)) consider(c);
      }
    }

    function changeIn(sentenceStart: number): boolean {
      return accepted.some((m) => m.kind === 'change' && m.sentenceStart === sentenceStart);
    }

    function consider(c: Candidate): void {
      const sentence = sentenceOf(c.start);
      // A person of the dataset is named whatever else the sentence is about.
      if (c.part !== 'official' && otherStoryWins(c, sentence.start, sentence.end)) return;
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
          // "coalition partners" is a government's partners unless the story is around it.
          if (/^\s+partners?\b/.test(after) && !inStoryBlock) return;
          if (isProperName(text, c.start)) return;
          push(c, 'coalition');
          return;
        }
        case 'taskForceWeak':
          if (hasTaskForce && inStoryBlock && !otherBlock) push(c, 'coalition');
          return;
        case 'hmcWeak':
          if (
            hasHmc &&
            inStoryBlock &&
            !/european|electoral|election|parliament|defen[cs]e\s+committee|security\s+and|investigat|olympic|nobel|ethics|steering|organi[sz]ing|planning/.test(
              folded.slice(Math.max(0, c.start - 30), c.end + 20),
            )
          ) {
            push(c, 'hmc');
          }
          return;
        case 'change': {
          if (!inStoryBlock || otherBlock) return;
          if (!changeFits(phrase, folded, c, sentence, block)) return;
          // "For the departure of American forces in 2011, see …": the earlier war's change,
          // dated beside it, in a sentence that names no year of the coalition's.
          const beside = folded.slice(
            Math.max(sentence.start, c.start - 50),
            Math.min(sentence.end, c.end + 50),
          );
          // ("…, which has hosted U.S. forces since 2003, will be handed over" is of now.)
          if (
            EARLIER_WAR.test(beside.replace(/\bsince\s+\d{4}/g, '')) &&
            !COALITION_YEARS.test(folded.slice(sentence.start, sentence.end))
          )
            return;
          push(c, 'change');
          return;
        }
        case 'troops':
          if (!inStoryBlock || otherBlock) return;
          // A bare count ("fewer than 2,000") is a count of troops only beside troops: in its
          // sentence or the one before ("How many troops are there now? … about 1,500.").
          if (
            !/(?:troops|soldiers|forces|personnel|members|advisers|advisors|trainers|syria)$/.test(
              phrase,
            ) &&
            !FORCES_CONTEXT.test(folded.slice(sentence.start, sentence.end)) &&
            !FORCES_CONTEXT.test(
              folded.slice(sentenceOf(Math.max(0, sentence.start - 2)).start, sentence.start),
            )
          )
            return;
          push(c, 'troops');
          // "250 to 300 coalition advisers": the coalition is named too.
          {
            const word = /coalition/.exec(phrase);
            if (word)
              push(
                {
                  part: 'coalitionWeak',
                  start: c.start + word.index,
                  end: c.start + word.index + 9,
                },
                'coalition',
              );
          }
          return;
        case 'deadline': {
          const deadline = resolveDeadline(
            phrase,
            context.published,
            toldAs(folded.slice(sentence.start, c.end)),
          );
          if (!deadline || !inStoryBlock || otherBlock) return;
          const cued =
            DEADLINE_CUED.test(phrase) ||
            DEADLINE_CUE_BEFORE.test(folded.slice(Math.max(0, c.start - 24), c.start)) ||
            // "past the September 2025 deadline": the date named as a deadline, kept or not.
            /^\s+(?:deadline|date|target\s+date|timeline|cut-?off)\b/.test(
              folded.slice(c.end, c.end + 16),
            );
          const said = folded.slice(sentence.start, sentence.end);
          // "At the end of September, the Pentagon announced": when something happened.
          if (/(?:^|\s)at\s+$/.test(folded.slice(Math.max(0, c.start - 4), c.start))) return;
          if (/^(?:the\s+)?(?:end\s+of\s+)?last\s+month$/.test(phrase)) {
            // "They should have left by the end of last month": a deadline already missed.
            if (!MISSED_DEADLINE.test(said)) return;
            push(c, 'deadline', { deadline });
            return;
          }
          // "next week", "within 24 hours", "the end of September": near dates are a deadline
          // only for a change the sentence names, never for a meeting.
          if (NEAR_DATE.test(phrase)) {
            // A meeting's date ("talks next week"), not the press conference the date was given at.
            if (
              !changeIn(sentence.start) ||
              MEETING.test(said.replace(/\b(?:press|news)\s+conference/g, ''))
            )
              return;
            push(c, 'deadline', { deadline });
            return;
          }
          // "a two-year plan", "a third year": a length of time for a change named nearby.
          if (DURATION.test(phrase)) {
            if (
              !accepted.some(
                (m) =>
                  (m.kind === 'change' || m.kind === 'deadline') &&
                  m.start >= near.start &&
                  m.start < near.end,
              )
            )
              return;
            push(c, 'deadline', { deadline });
            return;
          }
          if (!cued && !DEADLINE_CONTEXT.test(said)) return;
          // "forces would withdraw … in September 2025": a plan, reported after its date.
          const planned =
            changeIn(sentence.start) &&
            /\b(?:would|was to|were to|set to|due to|scheduled to|expected to)\s+(?:[a-z'-]+\s+){0,2}(?:withdr|leav|pull|end|exit|depart|conclu|hand|mov|wind)[^.;"\u201c\u201d]{0,80}$/.test(
              folded.slice(sentence.start, c.start),
            );
          // The story's own deadline, named after it passed, unless as when something was said
          // or done ("The Pentagon announced in September 2025 …").
          const storyDeadline =
            STORY_DEADLINES.has(deadline.date.slice(0, deadline.endOf ? 4 : 7)) &&
            (deadline.endOf || deadline.date.length === 7) &&
            !EVENT_DATE_BEFORE.test(
              folded.slice(Math.max(sentence.start, c.start - 60), c.start),
            ) &&
            // A caption's date: "…near Erbil, Sept. 2025."
            !/,\s*$/.test(folded.slice(Math.max(sentence.start, c.start - 3), c.start)) &&
            // A timeline's entry: "September 2025: The Pentagon says …", "September 2025 –
            // Pentagon announces …".
            !/^\s*[:\u2013\u2014-]\s+[^.;]{0,80}?\b(?:says|said|announces|announced|tells|told|declares|declared)\b/.test(
              folded.slice(c.end, c.end + 100),
            );
          if (!cued && !planned && !storyDeadline && isPast(deadline.date, context.published))
            return;
          // A stated date long before the page ("by December 2021") is history, not a deadline.
          if (cued && isPast(deadline.date, context.published, 12)) return;
          // "stopped after February 2024": a start in the past is an event.
          if (
            /(?:after|since)\s+(?:in\s+)?$/.test(
              folded.slice(Math.max(0, c.start - 16), c.start),
            ) &&
            isPast(deadline.date, context.published)
          )
            return;
          push(c, 'deadline', { deadline });
          return;
        }
        default:
          return;
      }
    }

    // People in office the dataset does not know: named, so the card can say who speaks.
    const knownName = (name: string): boolean => {
      const normal = normaliseName(name);
      return names.full.has(normal) || names.surnames.has(normal.split(' ').pop() ?? '');
    };
    for (const o of officialsIn(text, knownName)) {
      if (accepted.some((m) => m.start < o.end && o.start < m.end)) continue;
      push({ part: 'official', start: o.start, end: o.end }, 'official');
    }

    // "Another version quoted him as saying 250 to 300", "put that number at nearly 1,500": a
    // count the page has given as troops, told again without its noun.
    const counted = new Set(
      accepted.filter((m) => m.kind === 'troops').flatMap((m) => countsIn(m.text)),
    );
    if (counted.size > 0) {
      // Numbers first (a scan that starts on a digit), then what stands around the few the page
      // has counted as troops.
      for (const found of folded.matchAll(BARE_COUNT)) {
        const at = found.index ?? 0;
        if (!countsIn(found[0]).some((v) => counted.has(v))) continue;
        if (/[\w,.]$/.test(folded.slice(at - 1, at))) continue;
        // A range whose end runs into a footnote mark ("250 to 300.4") still starts a count.
        let end = at + found[0].length;
        if (NOT_A_COUNT_AFTER.test(folded.slice(end, end + 16)))
          end = at + (/^\d{1,3}(?:,\d{3})?/.exec(found[0])?.[0].length ?? 0);
        if (NOT_A_COUNT_AFTER.test(folded.slice(end, end + 16))) continue;
        const approx = APPROX_BEFORE.exec(folded.slice(Math.max(0, at - 24), at));
        const start = at - (approx?.[0].length ?? 0);
        if (accepted.some((m) => m.start < end && start < m.end)) continue;
        const sentence = sentenceOf(start);
        const said = folded.slice(sentence.start, sentence.end);
        if (!RESTATED_COUNT.test(said) && !/^(?:fewer|more|less)\s+than\b/.test(approx?.[0] ?? ''))
          continue;
        push({ part: 'troops', start, end }, 'troops');
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

/** A count without its noun: "250 to 300", "1,500". */
const BARE_COUNT = /\d{1,3}(?:,\d{3})?(?:\s+(?:to|and|or)\s+\d{1,3}(?:,\d{3})?)?/g;
/** …and what makes it another number: a unit, a decimal, a longer number. */
const NOT_A_COUNT_AFTER =
  /^(?:[\w,]|\.\d|\s*(?:%|percent|km|kilomet|miles?|million|billion|years?|days?|months?|weeks?|hours?|followers|views|times|people|civilians|dead|killed))/;
/** The approximation a count may come with: "nearly 1,500", "fewer than 2,000". */
const APPROX_BEFORE =
  /(?:about|around|roughly|nearly|some|approximately|(?:fewer|more|less)\s+than|up\s+to|at\s+least)\s+$/;

/** Words that tell a number again as a count: "the figure", "quoted him as saying", "put it at". */
const RESTATED_COUNT =
  /\b(?:figure|number|total|size|contingent|count|saying|putting|put|gave|spoke|spoken|speaking|estimated?|estimates)\b/;

/** The counts in a phrase, not its years. */
function countsIn(phrase: string): number[] {
  const out: number[] = [];
  for (const m of phrase.matchAll(/\d{1,3}(?:,\d{3})+|\d{2,5}/g)) {
    const value = Number(m[0].replace(/,/g, ''));
    if (value >= 1990 && value <= 2035 && !m[0].includes(',')) continue;
    if (value >= 20) out.push(value);
  }
  return out;
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
function isPast(date: string, published: string | null, marginMonths = 0): boolean {
  const reference = published ?? '2024-01-01';
  const year = Number(reference.slice(0, 4));
  const month = Number(reference.slice(5, 7)) || 1;
  const total = year * 12 + (month - 1) - marginMonths;
  const referenceMonth = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
  if (date.length === 4) return date < referenceMonth.slice(0, 4);
  return date.slice(0, 7) < referenceMonth;
}

/** Whether the candidate lies inside a web address ("…/us-led-coalition-withdraws-…"). */
function inUrl(folded: string, at: number): boolean {
  let from = at;
  while (from > 0 && from > at - 200 && !/\s/.test(folded[from - 1] as string)) from--;
  const token = folded.slice(from, at);
  return token.includes('/') || token.includes('www.');
}

/**
 * "Development Coalition", "State of Law Coalition": a capitalised name ending in "Coalition"
 * is a party list, unless the line is a headline in title case.
 */
function isProperName(text: string, at: number): boolean {
  if (text[at] !== 'C') return false;
  const before = /([A-Za-z][\w'-]*)[ ]+$/.exec(text.slice(Math.max(0, at - 40), at));
  const word = before?.[1];
  if (!word || !/^[A-Z]/.test(word) || ALLOWED_BEFORE_COALITION.test(word)) return false;
  // A headline in title case capitalises every word.
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEnd = text.indexOf('\n', at);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const words = line.match(/[A-Za-z][a-z]{3,}/g) ?? [];
  const capitals = words.filter((w) => /^[A-Z]/.test(w)).length;
  return !(words.length >= 3 && capitals / words.length > 0.7);
}

const ALLOWED_BEFORE_COALITION =
  /^(?:The|US|U\.S\.|USA|American|Global|International|Western|Military|Multinational|Anti-ISIS|Anti-IS|Anti-Daesh|D-ISIS|And|With|Iraq|Iraqi|Baghdad|Erbil|Syria|Said|A|An|This|That|Of|To|For|By|In|On|As)$/;

/** Dates near the publication date: a deadline only for a change in their own sentence. */
const NEAR_DATE =
  /week$|^within\s+\S+\s+(?:hours?|days?|weeks?)$|^(?:by|before|until)\s+(?:tomorrow|tonight|[a-z]+day|the\s+(?:weekend|end\s+of\s+the))|^in\s+the\s+coming|^(?:the\s+)?(?:end|close|middle)\s+of\s+[a-z]+\.?$/;

/** A length of time rather than a date. */
const DURATION =
  /^(?:a\s+|the\s+)?(?:\d+|a|one|two|three|four|five|second|third|fourth)[\s-]years?$/;

/** A meeting's date is not a deadline. */
const MEETING =
  /\b(?:meet|meets|meeting|talks|discuss|discussions?|dialogue|session|consultations|negotiat\w*|visit|conference|summit|call|briefing|hearing)\b/;

/** A deadline that passed without being met. */
const MISSED_DEADLINE =
  /supposed\s+to|should\s+have|were\s+(?:due|meant|scheduled|expected|set)\s+to|was\s+(?:due|meant|scheduled|expected|set)\s+to|deadline|had\s+agreed/;

/** Words the change's object may be that make it another kind of change. */
const CONCLUDE_OTHER =
  /^\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[a-z-]+\s+){0,2}(?:agreements?|memorand\w*|deals?|talks|consultations|meetings?|visits?|rounds?|sessions?|negotiations|accords?|treat(?:y|ies)|contracts?|conference|investigation|review|that|with)\b|^\s+that\b/;

/**
 * Words before a month that tell its deadline as passed: "had been due to leave by", "were
 * to have left by", "was supposed to", "gave them until", "the deadline was".
 */
const PASSED_DEADLINE =
  /\b(?:had\s+been\s+(?:due|set|scheduled|supposed|expected|meant)|(?:was|were)\s+(?:all\s+)?(?:supposed|meant|due)\s+to\s+have|(?:was|were)\s+to\s+have|had\s+(?:promised|pledged|agreed|given|set)|gave\s+(?:them|it|us|the\s+\w+)\s+until|were\s+promised)\b/;
/** …and words that tell it in the past, which may be this year's: "was supposed to", "was". */
const PAST_DEADLINE =
  /\b(?:was|were)\s+(?:all\s+)?(?:supposed|meant)\s+to\b|\b(?:was|were)\s+(?=(?:by\s+|until\s+)?(?:the\s+)?(?:end\s+of\s+)?[a-z]+\.?$)/;

/** How the words up to a month tell its deadline. */
function toldAs(said: string): 'ahead' | 'passed' | 'maybe-passed' {
  if (PASSED_DEADLINE.test(said)) return 'passed';
  return PAST_DEADLINE.test(said) ? 'maybe-passed' : 'ahead';
}

/** A noun after "complete" that makes it an adjective ("a complete withdrawal"). */
const COMPLETE_ADJECTIVE =
  /^\s+(?:(?:the|its|their|a|an|his|this|all)\s+)?(?:(?:u\.s\.|us|american|coalition|and|full|total|remaining|[a-z]+-?)\s+)?(?:withdrawal|end|date|pull|evacuation|departure|handover|hand-over|pull-?out|exit|evacuation|transfer|transition|drawdown|relocation|control|administration|withdrawl|takeover|security|sovereignty|failure|list)/;

/** Context the wider words of change need in their sentence. */
const COMPLETE_CONTEXT =
  /mission|phase|withdraw|drawdown|evacuat|hand|transfer|relocat|redeploy|transition|pull/;
const TRANSFER_CONTEXT =
  /iraqi|forces|control|base|mission|responsibilit|tasks|duties|security|headquarters/;

function changeFits(
  phrase: string,
  folded: string,
  c: { start: number; end: number },
  sentence: { start: number; end: number },
  block: { start: number; end: number },
): boolean {
  const said = folded.slice(sentence.start, sentence.end);
  const after = folded.slice(c.end, c.end + 80);
  const before = folded.slice(Math.max(0, c.start - 40), c.start);
  const forces =
    FORCES_CONTEXT.test(said) || FORCES_CONTEXT.test(folded.slice(block.start, block.end));
  if (/^(?:leav|depart|left|ha[sdv]e? |be gone)/.test(phrase)) {
    // "the drawdown will leave Baghdad in command": to leave something in a state.
    if (/^leav/.test(phrase) && LEAVE_IN_STATE.test(after)) return false;
    // "We have not left Iraq", said by a general: the forces speaking of themselves.
    const we =
      /\biraq$/.test(phrase) &&
      /\b(?:we|they)\s+(?:(?:have|had|are|were|will|would)\s+)?(?:not\s+|never\s+)?$/.test(before);
    return forces || we || LEAVE_PLACE.test(after);
  }
  if (/^conclu/.test(phrase))
    return (
      !CONCLUDE_OTHER.test(after) &&
      // "…," the statement concluded: a verb of saying.
      !(/^\s*[.,;"]/.test(after) && SAYER_BEFORE.test(before)) &&
      // "concluded a military presence is no longer necessary": a judgement.
      !/^(?:\s+[a-z'.-]+){1,4}\s+(?:is|was|are|were|had|has|would|could|should)\s/.test(after)
    );
  // "declared the first phase complete", "the mission's first phase was complete".
  if (
    phrase === 'complete' &&
    /\b(?:phase|mission)\s+$|\b(?:phase|mission)\b[^.;,]{0,40}?\b(?:is|was|are|were|be|been)\s+(?:now\s+|formally\s+|effectively\s+|largely\s+)?$/.test(
      before,
    )
  )
    return true;
  // "to complete the remaining steps": the verb counts for the mission or a phase only.
  if (/^complet(?:e|ing)$/.test(phrase) && !/^\s*(?:[.,;"]|$)/.test(after))
    return COMPLETE_OBJECT.test(after) && !CHANGE_NOUN_BEFORE.test(before);
  if (/^complet/.test(phrase))
    return (
      COMPLETE_CONTEXT.test(said) &&
      !COMPLETE_ADJECTIVE.test(after) &&
      !CHANGE_NOUN_BEFORE.test(before)
    );
  if (/^shift/.test(phrase))
    return (
      (forces || /mission|role|presence|partnership|transition|advise/.test(said)) &&
      !/(?:focus|attention|emphasis|priorit\w*|gears?|tone|stance|position|policy)\s+(?:has\s+|have\s+|had\s+)?(?:been\s+)?$/.test(
        before,
      )
    );
  if (/^mov/.test(phrase)) return forces;
  if (/^transfer/.test(phrase)) return TRANSFER_CONTEXT.test(said);
  if (/^expel/.test(phrase))
    return (
      EXPEL_OBJECT.test(after) ||
      /(?:forces|troops|coalition|americans?|presence)\s+(?:to\s+be\s+|be\s+|are\s+|were\s+|being\s+)$/.test(
        before,
      )
    );
  if (/^hand/.test(phrase)) {
    // A change of command is not a handover of a base.
    if (/^\s+(?:ceremony|of\s+command|command|the\s+command|the\s+flag|the\s+baton)/.test(after))
      return false;
    if (
      /\b(?:new|incoming|outgoing)\s+(?:[a-z.-]+\s+){0,2}commander\b|change of command|took command|assumed command|ceremony/.test(
        said,
      ) &&
      !/bases?\b|airbase|air base|site|facilit|iraqi forces/.test(said)
    )
      return false;
  }
  return true;
}

/** "leaving Ain al-Asad", "depart the Ain al-Asad airbase": leaving a place of the story. */
const LEAVE_PLACE =
  /^\s+(?:from\s+)?(?:the\s+)?(?:victory|a[iy]n|al-asad|baghdad|erbil|irbil|harir|bases?|airbase|air\s+base|the\s+country|iraq|syria|kurdistan|federal)/;

const EXPEL_OBJECT =
  /^\s+(?:(?:the|all|any|foreign|u\.s\.|us|american)\s+)*(?:[a-z.'-]+\s+){0,2}(?:forces|troops|coalition|americans?|u\.s\.|us|presence)\b/;

/** "once the transitions are completed": the change is already named. */
const CHANGE_NOUN_BEFORE =
  /(?:transitions?|withdrawals?|handovers?|pullouts?|drawdown|evacuation|process|relocation|redeployment)\s+["']?(?:(?:is|are|was|were|has|have|had|be|been|being|will|would|to|shall|must|should)\s+){1,3}$/;

const COMPLETE_OBJECT =
  /^\s+(?:(?:its|the|their|this|a)\s+)?(?:(?:first|second|final|last|military|combat|advisory)\s+)*(?:mission|phase|stage|drawdown|task)/;

const LEAVE_IN_STATE =
  /^\s+(?:[a-z'.-]+\s+){1,3}(?:in\s+(?:command|charge|control|place|power)|alone|vulnerable|exposed|responsible)/;

const SAYER_BEFORE =
  /(?:statement|report|letter|message|release|note|he|she|they|official|spokesman|spokesperson|minister|ministry|office)\s+$/;

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
