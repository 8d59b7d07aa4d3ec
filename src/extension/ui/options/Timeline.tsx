import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DeadlineOutcome, OutcomeStatus } from '../../../dataset/catalogue';
import { outcomeStatuses } from '../../../dataset/catalogue';
import type { Dataset, Deadline } from '../../../dataset/schema';
import { deadlinePlaces } from '../../../dataset/schema';
import {
  formatClaimDate,
  formatDate,
  OUTCOME_LABELS,
  outcomeText,
  PLACE_LABELS,
  SUBJECT_LABELS,
} from '../../../present/words';
import { isoDay, outcomesByDeadline } from '../card/with-outcomes';
import { ClaimLinks, claimAnchor } from './ClaimCard';
import { layoutTimeline, type TimelinePoint } from './timeline-layout';

type Place = Deadline['where'];

/** The glyph (shape) for each place, so colour is never the only cue. */
function Glyph({ where, x, y, r = 6 }: { where: Place; x: number; y: number; r?: number }) {
  const cls = `glyph place-${where}`;
  switch (where) {
    case 'federal-iraq':
      return <circle class={cls} cx={x} cy={y} r={r} />;
    case 'kurdistan-region':
      return <rect class={cls} x={x - r} y={y - r} width={r * 2} height={r * 2} />;
    case 'all-iraq':
      return (
        <path
          class={cls}
          d={`M${x} ${y - r * 1.3}L${x + r * 1.3} ${y}L${x} ${y + r * 1.3}L${x - r * 1.3} ${y}Z`}
        />
      );
    default:
      return (
        <path
          class={cls}
          d={`M${x} ${y - r * 1.2}L${x + r * 1.15} ${y + r}L${x - r * 1.15} ${y + r}Z`}
        />
      );
  }
}

/**
 * The icon for what became of a deadline, a shape per outcome (a tick, a cross, a curved
 * arrow, an open clock, a question mark) so colour is never the only cue; its name is in the
 * label beside it.
 */
function OutcomeGlyph({ status, x, y }: { status: OutcomeStatus; x: number; y: number }) {
  const cls = `tl-outcome outcome-${status}`;
  switch (status) {
    case 'met':
      return (
        <g class={cls}>
          <circle cx={x} cy={y} r={6} />
          <path d={`M${x - 3} ${y}l2 2.5l4 -5`} />
        </g>
      );
    case 'missed':
      return (
        <g class={cls}>
          <circle cx={x} cy={y} r={6} />
          <path d={`M${x - 2.8} ${y - 2.8}l5.6 5.6M${x + 2.8} ${y - 2.8}l-5.6 5.6`} />
        </g>
      );
    case 'moved':
      return (
        <g class={cls}>
          <circle cx={x} cy={y} r={6} />
          <path d={`M${x - 3} ${y + 2}q0 -5 5 -4M${x + 0.5} ${y - 4.5}l1.8 2.5l-2.6 1.4`} />
        </g>
      );
    case 'pending':
      return (
        <g class={cls}>
          <circle class="is-open" cx={x} cy={y} r={6} />
          <path d={`M${x} ${y - 3.5}V${y}l2.5 1.5`} />
        </g>
      );
    default:
      return (
        <g class={cls}>
          <circle class="is-open" cx={x} cy={y} r={6} />
          <path d={`M${x - 2} ${y - 1.8}q0 -2.4 2 -2.4q2 0 2 2q0 1.4 -2 2v1.2`} />
          <circle class="tl-dot" cx={x} cy={y + 3.3} r={0.9} />
        </g>
      );
  }
}

