/**
 * Draws the benchmark's results as one SVG (no charting library): timings per page size on a
 * log scale, and bundle sizes against their budgets. `run.ts` screenshots it to a PNG.
 */

export interface ChartSeries {
  label: string;
  color: string;
  /** One value per group (ms); null where the measure is missing. */
  values: Array<number | null>;
}

export interface ChartInput {
  title: string;
  groups: string[];
  series: ChartSeries[];
  /** `targetKb`: a goal below the budget, drawn as a dashed red tick. */
  sizes: Array<{
    label: string;
    gzipKb: number;
    budgetKb: number | null;
    targetKb?: number | null;
  }>;
  notes: string[];
}

const WIDTH = 1000;
const TIME_HEIGHT = 380;
const SIZE_ROW = 26;

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function fmt(ms: number): string {
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  return ms.toFixed(2);
}

/** The chart as a standalone SVG document. */
export function renderChart(input: ChartInput): string {
  const out: string[] = [];
  const left = 70;
  const right = WIDTH - 20;
  const top = 70;
  const bottom = TIME_HEIGHT;
  const values = input.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const minLog = Math.floor(Math.log10(Math.max(0.01, Math.min(...values, 1))));
  const maxLog = Math.ceil(Math.log10(Math.max(...values, 10)));
  const y = (v: number): number =>
    bottom -
    ((Math.log10(Math.max(v, 10 ** minLog)) - minLog) / (maxLog - minLog)) * (bottom - top);

  out.push(`<text x="${left}" y="30" font-size="20" font-weight="bold">${esc(input.title)}</text>`);
  out.push(
    `<text x="${left}" y="52" font-size="13" fill="#444">Time per page size (ms, log scale; median of runs)</text>`,
  );
  for (let p = minLog; p <= maxLog; p++) {
    const yy = y(10 ** p);
    out.push(`<line x1="${left}" x2="${right}" y1="${yy}" y2="${yy}" stroke="#ddd"/>`);
    out.push(
      `<text x="${left - 8}" y="${yy + 4}" font-size="12" text-anchor="end">${fmt(10 ** p)}</text>`,
    );
  }
  const groupWidth = (right - left) / input.groups.length;
  const barWidth = Math.min(40, (groupWidth - 30) / input.series.length);
  input.groups.forEach((group, g) => {
    const x0 = left + g * groupWidth + (groupWidth - barWidth * input.series.length) / 2;
    input.series.forEach((series, s) => {
      const value = series.values[g];
      const x = x0 + s * barWidth;
      if (value === null || value === undefined) {
        out.push(
          `<text x="${x + barWidth / 2}" y="${bottom - 6}" font-size="11" text-anchor="middle" fill="#b00">n/a</text>`,
        );
        return;
      }
      const yy = y(value);
      out.push(
        `<rect x="${x + 2}" y="${yy}" width="${barWidth - 4}" height="${bottom - yy}" fill="${series.color}"/>`,
      );
      out.push(
        `<text x="${x + barWidth / 2}" y="${yy - 4}" font-size="10" text-anchor="middle">${fmt(value)}</text>`,
      );
    });
    out.push(
      `<text x="${left + g * groupWidth + groupWidth / 2}" y="${bottom + 20}" font-size="13" text-anchor="middle">${esc(group)}</text>`,
    );
  });
  out.push(`<line x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}" stroke="#333"/>`);
  input.series.forEach((series, s) => {
    const x = left + s * 170;
    out.push(
      `<rect x="${x}" y="${bottom + 34}" width="14" height="14" fill="${series.color}"/>`,
      `<text x="${x + 20}" y="${bottom + 46}" font-size="13">${esc(series.label)}</text>`,
    );
  });

  // Bundle sizes against budgets.
  const sizeTop = bottom + 90;
  out.push(
    `<text x="${left}" y="${sizeTop}" font-size="13" fill="#444">Bundles, gzipped (kB); dark tick: budget in .size-limit.cjs; dashed red tick: target</text>`,
  );
  const maxKb = Math.max(...input.sizes.map((s) => Math.max(s.gzipKb, s.budgetKb ?? 0)), 1);
  const labelWidth = 160;
  const scale = (kb: number): number => (kb / maxKb) * (right - left - labelWidth - 60);
  input.sizes.forEach((size, i) => {
    const yy = sizeTop + 14 + i * SIZE_ROW;
    const over = size.budgetKb !== null && size.gzipKb > size.budgetKb;
    out.push(
      `<text x="${left}" y="${yy + 14}" font-size="13">${esc(size.label)}</text>`,
      `<rect x="${left + labelWidth}" y="${yy}" width="${scale(size.gzipKb)}" height="18" fill="${over ? '#d9534f' : '#5b9bd5'}"/>`,
      `<text x="${left + labelWidth + scale(Math.max(size.gzipKb, size.budgetKb ?? 0)) + 8}" y="${yy + 14}" font-size="12">${size.gzipKb.toFixed(1)}</text>`,
    );
    if (size.targetKb) {
      const tx = left + labelWidth + scale(size.targetKb);
      out.push(
        `<line x1="${tx}" x2="${tx}" y1="${yy - 5}" y2="${yy + 23}" stroke="#c00" stroke-width="2" stroke-dasharray="3 2"/>`,
      );
    }
    if (size.budgetKb !== null) {
      const bx = left + labelWidth + scale(size.budgetKb);
      out.push(
        `<line x1="${bx}" x2="${bx}" y1="${yy - 3}" y2="${yy + 21}" stroke="#222" stroke-width="3"/>`,
      );
    }
  });
  const notesTop = sizeTop + 30 + input.sizes.length * SIZE_ROW;
  input.notes.forEach((note, i) => {
    out.push(
      `<text x="${left}" y="${notesTop + i * 18}" font-size="12" fill="#333">${esc(note)}</text>`,
    );
  });
  const height = notesTop + input.notes.length * 18 + 20;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif"><rect width="100%" height="100%" fill="#fff"/>${out.join('')}</svg>`;
}
