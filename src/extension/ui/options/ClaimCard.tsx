import type { DeadlineOutcome } from '../../../dataset/catalogue';
import type { Claim, Speaker } from '../../../dataset/schema';
import {
  CONTRADICTION_LABELS,
  deadlinePhrase,
  formatClaimDate,
  formatDate,
  OUTCOME_LABELS,
  OUTCOME_SYMBOLS,
  outcomeText,
  SIDE_LABELS,
  TOPIC_LABELS,
} from '../../../present/words';
import type { SearchHit } from '../../../search/search';
import { Marked } from './Marked';

export interface ClaimCardProps {
  hit: SearchHit;
  /** Looks up any claim and its speaker, for the contradiction links. */
  lookup: (claimId: string) => { claim: Claim; speaker: Speaker | undefined } | undefined;
  /** What became of the claim's deadlines, as of today. */
  outcomes?: readonly DeadlineOutcome[];
  selected: boolean;
  onOpenClaim: (claimId: string) => void;
}

/** The DOM id of a claim's card, the target of in-page links. */
export function claimAnchor(claimId: string): string {
  return `claim-${claimId}`;
}

export type ClaimLookup = ClaimCardProps['lookup'];

/**
 * Link texts for claims: "Speaker (date)", plus the start of the summary where two claims would
 * otherwise read the same.
 */
export function claimLinkLabels(
  ids: readonly string[],
  lookup: ClaimLookup,
): { id: string; label: string }[] {
  const base = ids.map((id) => {
    const found = lookup(id);
    if (!found) return { id, label: id, summary: '' };
    const name = found.speaker?.name ?? found.claim.speakerId;
    return { id, label: `${name} (${formatClaimDate(found.claim)})`, summary: found.claim.summary };
  });
  return base.map(({ id, label, summary }) => {
    const twin = base.filter((b) => b.label === label).length > 1;
    if (!twin) return { id, label };
    const short = summary.length > 60 ? `${summary.slice(0, 57).trimEnd()}…` : summary;
    return { id, label: `${label}: “${short}”` };
  });
}

/** Links to claims, separated by commas; each opens its claim among the results. */
export function ClaimLinks({
  ids,
  lookup,
  onOpenClaim,
  testId,
}: {
  ids: readonly string[];
  lookup: ClaimLookup;
  onOpenClaim: (claimId: string) => void;
  testId?: string;
}) {
  return (
    <>
      {claimLinkLabels(ids, lookup).map(({ id, label }, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <a
            href={`#${claimAnchor(id)}`}
            data-testid={testId}
            onClick={(event) => {
              event.preventDefault();
              onOpenClaim(id);
            }}
          >
            {label}
          </a>
        </span>
      ))}
    </>
  );
}

/** One search result: who said what, when, where, and what contradicts it. */
export function ClaimCard({ hit, lookup, outcomes = [], selected, onOpenClaim }: ClaimCardProps) {
  const { claim, speaker, source, contradictions } = hit.entry;
  const { marks } = hit;
  const anchor = claimAnchor(claim.id);
  return (
    <li
      id={anchor}
      class={`claim${selected ? ' is-selected' : ''}`}
      data-testid="claim"
      data-claim-id={claim.id}
      tabIndex={-1}
      aria-current={selected ? 'true' : undefined}
    >
      <article aria-labelledby={`${anchor}-speaker`}>
        <header class="claim-head">
          <h3 id={`${anchor}-speaker`} class="claim-speaker">
            <Marked text={speaker?.name ?? claim.speakerId} ranges={marks.speaker} />
          </h3>
          <p class="claim-meta">
            {speaker && (
              <span class="claim-role">
                <Marked text={speaker.role} ranges={marks.role} />
              </span>
            )}
            {speaker && (
              <span class={`side side-${speaker.side}`}>{SIDE_LABELS[speaker.side]}</span>
            )}
            <time dateTime={claim.date} class="claim-date" title={claim.dateNote ?? undefined}>
              {formatClaimDate(claim)}
            </time>
          </p>
        </header>
        {claim.quote ? (
          <blockquote class="claim-quote">
            “<Marked text={claim.quote} ranges={marks.quote} />”
          </blockquote>
        ) : (
          <p class="claim-paraphrase">(No direct quote: paraphrased by the source.)</p>
        )}
        <p class="claim-summary">
          <Marked text={claim.summary} ranges={marks.summary} />
        </p>
        {source && (
          <p class="claim-source">
            <span class="label">Source: </span>
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                <Marked text={source.outlet} ranges={marks.outlet} />:{' '}
                <cite>
                  <Marked text={source.headline} ranges={marks.headline} />
                </cite>
              </a>
            ) : (
              <>
                <Marked text={source.outlet} ranges={marks.outlet} />:{' '}
                <cite>
                  <Marked text={source.headline} ranges={marks.headline} />
                </cite>
              </>
            )}{' '}
            <span class="muted">(published {formatDate(source.published)})</span>
            {claim.reportedBy && <span class="muted"> — reported by {claim.reportedBy}</span>}
          </p>
        )}
        {outcomes.length > 0 && (
          <div class="claim-outcomes">
            {outcomes.map((outcome) => {
              const deadline = claim.deadlines[outcome.deadline];
              if (!deadline) return null;
              return (
                <p
                  key={outcome.deadline}
                  class={`claim-outcome outcome-${outcome.status}`}
                  data-testid="claim-outcome"
                  data-outcome={outcome.status}
                >
                  <span class="outcome-badge" aria-hidden="true">
                    {OUTCOME_SYMBOLS[outcome.status]} {OUTCOME_LABELS[outcome.status]}
                  </span>{' '}
                  <span class="label">Deadline: </span>
                  {deadlinePhrase(deadline)}. {outcomeText(outcome)}
                </p>
              );
            })}
          </div>
        )}
        <p class="claim-topics">
          <span class="label">Topics: </span>
          {claim.topics.map((topic) => (
            <span key={topic} class="tag">
              {TOPIC_LABELS[topic]}
            </span>
          ))}
        </p>
        {contradictions.length > 0 && (
          <div class="claim-contradictions">
            <h4>Contradictions ({contradictions.length})</h4>
            {contradictions.map((contradiction) => (
              <div key={contradiction.id} class="contradiction">
                <p>
                  <span class={`kind kind-${contradiction.kind}`}>
                    {CONTRADICTION_LABELS[contradiction.kind]}
                  </span>{' '}
                  {contradiction.summary}
                </p>
                <p class="contradiction-links">
                  <span class="label">With: </span>
                  <ClaimLinks
                    ids={contradiction.claimIds.filter((id) => id !== claim.id)}
                    lookup={lookup}
                    onOpenClaim={onOpenClaim}
                    testId="contradiction-link"
                  />
                </p>
              </div>
            ))}
          </div>
        )}
      </article>
    </li>
  );
}
