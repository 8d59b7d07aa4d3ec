/** Display text for dates and dataset enums on the options page. Pure. */
import type { Claim, Deadline, Side, Topic } from '../../dataset/schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A dataset date at its own precision: `2024` → "2024", `2024-08` → "Aug 2024", `2024-01-25` → "25 Jan 2024". */
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

/** A deadline's short label on the timeline: "end of 2025", "until at least Sep 2026", "beyond 2026", "from Sep 2024". */
export function deadlineLabel(deadline: Pick<Deadline, 'date' | 'endOf' | 'relation'>): string {
  const date = formatDeadlineDate(deadline);
  switch (deadline.relation) {
    case 'until-at-least':
      return `until at least ${date}`;
    case 'beyond':
      return `beyond ${date}`;
    case 'starting':
      return `from ${date}`;
    default:
      return date;
  }
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

export const SUBJECT_LABELS: Record<Deadline['subject'], string> = {
  'coalition-mission': 'coalition mission ends',
  'coalition-forces': 'coalition forces out',
  'us-forces': 'US forces out',
  'withdrawal-start': 'withdrawal starts',
  'us-advisers': 'US advisers stay',
  'base-handover': 'base handed over',
};

export const RELATION_LABELS: Record<Deadline['relation'], string> = {
  by: 'by',
  'until-at-least': 'until at least',
  beyond: 'beyond',
  starting: 'starting',
};
