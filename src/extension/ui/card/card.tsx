/**
 * The card shown beside a highlighted mention: who the page credits with its sentence, then
 * the dataset's claims grouped by how the sentence stands to them (the same statement,
 * contradicting, agreeing, context), and any contradiction involving them. A dialog with an
 * accessible name; the caller decides where it sits.
 */
import type { Catalogue } from '../../../dataset/catalogue';
import type { Relation } from '../../../model/types';
import { creditLine, RELATION_LABELS, RELATION_ORDER } from '../../../present/words';
import type { ReportFinding, ReportMention } from '../../report';
import { type ClaimView, claimView } from './claim-view';
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

/** The mention's claims in groups, in the order a reader needs them. */
function grouped(
  mention: ReportMention,
  catalogue: Catalogue,
): Array<{ relation: Relation; views: ClaimView[] }> {
  const groups = new Map<Relation, ClaimView[]>();
  for (const match of mention.claims) {
    const view = claimView(catalogue, match.claimId);
    if (!view) continue;
    const list = groups.get(match.relation) ?? [];
    list.push(view);
    groups.set(match.relation, list);
  }
  return RELATION_ORDER.flatMap((relation) => {
    const views = groups.get(relation);
    return views ? [{ relation, views }] : [];
  });
}

export function Card({ mention, position, total, findings, catalogue, onClose }: CardProps) {
  const groups = grouped(mention, catalogue);
  const count = groups.reduce((n, g) => n + g.views.length, 0);
  const known = mention.speaker?.speakerId
    ? (catalogue.speakers.find((s) => s.id === mention.speaker?.speakerId) ?? {
        id: mention.speaker.speakerId,
        name: mention.speaker.name,
      })
    : null;
  const credit = creditLine(mention.speaker, known);
  const titleId = `fc-card-title-${mention.id}`;
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
        {count === 1 ? '1 related claim' : `${count} related claims`}
      </p>
      <p class="fc-credit" data-testid="card-credit">
        The page attributes this to: <strong class="fc-credit-who">{credit.who}</strong> ·{' '}
        <span class="fc-credit-status">{credit.status}</span>
      </p>
      {findings.length > 0 ? (
        <div class="fc-findings">
          {findings.map((finding) => (
            <FindingBlock key={finding.id} finding={finding} dataset={catalogue} />
          ))}
        </div>
      ) : null}
      {groups.length === 0 ? (
        <p class="fc-none" data-testid="card-not-in-data">
          Not in our data: no statement in the dataset matches this sentence.
        </p>
      ) : (
        groups.map((group) => (
          <section key={group.relation} data-relation={group.relation}>
            <h3 class="fc-relation-title">{RELATION_LABELS[group.relation]}</h3>
            <ul class="fc-claims">
              {group.views.map((view) => (
                <li key={view.id}>
                  <ClaimBlock view={view} />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      <p class="fc-keys">Alt+Shift+J / Alt+Shift+K: next / previous mention · Esc: close</p>
    </div>
  );
}
