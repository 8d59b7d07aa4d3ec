/** Small Preact pieces shared by the in-page card and the popup: one claim, one contradiction. */
import {
  CONTRADICTION_LABELS,
  deadlinePhrase,
  formatClaimDate,
  outcomeText,
  SIDE_LABELS,
} from '../../../present/words';
import type { ReportFinding } from '../../report';
import { type ClaimSource, type ClaimView, claimViews } from './claim-view';
import './parts.css';

/** Opens a source link in a new tab without giving it a handle on this page. */
export function SourceLink({ view }: { view: ClaimView }) {
  const source = view.source;
  if (!source) return null;
  const label = source.outlet;
  return source.url ? (
    <a class="fc-source" href={source.url} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  ) : (
    <span class="fc-source">{label}</span>
  );
}

/** One claim: speaker, role, date, quote (or summary), source. */
export function ClaimBlock({ view, onClick }: { view: ClaimView; onClick?: () => void }) {
  const speaker = view.speaker;
  return (
    <figure class="fc-claim" data-claim-id={view.id}>
      <figcaption class="fc-claim-head">
        <strong class="fc-speaker">{speaker?.name ?? 'Unknown speaker'}</strong>
        {speaker ? <span class="fc-role">{speaker.role}</span> : null}
        {speaker ? <span class="fc-side">{SIDE_LABELS[speaker.side]}</span> : null}
      </figcaption>
      {view.quoted ? (
        <blockquote class="fc-quote">“{view.text}”</blockquote>
      ) : (
        <p class="fc-quote fc-paraphrase">
          {view.text} <span class="fc-note">(paraphrase)</span>
        </p>
      )}
      {view.outcomes.length > 0 ? (
        <ul class="fc-outcomes">
          {view.outcomes.map((outcome) => {
            const deadline = view.claim.deadlines[outcome.deadline];
            return deadline ? (
              <li key={outcome.deadline} class={`fc-outcome fc-outcome-${outcome.status}`}>
                <span class="fc-outcome-deadline">Deadline: {deadlinePhrase(deadline)}.</span>{' '}
                {outcomeText(outcome)}
              </li>
            ) : null;
          })}
        </ul>
      ) : null}
      <p class="fc-meta">
        <time dateTime={view.claim.date}>{formatClaimDate(view.claim)}</time>
        {view.source ? ' · ' : null}
        <SourceLink view={view} />
        {view.claim.reportedBy ? ` (via ${view.claim.reportedBy})` : null}
      </p>
      {onClick ? (
        <button type="button" class="fc-jump" onClick={onClick}>
          Show on page
        </button>
      ) : null}
    </figure>
  );
}

/** A contradiction or page-versus-dataset conflict with every side shown. */
export function FindingBlock({
  finding,
  dataset,
  onJump,
}: {
  finding: ReportFinding;
  /** The dataset, or the catalogue of it that holds the finding's claims. */
  dataset: ClaimSource;
  onJump?: () => void;
}) {
  const views = claimViews(dataset, finding.claimIds);
  const label = finding.source === 'page' ? 'Page conflicts with the record' : 'Contradiction';
  return (
    <section
      class="fc-finding"
      data-finding-id={finding.id}
      aria-label={`${label}: ${finding.summary}`}
    >
      <p class="fc-finding-label">
        <span class="fc-tag fc-tag-contradiction">{label}</span>{' '}
        <span class="fc-kind">{CONTRADICTION_LABELS[finding.kind]}</span>
      </p>
      <p class="fc-summary">{finding.summary}</p>
      {finding.pageText ? (
        <div class="fc-side-block">
          <p class="fc-side-title">This page says</p>
          <blockquote class="fc-quote">“{finding.pageText}”</blockquote>
        </div>
      ) : null}
      <ol class="fc-sides">
        {views.map((view) => (
          <li key={view.id}>
            <ClaimBlock view={view} />
          </li>
        ))}
      </ol>
      {onJump ? (
        <button type="button" class="fc-jump" onClick={onJump}>
          Show on page
        </button>
      ) : null}
    </section>
  );
}
