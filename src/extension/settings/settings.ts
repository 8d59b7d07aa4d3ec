/**
 * User settings: one zod schema, the defaults, and their storage in `storage.local` under
 * `settings` (WXT storage item `local:settings`). Every extension context can read, change and
 * watch them; a stored value that does not fit the schema is repaired field by field, never
 * thrown on. `local` rather than `sync`: the site lists can outgrow sync's 8 KB per item, and
 * local storage survives browser restarts just the same.
 */
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { DEFAULT_SITES, hostMatchesSite, normalizeHostname } from './sites';

export const sensitivities = ['strict', 'balanced', 'broad'] as const;
export const highlightStyles = ['underline', 'background', 'outline'] as const;

/** A host name as stored: already normalised by `normalizeHostname`. */
const hostname = z
  .string()
  .check(z.refine((value) => normalizeHostname(value) === value, 'not a normalised host name'));

export const settingsSchema = z.strictObject({
  /** Extra host names the user enabled (beyond `DEFAULT_SITES`); each covers its subdomains. */
  sites: z.array(hostname),
  /** Default sites (from `DEFAULT_SITES`) the user turned off. */
  disabledSites: z.array(hostname),
  /** Run on every site, except those in `disabledSites`. Needs the `<all_urls>` permission. */
  everySite: z.boolean(),
  /** Highlight nothing anywhere until switched back on. */
  paused: z.boolean(),
  /** Do not touch the page: only count findings on the toolbar badge. */
  badgeOnly: z.boolean(),
  /** How eagerly page text is matched to claims: `strict` misses more, `broad` guesses more. */
  sensitivity: z.enum(sensitivities),
  /** How a mention is marked on the page. */
  highlightStyle: z.enum(highlightStyles),
});

export type Settings = z.infer<typeof settingsSchema>;
export type Sensitivity = Settings['sensitivity'];
export type HighlightStyle = Settings['highlightStyle'];

/** The settings of a fresh install. Frozen: copy before changing. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  sites: [],
  disabledSites: [],
  everySite: false,
  paused: false,
  badgeOnly: false,
  sensitivity: 'balanced',
  highlightStyle: 'underline',
});

/** The storage version of the settings item; bump it with a migration when the shape changes. */
export const SETTINGS_VERSION = 1;

/**
 * The storage item. Its value is `unknown` on purpose: what is stored may have been written by
 * an older version or corrupted, so every read goes through `parseSettings`.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

export interface ParsedSettings {
  settings: Settings;
  /** What was wrong with the stored value and has been replaced by its default; empty if none. */
  problems: string[];
}

/**
 * Reads settings from any value (pure). A valid value comes back as is. Otherwise each field
 * is checked on its own: valid fields are kept, invalid or missing ones take their default, and
 * in site lists only the bad entries are dropped. Unknown fields are ignored. Never throws.
 * `problems` lists invalid values and unknown fields, not missing ones (an older version's
 * settings simply lack the newer fields).
 */
export function parseSettings(raw: unknown): ParsedSettings {
  const whole = settingsSchema.safeParse(raw);
  if (whole.success) return { settings: whole.data, problems: [] };

  const problems: string[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('settings: not an object; using the defaults');
    return { settings: defaults(), problems };
  }
  const record = raw as Record<string, unknown>;
  const settings = defaults();
  const shape = settingsSchema.shape;
  for (const key of Object.keys(shape) as (keyof Settings)[]) {
    // A missing field is normal (saved by a version without it): it takes its default quietly.
    if (!Object.hasOwn(record, key)) continue;
    const value = record[key];
    if (key === 'sites' || key === 'disabledSites') {
      settings[key] = repairHostList(value, key, problems);
      continue;
    }
    const field = shape[key].safeParse(value);
    if (field.success) Object.assign(settings, { [key]: field.data });
    else problems.push(`settings.${key}: ${JSON.stringify(value)} is not valid; using the default`);
  }
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(shape, key)) problems.push(`settings.${key}: unknown setting ignored`);
  }
  return { settings, problems };
}

function defaults(): Settings {
  return { ...DEFAULT_SETTINGS, sites: [], disabledSites: [] };
}

