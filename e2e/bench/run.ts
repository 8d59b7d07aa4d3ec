/**
 * The benchmark (`npm run bench`, which builds first): opens generated news pages of about
 * 1,000 to 300,000 words in Chromium with the built extension and measures
 *
 * - scan / match: the content script's `factcheck:scan` and `factcheck:match` measures;
 * - floor: one precompiled expression of the trigger words over every text node, same page;
 * - peer: mark.js highlighting the same words (after the extension's measures are taken);
 * - responsiveness: the longest main-thread task running the content script (performance trace);
 * - live pages: the `factcheck:rescan` measure after 100 paragraphs are appended;
 * - dataset scale: match time with the bundled dataset and imports of 1,000 and 10,000 claims;
 * - memory: the page's JS heap with and without the extension;
 * - size: the built bundles, minified and gzipped.
 *
 * Prints a table, and writes `bench-results/bench.json` and `bench-results/bench.png`. Targets
 * are reported, not asserted. A measure the content script does not record is reported as
 * missing, never estimated. `BENCH_QUICK=1` runs one page size (10,000 words) once, for trying
 * the benchmark itself out.
 */

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from '@playwright/test';
import { bundledDataset } from '../../src/dataset/bundled';
import { parseDataset } from '../../src/dataset/load';
import type { DatasetInput } from '../../src/dataset/schema';
import { createEngine } from '../../src/engine/engine';
import { CHROMIUM_PATH, EXTENSION_PATH, launchWithExtension, ROOT_DIR } from '../fixtures';
import { startServer } from '../server';
import { renderChart } from './chart';
import { generateLiveParagraphs, generatePage, scaleDataset } from './generate';
import { type BundleSize, bundleSizes } from './sizes';
import { extensionTasks, type ScriptTasks, startTrace, stopTrace } from './trace';

const QUICK = process.env.BENCH_QUICK === '1';
const PAGE_WORDS = QUICK ? [10_000] : [1_000, 10_000, 100_000, 300_000];
const RUNS = (words: number): number => (QUICK ? 1 : words <= 10_000 ? 5 : 3);
/** How long to wait for the content script's measures on one page load (ms). */
const WAIT_MS = (words: number): number => Math.max(20_000, (words / 300_000) * 120_000);
const LIVE_PARAGRAPHS = 100;
const DATASET_PAGE_WORDS = 10_000;
const DATASET_SIZES = QUICK ? [1_000] : [1_000, 10_000];
const DATASET_RUNS = QUICK ? 1 : 3;
const SEED = 20240920;
const OUT_DIR = join(ROOT_DIR, 'bench-results');
const MARK_JS = join(ROOT_DIR, 'node_modules', 'mark.js', 'dist', 'mark.min.js');
const SIZE_LIMIT_CONFIG = join(ROOT_DIR, '.size-limit.cjs');

interface RunResult {
  scan: number | null;
  match: number | null;
  floor: number;
  floorHits: number;
  mark: number | null;
  markHits: number;
  heapBytes: number | null;
  tasks: ScriptTasks | null;
}

interface PageResult {
  words: number;
  sentences: number;
  relevantSentences: number;
  runs: number;
  scanMs: number | null;
  matchMs: number | null;
  floorMs: number | null;
  floorHits: number;
  markMs: number | null;
  markHits: number;
  scanOverFloor: number | null;
  matchOverMark: number | null;
  longestTaskMs: number | null;
  tasksOver50: number | null;
  heapWithExtensionMb: number | null;
  heapWithoutExtensionMb: number | null;
  raw: RunResult[];
}

function median(values: Array<number | null>): number | null {
  const present = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (present.length === 0) return null;
  const mid = present.length >> 1;
  return present.length % 2
    ? (present[mid] as number)
    : ((present[mid - 1] as number) + (present[mid] as number)) / 2;
}

function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : a / b;
}

const MISSING = 'MISSING';
const ms = (v: number | null): string => (v === null ? MISSING : v.toFixed(v < 10 ? 2 : 1));
const times = (v: number | null): string => (v === null ? MISSING : `${v.toFixed(2)}×`);
const mb = (v: number | null): string => (v === null ? MISSING : v.toFixed(1));
const pct = (v: number | null): string => (v === null ? MISSING : `${(v * 100).toFixed(1)}%`);
const kb = (bytes: number): string => (bytes / 1000).toFixed(1);

