/**
 * The background service worker: matches every tab's mentions with one engine (`EngineState`),
 * keeps each tab's report (`tab-reports.ts`) for the badge and the popup, forgets it when the
 * tab navigates or closes, and keeps the content script registered for the sites the user
 * enabled (`enabled-sites.ts`). Every message is handled through `handleMessage`: only from the
 * context expected, only with a valid payload.
 */
import { browser } from 'wxt/browser';
import {
  fromContentScript,
  fromExtensionPage,
  handleMessage,
  messageSchemas,
  sendMessage,
  tabRequestSchema,
} from '../messaging';
import { pageReportSchema } from '../report';
import { showBadge } from './badge';
import { keepEnabledSitesRegistered } from './enabled-sites';
import { EngineState } from './engine-state';
import { forgetTabReport, loadTabReport, saveTabReport } from './tab-reports';

/** The first-run page (`entrypoints/welcome/`), opened once on install. */
const WELCOME_PAGE = '/welcome.html' as const;

/** Tells an open popup that a tab's report changed. */
function notifyPopup(tabId: number): void {
  sendMessage('reportChanged', { tabId }).catch(() => {
    // No popup open: nobody to tell.
  });
}

export function runBackground(): void {
  const engines = new EngineState();
  engines.watch();

  // --- content scripts ---------------------------------------------------------------------
  handleMessage('getDetector', { from: fromContentScript, refused: null }, () =>
    engines.detectorInfo(),
  );
  handleMessage(
    'matchMentions',
    { from: fromContentScript, schema: () => messageSchemas().match, refused: null },
    (request) => engines.match(request),
  );
  handleMessage(
    'reportPage',
    { from: fromContentScript, schema: pageReportSchema, refused: undefined },
    async (report, { tabId }) => {
      await saveTabReport(tabId, report);
      await showBadge(tabId, report);
      notifyPopup(tabId);
    },
  );

  // --- the popup ---------------------------------------------------------------------------
  handleMessage(
    'getReport',
    { from: fromExtensionPage, schema: tabRequestSchema, refused: null },
    async ({ tabId }) => {
      const report = await loadTabReport(tabId);
      return report ? { report, catalogue: await engines.catalogueOf(report) } : null;
    },
  );
  handleMessage('getCoverage', { from: fromExtensionPage, refused: null }, () =>
    engines.coverage(),
  );

  // --- tabs --------------------------------------------------------------------------------
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTabReport(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    // A new document is loading: the old report no longer describes the tab.
    if (changeInfo.status !== 'loading' || changeInfo.url === undefined) return;
    void forgetTabReport(tabId).then(() => {
      void showBadge(tabId, null);
      notifyPopup(tabId);
    });
  });

  // --- install, start ----------------------------------------------------------------------
  keepEnabledSitesRegistered();
  browser.runtime.onInstalled.addListener((details) => {
    // First run: a page that says what the extension does and which sites it reads.
    if (details.reason === 'install')
      void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
    // A new version may bundle a new dataset: refresh what content scripts detect with.
    void engines.activeDataset();
  });
}
