/**
 * The card shown beside a highlighted mention: the claims it matched and any contradiction
 * involving them. A dialog with an accessible name; the caller decides where it sits.
 */
import type { Catalogue } from '../../dataset/catalogue';
import type { ReportFinding, ReportMention } from '../../report';
import { claimViews } from './claim-view';
import { ClaimBlock, FindingBlock } from './parts';

export interface CardProps {
  mention: ReportMention;
  /** Position of the mention among the page's mentions, 1-based, and how many there are. */
  position: number;
  total: number;
  findings: ReportFinding[];
  /** Holds every claim of `mention` and `findings`, with their speakers and sources. */
  catalogue: Catalogue;
  onClose: () => void;
}

const KIND_LABELS: Record<ReportMention['kind'], string> = {
  coalition: 'Coalition',
  hmc: 'Higher Military Commission',
  change: 'Withdrawal or transition',
  deadline: 'Deadline',
  official: 'Official',
  troops: 'Troop numbers',
  quote: 'Quotation',
};

export function Card({ mention, position, total, findings, catalogue, onClose }: CardProps) {
  const views = claimViews(
    catalogue,
    mention.claims.map((c) => c.claimId),
  );
  const titleId = `fc-card-title-${mention.index}`;
  return (
    <div class="fc-card" role="dialog" aria-labelledby={titleId} aria-modal="false" tabIndex={-1}>
      <header class="fc-card-head">
        <h2 id={titleId} class="fc-card-title">
          Fact check: “{mention.text}”
        </h2>
        <button type="button" class="fc-close" aria-label="Close fact check" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="fc-card-sub">
        {KIND_LABELS[mention.kind]} · mention {position} of {total} ·{' '}
        {views.length === 1 ? '1 matching claim' : `${views.length} matching claims`}
      </p>
      {findings.length > 0 ? (
        <div class="fc-findings">
          {findings.map((finding) => (
            <FindingBlock key={finding.id} finding={finding} dataset={catalogue} />
          ))}
        </div>
      ) : null}
      <h3 class="fc-section-title">Matching claims</h3>
      <ul class="fc-claims">
        {views.map((view) => (
          <li key={view.id}>
            <ClaimBlock view={view} />
          </li>
        ))}
      </ul>
      <p class="fc-keys">Alt+Shift+J / Alt+Shift+K: next / previous mention · Esc: close</p>
    </div>
  );
}