/** Reads a User Timing measure's duration, polling until it appears or `deadline` passes. */
async function waitForMeasure(page: Page, name: string, deadline: number): Promise<number | null> {
  for (;;) {
    const duration = await page.evaluate((n) => {
      const entries = performance.getEntriesByName(n, 'measure');
      return entries.length > 0 ? (entries[0] as PerformanceEntry).duration : null;
    }, name);
    if (duration !== null) return duration;
    if (Date.now() > deadline) return null;
    await page.waitForTimeout(100);
  }
}

/** Walks the text nodes and runs one precompiled expression of the trigger words over them. */
function runFloor(page: Page, source: string): Promise<{ ms: number; hits: number }> {
  return page.evaluate((src) => {
    const re = new RegExp(src, 'gi');
    const start = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let hits = 0;
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const data = (node as Text).data;
      re.lastIndex = 0;
      for (let m = re.exec(data); m !== null; m = re.exec(data)) {
        hits++;
        if (m[0] === '') re.lastIndex++;
      }
    }
    return { ms: performance.now() - start, hits };
  }, source);
}

/**
 * mark.js highlighting the same words over the page (injected from its UMD build). The page
 * code is a string: tsx would otherwise add its `__name` helper to the callbacks, which the page
 * does not have.
 */
async function runMark(page: Page, source: string): Promise<{ ms: number; hits: number }> {
  await page.addScriptTag({ path: MARK_JS });
  return page.evaluate<{ ms: number; hits: number }>(`new Promise((resolve) => {
    const start = performance.now();
    new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(source)}, 'gi'), {
      done: (count) => resolve({ ms: performance.now() - start, hits: count }),
    });
  })`);
}

/** The page's JS heap after a full garbage collection (bytes). */
async function heapUsed(cdp: CDPSession): Promise<number | null> {
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } catch (error) {
    console.warn('  could not read the heap:', error);
    return null;
  }
}

async function runOnce(
  context: BrowserContext,
  url: string,
  words: number,
  source: string,
  options: { trace?: boolean; heap?: boolean },
): Promise<RunResult> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    if (options.trace) await startTrace(cdp);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const deadline = Date.now() + WAIT_MS(words);
    const scan = await waitForMeasure(page, 'factcheck:scan', deadline);
    const match = await waitForMeasure(page, 'factcheck:match', deadline);
    let tasks: ScriptTasks | null = null;
    if (options.trace) {
      // Let the tasks that paint the result finish before the trace ends.
      await page.waitForTimeout(300);
      const all = extensionTasks(await stopTrace(cdp));
      tasks = { ...all, tasks: all.tasks.slice(0, 20) };
    }
    const heapBytes = options.heap ? await heapUsed(cdp) : null;
    const floor = await runFloor(page, source);
    const mark = await runMark(page, source).catch((error: unknown) => {
      console.warn('  mark.js failed:', error);
      return null;
    });
    return {
      scan,
      match,
      floor: floor.ms,
      floorHits: floor.hits,
      mark: mark?.ms ?? null,
      markHits: mark?.hits ?? 0,
      heapBytes,
      tasks,
    };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

/** Appends paragraphs to the largest page and reads the `factcheck:rescan` measures they cause. */
async function liveRun(
  context: BrowserContext,
  url: string,
  words: number,
): Promise<{ scanMs: number | null; rescanMs: number | null; rescans: number; note?: string }> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const deadline = Date.now() + WAIT_MS(words);
    const scanMs = await waitForMeasure(page, 'factcheck:scan', deadline);
    const matchMs = await waitForMeasure(page, 'factcheck:match', deadline);
    if (scanMs === null || matchMs === null) {
      return { scanMs, rescanMs: null, rescans: 0, note: 'the initial scan did not finish' };
    }
    const before = await page.evaluate(
      () => performance.getEntriesByName('factcheck:rescan', 'measure').length,
    );
    const paragraphs = generateLiveParagraphs(LIVE_PARAGRAPHS, SEED + 7).map((p) => p.html);
    await page.evaluate((htmls) => {
      const article = document.querySelector('article') ?? document.body;
      const fragment = document.createDocumentFragment();
      for (const html of htmls) {
        const p = document.createElement('p');
        p.innerHTML = html;
        fragment.append(p);
      }
      article.append(fragment);
    }, paragraphs);
    // Collect rescans until none has come for a second (or 30 s pass).
    const end = Date.now() + 30_000;
    let seen = 0;
    let quietSince = Date.now();
    let durations: number[] = [];
    while (Date.now() < end) {
      durations = await page.evaluate(
        (skip) =>
          performance
            .getEntriesByName('factcheck:rescan', 'measure')
            .slice(skip)
            .map((e) => e.duration),
        before,
      );
      if (durations.length !== seen) {
        seen = durations.length;
        quietSince = Date.now();
      } else if (seen > 0 && Date.now() - quietSince > 1_000) {
        break;
      }
      await page.waitForTimeout(100);
    }
    if (durations.length === 0) {
      return { scanMs, rescanMs: null, rescans: 0, note: 'no factcheck:rescan measure recorded' };
    }
    return { scanMs, rescanMs: durations.reduce((a, b) => a + b, 0), rescans: durations.length };
  } finally {
    await page.close();
  }
}

