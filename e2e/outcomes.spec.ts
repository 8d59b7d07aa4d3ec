/**
 * Deadlines against what happened: a page whose deadline has passed shows, in the card, what
 * became of it; the popup's positions and the options timeline say it too, and both say how
 * current the dataset is. Pages in `e2e/pages/outcomes/`, written for these tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openChecked, popupFor } from './extension-state';
import { expect, ROOT_DIR, test } from './fixtures';

const dataset = JSON.parse(readFileSync(join(ROOT_DIR, 'data', 'claims.json'), 'utf8')) as {
  claims: Array<{ date: string }>;
  sources: unknown[];
};

/** The coverage line the data gives: "Statements from January 2024 to February 2026 … · 25 sources · 160 claims". */
const COVERAGE = new RegExp(
  `^Statements from January 2024 to February 2026.* · ${dataset.sources.length} sources · ${dataset.claims.length} claims$`,
);

/**
 * Opens the card on the `nth` (0-based, in page order) highlighted mention reading `text`, by
 * stepping through the mentions from the keyboard.
 */
async function openCardOn(page: Page, text: string, nth = 0) {
  await page.locator('h1').click();
  const card = page.getByRole('dialog', { name: /Fact check/ });
  let seen = 0;
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Alt+Shift+J');
    await expect(card).toBeVisible();
    const title = await card.getByRole('heading', { level: 2 }).textContent();
    if (title === `Fact check: “${text}”`) {
      if (seen === nth) return card;
      seen++;
    }
  }
  throw new Error(`no card for "${text}" #${nth}`);
}

test('a handover "next week" from 31 Dec 2025: the card says it was missed, and when it happened', async ({
  context,
  extensionId,
  server,
}) => {
  const { page, tabId } = await openChecked(context, `${server}/outcomes/handover.html`);
  // The body's "next week" (the first is in the headline).
  const card = await openCardOn(page, 'next week', 1);
  const outcome = card.locator('.fc-outcome').first();
  await expect(outcome).toContainText('Deadline: base handed over (federal Iraq) by 11 Jan 2026.');
  await expect(outcome).toContainText(
    /Missed: “[^”]*assumed complete control[^”]*” \(Iraqi officials, 17 Jan 2026\)/,
  );
  await expect(card.locator('.fc-outcome-missed').first()).toBeVisible();

  // The popup: the deadline position line says what became of it; the coverage line.
  const popup = await popupFor(context, extensionId, tabId);
  await expect(popup.getByTestId('dataset-summary')).toHaveText(COVERAGE);
  const line = popup
    .getByTestId('positions')
    .getByRole('listitem')
    .filter({ hasText: 'Deadline: base handed over (federal Iraq) by 11 Jan 2026' })
    .first();
  await expect(line).toContainText(/— Missed: .*17 Jan 2026/);
  await expect(line.getByTestId('position-outcome')).toHaveAttribute('data-outcome', 'missed');
});

test('"no later than the end of September 2025": the card says what became of it', async ({
  context,
  server,
}) => {
  const { page } = await openChecked(context, `${server}/outcomes/september.html`);
  const card = await openCardOn(page, 'the end of September 2025');
  const same = card.locator('[data-relation="same"]');
  await expect(
    same.locator('[data-claim-id="joint-statement-conclude-mission-sept-2025"]'),
  ).toBeVisible();
  const outcome = same
    .locator('[data-claim-id="joint-statement-conclude-mission-sept-2025"] .fc-outcome')
    .first();
  await expect(outcome).toContainText(
    'Deadline: coalition mission ends (all of Iraq) by end of Sep 2025.',
  );
  // Advisers still at Al Asad in October 2025: the mission had not ended by September.
  await expect(outcome).toContainText(
    /Missed: “[^”]*advisers at Al Asad Airbase” \([^)]*, 20 Oct 2025\)/,
  );
});

test('the options timeline spans 2024 to 2026, marks today and says what became of each deadline', async ({
  openOptions,
}) => {
  const page = await openOptions();
  await expect(page.getByTestId('dataset-summary')).toHaveText(COVERAGE);
  const timeline = page.getByTestId('timeline');
  await expect(timeline).toBeVisible();
  const years = await timeline.locator('.tl-tick.major').allTextContents();
  expect(years).toEqual(expect.arrayContaining(['2024', '2025', '2026']));
  await expect(page.getByTestId('timeline-today')).toBeAttached();

  // A missed deadline: its shape, its name beside it, and the evidence in its accessible name.
  const missed = page.locator(
    '[data-testid="timeline-point"][data-claim-id="iraqi-army-ain-al-asad-next-week"]',
  );
  await expect(missed).toHaveAttribute('data-outcome', 'missed');
  await expect(missed).toHaveAttribute(
    'aria-label',
    /Missed: “[^”]*assumed complete control[^”]*” \(Iraqi officials, 17 Jan 2026\)/,
  );
  await expect(missed.locator('.tl-outcome.outcome-missed')).toBeAttached();
  await expect(missed.locator('.tl-label')).toContainText('· Missed');
  await expect(page.getByTestId('outcome-legend')).toContainText('Missed');

  // The claim card in the search results says it too.
  await missed.click();
  const claim = page.locator('#claim-iraqi-army-ain-al-asad-next-week');
  await expect(claim).toBeFocused();
  await expect(claim.getByTestId('claim-outcome')).toContainText(
    /Missed: “[^”]*” \(Iraqi officials, 17 Jan 2026\)/,
  );
});
