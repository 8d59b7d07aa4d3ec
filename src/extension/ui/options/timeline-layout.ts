/**
 * Layout of the deadlines timeline (pure, no DOM): rows, lanes inside a row so labels never
 * overlap, the x scale with quarter ticks, and connectors between conflicting deadlines.
 * Rows grow vertically with the data; the width is given by the caller.
 */
import type { OutcomeStatus } from '../../../dataset/catalogue';
import type { Contradiction, Dataset, Deadline, Speaker } from '../../../dataset/schema';
import { deadlineLabel, OUTCOME_LABELS, SUBJECT_NOUNS } from '../../../present/words';
import { dateInterval } from '../../../search/entries';

export type Precision = 'day' | 'month' | 'year';

export interface TimelinePoint {
  /** Unique key: `${claimId}:${index}`. */
  key: string;
  claimId: string;
  deadline: Deadline;
  precision: Precision;
  /** Where the glyph sits (px): period start for `starting`, period end for `endOf`/`beyond`, else period middle for a bar, the day for a day. */
  x: number;
  /** The period the date covers (px); equal for a day. */
  x0: number;
  x1: number;
  /** Whether the glyph is a marker at the end of the period ("end of 2025"). */
  atEnd: boolean;
  label: string;
  /** What became of the deadline (its icon sits between the mark and the label); null when unknown. */
  outcome: OutcomeStatus | null;
  /** The visible text: `label`, then the outcome's name ("end of 2025 · US forces · Missed"). */
  text: string;
  /** Centre of the outcome icon (px). */
  iconX: number;
  /** Lane within the row, 0 at the top. */
  lane: number;
  /** Absolute y of the lane's centre (px). */
  y: number;
  /** Where the label is anchored (px): its left edge, or its right edge when `labelSide` is left. */
  labelX: number;
  /** Labels go right of the mark, or left of it where the right would run off the chart. */
  labelSide: 'left' | 'right';
  /** Horizontal extent of mark, arrow and label together (px): the clickable area. */
  extent: [number, number];
}

export interface TimelineRow {
  speakerId: string;
  title: string;
  /** `title` wrapped to fit the title column (at most three lines, the last may end in "…"). */
  titleLines: string[];
  /** Top of the row (px) and its height. */
  top: number;
  height: number;
  points: TimelinePoint[];
}

export interface TimelineTick {
  x: number;
  /** "2025" at a year start, "Q2" etc. at other quarters. */
  label: string;
  major: boolean;
}

export interface TimelineConnector {
  contradiction: Contradiction;
  /** Points joined, in row order (at least two). */
  points: TimelinePoint[];
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** Left edge of the plot area (the row titles are left of it). */
  plotLeft: number;
  plotRight: number;
  axisY: number;
  rows: TimelineRow[];
  ticks: TimelineTick[];
  connectors: TimelineConnector[];
  /** Where today falls on the axis (px), when `today` was given. */
  todayX: number | null;
}

export interface LayoutOptions {
  width: number;
  /** Width given to row titles. */
  titleWidth?: number;
  laneHeight?: number;
  /** Estimated label character width (px) for overlap checks. */
  charWidth?: number;
  rowPadding?: number;
  axisHeight?: number;
  /** Today, `YYYY-MM-DD`: the axis reaches it and `todayX` marks it. */
  today?: string;
  /** More dates the axis must reach (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), e.g. what happened. */
  extraDates?: readonly string[];
  /** What became of each deadline, by point key (`${claimId}:${index}`). */
  outcomes?: ReadonlyMap<string, OutcomeStatus>;
}

/** Room for an outcome icon between a mark and its label (px). */
const ICON_ROOM = 16;

const DAY_MS = 86_400_000;

function dayMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function precisionOf(date: string): Precision {
  const parts = date.split('-').length;
  return parts === 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

/** Start of the quarter containing `ms`. */
function quarterStart(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3, 1);
}

function nextQuarter(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 3, 1);
}

const SIDE_ORDER = ['united-states', 'coalition', 'iraq', 'kurdistan-region', 'media', 'other'];

