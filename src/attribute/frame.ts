/**
 * Statement frames: what a sentence says, in the dataset's own vocabulary: the words it uses
 * for the change (and the ones it rejects: "not a withdrawal"), the deadlines it states with
 * their scope (federal Iraq, the Kurdistan Region, support to Syria), and troop numbers.
 */
import type { ChangeTerm, Claim, Deadline } from '../dataset/schema';
import { sameDeadline } from '../detect/deadlines';
import type { Mention, ResolvedDate } from '../model/types';
import { fold } from '../text/fold';

export type Scope = Deadline['where'];

export interface FramedDeadline extends ResolvedDate {
  /** Where the deadline applies, when the sentence says. */
  where: Scope | null;
  /**
   * The span of a deadline counted from when it was said ("next week", "the following week"):
   * the page resolves it from its own date, which a later report is not.
   */
  counted?: CountedSpan;
}

type CountedSpan = 'day' | 'week' | 'month';

/** The span a relative deadline counts ("the following week" → week), if it is one. */
export function countedSpan(text: string): CountedSpan | undefined {
  const found =
    /\b(?:next|following|coming|this)\s+(week|month)s?\b|\bwithin\s+\S+\s+(day|week|month)s?\b|\bcoming\s+(day|week|month)s\b|\b(?:by|before|until)\s+(?:tomorrow|[a-z]+day)\b/.exec(
      fold(text),
    );
  if (!found) return undefined;
  return (found[1] ?? found[2] ?? found[3] ?? 'day') as CountedSpan;
}

export interface StatementFrame {
  calls: ChangeTerm[];
  rejects: ChangeTerm[];
  deadlines: FramedDeadline[];
  /** Troop numbers the sentence gives ("2,500 US troops" → 2500). */
  troops: number[];
  /**
   * The sentence reports what it states in order to deny it ("reports that forces would leave
   * by Friday were not accurate"): what it shares with a claim, it contradicts.
   */
  deniesReports: boolean;
  /** The outlet the sentence says the words were given to ("told The Associated Press"). */
  toldTo: string | null;
  /** The story's places the sentence names: bases, cities, regions. */
  places: string[];
  /** The sentence tells of a change (a mention of one: "moved to Erbil", "handed over"). */
  changes: boolean;
  /** The figures it gives (years, counts): "2014", "77". */
  figures: string[];
  /** Whether the forces it speaks of are all of them or some: "all coalition forces would leave". */
  share: ForceShare | null;
  /**
   * Whether it names the change as a reduction ("scaled back", "reduce the mission"), a word the
   * dataset's positions do not record but that is not a transition or an end.
   */
  reduces: boolean;
  /** It places forces somewhere: they remain, are stationed or have moved there. */
  presence: boolean;
  /** It tells of a change that came later than was said ("the handover came later than …"). */
  late: boolean;
}

/** The words of a reduction: less of the mission, not its end or its transition. */
const REDUCTION =
  /\b(?:reduc\w*|scal\w*[\s-]+back|shr[iau]nk\w*|draw(?:s|ing|n)?[\s-]+down|drawdown\w*)\b/;

export type ForceShare = 'all' | 'some';

const ALL_FORCES =
  /\b(?:all|every one of the)\s+(?:the\s+|of\s+the\s+)?(?:[a-z.-]+\s+){0,3}(?:forces|troops|personnel|soldiers|advisers|advisors)\b|\ball\s+(?:will|would)\s+(?:be\s+)?(?:pulled\s+out|withdrawn|leave|depart)/;
const SOME_FORCES =
  /\b(?:some|a\s+small\s+number\s+of|a\s+few|part\s+of\s+the|a\s+portion\s+of\s+the)\s+(?:of\s+the\s+)?(?:[a-z.-]+\s+){0,3}(?:forces|troops|personnel|soldiers|advisers|advisors)\b/;

