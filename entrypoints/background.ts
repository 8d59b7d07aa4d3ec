/**
 * Background service worker: keeps each tab's `PageReport` (in `storage.session`, so it survives
 * the worker being stopped), shows the count of distinct matched claims on the toolbar badge,
 * answers the popup, and forgets a tab's report when the tab navigates or closes. Also
 * registers the content script for the sites the user enabled at run time (optional host
 * permissions), so they are checked on every visit.
 */
import { browser } from 'wxt/browser';
import {
  isOwnContentScript,
  isOwnExtensionPage,
  onMessage,
  pageReportSchema,
  sendMessage,
  tabRequestSchema,
} from '../src/messaging';
import { matchedClaimCount, type PageReport } from '../src/report';

const reportKey = (tabId: number): string => `report:${tabId}`;

/** The script id under which the content script is registered for user-enabled sites. */
const DYNAMIC_SCRIPT_ID = 'factcheck-enabled-sites';

export default defineBackground(() => {
  const extensionId = browser.runtime.id;

  async function saveReport(tabId: number, report: PageReport): Promise<void> {
    await browser.storage.session.set({ [reportKey(tabId)]: report });
  }

  async function loadReport(tabId: number): Promise<PageReport | null> {
    const stored = await browser.storage.session.get(reportKey(tabId));
    const parsed = pageReportSchema.safeParse(stored[reportKey(tabId)]);
    return parsed.success ? parsed.data : null;
  }

  async function forget(tabId: number): Promise<void> {
    await browser.storage.session.remove(reportKey(tabId));
  }

  async function setBadge(tabId: number, report: PageReport | null): Promise<void> {
    const count = report ? matchedClaimCount(report) : 0;
    try {
      await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
      if (count > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: '#0b5394' });
    } catch {
      // The tab closed meanwhile.
    }
  }

  function notifyPopup(tabId: number): void {
    sendMessage('reportChanged', { tabId }).catch(() => {
      // No popup open: nobody to tell.
    });
  }

  onMessage('reportPage', async (message) => {
    if (!isOwnContentScript(message.sender, extensionId)) return;
    const parsed = pageReportSchema.safeParse(message.data);
    if (!parsed.success) return;
    const tabId = message.sender.tab.id;
    await saveReport(tabId, parsed.data);
    await setBadge(tabId, parsed.data);
    notifyPopup(tabId);
  });

  onMessage('getReport', async (message) => {
    if (!isOwnExtensionPage(message.sender, extensionId)) return null;
    const request = tabRequestSchema.safeParse(message.data);
    if (!request.success) return null;
    return loadReport(request.data.tabId);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void forget(tabId);
  });

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    // A new document is loading: the old report no longer describes the tab.
    if (changeInfo.status !== 'loading' || changeInfo.url === undefined) return;
    void forget(tabId).then(() => {
      void setBadge(tabId, null);
      notifyPopup(tabId);
    });
  });

  // --- content script on user-enabled sites --------------------------------------------------
  const staticMatches = new Set(
    (browser.runtime.getManifest().content_scripts ?? []).flatMap((cs) => cs.matches ?? []),
  );

  async function syncDynamicScript(): Promise<void> {
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

  const sync = (): void => {
    syncDynamicScript().catch((error: unknown) => {
      console.warn('[coalition-claims-check] could not register the content script:', error);
    });
  };
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
});