/** Stores `dataset` as the imported dataset, the way `importDataset` does (null: bundled). */
async function setImportedDataset(
  context: BrowserContext,
  extensionId: string,
  dataset: unknown,
): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return await page.evaluate(async (value) => {
      await chrome.storage.local.set({
        importedDataset:
          value === null ? null : { dataset: value, importedAt: new Date().toISOString() },
      });
      const stored = (await chrome.storage.local.get('importedDataset')).importedDataset as
        | { dataset: { claims: unknown[] } }
        | null
        | undefined;
      return stored?.dataset.claims.length ?? 0;
    }, dataset);
  } finally {
    await page.close();
  }
}

interface DatasetScaleResult {
  claims: number;
  storedBytes: number | null;
  matchMs: number | null;
  runs: number;
  note?: string;
}

async function main(): Promise<void> {
  const started = Date.now();
  const pagesDir = await mkdtemp(join(tmpdir(), 'ccc-bench-'));
  const server = await startServer(pagesDir);
  const source = createEngine(bundledDataset).trigger.source;
  const generated = new Map<number, ReturnType<typeof generatePage>>();
  const urlFor = (words: number): string => `${server.url}/article-${words}.html`;
  const allWords = [...new Set([...PAGE_WORDS, DATASET_PAGE_WORDS])];
  for (const words of allWords) {
    const page = generatePage(words, SEED + words);
    generated.set(words, page);
    writeFileSync(join(pagesDir, `article-${words}.html`), page.html);
  }
  console.log(`Pages in ${pagesDir}; extension ${EXTENSION_PATH}; ${cpus().length} CPUs.`);

  const sizes = bundleSizes(EXTENSION_PATH);
  const budgets = readBudgets();

  const launched = await launchWithExtension();
  const { context, extensionId } = launched;
  const browserVersion = chromiumVersion();
  const pages: PageResult[] = [];
  let live: Awaited<ReturnType<typeof liveRun>> | null = null;
  const datasetScale: DatasetScaleResult[] = [];
  try {
    for (const words of PAGE_WORDS) {
      const info = generated.get(words);
      if (!info) continue;
      const runs: RunResult[] = [];
      const count = RUNS(words);
      for (let i = 0; i < count; i++) {
        const run = await runOnce(context, urlFor(words), words, source, { heap: i === 0 });
        runs.push(run);
        console.log(
          `  ${words} words, run ${i + 1}/${count}: scan ${ms(run.scan)} match ${ms(run.match)} floor ${ms(run.floor)} mark.js ${ms(run.mark)}`,
        );
        if (run.scan === null && run.match === null) {
          console.log('  no measures recorded: skipping the other runs of this page');
          break;
        }
      }
      // One more run under a performance trace: tracing slows the page, so it is not in medians.
      const traced = await runOnce(context, urlFor(words), words, source, { trace: true });
      console.log(
        `  ${words} words, traced run: content-script tasks ${traced.tasks?.count ?? 0}, longest ${ms(traced.tasks?.longest ?? null)} ms (${traced.tasks?.tasks[0]?.label ?? 'none'}); top 5: ${
          traced.tasks?.tasks
            .slice(0, 5)
            .map((t) => t.ms.toFixed(1))
            .join(', ') ?? '-'
        }`,
      );
      const scanMs = median(runs.map((r) => r.scan));
      const matchMs = median(runs.map((r) => r.match));
      const floorMs = median(runs.map((r) => r.floor));
      const markMs = median(runs.map((r) => r.mark));
      const heap = runs[0]?.heapBytes ?? null;
      pages.push({
        words: info.words,
        sentences: info.sentences,
        relevantSentences: info.relevant,
        runs: runs.length,
        scanMs,
        matchMs,
        floorMs,
        floorHits: runs[0]?.floorHits ?? 0,
        markMs,
        markHits: runs[0]?.markHits ?? 0,
        scanOverFloor: ratio(scanMs, floorMs),
        matchOverMark: ratio(matchMs, markMs),
        longestTaskMs: traced.tasks?.longest ?? null,
        tasksOver50: traced.tasks ? traced.tasks.overLongTask : null,
        heapWithExtensionMb: heap === null ? null : heap / 1e6,
        heapWithoutExtensionMb: null,
        raw: [...runs, traced],
      });
    }

    const largest = PAGE_WORDS[PAGE_WORDS.length - 1] as number;
    console.log(`  live page: appending ${LIVE_PARAGRAPHS} paragraphs to the ${largest}-word page`);
    live = await liveRun(context, urlFor(largest), largest);

    // Dataset scale on one page: the bundled dataset (from above), then larger imports.
    const bundledRun = pages.find(
      (p) => p.words >= DATASET_PAGE_WORDS && p.words < DATASET_PAGE_WORDS * 1.2,
    );
    datasetScale.push({
      claims: bundledDataset.claims.length,
      storedBytes: null,
      matchMs: bundledRun?.matchMs ?? null,
      runs: bundledRun?.runs ?? 0,
      note: 'bundled',
    });
    const raw = JSON.parse(
      readFileSync(join(ROOT_DIR, 'data', 'claims.json'), 'utf8'),
    ) as DatasetInput;
    for (const size of DATASET_SIZES) {
      const scaled = scaleDataset(raw, size, SEED + size);
      const parsed = parseDataset(scaled);
      if (!parsed.ok) {
        datasetScale.push({
          claims: size,
          storedBytes: null,
          matchMs: null,
          runs: 0,
          note: 'generated dataset is invalid',
        });
        continue;
      }
      const storedBytes = JSON.stringify(parsed.dataset).length;
      let stored = 0;
      try {
        stored = await setImportedDataset(context, extensionId, parsed.dataset);
      } catch (error) {
        datasetScale.push({
          claims: size,
          storedBytes,
          matchMs: null,
          runs: 0,
          note: `could not store it: ${String(error).split('\n')[0]}`,
        });
        continue;
      }
      if (stored !== parsed.dataset.claims.length) {
        datasetScale.push({
          claims: size,
          storedBytes,
          matchMs: null,
          runs: 0,
          note: `storage holds ${stored} claims`,
        });
        continue;
      }
      const runs: RunResult[] = [];
      for (let i = 0; i < DATASET_RUNS; i++) {
        runs.push(
          await runOnce(context, urlFor(DATASET_PAGE_WORDS), DATASET_PAGE_WORDS, source, {}),
        );
      }
      const matchMs = median(runs.map((r) => r.match));
      console.log(`  dataset of ${size} claims: match ${ms(matchMs)}`);
      datasetScale.push({ claims: size, storedBytes, matchMs, runs: runs.length });
    }
    await setImportedDataset(context, extensionId, null).catch(() => 0);
  } finally {
    await launched.close();
  }

  // Memory without the extension, and the chart, in a plain browser.
  const plainDir = await mkdtemp(join(tmpdir(), 'ccc-bench-plain-'));
  const plain = await chromium.launchPersistentContext(plainDir, {
    headless: process.env.HEADED !== '1',
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    for (const result of pages) {
      const words = PAGE_WORDS.find((w) => generated.get(w)?.words === result.words);
      if (words === undefined) continue;
      const page = await plain.newPage();
      const cdp = await plain.newCDPSession(page);
      await page.goto(urlFor(words), { waitUntil: 'load' });
      await page.waitForTimeout(500);
      const heap = await heapUsed(cdp);
      result.heapWithoutExtensionMb = heap === null ? null : heap / 1e6;
      await page.close();
    }

    const results = {
      generatedAt: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.version, chromium: browserVersion },
      quick: QUICK,
      pages,
      live: live && {
        ...live,
        paragraphs: LIVE_PARAGRAPHS,
        medianScanMs: pages[pages.length - 1]?.scanMs ?? null,
        rescanOverScan: ratio(live.rescanMs, pages[pages.length - 1]?.scanMs ?? null),
        rescanOverSameRunScan: ratio(live.rescanMs, live.scanMs),
      },
      datasetScale,
      sizes: sizes.map((s) => ({ ...s, budgetBytes: budgets.get(s.name) ?? null })),
      targets: [] as Target[],
      durationSeconds: 0,
    };
    results.targets = evaluateTargets(pages, results.live?.rescanOverScan ?? null, sizes);
    results.durationSeconds = Math.round((Date.now() - started) / 1000);
    printReport(results.pages, results.live, datasetScale, sizes, budgets, results.targets);

    mkdirSync(OUT_DIR, { recursive: true });
    writeFileSync(join(OUT_DIR, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
    const svg = renderChart({
      title: `Coalition Claims Check benchmark (${browserVersion.match(/Chromium [\d.]+/)?.[0] ?? 'Chromium'}, ${cpus().length} CPUs)`,
      groups: pages.map((p) => `${p.words.toLocaleString('en')} words`),
      series: [
        { label: 'floor (regex)', color: '#999999', values: pages.map((p) => p.floorMs) },
        { label: 'scan', color: '#5b9bd5', values: pages.map((p) => p.scanMs) },
        { label: 'match', color: '#2e7d32', values: pages.map((p) => p.matchMs) },
        { label: 'mark.js', color: '#e69138', values: pages.map((p) => p.markMs) },
        { label: 'longest task', color: '#c0392b', values: pages.map((p) => p.longestTaskMs) },
      ],
      sizes: sizes.map((s) => ({
        label: s.name,
        gzipKb: s.gzipBytes / 1000,
        budgetKb: budgets.has(s.name) ? (budgets.get(s.name) as number) / 1000 : null,
        targetKb: s.name === 'content script (JS)' ? 40 : null,
      })),
      notes: results.targets.map(
        (t) => `${t.met === null ? '?' : t.met ? '✓' : '✗'} ${t.target}: ${t.actual}`,
      ),
    });
    writeFileSync(join(OUT_DIR, 'bench.svg'), svg);
    const chartPage = await plain.newPage();
    await chartPage.setContent(`<!DOCTYPE html><html><body style="margin:0">${svg}</body></html>`);
    await chartPage.locator('svg').screenshot({ path: join(OUT_DIR, 'bench.png') });
    await chartPage.close();
    console.log(
      `\nWrote ${join(OUT_DIR, 'bench.json')} and bench.png (${results.durationSeconds} s).`,
    );
  } finally {
    await plain.close();
    await rm(plainDir, { recursive: true, force: true });
    await server.close();
    await rm(pagesDir, { recursive: true, force: true });
  }
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM_PATH, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'Chromium (version unknown)';
  }
}

/** Budgets from `.size-limit.cjs`, by bundle name (bytes, 1 kB = 1000 B as size-limit counts). */
function readBudgets(): Map<string, number> {
  const budgets = new Map<string, number>();
  try {
    const config = createRequire(import.meta.url)(SIZE_LIMIT_CONFIG) as Array<{
      name?: string;
      limit?: string;
    }>;
    for (const entry of config) {
      const m = entry.limit?.match(/^([\d.]+)\s*(B|kB|KB|MB)$/i);
      if (!entry.name || !m) continue;
      const unit = (m[2] as string).toUpperCase();
      const factor = unit === 'MB' ? 1e6 : unit === 'KB' ? 1e3 : 1;
      budgets.set(entry.name, Number(m[1]) * factor);
    }
  } catch {
    // No config: no budgets shown.
  }
  return budgets;
}

interface Target {
  target: string;
  actual: string;
  /** null when a measure it needs is missing. */
  met: boolean | null;
}

function evaluateTargets(
  pages: PageResult[],
  rescanOverScan: number | null,
  sizes: BundleSize[],
): Target[] {
  const largest = pages[pages.length - 1];
  const content = sizes.find((s) => s.name === 'content script (JS)');
  const longest = pages.map((p) => p.longestTaskMs);
  const over = pages.map((p) => p.tasksOver50);
  const worst = longest.some((v) => v === null)
    ? null
    : Math.max(...longest.map((v) => v as number));
  const matchVsMark = pages.map((p) => p.matchOverMark);
  return [
    {
      target: `scan within 2× of the floor at ${largest?.words.toLocaleString('en') ?? '?'} words`,
      actual: times(largest?.scanOverFloor ?? null),
      met: largest?.scanOverFloor == null ? null : largest.scanOverFloor <= 2,
    },
    {
      target: 'match faster than mark.js (every page size)',
      actual: matchVsMark.map(times).join(', '),
      met: matchVsMark.some((v) => v === null) ? null : matchVsMark.every((v) => (v as number) < 1),
    },
    {
      target: 'no content-script task over 50 ms',
      actual:
        worst === null
          ? MISSING
          : `longest ${ms(worst)} ms; ${over.reduce<number>((a, b) => a + (b ?? 0), 0)} tasks over 50 ms`,
      met: worst === null ? null : worst <= 50,
    },
    {
      target: 'incremental rescan < 5% of a full scan',
      actual: rescanOverScan === null ? MISSING : `${(rescanOverScan * 100).toFixed(1)}%`,
      met: rescanOverScan === null ? null : rescanOverScan < 0.05,
    },
    {
      target: 'content script < 40 kB gzipped',
      actual: content ? `${kb(content.gzipBytes)} kB` : MISSING,
      met: content ? content.gzipBytes < 40_000 : null,
    },
  ];
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function printReport(
  pages: PageResult[],
  live: {
    scanMs: number | null;
    rescanMs: number | null;
    rescans: number;
    note?: string;
    medianScanMs: number | null;
    rescanOverScan: number | null;
    rescanOverSameRunScan: number | null;
  } | null,
  datasetScale: DatasetScaleResult[],
  sizes: BundleSize[],
  budgets: Map<string, number>,
  targets: Target[],
): void {
  console.log('\nPages (median of runs; ms unless stated)\n');
  console.log(
    table(
      [
        'words',
        'relevant',
        'runs',
        'scan',
        'floor',
        'scan÷floor',
        'match',
        'mark.js',
        'match÷mark',
        'longest task',
        '>50ms',
        'heap+ext MB',
        'heap MB',
      ],
      pages.map((p) => [
        p.words.toLocaleString('en'),
        `${p.relevantSentences}/${p.sentences}`,
        String(p.runs),
        ms(p.scanMs),
        ms(p.floorMs),
        times(p.scanOverFloor),
        ms(p.matchMs),
        ms(p.markMs),
        times(p.matchOverMark),
        ms(p.longestTaskMs),
        p.tasksOver50 === null ? MISSING : String(p.tasksOver50),
        mb(p.heapWithExtensionMb),
        mb(p.heapWithoutExtensionMb),
      ]),
    ),
  );
  const hits = pages
    .map((p) => `${p.words}: floor ${p.floorHits}, mark.js ${p.markHits}`)
    .join('; ');
  console.log(`\nTrigger-word hits — ${hits}`);
  console.log('\nLive page\n');
  if (live) {
    console.log(
      table(
        [
          'appended',
          'full scan (median)',
          'full scan (this run)',
          'rescan (sum)',
          'rescans',
          'rescan÷scan',
          'rescan÷this run',
        ],
        [
          [
            `${LIVE_PARAGRAPHS} paragraphs`,
            ms(live.medianScanMs),
            ms(live.scanMs),
            ms(live.rescanMs),
            String(live.rescans),
            pct(live.rescanOverScan),
            pct(live.rescanOverSameRunScan),
          ],
        ],
      ),
    );
    if (live.note) console.log(`  note: ${live.note}`);
  }
  console.log(
    `\nDataset scale (match on the ${DATASET_PAGE_WORDS.toLocaleString('en')}-word page)\n`,
  );
  console.log(
    table(
      ['claims', 'stored', 'runs', 'match', 'note'],
      datasetScale.map((d) => [
        d.claims.toLocaleString('en'),
        d.storedBytes === null ? '-' : `${kb(d.storedBytes)} kB`,
        String(d.runs),
        ms(d.matchMs),
        d.note ?? '',
      ]),
    ),
  );
  console.log('\nBundles (.output/chrome-mv3; kB = 1000 bytes)\n');
  console.log(
    table(
      ['bundle', 'minified kB', 'gzip kB', 'budget kB', 'files'],
      sizes.map((s) => [
        s.name,
        kb(s.bytes),
        kb(s.gzipBytes),
        budgets.has(s.name) ? kb(budgets.get(s.name) as number) : '-',
        s.files.join(' '),
      ]),
    ),
  );
  console.log('\nTargets (reported, not asserted)\n');
  for (const t of targets) {
    console.log(
      `  ${t.met === null ? '[?]' : t.met ? '[met]' : '[NOT met]'} ${t.target}: ${t.actual}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