/** "all coalition forces" or "some troops", when the words say which. */
function shareOf(folded: string): ForceShare | null {
  const all = ALL_FORCES.test(folded);
  const some = SOME_FORCES.test(folded);
  return all === some ? null : all ? 'all' : 'some';
}

const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])\\.?';
/** A day of the month: "Sept. 27", "21 July". */
const DAY_OF_MONTH = new RegExp(
  `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}`,
  'gi',
);

/** Numbers of troops in a text: "2,500", "fewer than 2,000", "250 to 350"; not dates. */
export function troopNumbers(text: string): number[] {
  const out: number[] = [];
  for (const m of text
    .replace(DAY_OF_MONTH, (d) => ' '.repeat(d.length))
    .matchAll(
      /\b(\d{1,3}(?:,\d{3})+|\d{2,5})\b(?!\s*(?:km|kilomet|mile|percent|%|million|billion))/g,
    )) {
    const value = Number((m[1] as string).replace(/,/g, ''));
    // Years are dates, not troops.
    if (value >= 1990 && value <= 2035 && !/,/.test(m[1] as string)) continue;
    if (value >= 20) out.push(value);
  }
  return out;
}

/** "the end of September", "the end of the year": a date, not the end of the mission. */
const NOT_A_DATE =
  '(?!\\s+of\\s+(?:the\\s+)?(?:\\d|year|month|week|(?:this|next|last)\\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))';

/** The story's synonyms for each way of naming the change. */
const TERMS: ReadonlyArray<[ChangeTerm, RegExp]> = [
  [
    'withdrawal',
    // "Department" is an institution, not a departure.
    /\b(?:withdr[ae]w\w*|pull(?:ed|ing|s)?[\s-]out|pullout|leav(?:e|es|ing)|left|depart(?!ment)\w*|exit\w*|evacuat\w*|vacat(?:e|es|ed|ing))\b/g,
  ],
  ['transition', /\b(?:transition\w*|shift\w*|adapt\w*)\b/g],
  ['evolution', /\bevol\w+/g],
  [
    'end-of-mission',
    new RegExp(
      `\\b(?:end(?:s|ed|ing)?${NOT_A_DATE}|conclu\\w+|wind(?:s|ing)?[\\s-]down|wound[\\s-]down|wrap\\w*\\s+up|complet\\w+|finish\\w*)\\b(?=[^.;]{0,40}\\bmission)|\\bmission(?:'s)?(?:\\s+(?:in|there)\\b[^.;,]{0,30}?)?\\s+(?:(?:has|had|will|would|is|was)\\s+(?:been\\s+)?)?(?:now\\s+|formally\\s+|effectively\\s+)?(?:end\\w*|conclu\\w+|over|complet\\w+|finish\\w*)`,
      'g',
    ),
  ],
];

/**
 * A negation close before a term: "not a withdrawal", "isn't withdrawing", "rather than". "No
 * later than" sets a deadline; it denies nothing.
 */
