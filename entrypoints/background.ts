/**
 * Background service worker: matches every tab's mentions with one engine (built from the active
 * dataset and the sensitivity setting, rebuilt when either changes), keeps each tab's
 * `PageReport` (in `storage.session`, so it survives the worker being stopped), shows the count
 * of distinct matched claims on the toolbar badge, answers the popup, and forgets a tab's report
 * when the tab navigates or closes. Also registers the content script for the sites the user
 * enabled at run time (optional host permissions), so they are checked on every visit.
 */
import { browser } from 'wxt/browser';
import type { Dataset } from '../src/dataset/schema';
import { createEngine, type Engine } from '../src/engine/engine';
import {
  type ActiveDataset,
  loadActiveDataset,
  watchActiveDataset,
} from '../src/extension/dataset/active';
import { AnswerCache, answerMatch } from '../src/extension/match-answer';
import {
  type DetectorInfo,
  detectorItem,
  isOwnContentScript,
  isOwnExtensionPage,
  messageSchemas,
  onMessage,
  sendMessage,
  tabRequestSchema,
} from '../src/extension/messaging';
import { matchedClaimCount, type PageReport, pageReportSchema } from '../src/extension/report';
import { loadSettings, type Sensitivity, watchSettings } from '../src/extension/settings';
import { createOutcomes, type OutcomeIndex } from '../src/findings/outcomes';

const reportKey = (tabId: number): string => `report:${tabId}`;

/** The script id under which the content script is registered for user-enabled sites. */
const DYNAMIC_SCRIPT_ID = 'factcheck-enabled-sites';

/** The first-run page (`entrypoints/welcome/`), opened once on install. */
const WELCOME_PAGE = '/welcome.html' as const;

/** Which dataset is active: changes with every import or revert. */
function datasetKeyOf(active: ActiveDataset): string {
  // The version too: an update may bundle a different dataset.
  const version = browser.runtime.getManifest().version;
  return `${version}:${active.origin}:${active.importedAt ?? ''}:${active.dataset.claims.length}`;
}

/** What detection needs from a dataset: its people only (see `createDetector`). */
function detectorInfoOf(active: ActiveDataset): DetectorInfo {
  return {
    datasetKey: datasetKeyOf(active),
    speakers: active.dataset.speakers.filter((s) => s.kind === 'person'),
  };
}

/** Today, `YYYY-MM-DD`. */
const today = (): string => new Date().toISOString().slice(0, 10);

/** What became of the dataset's deadlines, as of `day`. */
function outcomesOn(dataset: Dataset, day: string): OutcomeIndex {
  return createOutcomes(dataset.claims, dataset.speakers, day);
}

interface EngineState {
  dataset: Dataset;
  datasetKey: string;
  engine: Engine;
}

export default defineBackground(() => {
  const extensionId = browser.runtime.id;
  const extensionBase = browser.runtime.getURL('/');

  // --- the engine every tab shares ---------------------------------------------------------
  // Loaded on first use (the worker also wakes for events that need no engine), then kept until
  // the dataset or the sensitivity changes. One engine per sensitivity a tab asks for, so a tab
  // still running with the previous setting during a change gets consistent answers.
  let active: Promise<ActiveDataset> | null = null;
  const engines = new Map<Sensitivity, Promise<EngineState>>();
  /** The last answers to `matchMentions`: a page checked again is not matched again. */
  const answers = new AnswerCache();

  const activeDataset = (): Promise<ActiveDataset> => {
    active ??= loadActiveDataset().then((loaded) => {
      void publishDetector(loaded);
      return loaded;
    });
    return active;
  };

  const engineFor = (sensitivity: Sensitivity): Promise<EngineState> => {
    let state = engines.get(sensitivity);
    if (!state) {
      state = activeDataset().then((loaded) => ({
        dataset: loaded.dataset,
        datasetKey: datasetKeyOf(loaded),
        engine: createEngine(loaded.dataset, { sensitivity }),
      }));
      // A failed build is not kept: the next request tries again.
      state.catch(() => {
        if (engines.get(sensitivity) === state) engines.delete(sensitivity);
      });
      engines.set(sensitivity, state);
    }
    return state;
  };

  /** Keeps the detector's speakers in storage for content scripts (written only on change). */
  async function publishDetector(loaded: ActiveDataset): Promise<void> {
    const info = detectorInfoOf(loaded);
    try {
      const stored = await detectorItem.getValue();
      if (stored?.datasetKey === info.datasetKey) return;
      await detectorItem.setValue(info);
    } catch (error) {
      console.warn('[coalition-claims-check] could not store the detector speakers:', error);
    }
  }

  watchActiveDataset((next) => {
    active = Promise.resolve(next);
    engines.clear();
    answers.clear();
    // Build for the current sensitivity before content scripts restart on the new speakers.
    void loadSettings()
      .then((settings) => engineFor(settings.sensitivity))
      .then(() => publishDetector(next));
  });
  watchSettings((next) => {
    if (engines.has(next.sensitivity) && engines.size === 1) return;
    const keep = engines.get(next.sensitivity);
    engines.clear();
    if (keep) engines.set(next.sensitivity, keep);
    else void engineFor(next.sensitivity);
  });

  onMessage('getDetector', async (message) => {
    if (!isOwnContentScript(message.sender, extensionId)) return null;
    return detectorInfoOf(await activeDataset());
  });

  onMessage('matchMentions', async (message) => {
    if (!isOwnContentScript(message.sender, extensionId)) return null;
    const request = messageSchemas().match.safeParse(message.data);
    if (!request.success) return null;
    const { engine, dataset, datasetKey } = await engineFor(request.data.sensitivity);
    const day = today();
    const key = answers.keyOf(request.data, datasetKey, day);
    const known = answers.get(key);
    if (known) return known;
    const answer = answerMatch(engine, request.data, datasetKey, outcomesOn(dataset, day).forClaim);
    answers.set(key, answer);
    return answer;
  });

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
    if (!isOwnExtensionPage(message.sender, extensionId, extensionBase)) return null;
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
  browser.runtime.onInstalled.addListener((details) => {
    // First run: a page that says what the extension does and which sites it reads.
    if (details.reason === 'install')
      void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
    sync();
    // A new version may bundle a new dataset: refresh what content scripts detect with.
    void activeDataset();
  });
  browser.runtime.onStartup.addListener(sync);
});
