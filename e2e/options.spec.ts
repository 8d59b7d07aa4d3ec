/**
 * The options page: search, filters in the address, the deadlines timeline, settings, dataset
 * export and import, accessibility. Runs against the built extension (`npm run build` first).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, launchWithExtension, ROOT_DIR, test } from './fixtures';

// biome-ignore lint/suspicious/noExplicitAny: tests edit the JSON freely
type Json = any;

/** The bit of the extension API the page exposes that these tests read. */
interface ExtensionGlobal {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
}

async function bundledJson(): Promise<Json> {
  return JSON.parse(await readFile(join(ROOT_DIR, 'data', 'claims.json'), 'utf8'));
}

function claims(page: Page) {
  return page.getByTestId('claim-list').getByTestId('claim');
}

async function ready(page: Page, count?: number): Promise<void> {
  await expect(claims(page).first()).toBeVisible();
  if (count !== undefined) await expect(claims(page)).toHaveCount(count);
}

test('search marks the matched words as you type and keeps the query in the address', async ({
  openOptions,
}) => {
  const total = (await bundledJson()).claims.length;
  const page = await openOptions();
  await ready(page, total);
  await expect(page.getByTestId('result-count')).toHaveText(`Showing all ${total} claims`);

  const box = page.getByRole('searchbox', { name: /search quotes/i });
  await box.pressSequentially('withdrawl', { delay: 20 }); // a typo on purpose
  await expect(page.getByTestId('result-count')).toHaveText(
    new RegExp(`^\\d+ of ${total} claims match$`),
  );
  const count = await claims(page).count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(total);
  const marks = claims(page).first().locator('mark');
  await expect(marks.first()).toBeVisible();
  expect((await marks.allTextContents()).join(' ').toLowerCase()).toContain('withdraw');
  expect(new URL(page.url()).searchParams.get('q')).toBe('withdrawl');

  await box.fill('Patel');
  await expect(claims(page).first().getByRole('heading', { level: 3 }).locator('mark')).toHaveText(
    'Patel',
  );
  await box.fill('zzxqvy');
  await expect(page.getByTestId('result-count')).toHaveText(`0 of ${total} claims match`);
  await expect(page.getByText('No claim matches')).toBeVisible();
});

test('filters live in the address: Back restores the previous filter, a bookmark reopens it', async ({
  openOptions,
}) => {
  const total = (await bundledJson()).claims.length;
  const page = await openOptions();
  await ready(page, total);

  await page.getByLabel('Side', { exact: true }).selectOption('iraq');
  await expect(page).toHaveURL(/[?&]side=iraq/);
  const iraqCount = await claims(page).count();
  expect(iraqCount).toBeGreaterThan(0);
  expect(iraqCount).toBeLessThan(total);
  for (const side of await claims(page).locator('.side').allTextContents()) {
    expect(side).toBe('Iraq (federal government)');
  }

  await page.getByLabel('Only claims in a contradiction').check();
  await expect(page).toHaveURL(/contradicted=1/);
  await expect.poll(() => claims(page).count()).toBeLessThan(iraqCount);

  await page.getByLabel('Topic').selectOption('deadline');
  await expect(page).toHaveURL(/topic=deadline/);

  await page.goBack();
  await expect(page).not.toHaveURL(/topic=/);
  await expect(page.getByLabel('Topic')).toHaveValue('');
  await expect(page.getByLabel('Only claims in a contradiction')).toBeChecked();

  await page.goBack();
  await expect(page.getByLabel('Only claims in a contradiction')).not.toBeChecked();
  await expect(page.getByLabel('Side', { exact: true })).toHaveValue('iraq');
  await expect(claims(page)).toHaveCount(iraqCount);

  // The address is a bookmark: loading it again gives the same view.
  await page.goto(`${page.url().split('?')[0]}?side=iraq&from=2024-09-01&q=withdrawal`);
  await expect(page.getByLabel('Side', { exact: true })).toHaveValue('iraq');
  await expect(page.getByLabel('Said from')).toHaveValue('2024-09-01');
  await expect(page.getByRole('searchbox')).toHaveValue('withdrawal');
  await expect(claims(page).first()).toBeVisible();

  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(claims(page)).toHaveCount(total);
});

