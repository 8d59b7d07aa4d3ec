/**
 * The toolbar popup: what was found on the current tab (positions by speaker, contradictions),
 * or why nothing is shown and what to do about it, plus the controls for this site.
 * `popup.html?tabId=<id>` shows another tab's results (used by tests opening it in a tab).
 *
 * It holds no dataset: the tab's report comes from the background with the part of the dataset
 * that shows it (`TabReport`), and the line on what the dataset covers is worked out there too.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Catalogue } from '../../../dataset/catalogue';
import { coverageText, creditLine, SIDE_LABELS } from '../../../present/words';
import {
  detectorItem,
  fromExtension,
  handleMessage,
  sendMessage,
  type TabReport,
  tabRequestSchema,
} from '../../messaging';
import { matchedClaimCount, type PageReport } from '../../report';
import {
  DEFAULT_SITES,
  hostMatchesSite,
  isSiteEnabled,
  LOCAL_TEST_SITES,
  loadSettings,
  normalizeHostname,
  type Settings,
  saveSettings,
  sitePatterns,
  watchSettings,
} from '../../settings';
import { hasDefaultSiteAccess, requestDefaultSites } from '../../settings/site-access';
import { ClaimBlock, FindingBlock } from '../card/parts';
import {
  firstMentionByClaim,
  isRestrictedError,
  isRestrictedUrl,
  pageCredits,
  positionsBySpeaker,
} from './positions';

const RUN_SITES: readonly string[] = [...DEFAULT_SITES, ...LOCAL_TEST_SITES];
const CONTENT_SCRIPT = '/content-scripts/content.js';

interface TabInfo {
  id: number;
  /** Null when the extension may not see the tab's address. */
  url: string | null;
  /** Set when the address is unknown and probing the tab said it is off limits. */
  restricted: boolean;
}

/** Checks the tab again, or starts the content script in it when it has none yet. */
async function checkTab(tabId: number): Promise<void> {
  const hasScript = await sendMessage('rescan', undefined, tabId).then(
    () => true,
    () => false,
  );
  if (!hasScript) {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  }
}

async function findTab(): Promise<TabInfo | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  let id = param !== null && /^\d+$/.test(param) ? Number(param) : null;
  if (id === null) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    id = tab?.id ?? null;
  }
  if (id === null) return null;
  let url: string | null = null;
  try {
    url = (await browser.tabs.get(id)).url ?? null;
  } catch {
    return null;
  }
  let restricted = false;
  if (url === null) {
    // No address without a permission for the tab: ask the page itself, or learn why not.
    try {
      const [result] = await browser.scripting.executeScript({
        target: { tabId: id },
        func: () => location.href,
      });
      url = typeof result?.result === 'string' ? result.result : null;
    } catch (error) {
      restricted = isRestrictedError(error instanceof Error ? error.message : String(error));
    }
  }
  return { id, url, restricted };
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'file:') return null;
    return normalizeHostname(parsed.hostname);
  } catch {
    return null;
  }
}

type View =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'restricted' }
  | { kind: 'paused' }
  | { kind: 'not-enabled'; host: string | null }
  | { kind: 'no-access'; host: string | null }
  | { kind: 'site-off'; host: string | null }
  | { kind: 'waiting' }
  | { kind: 'report'; report: PageReport; catalogue: Catalogue };

function decideView(
  tab: TabInfo | null | undefined,
  answer: TabReport | null,
  settings: Settings | null,
  /** Whether the browser lets the extension read the default sites (Firefox can withhold it). */
  defaultAccess = true,
): View {
  if (tab === undefined || settings === null) return { kind: 'loading' };
  if (tab === null) return { kind: 'no-tab' };
  if (tab.restricted || (tab.url && isRestrictedUrl(tab.url))) return { kind: 'restricted' };
  const host = hostOf(tab.url ?? answer?.report.url ?? null);
  if (settings.paused) return { kind: 'paused' };
  if (host && settings.disabledSites.some((site) => hostMatchesSite(host, site))) {
    return { kind: 'site-off', host };
  }
  if (answer) {
    const { status } = answer.report;
    if (status === 'site-disabled') return { kind: 'site-off', host };
    if (status === 'paused') return { kind: 'paused' };
    return { kind: 'report', report: answer.report, catalogue: answer.catalogue };
  }
  const isFile = tab.url?.startsWith('file:') ?? false;
  // The content script cannot run where the browser withholds access: say so, not "checking".
  if (!defaultAccess && !isFile && (host === null || isSiteEnabled(settings, host, RUN_SITES))) {
    return { kind: 'no-access', host };
  }
  if (isFile || (host && isSiteEnabled(settings, host, RUN_SITES))) return { kind: 'waiting' };
  return { kind: 'not-enabled', host };
}

