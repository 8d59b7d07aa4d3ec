import { describe, expect, it } from 'vitest';
import raw from '../../../../data/claims.json';
import { bundledDataset } from '../../../dataset/bundled';
import { parseDataset } from '../../../dataset/load';
import type { Dataset } from '../../../dataset/schema';
import { deadlineLabel, formatClaimDate, formatDate } from '../../../present/words';
import { layoutTimeline, wrapText } from './timeline-layout';

describe('format', () => {
  it('formats dates at their precision', () => {
    expect(formatDate('2024-08')).toBe('Aug 2024');
    expect(formatDate('2024-01-25')).toBe('25 Jan 2024');
    expect(formatDate('2025')).toBe('2025');
    expect(formatClaimDate({ date: '2024-01-27', dateBasis: 'reported' })).toBe(
      'reported 27 Jan 2024',
    );
    expect(formatClaimDate({ date: '2024-08', dateBasis: 'said' })).toBe('Aug 2024');
  });

  it('labels deadlines', () => {
    expect(deadlineLabel({ date: '2025', endOf: true, relation: 'by' })).toBe('end of 2025');
    expect(deadlineLabel({ date: '2026-09', endOf: false, relation: 'until-at-least' })).toBe(
      'until at least Sep 2026',
    );
    expect(deadlineLabel({ date: '2026', endOf: false, relation: 'beyond' })).toBe('beyond 2026');
    expect(deadlineLabel({ date: '2024-09', endOf: false, relation: 'starting' })).toBe(
      'from Sep 2024',
    );
  });
});