test('a timeline point opens its claim; a contradiction links to the other claim', async ({
  openOptions,
}) => {
  const page = await openOptions();
  await ready(page);
  const timeline = page.getByTestId('timeline');
  await expect(timeline).toBeVisible();
  const points = page.getByTestId('timeline-point');
  const deadlines = (await bundledJson()).claims.reduce(
    (n: number, c: Json) => n + (c.deadlines?.length ?? 0),
    0,
  );
  await expect(points).toHaveCount(deadlines);
  await expect(page.getByTestId('timeline-connector').first()).toBeAttached();
  await expect(page.getByRole('link', { name: /end of 2025/ }).first()).toBeVisible();

  // Mouse.
  const point = page
    .locator('[data-testid="timeline-point"][data-claim-id="al-monitor-two-phase-plan"]')
    .first();
  await point.click();
  const card = page.locator('#claim-al-monitor-two-phase-plan');
  await expect(card).toBeFocused();
  await expect(card).toHaveClass(/is-selected/);
  await expect(card).toBeInViewport();

  // Keyboard, with a filter that hides the claim: it is shown anyway.
  await page.getByLabel('Side', { exact: true }).selectOption('united-states');
  const jiad = page
    .locator('[data-testid="timeline-point"][data-claim-id="jiad-phased-withdrawal"]')
    .first();
  await jiad.focus();
  await page.keyboard.press('Enter');
  const jiadCard = page.locator('#claim-jiad-phased-withdrawal');
  await expect(jiadCard).toBeFocused();
  await expect(jiadCard).toHaveClass(/is-selected/);

  // A contradiction link focuses the other claim.
  const link = jiadCard.getByTestId('contradiction-link').first();
  const target = await link.getAttribute('href');
  await link.click();
  await expect(page.locator(target ?? '#none')).toBeFocused();
});

test('settings are saved at once and survive a reload', async ({ openOptions }) => {
  const page = await openOptions();
  await ready(page);
  const pause = page.getByLabel(/^Pause/);
  await expect(pause).not.toBeChecked();
  await pause.check();
  await expect(page.getByTestId('settings-status')).toHaveText('Paused.');
  await page.getByLabel(/^Strict/).check();
  await page.getByLabel(/^Outline/).check();
  await page
    .getByLabel('bbc.com')
    .check({ force: true })
    .catch(() => undefined);

  await page.reload();
  await ready(page);
  await expect(page.getByLabel(/^Pause/)).toBeChecked();
  await expect(page.getByLabel(/^Strict/)).toBeChecked();
  await expect(page.getByLabel(/^Outline/)).toBeChecked();
  await expect(page.getByLabel(/^Badge only/)).not.toBeChecked();

  const stored = await page.evaluate(() => {
    const api = (globalThis as unknown as { chrome: ExtensionGlobal }).chrome;
    return api.storage.local.get('settings');
  });
  expect(stored.settings).toMatchObject({
    paused: true,
    sensitivity: 'strict',
    highlightStyle: 'outline',
  });

  // Sites: a bad name is refused with a message; a good one is added (and can be removed).
  const add = page.getByLabel('Add a site');
  await add.fill('not a site');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('is not a site address');
  await add.fill('https://www.Example.org/news');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('user-sites')).toContainText('example.org');
  await page.getByText('News sites checked by default').click();
  await page.getByLabel('cnn.com', { exact: true }).uncheck();
  await page.reload();
  await expect(page.getByTestId('user-sites')).toContainText('example.org');
  await page.getByText('News sites checked by default').click();
  await expect(page.getByLabel('cnn.com', { exact: true })).not.toBeChecked();
  await page.getByRole('button', { name: 'Remove example.org' }).click();
  await expect(page.getByTestId('user-sites')).toHaveCount(0);
});

test('corrupted stored settings are repaired, keeping the valid fields', async ({
  openOptions,
}) => {
  const page = await openOptions();
  await ready(page);
  await page.evaluate(() =>
    (globalThis as unknown as { chrome: ExtensionGlobal }).chrome.storage.local.set({
      settings: { paused: true, sensitivity: 'extreme', sites: ['example.org', 42] },
    }),
  );
  await page.reload();
  await ready(page);
  await expect(page.getByLabel(/^Pause/)).toBeChecked();
  await expect(page.getByLabel(/^Balanced/)).toBeChecked();
  await expect(page.getByTestId('user-sites')).toContainText('example.org');
  await expect(page.getByTestId('settings-problems')).toContainText('settings.sensitivity');
});

