/**
 * Resolves claim ids from a page report against the dataset into what the card and the popup
 * show: speaker, role, date, quote, source. Pure; shared by both presenters.
 */
import type { Catalogue } from '../../dataset/catalogue';
import type { ChangeTerm, Claim, Deadline, Side, Source, Speaker } from '../../dataset/schema';

export interface ClaimView {
  id: string;
  speaker: Speaker | null;
  source: Source | null;
  claim: Claim;
  /** What to print as the statement: the exact quote, or the summary when there is none. */
  text: string;
  quoted: boolean;
}

/**
 * Looks a claim up by id in a dataset or a catalogue of it; null when it has no such claim (a
 * stale report).
 */
export function claimView(dataset: Catalogue, claimId: string): ClaimView | null {
  const claim = dataset.claims.find((c) => c.id === claimId);
  if (!claim) return null;
  return {
    id: claim.id,
    claim,
    speaker: dataset.speakers.find((s) => s.id === claim.speakerId) ?? null,
    source: dataset.sources.find((s) => s.id === claim.sourceId) ?? null,
    text: claim.quote ?? claim.summary,
    quoted: claim.quote !== null,
  };
}

/** Every claim id resolved, in order, dropping unknown ids. */
export function claimViews(dataset: Catalogue, claimIds: readonly string[]): ClaimView[] {
  const out: ClaimView[] = [];
  for (const id of claimIds) {
    const view = claimView(dataset, id);
    if (view) out.push(view);
  }
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2024-09-27` → `27 Sep 2024`; `2024-09` → `Sep 2024`; `2024` → `2024`. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? iso;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** The claim's date as a reader should take it ("reported 27 Sep 2024" when undated). */
export function claimDate(claim: Claim): string {
  const date = formatDate(claim.date);
  return claim.dateBasis === 'reported' ? `reported ${date}` : date;
}

export const SIDE_LABELS: Record<Side, string> = {
  'united-states': 'United States',
  iraq: 'Iraq',
  'kurdistan-region': 'Kurdistan Region',
  coalition: 'Coalition',
  media: 'Media',
  other: 'Other',
};

const TERM_LABELS: Record<ChangeTerm, string> = {
  withdrawal: 'a withdrawal',
  transition: 'a transition',
  'end-of-mission': 'the end of the mission',
  evolution: 'an evolution',
};

/** "a transition, not a withdrawal" from a claim's position; null when it states none. */
export function positionPhrase(claim: Claim): string | null {
  const position = claim.position;
  if (!position) return null;
  const calls = position.calls.map((t) => TERM_LABELS[t]);
  const rejects = position.rejects.map((t) => `not ${TERM_LABELS[t]}`);
  const parts = [...calls, ...rejects];
  return parts.length > 0 ? parts.join(', ') : null;
}

const SUBJECTS: Record<Deadline['subject'], string> = {
  'coalition-mission': 'coalition mission ends',
  'coalition-forces': 'coalition forces out',
  'us-forces': 'US forces out',
  'withdrawal-start': 'withdrawal starts',
  'us-advisers': 'US advisers out',
  'base-handover': 'base handed over',
};

const PLACES: Record<Deadline['where'], string> = {
  'federal-iraq': 'of federal Iraq',
  'kurdistan-region': 'of the Kurdistan Region',
  'all-iraq': 'of all of Iraq',
  'syria-support': '(Syria support from Iraq)',
};

const RELATIONS: Record<Deadline['relation'], string> = {
  by: 'by',
  'until-at-least': 'not before',
  beyond: 'after',
  starting: 'from',
};

/** "coalition forces out of all of Iraq by the end of 2025". */
export function deadlinePhrase(deadline: Deadline): string {
  const date = formatDate(deadline.date);
  const when = deadline.endOf ? `the end of ${date}` : date;
  const subject = SUBJECTS[deadline.subject];
  const place = PLACES[deadline.where];
  const joined =
    subject.endsWith('out') || deadline.where === 'syria-support'
      ? ` ${place}`
      : ` (${place.replace(/^of /, '')})`;
  return `${subject}${joined} ${RELATIONS[deadline.relation]} ${when}`;
}

/** Contradiction kinds as a reader-facing label. */
export const CONTRADICTION_LABELS: Record<string, string> = {
  denial: 'Denial',
  wording: 'Wording',
  deadline: 'Deadline',
  fact: 'Fact',
  'agreement-status': 'Agreement status',
  'who-asked': 'Who asked',
};
