import { useState } from 'preact/hooks';
import {
  type HighlightStyle,
  highlightStyles,
  type Sensitivity,
  type Settings,
  saveSettings,
  sensitivities,
} from '../../settings/settings';
import {
  beginAddSite,
  everySiteRefusedText,
  requestEverySite,
  siteRefusedText,
} from '../../settings/site-access';
import { DEFAULT_SITES } from '../../settings/sites';

const SENSITIVITY_HELP: Record<Sensitivity, string> = {
  strict: 'Strict: only close matches to a claim; misses more.',
  balanced: 'Balanced: the default.',
  broad: 'Broad: looser matches; finds more, with more false alarms.',
};

const STYLE_LABELS: Record<HighlightStyle, string> = {
  underline: 'Underline',
  background: 'Background colour',
  outline: 'Outline',
};

/** Where the extension runs and how it marks pages. Every change is stored at once. */
export function SettingsPanel({
  settings,
  problems = [],
}: {
  settings: Settings;
  /** What was wrong with the stored settings when the page opened (repaired, not yet saved). */
  problems?: string[];
}) {
  const [status, setStatus] = useState('');
  const [siteInput, setSiteInput] = useState('');
  const [siteError, setSiteError] = useState('');

  const save = async (patch: Partial<Settings>, message = 'Saved.') => {
    try {
      await saveSettings(patch);
      setStatus(message);
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const onEverySite = (checked: boolean) => {
    if (!checked) {
      void save({ everySite: false }, 'Saved: the extension runs only on the listed sites.');
      return;
    }
    // Requested straight from the click handler, as the permission prompt requires.
    const pending = requestEverySite();
    void pending.then(({ granted, error }) => {
      if (granted) void save({ everySite: true }, 'Saved: the extension runs on every site.');
      else setStatus(everySiteRefusedText(error));
    });
  };

  const onAddSite = (event: Event) => {
    event.preventDefault();
    // Access is asked for inside the submit (the prompt needs the user's gesture); the site is
    // saved at once either way, and the answer only changes the message.
    const adding = beginAddSite(settings, siteInput);
    if ('error' in adding) {
      setSiteError(adding.error);
      return;
    }
    const { host, patch, access } = adding;
    setSiteError('');
    setSiteInput('');
    void save(patch, `Added ${host}.`).then(() =>
      access.then(({ granted, error }) => {
        if (!granted) setStatus(siteRefusedText(host, error));
      }),
    );
  };

  const enabledDefaults = DEFAULT_SITES.filter((s) => !settings.disabledSites.includes(s)).length;

  return (
    <section aria-labelledby="settings-heading" class="panel">
      <h2 id="settings-heading">Settings</h2>
      {problems.length > 0 && (
        <p class="warning" data-testid="settings-problems">
          Some saved settings were not valid and their defaults are shown instead:{' '}
          {problems.slice(0, 3).join('; ')}
          {problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}.
        </p>
      )}
      <p class="status" role="status" aria-live="polite" data-testid="settings-status">
        {status}
      </p>
      <fieldset>
        <legend>Checking pages</legend>
        <div class="field-check">
          <input
            id="s-paused"
            type="checkbox"
            checked={settings.paused}
            onChange={(e) =>
              void save(
                { paused: e.currentTarget.checked },
                e.currentTarget.checked ? 'Paused.' : 'Resumed.',
              )
            }
          />
          <label for="s-paused">Pause: check no page until switched back on</label>
        </div>
        <div class="field-check">
          <input
            id="s-badge"
            type="checkbox"
            checked={settings.badgeOnly}
            onChange={(e) => void save({ badgeOnly: e.currentTarget.checked })}
          />
          <label for="s-badge">
            Badge only: count findings on the toolbar icon, never mark the page
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend>Match sensitivity</legend>
        {sensitivities.map((value) => (
          <div class="field-check" key={value}>
            <input
              id={`s-sens-${value}`}
              type="radio"
              name="sensitivity"
              value={value}
              checked={settings.sensitivity === value}
              onChange={() => void save({ sensitivity: value })}
            />
            <label for={`s-sens-${value}`}>{SENSITIVITY_HELP[value]}</label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>Highlight style</legend>
        {highlightStyles.map((value) => (
          <div class="field-check" key={value}>
            <input
              id={`s-style-${value}`}
              type="radio"
              name="highlightStyle"
              value={value}
              checked={settings.highlightStyle === value}
              onChange={() => void save({ highlightStyle: value })}
            />
            <label for={`s-style-${value}`}>
              {STYLE_LABELS[value]}: <span class={`hl-preview hl-${value}`}>end of 2025</span>
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>Sites</legend>
        <div class="field-check">
          <input
            id="s-every"
            type="checkbox"
            checked={settings.everySite}
            onChange={(e) => onEverySite(e.currentTarget.checked)}
          />
          <label for="s-every">Every site (asks for access to all sites)</label>
        </div>
        <h3 class="sub">Your sites</h3>
        {settings.sites.length === 0 ? (
          <p class="muted">None added.</p>
        ) : (
          <ul class="site-list" data-testid="user-sites">
            {settings.sites.map((site) => (
              <li key={site}>
                <span>{site}</span>{' '}
                <button
                  type="button"
                  aria-label={`Remove ${site}`}
                  onClick={() =>
                    void save(
                      { sites: settings.sites.filter((s) => s !== site) },
                      `Removed ${site}.`,
                    )
                  }
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="add-site" onSubmit={onAddSite}>
          <label for="s-add">Add a site</label>
          <input
            id="s-add"
            type="text"
            inputMode="url"
            placeholder="example.com"
            value={siteInput}
            aria-invalid={siteError ? 'true' : undefined}
            aria-describedby={siteError ? 's-add-error' : undefined}
            onInput={(e) => setSiteInput(e.currentTarget.value)}
          />
          <button type="submit">Add</button>
          {siteError && (
            <p id="s-add-error" class="error" role="alert">
              {siteError}
            </p>
          )}
        </form>
        <details class="default-sites">
          <summary>
            News sites checked by default ({enabledDefaults} of {DEFAULT_SITES.length} on)
          </summary>
          <ul class="site-grid">
            {DEFAULT_SITES.map((site) => {
              const on = !settings.disabledSites.includes(site);
              return (
                <li key={site} class="field-check">
                  <input
                    id={`s-site-${site}`}
                    type="checkbox"
                    checked={on}
                    onChange={(e) =>
                      void save({
                        disabledSites: e.currentTarget.checked
                          ? settings.disabledSites.filter((s) => s !== site)
                          : [...settings.disabledSites, site],
                      })
                    }
                  />
                  <label for={`s-site-${site}`}>{site}</label>
                </li>
              );
            })}
          </ul>
        </details>
      </fieldset>
    </section>
  );
}