test('settings survive a browser restart', async () => {
  const { mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const userDataDir = await mkdtemp(join(tmpdir(), 'ccc-restart-'));
  try {
    let launched = await launchWithExtension({ userDataDir });
    let page = await launched.context.newPage();
    await page.goto(`chrome-extension://${launched.extensionId}/options.html`);
    await page.getByLabel(/^Badge only/).check();
    await expect(page.getByTestId('settings-status')).toHaveText('Saved.');
    await launched.close();

    launched = await launchWithExtension({ userDataDir });
    page = await launched.context.newPage();
    await page.goto(`chrome-extension://${launched.extensionId}/options.html`);
    await expect(page.getByLabel(/^Badge only/)).toBeChecked();
    await launched.close();
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
});

test('exports the active dataset as JSON and as ClaimReview JSON-LD', async ({ openOptions }) => {
  const bundled = await bundledJson();
  const page = await openOptions();
  await ready(page);

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export dataset (JSON)' }).click(),
  ]);
  expect(json.suggestedFilename()).toMatch(/^coalition-claims-\d{4}-\d{2}-\d{2}\.json$/);
  const dataset = JSON.parse(await readFile((await json.path()) as string, 'utf8'));
  expect(dataset.claims).toHaveLength(bundled.claims.length);
  expect(dataset.claims[0].id).toBe(bundled.claims[0].id);

  const [ld] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as ClaimReview (JSON-LD)' }).click(),
  ]);
  const reviews = JSON.parse(await readFile((await ld.path()) as string, 'utf8'));
  expect(reviews['@context']).toBe('https://schema.org');
  expect(reviews['@graph']).toHaveLength(bundled.claims.length);
  expect(reviews['@graph'][0]).toMatchObject({
    '@type': 'ClaimReview',
    claimReviewed: bundled.claims[0].summary,
    itemReviewed: { '@type': 'Claim', datePublished: bundled.claims[0].date },
  });
  expect(
    reviews['@graph'].some((r: Json) => r.reviewRating?.alternateName === 'Contradicted'),
  ).toBe(true);
});

test('import: a bad file changes nothing, a good one is used everywhere, revert restores', async ({
  openOptions,
}) => {
  const bundled = await bundledJson();
  const total = bundled.claims.length;
  const page = await openOptions();
  await ready(page, total);
  await expect(page.getByTestId('dataset-status')).toContainText(
    `bundled dataset (${total} claims`,
  );

  // Malformed: a bad date and a dangling speaker.
  const bad = structuredClone(bundled);
  bad.claims[2].date = '27 January 2024';
  await page.getByLabel('Choose a dataset file (.json)').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const error = page.getByTestId('import-error');
  await expect(error).toContainText('bad.json was not imported');
  await expect(error).toContainText('claims[2].date');
  await expect(page.getByTestId('dataset-status')).toContainText(
    `bundled dataset (${total} claims`,
  );
  await expect(claims(page)).toHaveCount(total);

  // Not JSON at all.
  await page.getByLabel('Choose a dataset file (.json)').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "claims": [ oops'),
  });
  await expect(error).toContainText('notes.json was not imported');
  await expect(error).toContainText('(root)');

  // Valid and modified: three claims, dropped onto the drop zone.
  const good = structuredClone(bundled);
  good.claims = good.claims.slice(0, 3);
  good.contradictions = [];
  const text = JSON.stringify(good);
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'small.json', { type: 'application/json' }));
    return data;
  }, text);
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByTestId('dataset-status')).toContainText(
    'Using imported dataset (3 claims)',
  );
  await expect(page.getByTestId('import-error')).toHaveCount(0);
  await expect(claims(page)).toHaveCount(3);

  // Used everywhere: stored for every context, and still there after a reload.
  await page.reload();
  await expect(page.getByTestId('dataset-status')).toContainText(
    'Using imported dataset (3 claims)',
  );
  await ready(page, 3);

  await page.getByRole('button', { name: 'Revert to bundled' }).click();
  await expect(page.getByTestId('dataset-status')).toContainText(
    `bundled dataset (${total} claims`,
  );
  await expect(claims(page)).toHaveCount(total);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no accessibility violations (${colorScheme})`, async ({ openOptions }) => {
    const page = await openOptions();
    await page.emulateMedia({ colorScheme });
    await ready(page);
    await page.getByRole('searchbox').fill('end of 2025');
    await expect(claims(page).first().locator('mark').first()).toBeVisible();
    await page.getByText('News sites checked by default').click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => ({
        id: v.id,
        nodes: v.nodes.slice(0, 3).map((n) => n.target),
      })),
    ).toEqual([]);
  });
}