function Point({
  point,
  speakerName,
  claimDate,
  outcome,
  onOpen,
}: {
  point: TimelinePoint;
  speakerName: string;
  claimDate: string;
  outcome: DeadlineOutcome | undefined;
  onOpen: (claimId: string) => void;
}) {
  const { deadline, x, y, x0, x1 } = point;
  const where = deadline.where;
  const what = outcome ? ` ${outcomeText(outcome)}.` : '';
  // Starts with the visible label, so the accessible name contains what is seen.
  const description = `${point.text}: ${speakerName}, ${claimDate}, ${SUBJECT_LABELS[deadline.subject]} in ${PLACE_LABELS[where]} (“${deadline.wording}”).${what} Open the claim.`;
  const arrow = deadline.relation === 'until-at-least' || deadline.relation === 'beyond';
  return (
    <a
      href={`#${claimAnchor(point.claimId)}`}
      class={`tl-point relation-${deadline.relation} precision-${point.precision}`}
      aria-label={description}
      data-testid="timeline-point"
      data-claim-id={point.claimId}
      data-outcome={point.outcome ?? undefined}
      onClick={(event) => {
        event.preventDefault();
        onOpen(point.claimId);
      }}
    >
      <title>{description}</title>
      <rect
        class="tl-hit"
        x={point.extent[0]}
        y={y - 13}
        width={point.extent[1] - point.extent[0]}
        height={26}
        rx={4}
      />
      {point.precision === 'month' && (
        <rect
          class={`tl-bar place-${where}`}
          x={x0}
          y={y - 6}
          width={Math.max(3, x1 - x0)}
          height={12}
          rx={2}
        />
      )}
      {point.precision === 'year' && !point.atEnd && (
        <rect
          class={`tl-bar place-${where}`}
          x={x0}
          y={y - 2}
          width={Math.max(3, x1 - x0)}
          height={4}
          rx={2}
        />
      )}
      {point.atEnd && (
        <line class={`tl-end place-${where}`} x1={x} x2={x} y1={y - 11} y2={y + 11} />
      )}
      {deadline.relation === 'starting' && (
        <path class={`tl-start place-${where}`} d={`M${x} ${y + 11}V${y - 12}l10 4l-10 4`} />
      )}
      {arrow && (
        <g class={`tl-arrow place-${where}${deadline.relation === 'beyond' ? ' is-beyond' : ''}`}>
          <line x1={x + 7} x2={x + 30} y1={y} y2={y} />
          <path d={`M${x + 30} ${y - 5}L${x + 37} ${y}L${x + 30} ${y + 5}`} />
        </g>
      )}
      <Glyph where={where} x={x} y={y} r={point.precision === 'month' ? 4.5 : 6} />
      {point.outcome && <OutcomeGlyph status={point.outcome} x={point.iconX} y={y} />}
      <text
        class="tl-label"
        x={point.labelX}
        y={y + 4}
        text-anchor={point.labelSide === 'left' ? 'end' : 'start'}
      >
        {point.label}
        {point.outcome && (
          <tspan class={`tl-outcome-label outcome-${point.outcome}`}>
            {' · '}
            {OUTCOME_LABELS[point.outcome]}
          </tspan>
        )}
      </text>
    </a>
  );
}

/** Legend swatch: the place glyph in its colour. */
function Swatch({ where }: { where: Place }) {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" class="swatch">
      <Glyph where={where} x={9} y={9} r={5.5} />
    </svg>
  );
}

/**
 * The deadlines officials stated, drawn on a time axis: one row per speaker, a glyph per
 * deadline (shape and colour = where; a bar = a month; a tall tick = the end of a period; an
 * arrow = "until at least" / "beyond"; a flag = "starting"), dashed connectors between deadlines
 * that contradict each other. Every point is a link that opens its claim.
 */
