/**
 * `npm run demo`: builds the extension (the npm script does), serves the bundled demo news
 * pages and opens them in Chromium with the extension loaded. With a display it leaves the
 * browser open for you; without one (or with DEMO_HEADLESS=1) it runs headless and writes
 * screenshots and a report to `demo-output/`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { bundledDataset } from '../src/dataset/bundled';
import { createEngine } from '../src/engine/engine';
import { loadFile } from '../src/read/page-source';
import { badgeText, tabIdOf, waitForMatch } from './extension-state';
import { launchWithExtension, ROOT_DIR } from './fixtures';
import { PAGES_DIR, startServer } from './server';

const DEMO_PAGES = [
  'articles/wire-report.html',
  'articles/briefing-transcript.html',
  'articles/typographic.html',
  'articles/live-blog.html',
  'articles/unrel-german-coalition.html',
];
const OUTPUT = join(ROOT_DIR, 'demo-output');
const headless = process.env.DEMO_HEADLESS === '1' || !process.env.DISPLAY;

interface PageReport {
  page: string;
  title: string;
  highlights: number;
  scanMs: number | null;
  matchMs: number | null;
  mentions: number;
  matchedClaims: number;
  contradictions: string[];
  badge: string;
  screenshot: string;
}

async function measures(page: Page): Promise<{ scan: number | null; match: number | null }> {
  await waitForMatch(page);
  return page.evaluate(() => ({
    scan: performance.getEntriesByName('factcheck:scan', 'measure')[0]?.duration ?? null,
    match: performance.getEntriesByName('factcheck:match', 'measure')[0]?.duration ?? null,
  }));
}

async function main(): Promise<void> {
  await mkdir(OUTPUT, { recursive: true });
  const server = await startServer(PAGES_DIR);
  const launched = await launchWithExtension({ headless });
  const { context, extensionId } = launched;
  const engine = createEngine(bundledDataset);
  const reports: PageReport[] = [];
  try {
    for (const path of DEMO_PAGES) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${server.url}/${path}`);
      const timing = await measures(page);
      const highlights = await page.evaluate(() => {
        let count = 0;
        for (const [name, highlight] of CSS.highlights)
          if (name.startsWith('factcheck')) count += highlight.size;
        return count;
      });
      const name = path.replace(/^.*\//, '').replace(/\.html$/, '');
      const screenshot = join(OUTPUT, `${name}.png`);
      await page.screenshot({ path: screenshot });
      // The same page with the card of a matched mention open, as a reader hovering it sees it.
      const point = await page.evaluate(() => {
        for (const name of ['factcheck-contradiction', 'factcheck-matched']) {
          for (const range of CSS.highlights.get(name) ?? []) {
            const rect = (range as Range).getBoundingClientRect();
            if (rect.top > 120 && rect.bottom < innerHeight - 360) {
              return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
            }
          }
        }
        return null;
      });
      if (point) {
        await page.mouse.move(point.x, point.y);
        await page.waitForTimeout(800);
        await page.screenshot({ path: join(OUTPUT, `${name}-card.png`) });
        await page.mouse.move(1, 1);
      }
      const tabId = await tabIdOf(context, page.url()).catch(() => -1);
      const badge = tabId >= 0 ? await badgeText(context, tabId) : '';
      if (reports.length === 0 && tabId >= 0) {
        // The popup as a page beside the article, showing that tab's results.
        const popup = await context.newPage();
        await popup.setViewportSize({ width: 400, height: 900 });
        await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
        await popup.waitForTimeout(500);
        await popup.screenshot({ path: join(OUTPUT, 'popup.png'), fullPage: true });
        await popup.close();
      }
      const loaded = await loadFile(join(PAGES_DIR, path));
      const result = engine.check(loaded.text, { published: loaded.published });
      reports.push({
        page: path,
        title: await page.title(),
        highlights,
        scanMs: timing.scan,
        matchMs: timing.match,
        mentions: result.mentions.length,
        matchedClaims: new Set(result.mentions.flatMap((m) => m.claims.map((c) => c.claimId))).size,
        contradictions: result.findings.map((f) => `${f.kind}: ${f.summary}`),
        badge,
        screenshot,
      });
      if (headless) await page.close();
    }
    const options = await context.newPage();
    await options.setViewportSize({ width: 1280, height: 900 });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForTimeout(500);
    await options.screenshot({ path: join(OUTPUT, 'options.png') });

    await writeFile(join(OUTPUT, 'report.json'), `${JSON.stringify(reports, null, 2)}\n`);
    const lines = [
      '# Demo report',
      '',
      '| page | highlights | badge | scan ms | match ms | claims | contradictions |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    ];
    for (const r of reports) {
      const ms = (x: number | null) => (x === null ? 'n/a' : x.toFixed(1));
      lines.push(
        `| ${r.page} | ${r.highlights} | ${r.badge || '—'} | ${ms(r.scanMs)} | ${ms(r.matchMs)} | ${r.matchedClaims} | ${r.contradictions.length} |`,
      );
    }
    for (const r of reports.filter((x) => x.contradictions.length > 0)) {
      lines.push('', `## ${r.title}`, '', ...r.contradictions.map((c) => `- ${c}`));
    }
    await writeFile(join(OUTPUT, 'report.md'), `${lines.join('\n')}\n`);
    console.log(lines.slice(0, 4 + reports.length).join('\n'));
    console.log(`\nScreenshots and report written to ${OUTPUT}`);
    if (!headless) {
      console.log('The browser stays open with the demo pages: close it to finish.');
      await new Promise<void>((done) => context.on('close', () => done()));
    }
  } finally {
    if (headless) await launched.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