describe('layoutTimeline', () => {
  const layout = layoutTimeline(bundledDataset, { width: 1000 });
  const points = layout.rows.flatMap((r) => r.points);

  it('draws every deadline once, one row per speaker', () => {
    const count = bundledDataset.claims.reduce((n, c) => n + c.deadlines.length, 0);
    expect(points).toHaveLength(count);
    const speakers = new Set(
      points.map(
        (p) => p.claimId.length && layout.rows.find((r) => r.points.includes(p))?.speakerId,
      ),
    );
    expect(layout.rows).toHaveLength(speakers.size);
  });

  it('keeps every point and label inside the chart', () => {
    for (const p of points) {
      expect(p.x).toBeGreaterThanOrEqual(layout.plotLeft);
      expect(p.x).toBeLessThanOrEqual(layout.plotRight);
      expect(p.extent[0]).toBeGreaterThanOrEqual(layout.plotLeft - 20);
      expect(p.extent[1]).toBeLessThanOrEqual(layout.width);
    }
  });

  it('puts overlapping labels of a row in different lanes', () => {
    for (const narrow of [layout, layoutTimeline(bundledDataset, { width: 700 })]) {
      for (const row of narrow.rows) {
        for (const a of row.points) {
          for (const b of row.points) {
            if (a === b || a.lane !== b.lane) continue;
            const apart = a.extent[1] <= b.extent[0] || b.extent[1] <= a.extent[0];
            expect(apart, `${a.key} / ${b.key}`).toBe(true);
          }
        }
      }
    }
  });

  it('puts a label left of its mark where the right would run off the chart', () => {
    const narrow = layoutTimeline(bundledDataset, { width: 700 });
    const all = narrow.rows.flatMap((r) => r.points);
    expect(all.some((p) => p.labelSide === 'left')).toBe(true);
    for (const p of all) expect(p.extent[1]).toBeLessThanOrEqual(narrow.width); // widened if need be
  });

  it('places a year end at the end of the year and a month in its month', () => {
    const end2025 = points.find((p) => p.deadline.date === '2025' && p.deadline.endOf);
    const sep2025 = points.find(
      (p) => p.deadline.date === '2025-09' && p.deadline.relation === 'by',
    );
    expect(end2025?.atEnd).toBe(true);
    expect(end2025?.x).toBeCloseTo(end2025?.x1 ?? 0);
    expect(sep2025?.precision).toBe('month');
    expect(sep2025?.x0).toBeLessThan(sep2025?.x1 ?? 0);
    expect(sep2025?.x).toBeLessThan(end2025?.x ?? 0);
    expect(end2025?.label).toMatch(/^end of 2025/);
  });

  it('has quarter ticks with year labels, and connectors for deadline contradictions', () => {
    expect(layout.ticks.filter((t) => t.major).map((t) => t.label)).toContain('2025');
    expect(layout.ticks.some((t) => t.label === 'Q3')).toBe(true);
    // Too narrow for quarter names: only years are named, every quarter still has a tick.
    const narrow = layoutTimeline(bundledDataset, { width: 640 });
    expect(narrow.ticks.filter((t) => t.label !== '').every((t) => t.major)).toBe(true);
    expect(narrow.ticks.length).toBe(layout.ticks.length);
    const deadlineContradictions = bundledDataset.contradictions.filter(
      (c) => c.kind === 'deadline',
    );
    expect(layout.connectors.length).toBe(deadlineContradictions.length);
    for (const c of layout.connectors) expect(c.points.length).toBeGreaterThanOrEqual(2);
  });

  it('grows vertically as claims are added, without overlapping rows', () => {
    // biome-ignore lint/suspicious/noExplicitAny: building a bigger dataset from the JSON
    const bigger: any = structuredClone(raw);
    const extra = bigger.claims
      .filter((c: { deadlines?: unknown[] }) => (c.deadlines ?? []).length > 0)
      .map((c: { id: string }) => ({ ...c, id: `${c.id}-copy` }));
    bigger.claims.push(...extra);
    const result = parseDataset(bigger);
    expect(result.ok).toBe(true);
    const big = layoutTimeline((result as { dataset: Dataset }).dataset, { width: 1000 });
    expect(big.height).toBeGreaterThan(layout.height);
    for (let i = 1; i < big.rows.length; i++) {
      const prev = big.rows[i - 1];
      const row = big.rows[i];
      if (prev && row) expect(row.top).toBeGreaterThanOrEqual(prev.top + prev.height);
    }
  });

  it('wraps long row titles', () => {
    expect(wrapText('Senior US defense official (phone briefing, 27 Sep 2024)', 24, 3)).toEqual([
      'Senior US defense',
      'official (phone',
      'briefing, 27 Sep 2024)',
    ]);
    expect(wrapText('a b c d e f g h', 3, 2)).toEqual(['a b', 'c …']);
  });

  it('reaches today and what happened, and names each outcome beside its deadline', () => {
    const outcomes = new Map([['iraqi-army-ain-al-asad-next-week:0', 'missed' as const]]);
    const withToday = layoutTimeline(bundledDataset, {
      width: 1000,
      today: '2027-03-15',
      extraDates: ['2026-02'],
      outcomes,
    });
    const years = withToday.ticks.filter((t) => t.major).map((t) => t.label);
    expect(years).toEqual(expect.arrayContaining(['2024', '2025', '2026', '2027']));
    expect(withToday.todayX).not.toBeNull();
    expect(withToday.todayX ?? 0).toBeGreaterThan(withToday.plotLeft);
    expect(withToday.todayX ?? 0).toBeLessThanOrEqual(withToday.plotRight);
    const all = withToday.rows.flatMap((r) => r.points);
    const missed = all.find((p) => p.key === 'iraqi-army-ain-al-asad-next-week:0');
    expect(missed?.outcome).toBe('missed');
    expect(missed?.text).toBe(`${missed?.label} · Missed`);
    // The icon sits between the mark and the label, inside the point's extent.
    expect(missed?.iconX ?? 0).toBeGreaterThanOrEqual(missed?.extent[0] ?? 0);
    expect(missed?.iconX ?? 0).toBeLessThanOrEqual(missed?.extent[1] ?? 0);
    expect(all.filter((p) => p.outcome === null).every((p) => p.text === p.label)).toBe(true);
    expect(layout.todayX).toBeNull();
  });
});
