import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, ROOT_DIR, test } from './fixtures';

/** Claims in `data/claims.json` (a bare array, or an object with a `claims` array). */
function datasetClaimCount(): number {
  const raw: unknown = JSON.parse(readFileSync(join(ROOT_DIR, 'data', 'claims.json'), 'utf8'));
  const claims = Array.isArray(raw) ? raw : (raw as { claims?: unknown }).claims;
  if (!Array.isArray(claims)) throw new Error('data/claims.json holds no claims array');
  return claims.length;
}

test('popup shows how many claims the dataset holds', async ({ openPopup }) => {
  const count = datasetClaimCount();
  expect(count).toBeGreaterThan(0);
  const popup = await openPopup();
  await expect(popup).toHaveTitle('Coalition Claims Check');
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Coalition Claims Check');
  await expect(popup.getByTestId('dataset-summary')).toHaveText(
    new RegExp(`^Statements from .* · \\d+ sources? · ${count} claims?$`),
  );
});

test('options page lists every claim', async ({ openOptions }) => {
  const count = datasetClaimCount();
  const options = await openOptions();
  await expect(options).toHaveTitle('Coalition Claims Check — Options');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText(
    'Coalition Claims Check — Options',
  );
  const items = options.getByTestId('claim-list').getByRole('listitem');
  await expect(items).toHaveCount(count);
  await expect(items.first()).not.toBeEmpty();
});
