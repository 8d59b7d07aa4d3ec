/**
 * The card's answer is the command line's: for wire articles (an opinion piece and a page that
 * names its officials by surname far down among them), every mention the card can open
 * (those with claims) credits the same speaker and shows the same claims under the same
 * relations as `npm run check -- <file> --json`. The first card is opened from the keyboard as
 * soon as the page is painted, before idle matching has finished, so the mention is matched on
 * its own; the rest once the page is matched.
 */
import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Locator } from '@playwright/test';
import { creditLine } from '../src/present/words';
import { waitForMatch } from './extension-state';
import { expect, ROOT_DIR, test } from './fixtures';

const run = promisify(execFile);

interface CliMention {
  text: string;
  start: number;
  speaker: { name: string; role: string | null } | null;
  claims: Array<{ id: string; relation: string }>;
}

async function checkFromCli(file: string): Promise<CliMention[]> {
  const { stdout } = await run('npx', ['tsx', 'src/cli/check.ts', file, '--json'], {
    cwd: ROOT_DIR,
    maxBuffer: 20 * 1024 * 1024,
  });
  const json = JSON.parse(stdout) as { mentions: CliMention[] };
  return json.mentions;
}

/** What the card shows: the mention's text, who it is credited to, claim ids by relation. */
async function cardAnswer(card: Locator) {
  const title = (await card.getByRole('heading', { level: 2 }).textContent()) ?? '';
  const who = (await card.locator('[data-testid=card-credit] .fc-credit-who').textContent()) ?? '';
  const claims: Record<string, string[]> = {};
  for (const section of await card.locator(':scope > section[data-relation]').all()) {
    const relation = (await section.getAttribute('data-relation')) ?? '';
    claims[relation] = await section
      .locator('.fc-claims > li > [data-claim-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-claim-id') ?? ''));
  }
  const position = (await card.locator('.fc-card-sub').textContent()) ?? '';
  return { text: title.replace(/^Fact check: “|”$/g, ''), who, claims, position };
}

function expected(mention: CliMention) {
  const who = creditLine(
    mention.speaker ? { ...mention.speaker, speakerId: null, kind: 'person' } : null,
    null,
  ).who;
  const claims: Record<string, string[]> = {};
  for (const claim of mention.claims) {
    const list = claims[claim.relation] ?? [];
    list.push(claim.id);
    claims[claim.relation] = list;
  }
  return { text: mention.text, who, claims };
}

/**
 * Source files newer than the built extension: the command line runs the sources, the browser
 * the build, so they can only agree when the build is current.
 */
function newerThanBuild(): string[] {
  const built = statSync(join(ROOT_DIR, '.output', 'chrome-mv3', 'manifest.json')).mtimeMs;
  const files = readdirSync(join(ROOT_DIR, 'src'), { recursive: true, encoding: 'utf8' });
  // The evaluation's corpus is not part of the extension or the command line.
  return files.filter(
    (f) =>
      /\.tsx?$/.test(f) &&
      !f.endsWith('.test.ts') &&
      !f.startsWith('eval/') &&
      statSync(join(ROOT_DIR, 'src', f)).mtimeMs > built,
  );
}

const ARTICLES = [
  'b-rudaw-handover-next-week.html',
  'a-ap-joint-statement.html',
  'b-ap-ain-al-asad-erbil.html',
  // An ambassador's signed opinion piece: its own sentences are his.
  'm-gulf-oped-iraqi-ambassador.html',
  // A general named in full once, then "…," Brandt replied further down.
  's-senate-hearing-erbil.html',
];

for (const file of ARTICLES) {
  test(`card and command line agree on ${file}`, async ({ context, server }) => {
    test.setTimeout(90_000);
    const stale = newerThanBuild();
    expect(stale, 'sources changed since `npm run build`: rebuild first').toEqual([]);
    const cli = (await checkFromCli(join('e2e', 'pages', 'wire', file))).filter(
      (m) => m.claims.length > 0,
    );
    expect(cli.length).toBeGreaterThan(0);

    const page = await context.newPage();
    // Slow the page down, and press Alt+Shift+J from inside it in the very frame the scan first
    // paints its mentions: the first card then opens while idle matching is still going.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const state = window as unknown as { __firstKey?: { early: boolean } };
      const watch = (): void => {
        const painted = [...CSS.highlights].some(
          ([name, highlight]) => name.startsWith('factcheck-') && highlight.size > 0,
        );
        if (!painted) {
          requestAnimationFrame(watch);
          return;
        }
        state.__firstKey = {
          early: performance.getEntriesByName('factcheck:match', 'measure').length === 0,
        };
        const init = { key: 'J', code: 'KeyJ', altKey: true, shiftKey: true, bubbles: true };
        document.body.dispatchEvent(new KeyboardEvent('keydown', init));
      };
      requestAnimationFrame(watch);
    });
    await page.goto(`${server}/wire/${file}`, { waitUntil: 'commit' });
    const card = page.getByRole('dialog', { name: /Fact check/ });
    await expect(card).toBeVisible({ timeout: 20_000 });
    const early = await page.evaluate(
      () => (window as unknown as { __firstKey?: { early: boolean } }).__firstKey?.early ?? false,
    );
    test.info().annotations.push({
      type: 'first card',
      description: early ? 'opened before idle matching finished' : 'matching had finished',
    });
    expect(early, 'the first card opens before idle matching has finished').toBe(true);

    const first = await cardAnswer(card);
    const firstCli = cli[0] as CliMention;
    expect({ text: first.text, who: first.who, claims: first.claims }).toEqual(expected(firstCli));

    // The rest, once the page is matched: step through every mention with claims.
    expect(await waitForMatch(page, 60_000)).toBe(true);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.keyboard.press('Escape');
    await page.locator('h1').click();
    const answers = [];
    for (let i = 0; i < cli.length; i++) {
      await page.keyboard.press('Alt+Shift+J');
      await expect(card).toContainText(`mention ${i + 1} of ${cli.length} ·`);
      const answer = await cardAnswer(card);
      answers.push({ text: answer.text, who: answer.who, claims: answer.claims });
    }
    expect(answers).toEqual(cli.map(expected));
  });
}
