/**
 * The content script on the sites the user enabled at run time (optional host permissions):
 * registered under one script id for every granted origin the manifest's `matches` do not cover,
 * and kept in step with the permissions, so those sites are checked on every visit.
 */
import { browser } from 'wxt/browser';

/** The script id under which the content script is registered for user-enabled sites. */
const DYNAMIC_SCRIPT_ID = 'factcheck-enabled-sites';

/** Registers, updates or unregisters the content script for the granted origins. */
export async function syncEnabledSites(): Promise<void> {
  const staticMatches = new Set(
    (browser.runtime.getManifest().content_scripts ?? []).flatMap((cs) => cs.matches ?? []),
  );
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const origins = granted.filter((origin) => !staticMatches.has(origin));
  const existing = await browser.scripting.getRegisteredContentScripts({
    ids: [DYNAMIC_SCRIPT_ID],
  });
  if (origins.length === 0) {
    if (existing.length > 0)
      await browser.scripting.unregisterContentScripts({ ids: [DYNAMIC_SCRIPT_ID] });
    return;
  }
  const script = {
    id: DYNAMIC_SCRIPT_ID,
    matches: origins,
    js: ['content-scripts/content.js'],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/**
 * Keeps the registration in step: on install or update, at browser start, and whenever a
 * permission is granted or withdrawn. Failures are logged.
 */
export function keepEnabledSitesRegistered(): void {
  const sync = (): void => {
    syncEnabledSites().catch((error: unknown) => {
      console.warn('[coalition-claims-check] could not register the content script:', error);
    });
  };
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
}
