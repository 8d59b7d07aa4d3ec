/**
 * The one place where the dataset's and the engine's vocabulary becomes words for a reader:
 * dates, deadlines, positions, sides, topics, relations, conflict kinds and who the page
 * credits. Every view (card, popup, options, command line) renders through these, so no two
 * views can name the same thing differently. Pure.
 */
import type { DeadlineOutcome, OutcomeStatus } from '../dataset/catalogue';
import type {
  ChangeTerm,
  Claim,
  ContradictionKind,
  Deadline,
  Side,
  Speaker,
  Topic,
} from '../dataset/schema';
import { monthName } from '../model/dates';
import type { PageSpeaker, Relation } from '../model/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date at its own precision: `2024` → "2024", `2024-08` → "Aug 2024", `2024-01-25` → "25 Jan 2024". */
export function formatDate(date: string): string {
  const [year = '', month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year;
}

/** A claim's date; a `reported` date (the publication date) says so: "reported 27 Jan 2024". */
export function formatClaimDate(claim: Pick<Claim, 'date' | 'dateBasis'>): string {
  const text = formatDate(claim.date);
  return claim.dateBasis === 'reported' ? `reported ${text}` : text;
}

/** The date a deadline names: "end of 2025", "Sep 2025", "end of Sep 2025". */
export function formatDeadlineDate(deadline: Pick<Deadline, 'date' | 'endOf'>): string {
  const text = formatDate(deadline.date);
  return deadline.endOf ? `end of ${text}` : text;
}

export const DEADLINE_RELATION_LABELS: Record<Deadline['relation'], string> = {
  by: 'by',
  'until-at-least': 'until at least',
  beyond: 'beyond',
  starting: 'from',
};

/** A deadline's short label: "end of 2025", "until at least Sep 2026", "beyond 2026", "from Sep 2024". */
export function deadlineLabel(deadline: Pick<Deadline, 'date' | 'endOf' | 'relation'>): string {
  const date = formatDeadlineDate(deadline);
  return deadline.relation === 'by'
    ? date
    : `${DEADLINE_RELATION_LABELS[deadline.relation]} ${date}`;
}

export const SIDE_LABELS: Record<Side, string> = {
  'united-states': 'United States',
  iraq: 'Iraq (federal government)',
  'kurdistan-region': 'Kurdistan Region',
  coalition: 'Coalition',
  media: 'Media',
  other: 'Other',
};

export const TOPIC_LABELS: Record<Topic, string> = {
  'coalition-mission': 'Coalition mission',
  hmc: 'Higher Military Commission',
  'withdrawal-vs-transition': 'Withdrawal vs transition',
  deadline: 'Deadline',
  'troop-numbers': 'Troop numbers',
  'iraq-request': "Iraq's request",
  'agreement-status': 'Agreement status',
  'bilateral-partnership': 'Bilateral partnership',
  syria: 'Syria',
  'kurdistan-region': 'Kurdistan Region',
  sovereignty: 'Sovereignty',
  attacks: 'Attacks',
  'iraqi-politics': 'Iraqi politics',
};

export const PLACE_LABELS: Record<Deadline['where'], string> = {
  'federal-iraq': 'Federal Iraq',
  'kurdistan-region': 'Kurdistan Region',
  'all-iraq': 'All of Iraq',
  'syria-support': 'Syria support',
};

/** What a deadline is about, as the subject of a phrase: "coalition forces out". */
export const SUBJECT_LABELS: Record<Deadline['subject'], string> = {
  'coalition-mission': 'coalition mission ends',
  'coalition-forces': 'coalition forces out',
  'us-forces': 'US forces out',
  'withdrawal-start': 'withdrawal starts',
  'us-advisers': 'US advisers stay',
  'base-handover': 'base handed over',
};

/** The same subjects as short nouns, for the timeline: "coalition forces". */
export const SUBJECT_NOUNS: Record<Deadline['subject'], string> = {
  'coalition-mission': 'mission',
  'coalition-forces': 'coalition forces',
  'us-forces': 'US forces',
  'withdrawal-start': 'withdrawal starts',
  'us-advisers': 'US advisers',
  'base-handover': 'base handover',
};

const PLACE_PHRASES: Record<Deadline['where'], string> = {
  'federal-iraq': 'federal Iraq',
  'kurdistan-region': 'the Kurdistan Region',
  'all-iraq': 'all of Iraq',
  'syria-support': 'Syria support from Iraq',
};

/** "coalition forces out (all of Iraq) by end of 2025". */
export function deadlinePhrase(deadline: Deadline): string {
  return `${SUBJECT_LABELS[deadline.subject]} (${PLACE_PHRASES[deadline.where]}) ${DEADLINE_RELATION_LABELS[deadline.relation]} ${formatDeadlineDate(deadline)}`;
}

const TERM_LABELS: Record<ChangeTerm, string> = {
  withdrawal: 'a withdrawal',
  transition: 'a transition',
  'end-of-mission': 'the end of the mission',
  evolution: 'an evolution',
};

/** "a transition, not a withdrawal" from a claim's position; null when it states none. */
export function positionPhrase(claim: Pick<Claim, 'position'>): string | null {
  const position = claim.position;
  if (!position) return null;
  const parts = [
    ...position.calls.map((t) => TERM_LABELS[t]),
    ...position.rejects.map((t) => `not ${TERM_LABELS[t]}`),
  ];
  return parts.length > 0 ? parts.join(', ') : null;
}

/** Contradiction kinds, as a reader reads them. */
export const CONTRADICTION_LABELS: Record<ContradictionKind, string> = {
  denial: 'Denial',
  wording: 'Withdrawal or transition',
  deadline: 'Different deadlines',
  fact: 'Different facts',
  'agreement-status': 'Agreed or not',
  'who-asked': 'Who asked',
  attribution: 'Words credited to someone else',
  outcome: 'Deadline against what happened',
};

/** How the page's statement stands to a claim, as a heading for the group. */
export const RELATION_LABELS: Record<Relation, string> = {
  same: 'The same statement',
  agrees: 'Agreeing',
  contradicts: 'Contradicting',
  context: 'Context',
};

export const RELATION_ORDER: readonly Relation[] = ['same', 'contradicts', 'agrees', 'context'];

/**
 * Who the page credits, for a reader: "Thabet al-Abbassi, Iraqi Defense Minister", and whether
 * the dataset knows them ("in the dataset as Thabet al-Abbasi", "not in the dataset").
 */
export function creditLine(
  speaker: PageSpeaker | null,
  known: Pick<Speaker, 'id' | 'name'> | null,
): { who: string; status: string } {
  if (!speaker) return { who: "the outlet's own voice", status: 'no one is quoted' };
  const who = speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name;
  if (known) return { who, status: `in the dataset as ${known.name.replace(/\s*\(.*\)$/, '')}` };
  return { who, status: 'not in the dataset' };
}

/** What became of a deadline, in a line: "Missed: “…” (Qais al-Muhammadawi, 26 Nov 2025)". */
export function outcomeText(outcome: DeadlineOutcome): string {
  const evidence = outcome.evidence;
  const cite = evidence
    ? `“${evidence.wording}” (${evidence.speakerName}, ${formatDate(evidence.date)})`
    : '';
  switch (outcome.status) {
    case 'met':
      return `Met: ${cite}`;
    case 'missed':
      return `Missed: ${cite}`;
    case 'moved':
      return `Moved: ${cite}`;
    case 'pending':
      return `Not yet due (${formatDate(outcome.due)})`;
    default:
      return `Passed on ${formatDate(outcome.due)}: nothing in the dataset says what happened`;
  }
}

export const OUTCOME_LABELS: Record<OutcomeStatus, string> = {
  met: 'Met',
  missed: 'Missed',
  moved: 'Moved',
  pending: 'Not yet due',
  unknown: 'Passed, no record',
};

/** A month in full: `2024-01` → "January 2024"; a bare year stays "2024". */
export function formatMonthYear(date: string): string {
  const [year = '', month] = date.split('-');
  const name = month ? monthName(Number(month)) : undefined;
  return name ? `${name} ${year}` : year;
}

/**
 * How current the dataset is, in a line: "Statements from January 2024 to February 2026 (plus
 * 1 earlier statement, from January 2020) · 25 sources · 160 claims".
 */
export function coverageText(coverage: {
  claims: number;
  sources: number;
  from: string | null;
  to: string | null;
  earlier: { count: number; from: string } | null;
}): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  let span: string;
  if (coverage.from && coverage.to) {
    const from = formatMonthYear(coverage.from);
    const to = formatMonthYear(coverage.to);
    span = from === to ? `Statements from ${from}` : `Statements from ${from} to ${to}`;
  } else span = 'No statements';
  if (coverage.earlier) {
    const { count: n, from } = coverage.earlier;
    span +=
      n === 1
        ? ` (plus 1 earlier statement, from ${formatMonthYear(from)})`
        : ` (plus ${n} earlier statements, back to ${formatMonthYear(from)})`;
  }
  return `${span} · ${count(coverage.sources, 'source', 'sources')} · ${count(coverage.claims, 'claim', 'claims')}`;
}

/** A mark that stands for each outcome beside its label, so colour is never the only cue. */
export const OUTCOME_SYMBOLS: Record<OutcomeStatus, string> = {
  met: '✓',
  missed: '✗',
  moved: '↷',
  pending: '…',
  unknown: '?',
};