/** Lays out every deadline in the dataset. Returns a layout with no rows when there are none. */
export function layoutTimeline(dataset: Dataset, options: LayoutOptions): TimelineLayout {
  const titleWidth = options.titleWidth ?? 190;
  const laneHeight = options.laneHeight ?? 30;
  const charWidth = options.charWidth ?? 7;
  const rowPadding = options.rowPadding ?? 8;
  const axisHeight = options.axisHeight ?? 34;
  const width = Math.max(options.width, titleWidth + 320);
  const plotLeft = titleWidth + 16;
  // Room on the right for an arrow; labels that would run off the chart go left of their mark.
  const plotRight = width - 48;

  const speakers = new Map<string, Speaker>(dataset.speakers.map((s) => [s.id, s]));
  const items = dataset.claims.flatMap((claim) =>
    claim.deadlines.map((deadline, index) => ({ claim, deadline, index })),
  );
  if (items.length === 0) {
    return {
      width,
      height: axisHeight,
      plotLeft,
      plotRight,
      axisY: 0,
      rows: [],
      ticks: [],
      connectors: [],
      todayX: null,
    };
  }

  const spans = items.map(
    ({ deadline }) => dateInterval(deadline.date).map(dayMs) as [number, number],
  );
  for (const date of [...(options.extraDates ?? []), ...(options.today ? [options.today] : [])])
    spans.push(dateInterval(date).map(dayMs) as [number, number]);
  const min = Math.min(...spans.map(([a]) => a));
  const max = Math.max(...spans.map(([, b]) => b + DAY_MS));
  const domainStart = quarterStart(min);
  // One quarter of room after the last date for arrows and labels.
  const domainEnd = nextQuarter(nextQuarter(quarterStart(max - 1)));
  const scale = (ms: number): number =>
    plotLeft + ((ms - domainStart) / (domainEnd - domainStart)) * (plotRight - plotLeft);

  const ticks: TimelineTick[] = [];
  // Quarter names only where a quarter is wide enough for them not to touch the year labels.
  const nameQuarters = scale(nextQuarter(domainStart)) - scale(domainStart) >= 44;
  for (let t = domainStart; t <= domainEnd; t = nextQuarter(t)) {
    const d = new Date(t);
    const q = Math.floor(d.getUTCMonth() / 3) + 1;
    const label = q === 1 ? String(d.getUTCFullYear()) : nameQuarters ? `Q${q}` : '';
    ticks.push({ x: scale(t), label, major: q === 1 });
  }

  // Rows: one per speaker, ordered by side, then by their earliest deadline.
  const bySpeaker = new Map<string, typeof items>();
  for (const item of items) {
    const list = bySpeaker.get(item.claim.speakerId) ?? [];
    list.push(item);
    bySpeaker.set(item.claim.speakerId, list);
  }
  const firstDate = (list: typeof items): string =>
    list.map((i) => dateInterval(i.deadline.date)[0]).sort()[0] ?? '';
  const speakerIds = [...bySpeaker.keys()].sort((a, b) => {
    const sa = SIDE_ORDER.indexOf(speakers.get(a)?.side ?? 'other');
    const sb = SIDE_ORDER.indexOf(speakers.get(b)?.side ?? 'other');
    return (
      sa - sb || firstDate(bySpeaker.get(a) ?? []).localeCompare(firstDate(bySpeaker.get(b) ?? []))
    );
  });

  const rows: TimelineRow[] = [];
  let top = axisHeight;
  for (const speakerId of speakerIds) {
    const list = bySpeaker.get(speakerId) ?? [];
    const points: TimelinePoint[] = list.map(({ claim, deadline, index }) => {
      const [startDay, endDay] = dateInterval(deadline.date);
      const x0 = scale(dayMs(startDay));
      const x1 = scale(dayMs(endDay) + DAY_MS);
      const precision = precisionOf(deadline.date);
      const atEnd =
        deadline.endOf ||
        deadline.relation === 'beyond' ||
        (precision === 'year' && deadline.relation !== 'starting');
      const x =
        precision === 'day'
          ? x0
          : deadline.relation === 'starting'
            ? x0
            : atEnd
              ? x1
              : (x0 + x1) / 2;
      const key = `${claim.id}:${index}`;
      const outcome = options.outcomes?.get(key) ?? null;
      const label = pointLabel(deadline);
      return {
        key,
        claimId: claim.id,
        deadline,
        precision,
        x,
        x0,
        x1,
        atEnd,
        label,
        outcome,
        text: outcome ? `${label} · ${OUTCOME_LABELS[outcome]}` : label,
        iconX: x,
        lane: 0,
        y: 0,
        labelX: x + 10,
        labelSide: 'right' as const,
        extent: [x, x] as [number, number],
      };
    });
    points.sort((a, b) => a.x - b.x || a.key.localeCompare(b.key));
    for (const point of points) {
      const arrow =
        point.deadline.relation === 'until-at-least' || point.deadline.relation === 'beyond'
          ? 40
          : 0;
      // A bar spans its period; a marker at a period's end (or a day) is only the mark.
      const hasBar = point.precision === 'month' || (point.precision === 'year' && !point.atEnd);
      const markLeft = (hasBar ? Math.min(point.x0, point.x) : point.x) - 8;
      const markRight = Math.max(point.x, point.x1) + arrow;
      const icon = point.outcome ? ICON_ROOM : 0;
      const labelWidth = point.text.length * charWidth;
      const rightEdge = markRight + 10 + icon + labelWidth;
      if (rightEdge > width - 6 && markLeft - 4 - icon - labelWidth >= plotLeft) {
        point.labelSide = 'left';
        point.iconX = markLeft - 4 - ICON_ROOM / 2;
        point.labelX = markLeft - 4 - icon;
        point.extent = [point.labelX - labelWidth - 4, markRight + 8];
      } else {
        point.labelSide = 'right';
        point.iconX = markRight + 10 + ICON_ROOM / 2 - 2;
        point.labelX = markRight + 10 + icon;
        point.extent = [markLeft, rightEdge + 4];
      }
    }
    // Greedy lanes: in order of their left edge, each point goes in the first lane that is
    // free by then, so no two marks or labels in a lane overlap.
    const laneEnds: number[] = [];
    for (const point of [...points].sort((a, b) => a.extent[0] - b.extent[0])) {
      let lane = laneEnds.findIndex((laneEnd) => laneEnd <= point.extent[0]);
      if (lane === -1) {
        lane = laneEnds.length;
        laneEnds.push(point.extent[1]);
      } else {
        laneEnds[lane] = point.extent[1];
      }
      point.lane = lane;
    }
    const lanes = Math.max(1, laneEnds.length);
    const title = speakers.get(speakerId)?.name ?? speakerId;
    const titleLines = wrapText(title, Math.floor((titleWidth - 8) / charWidth), 3);
    const height = Math.max(lanes * laneHeight, titleLines.length * 15 + 4) + rowPadding * 2;
    for (const point of points)
      point.y = top + rowPadding + point.lane * laneHeight + laneHeight / 2;
    rows.push({
      speakerId,
      title,
      titleLines,
      top,
      height,
      points,
    });
    top += height;
  }

  const pointsByClaim = new Map<string, TimelinePoint[]>();
  for (const row of rows) {
    for (const point of row.points) {
      const list = pointsByClaim.get(point.claimId) ?? [];
      list.push(point);
      pointsByClaim.set(point.claimId, list);
    }
  }
  const connectors: TimelineConnector[] = dataset.contradictions
    .filter((c) => c.kind === 'deadline')
    .map((contradiction) => ({
      contradiction,
      points: contradiction.claimIds
        .map((id) => representative(pointsByClaim.get(id) ?? []))
        .filter((p): p is TimelinePoint => p !== undefined)
        .sort((a, b) => a.y - b.y),
    }))
    .filter((c) => c.points.length >= 2);

  // A label that fits on neither side widens the chart (it scrolls) rather than being cut off.
  const widest = Math.max(...rows.flatMap((r) => r.points.map((p) => p.extent[1] + 6)));
  return {
    width: Math.max(width, Math.ceil(widest)),
    height: top + 8,
    plotLeft,
    plotRight,
    axisY: axisHeight,
    rows,
    ticks,
    connectors,
    todayX: options.today ? scale(dayMs(options.today)) : null,
  };
}

/** A point's label: the date and what it is about, "end of 2025 · US forces". */
export function pointLabel(deadline: Deadline): string {
  return `${deadlineLabel(deadline)} · ${SUBJECT_NOUNS[deadline.subject]}`;
}

/**
 * The point that stands for a claim in a connector: its latest end deadline (not a start), so
 * "end of 2025" is joined to "until at least Sep 2026" rather than to "withdrawal starts".
 */
function representative(points: readonly TimelinePoint[]): TimelinePoint | undefined {
  const ends = points.filter(
    (p) => p.deadline.relation !== 'starting' && p.deadline.subject !== 'withdrawal-start',
  );
  const pool = ends.length > 0 ? ends : points;
  return [...pool].sort((a, b) => b.x - a.x)[0];
}

/** Greedy word wrap to `width` characters, at most `maxLines` lines (the last cut with "…"). */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines)
    return lines.map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, width - 1))}…`;
  return kept.map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
}
