/**
 * Host access, shared by every page that turns sites on (options, popup, first-run page): asking
 * for one site or for every site, and finding out whether the browser has withheld the access
 * the manifest asks for (Firefox MV3 lets the user withhold the default sites' access).
 *
 * Every `request…` call must be made straight from the user's click or submit handler, before
 * any `await`: the browser shows its permission prompt only during a user gesture.
 */
import { browser } from 'wxt/browser';
import type { Settings } from './settings';
import { DEFAULT_SITES, normalizeHostname } from './sites';

/** The outcome of a permission request: refused, failed (with why) or granted. */
export interface AccessResult {
  granted: boolean;
  error?: string;
}

/**
 * The origins "every site" asks for: `<all_urls>`, or whatever the manifest's
 * `optional_host_permissions` offers instead (Chrome refuses to request more than it lists).
 */
export function everySiteOrigins(): string[] {
  const manifest = browser.runtime.getManifest() as { optional_host_permissions?: string[] };
  const optional = manifest.optional_host_permissions ?? [];
  if (optional.length === 0 || optional.includes('<all_urls>')) return ['<all_urls>'];
  return optional;
}

/** Asks for host access; resolves false (never rejects) when refused or not requestable. */
export async function requestOrigins(origins: string[]): Promise<AccessResult> {
  try {
    return { granted: await browser.permissions.request({ origins }) };
  } catch (error) {
    return { granted: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Asks for access to every site (call from the click handler). */
export function requestEverySite(): Promise<AccessResult> {
  return requestOrigins(everySiteOrigins());
}

/** Asks for access to one site and its subdomains over https (call from the submit handler). */
export function requestSite(host: string): Promise<AccessResult> {
  return requestOrigins([`https://${host}/*`, `https://*.${host}/*`]);
}

/** What the user typed as a new site: its host name, or why it cannot be added. */
export function checkNewSite(
  settings: Settings,
  input: string,
): { host: string; error?: undefined } | { host?: undefined; error: string } {
  const host = normalizeHostname(input);
  if (!host) {
    return {
      error: `“${input.trim()}” is not a site address. Type a host name such as example.com.`,
    };
  }
  if (settings.sites.includes(host) || DEFAULT_SITES.includes(host)) {
    return { error: `${host} is already in the list.` };
  }
  return { host };
}

/** The settings change that adds `host` to the user's sites (and turns it back on). */
export function addSitePatch(settings: Settings, host: string): Partial<Settings> {
  return {
    sites: [...settings.sites, host],
    disabledSites: settings.disabledSites.filter((s) => s !== host),
  };
}

/**
 * Adding a site from what the user typed, as every page that offers it does: the host checked,
 * its access asked for at once (still inside the user's submit), and the settings change to
 * save whatever the answer.
 */
export function beginAddSite(
  settings: Settings,
  input: string,
): { error: string } | { host: string; patch: Partial<Settings>; access: Promise<AccessResult> } {
  const checked = checkNewSite(settings, input);
  if (checked.error !== undefined) return { error: checked.error };
  const { host } = checked;
  return { host, patch: addSitePatch(settings, host), access: requestSite(host) };
}

/** What to tell the user when a site was added but its access refused. */
export function siteRefusedText(host: string, error?: string): string {
  return `Added ${host}, but access to it was not granted${error ? ` (${error})` : ''}: the extension cannot read its pages until you allow it.`;
}

/** What to tell the user when "every site" was refused. */
export function everySiteRefusedText(error?: string): string {
  return `“Every site” needs access to all sites, which was not granted${error ? ` (${error})` : ''}.`;
}

/**
 * The host access the manifest's content scripts ask for: the default news sites and the local
 * test pages (web addresses only; file access is the browser's own switch).
 */
export function defaultSiteOrigins(): string[] {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return scripts
    .flatMap((cs) => cs.matches ?? [])
    .filter((pattern) => !pattern.startsWith('file:'));
}

/**
 * Whether the browser lets the extension read the default sites. False in Firefox when the user
 * withheld the access (or the browser did not grant it at install): the content script then
 * never runs there, and pages should say so rather than wait for it.
 */
export async function hasDefaultSiteAccess(): Promise<boolean> {
  const origins = defaultSiteOrigins();
  if (origins.length === 0) return true;
  try {
    // Read from getAll: Chromium lists the content scripts' hosts there, but its
    // `permissions.contains` answers false for them.
    const granted = new Set((await browser.permissions.getAll()).origins ?? []);
    if (granted.has('<all_urls>') || granted.has('*://*/*')) return true;
    return origins.every((origin) => granted.has(origin));
  } catch {
    return true;
  }
}

/** Asks for the default sites' access back (call from the click handler). */
export function requestDefaultSites(): Promise<AccessResult> {
  return requestOrigins(defaultSiteOrigins());
}