const NEGATION =
  /(?:\b(?:not|no(?!\s+(?:later|sooner)\b)|nobody|no\s+one|never|without|rather than|instead of|den(?:y|ies|ied)|reject\w*|rule[sd]? out|avoid(?:s|ed|ing)?|steer(?:s|ed|ing)?\s+clear\s+of)\b|n't\b)(?:\s+necessarily)?[^.;,]{0,28}$/;

/** "denied reports that…", "reports of … were not accurate", "dismissed the reports". */
const DENIED_REPORTS =
  /\b(?:den(?:y|ies|ied|ying)|dismiss\w*|refut\w*|reject\w*)\s+(?:(?:the|media|press|those|these)\s+)*reports?\b|\breports?\b[^.;]{0,140}?\b(?:was|were|is|are)(?:n't|\s+["']?not)\s+(?:accurate|true|correct)\b|\b(?:reports?|claims?|posts?)\b[^.;]{0,140}?\b(?:was|were|is|are)\s+["']?(?:inaccurate|untrue|false|baseless|unfounded|incorrect|misleading)\b/;

/** "told The Associated Press", "speaking to Kurdistan24", "in an interview with Al Hadath". */
const TOLD_TO =
  /\b(?:told|speaking to|spoke to|said to|in an interview with|confirmed (?:exclusively )?to)\s+((?:[Tt]he\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})/;

/** The story's places, by the words pages use for them. */
const PLACES: ReadonlyArray<[string, RegExp]> = [
  ['ain-al-asad', /\b(?:ain|ayn) al[\s-]?asa?d\b|\bal[\s-]asad (?:air )?base\b/],
  ['erbil', /\b(?:erbil|irbil|arbil|harir)\b/],
  // Erbil and Harir are in the Kurdistan Region.
  ['kurdistan', /\bkurdistan\b|\bkurdish region\b|\b(?:erbil|irbil|arbil|harir)\b/],
  ['baghdad', /\bbaghdad\b|\bvictory base\b|\bcamp victory\b/],
  ['federal-iraq', /\bfederal (?:iraq|areas)\b/],
  ['syria', /\bsyria\b/],
];

/** A claim that tells of a change: forces leaving, moving, a base handed over, a phase ended. */
/** Where forces are: they remain, are stationed, have moved to a place or hold it. */
const PRESENCE =
  /\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|stationed|based|consolidat\w*|(?:is|are|were|was) (?:now |all )?(?:in|at)|now in|is where|(?:mov|relocat|shift|redeploy)\w*\s+(?:[\w'-]+\s+){0,4}?(?:to|into)|control\s+of|now\s+(?:holds?|controls?))\b/;
const FORCES =
  /\b(?:forces|troops|personnel|advisers|advisors|soldiers|army|coalition|presence|footprint)\b/;

/** A change that came later than someone said it would. */
const LATE =
  /\b(?:came|took\s+place|happened|arrived|was\s+completed|changed\s+hands)\s+(?:only\s+)?(?:much\s+|weeks\s+|days\s+)?later\s+than\b|\btook\s+(?:much\s+|far\s+)?longer\s+than\b|\bdid\s+not\s+(?:happen|come|take\s+place)\s+(?:on\s+(?:that|the|this)\s+schedule|the\s+following\s+week|next\s+week|on\s+time|as\s+(?:announced|promised|planned))|\bmore\s+than\s+(?:a|one|two|three|four|\d+)\s+weeks?\s+later\b|\bbehind\s+schedule\b|\blater\s+than\s+(?:planned|announced|promised|scheduled)\b/;

const CLAIMED_CHANGE =
  /\b(?:withdr\w*|leav\w*|left|depart\w*|pull\w*\s+out|hand\w*\s+over|handover|mov\w*|relocat\w*|exit\w*|end\w*|conclu\w*|complet\w*|transition\w*|redeploy\w*|evacuat\w*|reduc\w*|draw\w*\s*down)\b/;

/**
 * Counts of two digits or more ("77 nations", "1,500 personnel"), with their thousands
 * separators dropped; not years, which many claims give as background.
 */
function figuresIn(folded: string): string[] {
  return [...folded.matchAll(/(?<![\d.,])\d{1,3}(?:,\d{3})+(?!\d)|(?<![\d.,])\d{2,4}(?!\d)/g)]
    .map((m) => m[0].replace(/,/g, ''))
    .filter((f) => !/^(?:19|20)\d\d$/.test(f));
}

function placesIn(folded: string): string[] {
  return PLACES.filter(([, pattern]) => pattern.test(folded)).map(([place]) => place);
}

/** Words that place a deadline, nearest first. */
const SCOPES: ReadonlyArray<[Scope, RegExp]> = [
  ['syria-support', /\bsyria\w*/],
  ['kurdistan-region', /\b(?:kurdistan|kurdish region|erbil|irbil|arbil|harir)\b/],
  [
    'federal-iraq',
    /\b(?:federal|baghdad|ain al[\s-]?asa?d|ayn al[\s-]?asa?d|al[\s-]asa?d|victory base|victoria)\b/,
  ],
];

/**
 * Where one clause ends and the next begins: a deadline's place is in its own clause ("…leave
 * federal Iraq by September 2025, while the Syria mission runs until September 2026").
 */
const CLAUSE_BREAK = /;|,["']?\s+(?:while|whereas|but|and|with)\b|\s(?:while|whereas)\s/g;

function clauseAround(folded: string, at: number): [number, number] {
  let start = 0;
  let end = folded.length;
  for (const match of folded.matchAll(CLAUSE_BREAK)) {
    const index = match.index ?? 0;
    if (index < at) start = index + match[0].length;
    else {
      end = index;
      break;
    }
  }
  return [start, end];
}

/** The `[start, end)` offsets of the clause of `sentence` that holds offset `at`. */
export function clauseOf(sentence: string, at: number): [number, number] {
  return clauseAround(fold(sentence), at);
}

function scopeNear(folded: string, at: number): Scope | null {
  const [start, end] = clauseAround(folded, at);
  const clause = folded.slice(start, end);
  let best: { scope: Scope; distance: number } | null = null;
  for (const [scope, pattern] of SCOPES) {
    const re = new RegExp(pattern.source, 'g');
    for (const match of clause.matchAll(re)) {
      const distance = Math.abs(start + (match.index ?? 0) - at);
      if (distance <= 90 && (!best || distance < best.distance)) best = { scope, distance };
    }
  }
  return best?.scope ?? null;
}

/** The frame of a sentence (`text` is the page text; mentions are the sentence's). */
/** The words a text uses for the change, and the ones it rejects. */
function wordsFor(folded: string): { calls: Set<ChangeTerm>; rejects: Set<ChangeTerm> } {
  const calls = new Set<ChangeTerm>();
  const rejects = new Set<ChangeTerm>();
  for (const [term, pattern] of TERMS) {
    for (const match of folded.matchAll(new RegExp(pattern.source, 'g'))) {
      const before = folded.slice(Math.max(0, (match.index ?? 0) - 40), match.index ?? 0);
      if (NEGATION.test(before)) rejects.add(term);
      else calls.add(term);
    }
  }
  return { calls, rejects };
}

/** Whether the sentence names a reduction it does not deny ("there has been no drawdown"). */
function reducesIn(folded: string): boolean {
  const found = REDUCTION.exec(folded);
  if (!found) return false;
  return !NEGATION.test(folded.slice(Math.max(0, found.index - 40), found.index));
}

export function frameOf(
  sentence: string,
  sentenceStart: number,
  mentions: readonly Mention[],
): StatementFrame {
  const folded = fold(sentence);
  const { calls, rejects } = wordsFor(folded);
  const deadlines: FramedDeadline[] = [];
  const troops: number[] = [];
  for (const m of mentions) {
    if (m.kind === 'troops') troops.push(...troopNumbers(m.text));
    if (m.kind !== 'deadline' || !m.deadline) continue;
    const counted = countedSpan(m.text);
    deadlines.push({
      ...m.deadline,
      where: scopeNear(folded, m.start - sentenceStart),
      ...(counted ? { counted } : {}),
    });
  }
  return {
    calls: [...calls],
    rejects: [...rejects],
    deadlines,
    troops,
    deniesReports: DENIED_REPORTS.test(folded),
    toldTo: TOLD_TO.exec(sentence)?.[1] ?? null,
    places: placesIn(folded),
    changes: calls.size > 0 || mentions.some((m) => m.kind === 'change'),
    figures: figuresIn(folded),
    share: shareOf(folded),
    reduces: reducesIn(folded),
    presence: PRESENCE.test(folded) && FORCES.test(folded),
    late: LATE.test(folded),
  };
}

/** How a sentence's frame stands to a claim's: shared ground, a conflict, or neither. */
export interface FrameComparison {
  agrees: boolean;
  /**
   * How much it shares: 1 for the word for the change, and the share of the claim's deadlines
   * and of its troop numbers that the sentence states.
   */
  shares: number;
  /** How many of the claim's deadlines and troop numbers the sentence states. */
  facts: number;
  /**
   * Both tell of a change at one of the same places ("forces have left Ain al-Asad" beside the
   * claim that its last advisers left it), or give one of the same counts ("77 nations"),
   * and the sentence rejects none of the claim's words.
   */
  samePlace: boolean;
  conflict: 'wording' | 'deadline' | 'denial' | null;
  /** Both state deadlines and none is the same: not one statement, whatever the words. */
  otherDeadlines: boolean;
  /**
   * Both name the change and share no word for it ("withdraw" against "end the mission"): the
   * sentence may report the claim's subject, not the claim.
   */
  otherWords: boolean;
  /** The sentence names a reduction where the claim names another change ("transition"). */
  otherChange: boolean;
  /**
   * The claim states deadlines or troop numbers and the sentence gives none of them: whatever
   * the sentence reports, it is not all of this claim.
   */
  leftOut: boolean;
}

function scopesMeet(page: Scope | null, claim: Scope): boolean {
  if (page === null) return true;
  if (page === claim) return true;
  return (
    (page === 'all-iraq' && claim === 'federal-iraq') ||
    (page === 'federal-iraq' && claim === 'all-iraq') ||
    (page === 'kurdistan-region' && claim === 'syria-support') ||
    (page === 'syria-support' && claim === 'kurdistan-region')
  );
}

const claimTroops = new WeakMap<Claim, number[]>();

/** The troop numbers a claim gives, in its quote or its summary. */
export function claimNumbers(claim: Claim): number[] {
  let numbers = claimTroops.get(claim);
  if (!numbers) {
    // Other reports of the claim may give its figure otherwise ("250 to 350" for "250 to 300").
    const quotes = [claim.quote, ...claim.alsoIn.map((a) => a.quote)].filter(Boolean).join(' ');
    numbers = [...new Set(troopNumbers(`${quotes} ${claim.summary}`))];
    claimTroops.set(claim, numbers);
  }
  return numbers;
}

const claimWords = new WeakMap<Claim, { calls: ChangeTerm[]; rejects: ChangeTerm[] }>();

/**
 * The words a claim uses for the change: its recorded position, or, when the dataset records
 * none, the words of its quote (its summary when it has no quote).
 */
function positionOf(claim: Claim): { calls: ChangeTerm[]; rejects: ChangeTerm[] } {
  if (claim.position) return claim.position;
  let words = claimWords.get(claim);
  if (!words) {
    const found = wordsFor(fold(claim.quote ?? claim.summary));
    words = { calls: [...found.calls], rejects: [...found.rejects] };
    claimWords.set(claim, words);
  }
  return words;
}

/**
 * Whether a deadline the sentence states is the claim's: the same date, for the same place
 * when the sentence names one ("out of the Kurdistan Region by September 2025" is not "out of
 * federal Iraq by September 2025").
 */
function statedAs(page: FramedDeadline, claim: Deadline): boolean {
  const same =
    sameDeadline(page, claim) ||
    (page.counted !== undefined && page.counted === countedSpan(claim.wording));
  return same && (page.where === null || scopesMeet(page.where, claim.where));
}

export function compareFrames(frame: StatementFrame, claim: Claim): FrameComparison {
  const position = positionOf(claim);
  let otherDeadlines = false;
  let otherWords = false;
  let conflict: FrameComparison['conflict'] = null;
  // "Reduce" is a word for the change the positions do not record: the claim's own words say it.
  const claimText = fold(`${claim.quote ?? ''} ${claim.summary}`);
  let word = frame.reduces && frame.rejects.length === 0 && REDUCTION.test(claimText);
  // "The claim that the US has withdrawn from Iraq is misleading": the page rejects the words
  // of what it reports.
  const calls = frame.deniesReports ? frame.rejects : frame.calls;
  const rejects = frame.deniesReports ? frame.calls : frame.rejects;
  if (position) {
    // What a claim says, reported to be denied, is denied.
    if (frame.deniesReports && frame.calls.some((t) => position.calls.includes(t)))
      conflict = 'denial';
    if (conflict === null && calls.some((t) => position.rejects.includes(t))) conflict = 'wording';
    if (conflict === null && rejects.some((t) => position.calls.includes(t))) conflict = 'wording';
    word ||=
      calls.some((t) => position.calls.includes(t)) ||
      rejects.some((t) => position.rejects.includes(t)) ||
      // The story's two words stand against each other: "not a withdrawal" is a transition.
      (rejects.includes('withdrawal') && position.calls.includes('transition')) ||
      (rejects.includes('transition') && position.calls.includes('withdrawal'));
    otherWords = !word && calls.length > 0 && position.calls.length > 0;
  }
  // "The mission is being scaled back" is not the claim's "transitioning away", though it
  // does not contradict it.
  const otherChange =
    frame.reduces &&
    frame.calls.length === 0 &&
    (position?.calls.length ?? 0) > 0 &&
    !REDUCTION.test(claimText);
  // "All coalition forces would leave" is another statement than "some troops will leave".
  const claimShare = shareOf(fold(claim.quote ?? claim.summary));
  if (frame.share && claimShare && frame.share !== claimShare) otherWords = true;
  const claimed = claim.deadlines.filter(
    (d) => d.subject !== 'withdrawal-start' && d.relation !== 'starting',
  );
  let opposed = 0;
  for (const d of frame.deadlines) {
    if (claimed.some((c) => statedAs(d, c))) continue;
    // Counted from a date the page may not share, it says nothing against another date.
    if (d.counted) continue;
    otherDeadlines = claimed.length > 0;
    if (claimed.some((c) => scopesMeet(d.where, c.where))) opposed++;
  }
  const stated = claimed.filter((c) => frame.deadlines.some((d) => statedAs(d, c))).length;
  if (stated > 0) otherDeadlines = false;
  if (opposed > 0 && stated === 0 && conflict === null) conflict = 'deadline';
  // "The handover came later than Iraqi commanders had announced": the claim's deadline missed.
  if (frame.late && claimed.length > 0 && conflict === null) conflict = 'deadline';
  // The same troop numbers ("2,500 in Iraq and 900 in Syria") are the same fact.
  const numbers = claimNumbers(claim);
  const given = numbers.filter((n) => frame.troops.includes(n)).length;
  const leftOut = (claimed.length > 0 && stated === 0) || (numbers.length > 0 && given === 0);
  // A claim's deadlines and numbers count by the share of them the sentence gives.
  const shares =
    Number(word) +
    (claimed.length > 0 ? stated / claimed.length : 0) +
    (numbers.length > 0 ? given / numbers.length : 0);
  if (frame.deniesReports && stated + given > 0 && conflict === null) conflict = 'denial';
  // "… grew into a 77-nation alliance": a count the claim gives too.
  const claimFigures = figuresIn(claimText);
  const sameFigure = conflict === null && frame.figures.some((f) => claimFigures.includes(f));
  const samePlace =
    conflict === null &&
    frame.changes &&
    ((position?.calls.length ?? 0) > 0 || CLAIMED_CHANGE.test(claimText)) &&
    placesIn(claimText).some((p) => frame.places.includes(p));
  // Both place forces at one of the same places ("US-led forces remain in the Kurdistan
  // Region" beside "all coalition forces are now in the Kurdistan Region").
  const samePresence =
    conflict === null &&
    frame.presence &&
    PRESENCE.test(claimText) &&
    FORCES.test(claimText) &&
    placesIn(claimText).some((p) => frame.places.includes(p));
  return {
    agrees: shares > 0,
    shares,
    facts: stated + given,
    samePlace: samePlace || sameFigure || samePresence,
    conflict,
    otherDeadlines,
    otherWords,
    otherChange,
    leftOut,
  };
}