export function Timeline({
  dataset,
  onOpenClaim,
  today = new Date(),
}: {
  /** The dataset, with what became of its deadlines (see `withOutcomes`). */
  dataset: Dataset & { outcomes: readonly DeadlineOutcome[] };
  onOpenClaim: (id: string) => void;
  today?: Date;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(900);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(640, Math.floor(el.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const day = isoDay(today);
  const outcomes = useMemo(() => outcomesByDeadline(dataset.outcomes), [dataset]);
  const layout = useMemo(
    () =>
      layoutTimeline(dataset, {
        width,
        today: day,
        // The axis reaches what happened too: the events the outcomes cite.
        extraDates: dataset.outcomes.flatMap((o) => (o.evidence ? [o.evidence.date] : [])),
        outcomes: new Map([...outcomes].map(([key, o]) => [key, o.status])),
      }),
    [dataset, width, day, outcomes],
  );
  const outcomesUsed = outcomeStatuses.filter((status) =>
    dataset.outcomes.some((o) => o.status === status),
  );
  const speakers = useMemo(() => new Map(dataset.speakers.map((s) => [s.id, s.name])), [dataset]);
  const claims = useMemo(() => new Map(dataset.claims.map((c) => [c.id, c])), [dataset]);
  const lookup = useMemo(() => {
    const people = new Map(dataset.speakers.map((s) => [s.id, s]));
    return (id: string) => {
      const claim = claims.get(id);
      return claim ? { claim, speaker: people.get(claim.speakerId) } : undefined;
    };
  }, [dataset, claims]);
  const placesUsed = deadlinePlaces.filter((p) =>
    dataset.claims.some((c) => c.deadlines.some((d) => d.where === p)),
  );

  return (
    <section aria-labelledby="timeline-heading" class="panel">
      <h2 id="timeline-heading">Deadlines as stated</h2>
      <p class="muted">
        Each row is a speaker; each mark a deadline they gave, at its own precision, with what
        became of it as of today ({formatDate(day)}, the dashed line). Select a mark to open its
        claim.
      </p>
      <ul class="legend" aria-label="Legend">
        {placesUsed.map((where) => (
          <li key={where}>
            <Swatch where={where} /> {PLACE_LABELS[where]}
          </li>
        ))}
        <li>
          <svg width="30" height="18" aria-hidden="true" class="swatch">
            <rect class="tl-bar legend-neutral" x="2" y="5" width="26" height="8" rx="2" />
          </svg>{' '}
          a month
        </li>
        <li>
          <svg width="18" height="18" aria-hidden="true" class="swatch">
            <line class="tl-end legend-neutral" x1="9" x2="9" y1="1" y2="17" />
          </svg>{' '}
          end of a period
        </li>
        <li>
          <svg width="30" height="18" aria-hidden="true" class="swatch">
            <g class="tl-arrow legend-neutral">
              <line x1="2" x2="20" y1="9" y2="9" />
              <path d="M20 4L27 9L20 14" />
            </g>
          </svg>{' '}
          until at least
        </li>
        <li>
          <svg width="30" height="18" aria-hidden="true" class="swatch">
            <g class="tl-arrow is-beyond legend-neutral">
              <line x1="2" x2="20" y1="9" y2="9" />
              <path d="M20 4L27 9L20 14" />
            </g>
          </svg>{' '}
          beyond
        </li>
        <li>
          <svg width="18" height="18" aria-hidden="true" class="swatch">
            <path class="tl-start legend-neutral" d="M5 17V1l10 4l-10 4" />
          </svg>{' '}
          starting
        </li>
        <li>
          <svg width="30" height="18" aria-hidden="true" class="swatch">
            <path class="tl-connector" d="M2 14C10 2 20 2 28 14" />
          </svg>{' '}
          deadlines that contradict each other
        </li>
        <li>
          <svg width="18" height="18" aria-hidden="true" class="swatch">
            <line class="tl-today" x1="9" x2="9" y1="1" y2="17" />
          </svg>{' '}
          today
        </li>
      </ul>
      {outcomesUsed.length > 0 && (
        <ul class="legend" aria-label="What became of the deadlines" data-testid="outcome-legend">
          {outcomesUsed.map((status) => (
            <li key={status}>
              <svg width="18" height="18" aria-hidden="true" class="swatch">
                <OutcomeGlyph status={status} x={9} y={9} />
              </svg>{' '}
              {OUTCOME_LABELS[status]}
            </li>
          ))}
        </ul>
      )}
      <div class="timeline-scroll" ref={box}>
        {layout.rows.length === 0 ? (
          <p>No claim in this dataset states a deadline.</p>
        ) : (
          <svg
            class="timeline"
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            aria-labelledby="timeline-heading"
            data-testid="timeline"
          >
            <title>Deadlines as stated, by speaker</title>
            <g class="tl-rows">
              {layout.rows.map((row, i) => (
                <g key={row.speakerId}>
                  <rect
                    class={i % 2 ? 'tl-row odd' : 'tl-row'}
                    x={0}
                    y={row.top}
                    width={layout.width}
                    height={row.height}
                  />
                  <text
                    class="tl-title"
                    x={8}
                    y={row.top + row.height / 2 - ((row.titleLines.length - 1) * 15) / 2 + 4}
                  >
                    {row.titleLines.map((line, j) => (
                      <tspan key={line} x={8} dy={j === 0 ? 0 : 15}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                </g>
              ))}
            </g>
            {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: nothing in the axis is focusable; its tick labels are noise to a screen reader */}
            <g class="tl-axis" aria-hidden="true">
              {layout.ticks.map((tick) => (
                <g key={tick.x}>
                  <line
                    class={tick.major ? 'tl-grid major' : 'tl-grid'}
                    x1={tick.x}
                    x2={tick.x}
                    y1={layout.axisY - 6}
                    y2={layout.height - 8}
                  />
                  <text
                    class={tick.major ? 'tl-tick major' : 'tl-tick'}
                    x={tick.x + 3}
                    y={layout.axisY - 12}
                  >
                    {tick.label}
                  </text>
                </g>
              ))}
              {layout.todayX !== null && (
                <g class="tl-today-marker" data-testid="timeline-today">
                  <line
                    class="tl-today"
                    x1={layout.todayX}
                    x2={layout.todayX}
                    y1={layout.axisY - 24}
                    y2={layout.height - 8}
                  />
                  <text
                    class="tl-today-label"
                    x={layout.todayX - 3}
                    y={layout.axisY - 24}
                    text-anchor="end"
                  >
                    Today
                  </text>
                </g>
              )}
            </g>
            <g class="tl-connectors">
              {layout.connectors.map((connector) => (
                <g key={connector.contradiction.id} data-testid="timeline-connector">
                  <title>{connector.contradiction.summary}</title>
                  {connector.points.slice(1).map((to, i) => {
                    const from = connector.points[i] ?? to;
                    const mid = (from.y + to.y) / 2;
                    return (
                      <path
                        key={`${from.key}-${to.key}`}
                        class="tl-connector"
                        d={`M${from.x} ${from.y}C${from.x} ${mid} ${to.x} ${mid} ${to.x} ${to.y}`}
                      />
                    );
                  })}
                </g>
              ))}
            </g>
            <g class="tl-points">
              {layout.rows.map((row) => (
                <g key={row.speakerId}>
                  {row.points.map((point) => {
                    const claim = claims.get(point.claimId);
                    return (
                      <Point
                        key={point.key}
                        point={point}
                        speakerName={speakers.get(row.speakerId) ?? row.speakerId}
                        claimDate={claim ? formatClaimDate(claim) : ''}
                        outcome={outcomes.get(point.key)}
                        onOpen={onOpenClaim}
                      />
                    );
                  })}
                </g>
              ))}
            </g>
          </svg>
        )}
      </div>
      {layout.connectors.length > 0 && (
        <div class="conflicts">
          <h3>Conflicting deadlines</h3>
          <ul class="conflicts-list">
            {layout.connectors.map((connector) => (
              <li key={connector.contradiction.id}>
                {connector.contradiction.summary}{' '}
                <span class="muted">
                  (
                  <ClaimLinks
                    ids={connector.contradiction.claimIds}
                    lookup={lookup}
                    onOpenClaim={onOpenClaim}
                  />
                  )
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