function repairHostList(value: unknown, key: string, problems: string[]): string[] {
  if (!Array.isArray(value)) {
    problems.push(`settings.${key}: not a list; using an empty list`);
    return [];
  }
  const out = new Set<string>();
  value.forEach((entry, index) => {
    const host = typeof entry === 'string' ? normalizeHostname(entry) : null;
    if (host === null) {
      problems.push(`settings.${key}[${index}]: ${JSON.stringify(entry)} is not a host name`);
    } else out.add(host);
  });
  return [...out];
}

/**
 * The current settings. A corrupted stored value is repaired (see `parseSettings`), its problems
 * reported with `console.warn`, and the repaired value returned; storage is left as it is until
 * the next `saveSettings`. Never throws: if storage itself fails, returns the defaults.
 */
export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsReport()).settings;
}

/** Like `loadSettings`, but also returns the problems found in the stored value. */
export async function loadSettingsReport(): Promise<ParsedSettings> {
  let raw: unknown;
  try {
    raw = await settingsItem.getValue();
  } catch (error) {
    const problem = `settings: could not be read (${String(error)}); using the defaults`;
    console.warn(`[coalition-claims-check] ${problem}`);
    return { settings: defaults(), problems: [problem] };
  }
  const parsed = parseSettings(raw);
  if (parsed.problems.length > 0) {
    console.warn('[coalition-claims-check] stored settings repaired:', parsed.problems.join('; '));
  }
  return parsed;
}

let writing: Promise<unknown> = Promise.resolve();

/**
 * Merges `patch` into the current settings and stores the result, which it returns. Writes from
 * one context are applied in call order. Host lists in the patch are normalised and
 * de-duplicated; a patch that still does not fit the schema rejects with a `ZodError` and
 * stores nothing.
 */
export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const run = writing.then(async () => {
    const current = await loadSettings();
    const next: Settings = { ...current, ...patch };
    if (patch.sites) next.sites = normalizeList(patch.sites);
    if (patch.disabledSites) next.disabledSites = normalizeList(patch.disabledSites);
    const valid = settingsSchema.parse(next);
    await settingsItem.setValue(valid);
    return valid;
  });
  writing = run.catch(() => undefined);
  return run;
}

function normalizeList(hosts: readonly string[]): string[] {
  // Left invalid on purpose when it does not normalise: parsing rejects it.
  return [...new Set(hosts.map((entry) => normalizeHostname(entry) ?? entry))];
}

/** Stores the defaults (keeps nothing of the current settings). */
export async function resetSettings(): Promise<Settings> {
  return saveSettings(defaults());
}

/**
 * Calls `cb` with the repaired settings whenever they change in any context (not with the
 * current value: call `loadSettings` for that). Returns a function that stops watching.
 */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(parseSettings(value).settings));
}

/**
 * Whether the extension should look at pages on `hostname` (pure). Ignores `paused` and
 * `badgeOnly`, which say *how* to run, not *where*.
 *
 * - A host under one of `settings.disabledSites` is off, whatever else is set.
 * - With `everySite`, every other host is on.
 * - Otherwise a host is on when it is under one of `defaultSites` or `settings.sites`.
 *
 * `hostname` is `location.hostname` (any case, `www.` or not). `defaultSites` defaults to
 * `DEFAULT_SITES`; pass a longer list to include e.g. `LOCAL_TEST_SITES`.
 */
export function isSiteEnabled(
  settings: Pick<Settings, 'sites' | 'disabledSites' | 'everySite'>,
  hostname: string,
  defaultSites: readonly string[] = DEFAULT_SITES,
): boolean {
  if (!hostname) return false;
  if (settings.disabledSites.some((site) => hostMatchesSite(hostname, site))) return false;
  if (settings.everySite) return true;
  return (
    defaultSites.some((site) => hostMatchesSite(hostname, site)) ||
    settings.sites.some((site) => hostMatchesSite(hostname, site))
  );
}

/** `!paused && isSiteEnabled(...)`: whether to do anything at all on this host. */
export function isActiveOn(
  settings: Settings,
  hostname: string,
  defaultSites: readonly string[] = DEFAULT_SITES,
): boolean {
  return !settings.paused && isSiteEnabled(settings, hostname, defaultSites);
}
