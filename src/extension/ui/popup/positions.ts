/**
 * What the popup shows for a page report, worked out from the report and the catalogue the
 * background sends with it (pure): every speaker whose claims matched, with their position per
 * topic in a few words, backed by the claims; who the page credits; whether a page can be read.
 */
import type { DeadlineOutcome } from '../../../dataset/catalogue';
import type { Speaker } from '../../../dataset/schema';
import type { PageSpeaker } from '../../../model/types';
import { deadlinePhrase, outcomeText, positionPhrase } from '../../../present/words';
import type { PageReport } from '../../report';
import { type ClaimSource, type ClaimView, claimViews } from '../card/claim-view';

export interface PositionLine {
  /** "Characterises the change as", "Deadline", "On record". */
  label: string;
  text: string;
  /** For a deadline: what became of it ("Missed: …"), when the catalogue has its outcome. */
  outcome?: { status: DeadlineOutcome['status']; text: string };
}

export interface SpeakerPositions {
  speaker: Speaker;
  lines: PositionLine[];
  claims: ClaimView[];
}

/** Id of the first mention matched to each claim, for "Show on page". */
export function firstMentionByClaim(report: PageReport): Map<string, number> {
  const out = new Map<string, number>();
  for (const mention of report.mentions) {
    for (const claim of mention.claims)
      if (!out.has(claim.claimId)) out.set(claim.claimId, mention.id);
  }
  return out;
}

/**
 * Speakers of the matched claims, most-matched first, each with their stated positions. Each
 * deadline says what became of it where `claims.outcomes` has it.
 */
export function positionsBySpeaker(report: PageReport, claims: ClaimSource): SpeakerPositions[] {
  const claimIds = [...firstMentionByClaim(report).keys()];
  const bySpeaker = new Map<string, ClaimView[]>();
  for (const view of claimViews(claims, claimIds)) {
    if (!view.speaker) continue;
    const list = bySpeaker.get(view.speaker.id) ?? [];
    list.push(view);
    bySpeaker.set(view.speaker.id, list);
  }
  const out: SpeakerPositions[] = [];
  for (const views of bySpeaker.values()) {
    const speaker = views[0]?.speaker;
    if (!speaker) continue;
    views.sort((a, b) => a.claim.date.localeCompare(b.claim.date));
    const lines: PositionLine[] = [];
    const seen = new Set<string>();
    const add = (label: string, text: string, outcome?: PositionLine['outcome']): void => {
      const key = `${label}:${text}`;
      if (seen.has(key)) return;
      seen.add(key);
      lines.push(outcome ? { label, text, outcome } : { label, text });
    };
    for (const view of views) {
      const phrase = positionPhrase(view.claim);
      if (phrase) add('Characterises the change as', phrase);
    }
    for (const view of views) {
      view.claim.deadlines.forEach((deadline, index) => {
        const outcome = view.outcomes.find((o) => o.deadline === index);
        add(
          'Deadline',
          deadlinePhrase(deadline),
          outcome ? { status: outcome.status, text: outcomeText(outcome) } : undefined,
        );
      });
    }
    if (lines.length === 0 && views[0]) add('On record', shorten(views[0].claim.summary, 140));
    out.push({ speaker, lines, claims: views });
  }
  out.sort(
    (a, b) => b.claims.length - a.claims.length || a.speaker.name.localeCompare(b.speaker.name),
  );
  return out;
}

function shorten(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`;
}

/** Addresses no extension may read: browser pages, other extensions, the web store. */
export function isRestrictedUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) return true;
  const host = parsed.hostname;
  return (
    host === 'chromewebstore.google.com' ||
    (host === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) ||
    host === 'microsoftedge.microsoft.com'
  );
}

/** Whether a `scripting` error says the page is off limits (rather than not permitted). */
export function isRestrictedError(message: string): boolean {
  return /chrome:\/\/|edge:\/\/|extensions gallery|chrome-extension:\/\/|cannot be scripted|devtools:\/\//i.test(
    message,
  );
}

/** One speaker the page credits, with how their statements stand to the record. */
export interface PageCredit {
  speaker: PageSpeaker | null;
  /** Sentences the page credits to them. */
  statements: number;
  /** Of those, how many report a claim of the dataset (`same`) and how many contradict one. */
  reported: number;
  contradicting: number;
  /** Id of their first mention, for "Show on page". */
  first: number;
}

/** Who the page credits with its statements, in page order; the outlet's own voice left out. */
export function pageCredits(report: PageReport): PageCredit[] {
  const bySpeaker = new Map<string, PageCredit>();
  const seen = new Set<string>();
  for (const mention of report.mentions) {
    const speaker = mention.speaker;
    if (!speaker) continue;
    const key = speaker.speakerId ?? `${speaker.kind}:${speaker.name.toLowerCase()}`;
    let credit = bySpeaker.get(key);
    if (!credit) {
      credit = { speaker, statements: 0, reported: 0, contradicting: 0, first: mention.id };
      bySpeaker.set(key, credit);
    }
    if (seen.has(mention.sentence)) continue;
    seen.add(mention.sentence);
    credit.statements++;
    if (mention.claims.some((c) => c.relation === 'same')) credit.reported++;
    if (mention.claims.some((c) => c.relation === 'contradicts')) credit.contradicting++;
  }
  return [...bySpeaker.values()];
}
