/**
 * The first-run page: opened on install, explains the extension,
 * lists the default sites from `src/extension/settings/sites.ts`, adds a site or every site, links to the
 * claims search, and passes axe in light and dark.
 *
 * Playwright cannot click the browser's own permission prompt, so the "every site" test
 * answers `chrome.permissions.request` in the page itself (the prompt's "Allow") and checks that
 * the page asked for the right origins, straight from the click, and stored the setting.
 */
import AxeBuilder from '@axe-core/playwright';
import { DEFAULT_SITES } from '../src/extension/settings/sites';
import { expect, launchWithExtension, test } from './fixtures';

test('opens on install, explains the extension and lists the default sites', async () => {
  const { welcome, close } = await launchWithExtension({ welcome: 'keep' });
  try {
    if (!welcome) throw new Error('no first-run page');
    await expect(welcome).toHaveTitle('Welcome to Coalition Claims Check');
    await expect(welcome.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(
      welcome.getByRole('heading', { level: 2, name: 'Nothing leaves your computer' }),
    ).toBeVisible();
    await expect(welcome.getByText(/sends nothing anywhere/)).toBeVisible();
    const sites = welcome.getByTestId('default-sites').getByRole('listitem');
    await expect(sites).toHaveCount(DEFAULT_SITES.length);
    await expect(sites.first()).toHaveText(DEFAULT_SITES[0] ?? '');
    // In Chromium the default sites' access comes with the install.
    await expect(welcome.getByTestId('default-access')).toHaveCount(0);
    await expect(welcome.getByRole('link', { name: 'Search all claims' })).toHaveAttribute(
      'href',
      /\/options\.html$/,
    );
    // Keyboard: the field, its button, "every site", then the link, in that order.
    await welcome.getByLabel('Site address').focus();
    await welcome.keyboard.press('Tab');
    await expect(welcome.getByRole('button', { name: 'Add site' })).toBeFocused();
    await welcome.keyboard.press('Tab');
    await expect(welcome.getByRole('button', { name: 'Check every site' })).toBeFocused();
    await welcome.keyboard.press('Tab');
    await expect(welcome.getByRole('link', { name: 'Search all claims' })).toBeFocused();
  } finally {
    await close();
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no accessibility violations (${colorScheme})`, async () => {
    const { welcome, close } = await launchWithExtension({ welcome: 'keep' });
    try {
      if (!welcome) throw new Error('no first-run page');
      await welcome.emulateMedia({ colorScheme });
      await welcome.getByLabel('Site address').fill('not a site');
      await welcome.getByRole('button', { name: 'Add site' }).click();
      await expect(welcome.getByRole('alert')).toContainText('is not a site address');
      const background = await welcome.evaluate(
        () => getComputedStyle(document.body).backgroundColor,
      );
      if (colorScheme === 'dark') expect(background).not.toBe('rgb(251, 250, 248)');
      const results = await new AxeBuilder({ page: welcome }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    } finally {
      await close();
    }
  });
}

test('"Check every site" asks for every site from the click and turns it on', async () => {
  const { welcome, extensionId, context, close } = await launchWithExtension({ welcome: 'keep' });
  try {
    if (!welcome) throw new Error('no first-run page');
    // A fresh copy of the page with the prompt answered "Allow", recording what was asked.
    await welcome.addInitScript(() => {
      const w = window as unknown as {
        chrome: { permissions: { request: (p: { origins?: string[] }) => Promise<boolean> } };
        requested: Array<{ origins?: string[]; gesture: boolean }>;
      };
      w.requested = [];
      w.chrome.permissions.request = async (p) => {
        w.requested.push({ origins: p.origins, gesture: navigator.userActivation.isActive });
        return true;
      };
    });
    await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
    await welcome.getByRole('button', { name: 'Check every site' }).click();
    await expect(welcome.getByTestId('welcome-status')).toHaveText(
      'Every site is checked from now on.',
    );
    await expect(welcome.getByRole('button', { name: 'Every site is checked' })).toBeDisabled();
    const requested = await welcome.evaluate(
      () => (window as unknown as { requested: unknown[] }).requested,
    );
    expect(requested).toEqual([{ origins: ['*://*/*'], gesture: true }]);
    // The setting is the options page's: it shows there too.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByLabel(/^Every site/)).toBeChecked();

    // A site added by name is asked for, saved and listed on the options page.
    await welcome.getByLabel('Site address').fill('https://www.Example.org/news');
    await welcome.getByRole('button', { name: 'Add site' }).click();
    await expect(welcome.getByTestId('welcome-status')).toHaveText(
      'Added example.org: its pages are checked from now on.',
    );
    await expect(options.getByTestId('user-sites')).toContainText('example.org');
  } finally {
    await close();
  }
});