export function PopupApp() {
  const [tab, setTab] = useState<TabInfo | null | undefined>(undefined);
  const [answer, setAnswer] = useState<TabReport | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [coverage, setCoverage] = useState<string | null>(null);
  const [notice, setNotice] = useState<string>('');
  const [defaultAccess, setDefaultAccess] = useState(true);

  useEffect(() => {
    void findTab().then(setTab);
    void loadSettings().then(setSettings);
    void hasDefaultSiteAccess().then(setDefaultAccess);
    const askCoverage = (): void => {
      sendMessage('getCoverage', undefined).then(
        (found) => setCoverage(found ? coverageText(found) : null),
        () => setCoverage(null),
      );
    };
    askCoverage();
    const unwatchSettings = watchSettings(setSettings);
    // Rewritten by the background once it has switched to a newly imported (or reverted) dataset.
    const unwatchDataset = detectorItem.watch(askCoverage);
    return () => {
      unwatchSettings();
      unwatchDataset();
    };
  }, []);

  const tabId = tab?.id ?? null;
  const refresh = useCallback(async () => {
    if (tabId === null) return;
    try {
      setAnswer(await sendMessage('getReport', { tabId }));
    } catch {
      setAnswer(null);
    }
  }, [tabId]);

  useEffect(() => {
    if (tabId === null) return;
    void refresh();
    return handleMessage(
      'reportChanged',
      { from: fromExtension, schema: tabRequestSchema, refused: undefined },
      (changed) => {
        if (changed.tabId === tabId) void refresh();
      },
    );
  }, [tabId, refresh]);

  const report = answer?.report ?? null;
  const view = decideView(tab, answer, settings, defaultAccess);

  const enableSite = async (): Promise<void> => {
    if (!tab || !settings) return;
    const url = tab.url ?? report?.url ?? null;
    const host = hostOf(url);
    const isFile = url?.startsWith('file:') ?? false;
    try {
      if (host && !isSiteEnabled({ ...settings, disabledSites: [] }, host, RUN_SITES)) {
        // Must be the first await after the click: the permission prompt needs the gesture.
        const granted = await browser.permissions.request({ origins: sitePatterns(host) });
        if (!granted) {
          setNotice('Permission was not granted, so this site is still not checked.');
          return;
        }
        await saveSettings({
          sites: [...settings.sites, host],
          disabledSites: settings.disabledSites.filter((site) => !hostMatchesSite(host, site)),
        });
      } else if (host) {
        await saveSettings({
          disabledSites: settings.disabledSites.filter((site) => !hostMatchesSite(host, site)),
        });
      } else if (!isFile) {
        setNotice('Open this popup from the toolbar button on the page to enable its site.');
        return;
      }
      await checkTab(tab.id);
      setNotice('Checking this page…');
    } catch (error) {
      setNotice(
        `Could not check this page: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  const allowDefaultSites = async (): Promise<void> => {
    if (!tab) return;
    // Must be the first await after the click: the permission prompt needs the gesture.
    const { granted, error } = await requestDefaultSites();
    if (!granted) {
      setNotice(
        `Access was not granted${error ? ` (${error})` : ''}, so this site is still not checked.`,
      );
      return;
    }
    setDefaultAccess(true);
    const found = await findTab();
    setTab(found);
    if (!found || found.url === null || isRestrictedUrl(found.url)) return;
    const host = hostOf(found.url);
    if (!host || !settings || !isSiteEnabled(settings, host, RUN_SITES)) return;
    try {
      await checkTab(found.id);
      setNotice('Checking this page…');
    } catch (e) {
      setNotice(`Could not check this page: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const disableSite = async (): Promise<void> => {
    if (!settings) return;
    const host = hostOf(tab?.url ?? report?.url ?? null);
    if (!host) return;
    await saveSettings({
      disabledSites: [...settings.disabledSites, host],
      sites: settings.sites.filter((site) => site !== host),
    });
  };

  const jump = (id: number | undefined): void => {
    if (tabId === null || id === undefined) return;
    sendMessage('jumpToMention', { id }, tabId)
      .then((found) => setNotice(found ? '' : 'That mention is no longer on the page.'))
      .catch(() => setNotice('The page is not reachable; reload it and try again.'));
  };

  return (
    <div class="popup">
      <header class="popup-head">
        <h1>Coalition Claims Check</h1>
        {coverage ? (
          <p class="muted" data-testid="dataset-summary">
            {coverage}
          </p>
        ) : null}
      </header>
      <main>
        <StateView
          view={view}
          onEnable={enableSite}
          onAllow={allowDefaultSites}
          onResume={() => void saveSettings({ paused: false })}
        />
        {view.kind === 'report' ? (
          <Results report={view.report} catalogue={view.catalogue} onJump={jump} />
        ) : null}
        <p class="notice" role="status" aria-live="polite">
          {notice}
        </p>
      </main>
      {settings ? (
        <Controls
          view={view}
          settings={settings}
          onSiteChange={(on) => void (on ? enableSite() : disableSite())}
          onBadgeOnly={(on) => void saveSettings({ badgeOnly: on })}
        />
      ) : null}
    </div>
  );
}

function StateView({
  view,
  onEnable,
  onAllow,
  onResume,
}: {
  view: View;
  onEnable: () => void;
  onAllow: () => void;
  onResume: () => void;
}) {
  switch (view.kind) {
    case 'loading':
      return (
        <p class="state" data-state="loading">
          Loading…
        </p>
      );
    case 'no-tab':
      return (
        <section class="state" data-state="no-tab">
          <h2>No page to check</h2>
          <p>Open a news article, then click the toolbar button again.</p>
        </section>
      );
    case 'restricted':
      return (
        <section class="state" data-state="restricted">
          <h2>This page can't be checked</h2>
          <p>
            Browser pages (such as chrome:// pages) and the web store do not let extensions read
            them. Open a news article to check it.
          </p>
        </section>
      );
    case 'paused':
      return (
        <section class="state" data-state="paused">
          <h2>Checking is paused</h2>
          <p>No page is checked or highlighted until you resume.</p>
          <button type="button" class="primary" onClick={onResume}>
            Resume checking
          </button>
        </section>
      );
    case 'not-enabled':
      return (
        <section class="state" data-state="not-enabled">
          <h2>This site isn't checked</h2>
          <p>
            {view.host
              ? `${view.host} is not one of the news sites checked by default.`
              : 'This site is not one of the news sites checked by default.'}{' '}
            Allow the extension to read it to check this page and later visits.
          </p>
          <button type="button" class="primary" onClick={onEnable}>
            Check this site
          </button>
        </section>
      );
    case 'no-access':
      return (
        <section class="state" data-state="no-access">
          <h2>The browser withholds access to this site</h2>
          <p>
            {view.host ? `${view.host} is` : 'This site may be'} one of the sites checked by
            default, but the browser has not allowed the extension to read them (Firefox lets you
            withhold it in the add-ons manager). Allow it to check this page and the default news
            sites.
          </p>
          <button type="button" class="primary" onClick={onAllow}>
            Allow access
          </button>
        </section>
      );
    case 'site-off':
      return (
        <section class="state" data-state="site-off">
          <h2>Checking is off for this site</h2>
          <p>
            {view.host
              ? `You turned checking off for ${view.host}.`
              : 'You turned checking off for this site.'}
          </p>
          <button type="button" class="primary" onClick={onEnable}>
            Turn on for this site
          </button>
        </section>
      );
    case 'waiting':
      return (
        <section class="state" data-state="waiting">
          <h2>Checking this page…</h2>
          <p>
            Results appear here as soon as the page has been read. If nothing comes, reload the
            page.
          </p>
        </section>
      );
    case 'report': {
      const { report } = view;
      const badgeOnly = report.status === 'badge-only';
      const count = matchedClaimCount(report);
      if (report.status === 'checking' && count === 0) {
        return (
          <section class="state" data-state="checking">
            <h2>Checking this page…</h2>
            <p>{report.mentions.length} mentions found so far; matching them to the record.</p>
          </section>
        );
      }
      return (
        <>
          {badgeOnly ? (
            <p class="banner" data-state="badge-only">
              Badge-only mode: the page is not highlighted, only counted. Turn off “Badge only”
              below to see highlights.
            </p>
          ) : null}
          {count === 0 ? (
            <section class="state" data-state="empty">
              <h2>Nothing to check here</h2>
              <p>
                This page says nothing the record covers about the end of the coalition's mission in
                Iraq. Search all claims from the link below.
              </p>
            </section>
          ) : null}
        </>
      );
    }
  }
}

function Results({
  report,
  catalogue,
  onJump,
}: {
  report: PageReport;
  /** Every claim the report names, their speakers and sources, and the speakers it credits. */
  catalogue: Catalogue;
  onJump: (id: number | undefined) => void;
}) {
  const speakers = useMemo(() => positionsBySpeaker(report, catalogue), [report, catalogue]);
  const firstMention = useMemo(() => firstMentionByClaim(report), [report]);
  const credits = useMemo(() => pageCredits(report), [report]);
  if (speakers.length === 0 && report.findings.length === 0) return null;
  const count = matchedClaimCount(report);
  return (
    <>
      <p class="summary" data-testid="result-summary">
        {count === 1 ? '1 claim' : `${count} claims`} from{' '}
        {speakers.length === 1 ? '1 speaker' : `${speakers.length} speakers`} matched on this page
        {report.findings.length > 0
          ? `, ${report.findings.length === 1 ? '1 contradiction' : `${report.findings.length} contradictions`}`
          : ''}
        .
      </p>
      {report.findings.length > 0 ? (
        <section aria-labelledby="contradictions-title" data-testid="contradictions">
          <h2 id="contradictions-title">Contradictions</h2>
          <ul class="plain">
            {report.findings.map((finding) => (
              <li key={finding.id}>
                <FindingBlock
                  finding={finding}
                  dataset={catalogue}
                  onJump={() =>
                    onJump(
                      finding.mentionIds[0] ??
                        finding.claimIds
                          .map((id) => firstMention.get(id))
                          .find((i) => i !== undefined),
                    )
                  }
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {credits.length > 0 ? (
        <section aria-labelledby="credits-title" data-testid="page-credits">
          <h2 id="credits-title">Who this page quotes</h2>
          <ul class="plain credits">
            {credits.map((credit) => {
              const known = credit.speaker?.speakerId
                ? (catalogue.speakers.find((s) => s.id === credit.speaker?.speakerId) ?? null)
                : null;
              const line = creditLine(credit.speaker, known);
              return (
                <li key={`${line.who}:${credit.first}`} class="credit">
                  <button type="button" class="link" onClick={() => onJump(credit.first)}>
                    {line.who}
                  </button>{' '}
                  <span class="muted">
                    · {line.status} ·{' '}
                    {credit.statements === 1 ? '1 statement' : `${credit.statements} statements`}
                    {credit.reported > 0 ? `, ${credit.reported} on record` : ''}
                    {credit.contradicting > 0 ? `, ${credit.contradicting} against the record` : ''}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="positions-title" data-testid="positions">
        <h2 id="positions-title">Positions by speaker</h2>
        <ul class="plain">
          {speakers.map(({ speaker, lines, claims }) => (
            <li key={speaker.id} class="speaker" data-speaker-id={speaker.id}>
              <h3 class="speaker-name">{speaker.name}</h3>
              <p class="muted">
                {speaker.role} · <span class="side">{SIDE_LABELS[speaker.side]}</span>
              </p>
              <ul class="positions">
                {lines.map((line) => (
                  <li key={`${line.label}:${line.text}`}>
                    <strong>{line.label}:</strong> {line.text}
                    {line.outcome ? (
                      <span
                        class={`position-outcome outcome-${line.outcome.status}`}
                        data-testid="position-outcome"
                        data-outcome={line.outcome.status}
                      >
                        {' '}
                        — {line.outcome.text}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
              <details>
                <summary>
                  {claims.length === 1 ? '1 claim' : `${claims.length} claims`} behind this
                </summary>
                <ul class="plain">
                  {claims.map((view) => (
                    <li key={view.id}>
                      <ClaimBlock view={view} onClick={() => onJump(firstMention.get(view.id))} />
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function Controls({
  view,
  settings,
  onSiteChange,
  onBadgeOnly,
}: {
  view: View;
  settings: Settings;
  onSiteChange: (on: boolean) => void;
  onBadgeOnly: (on: boolean) => void;
}) {
  const siteOn = view.kind === 'report' || view.kind === 'waiting';
  const siteToggle = view.kind === 'report' || view.kind === 'waiting' || view.kind === 'site-off';
  const optionsUrl = browser.runtime.getURL('/options.html');
  return (
    <footer class="controls">
      {siteToggle ? (
        <label class="switch">
          <input
            type="checkbox"
            checked={siteOn}
            onChange={(e) => onSiteChange(e.currentTarget.checked)}
          />
          Check this site
        </label>
      ) : null}
      <label class="switch">
        <input
          type="checkbox"
          checked={settings.badgeOnly}
          onChange={(e) => onBadgeOnly(e.currentTarget.checked)}
        />
        Badge only (no highlights)
      </label>
      <a href={optionsUrl} target="_blank" rel="noopener">
        Search all claims
      </a>
    </footer>
  );
}
