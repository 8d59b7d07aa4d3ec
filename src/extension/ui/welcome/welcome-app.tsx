/**
 * The first-run page, opened by the background on install: what the extension does, that it
 * sends nothing anywhere, which news sites it checks by default (`DEFAULT_SITES`), and buttons
 * to add a site or every site. Permission requests start in the click and submit handlers
 * themselves, as the browser's prompt requires; the settings code is the options page's.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadSettings, type Settings, saveSettings, watchSettings } from '../../settings/settings';
import {
  beginAddSite,
  everySiteRefusedText,
  hasDefaultSiteAccess,
  requestDefaultSites,
  requestEverySite,
  siteRefusedText,
} from '../../settings/site-access';
import { DEFAULT_SITES } from '../../settings/sites';

export function WelcomeApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [defaultAccess, setDefaultAccess] = useState<boolean | null>(null);
  const [siteInput, setSiteInput] = useState('');
  const [siteError, setSiteError] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    void loadSettings().then(setSettings);
    void hasDefaultSiteAccess().then(setDefaultAccess);
    return watchSettings(setSettings);
  }, []);

  const onAddSite = (event: Event): void => {
    event.preventDefault();
    if (!settings) return;
    // Access is asked for inside the submit: the permission prompt needs the user's gesture.
    const adding = beginAddSite(settings, siteInput);
    if ('error' in adding) {
      setSiteError(adding.error);
      return;
    }
    const { host, patch, access } = adding;
    setSiteError('');
    setSiteInput('');
    void saveSettings(patch)
      .then(() => access)
      .then(({ granted, error }) =>
        setStatus(
          granted
            ? `Added ${host}: its pages are checked from now on.`
            : siteRefusedText(host, error),
        ),
      )
      .catch((error: unknown) => setStatus(`Not saved: ${String(error)}`));
  };

  const onEverySite = (): void => {
    const pending = requestEverySite();
    void pending.then(async ({ granted, error }) => {
      if (!granted) {
        setStatus(everySiteRefusedText(error));
        return;
      }
      await saveSettings({ everySite: true });
      setStatus('Every site is checked from now on.');
    });
  };

  const onDefaultSites = (): void => {
    const pending = requestDefaultSites();
    void pending.then(({ granted }) => {
      setDefaultAccess(granted);
      setStatus(
        granted
          ? 'The news sites above are checked from now on.'
          : 'Access was not granted: the news sites above are not checked.',
      );
    });
  };

  const optionsUrl = browser.runtime.getURL('/options.html');

  return (
    <main class="welcome">
      <h1>Coalition Claims Check is ready</h1>
      <p class="lead">
        When you read the news about the end of the US-led anti-ISIS coalition's mission in Iraq,
        the extension highlights the passages that touch the story. Hover over or focus a highlight
        (Alt+Shift+J steps through them) to see who said what, when, where it was reported, and
        where officials contradict each other.
      </p>

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Nothing leaves your computer</h2>
        <p>
          The pages you read are checked on your computer, against a dataset that ships inside the
          extension. It sends nothing anywhere, makes no network requests and collects no data.
        </p>
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites it checks</h2>
        <p>Out of the box it reads these {DEFAULT_SITES.length} news sites, and no others:</p>
        <ul class="site-grid" data-testid="default-sites">
          {DEFAULT_SITES.map((site) => (
            <li key={site}>{site}</li>
          ))}
        </ul>
        {defaultAccess === false ? (
          <div class="warning" data-testid="default-access">
            <p>
              Your browser has not allowed the extension to read these sites yet, so they are not
              checked.
            </p>
            <button type="button" class="primary" onClick={onDefaultSites}>
              Allow these news sites
            </button>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="more-heading">
        <h2 id="more-heading">Check more sites</h2>
        <p>The browser asks for your permission for each site you add.</p>
        <form class="add-site" onSubmit={onAddSite}>
          <label for="w-add">Site address</label>
          <input
            id="w-add"
            type="text"
            inputMode="url"
            autoComplete="off"
            placeholder="example.com"
            value={siteInput}
            aria-invalid={siteError ? 'true' : undefined}
            aria-describedby={siteError ? 'w-add-error' : 'w-add-help'}
            onInput={(e) => setSiteInput(e.currentTarget.value)}
          />
          <button type="submit" disabled={!settings}>
            Add site
          </button>
          <p id="w-add-help" class="muted">
            A host name such as example.com; its subdomains are included.
          </p>
          {siteError ? (
            <p id="w-add-error" class="error" role="alert">
              {siteError}
            </p>
          ) : null}
        </form>
        <p>
          <button type="button" onClick={onEverySite} disabled={settings?.everySite ?? false}>
            {settings?.everySite ? 'Every site is checked' : 'Check every site'}
          </button>
        </p>
        <p class="status" role="status" aria-live="polite" data-testid="welcome-status">
          {status}
        </p>
      </section>

      <section aria-labelledby="search-heading">
        <h2 id="search-heading">Search the claims</h2>
        <p>
          Every statement in the dataset, with its speaker, date and source, is on the options page,
          along with the settings. <a href={optionsUrl}>Search all claims</a>
        </p>
      </section>
    </main>
  );
}
