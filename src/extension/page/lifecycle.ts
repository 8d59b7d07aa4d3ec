/**
 * The content script's life: settings and the detector's speakers are read once, then the page is
 * checked from `start` to `stop`, each time with an `AbortController` of its own that every
 * feature of that page hangs on (the checker, the live-page watcher, hover, keyboard). A
 * client-side navigation, a change of settings or of the active dataset, or the popup's "check
 * again" stops the page and starts it afresh; the WXT context's end stops everything.
 *
 * The content script holds no dataset: the background's engine matches mentions and sends back,
 * in the same answer, the findings of their sentences and the part of the dataset (`Catalogue`)
 * that the card needs to show them.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createDetector, type Detector } from '../../detect/detect';
import { type DetectorInfo, detectorItem, parseDetectorInfo } from '../messaging';
import {
  DEFAULT_SITES,
  isActiveOn,
  LOCAL_TEST_SITES,
  loadSettings,
  type Settings,
  watchSettings,
} from '../settings';
import { backgroundMatchService, loadDetectorInfo, sendReport } from './background-client';
import { CARD_HOST_NAME } from './card-host';
import type { CheckedPage } from './checked-page';
import { PageChecker } from './checker';
import { Highlighter } from './highlighter';
import { initHoverCard } from './hover-card';
import { initKeyboardSteps } from './keyboard-steps';
import { initLivePage } from './live-page';
import type { MatchService } from './match-queue';
import { MentionCard } from './mention-card';
import { watchNavigation } from './navigation';
import { emptyPageReport } from './page-report';
import { initPopupCommands } from './popup-commands';
import { isAbort } from './schedule';

/** Sites the content script runs on without asking: the news sites plus local test pages. */
export const RUN_SITES: readonly string[] = [...DEFAULT_SITES, ...LOCAL_TEST_SITES];

/** How long a client-side navigation gets to render its new view before it is read (ms). */
const AFTER_NAVIGATION_MS = 300;

/** Whether to check this page: files always (unless paused), hosts per the settings. */
export function isActiveHere(settings: Settings, url: URL): boolean {
  if (url.protocol === 'file:') return !settings.paused;
  return isActiveOn(settings, url.hostname, RUN_SITES);
}

/** Reads what the content script needs, then checks the page until the context ends. */
export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  const [settings, detectorInfo] = await Promise.all([loadSettings(), loadDetectorInfo()]);
  if (ctx.isInvalid) return;
  new PageLifecycle(ctx, settings, detectorInfo).start();
}

class PageLifecycle {
  private detector: Detector;
  private readonly highlighter: Highlighter;
  private readonly card: MentionCard;
  private readonly service: MatchService;
  /** The page being checked now, with the controller that ends its lifetime. */
  private current: { page: CheckedPage; controller: AbortController } | null = null;
  private navigationTimer: number | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private settings: Settings,
    private detectorInfo: DetectorInfo,
  ) {
    this.detector = createDetector({ speakers: detectorInfo.speakers });
    this.highlighter = new Highlighter(settings.highlightStyle);
    this.card = new MentionCard(ctx, this.highlighter);
    this.service = backgroundMatchService(() => this.settings.sensitivity);

    initPopupCommands(
      {
        current: () => this.current?.page ?? null,
        recheck: async () => {
          this.settings = await loadSettings();
          this.start();
        },
      },
      ctx.signal,
    );
    watchNavigation(ctx, () => this.navigated());
    const unwatchSettings = watchSettings((next) => this.settingsChanged(next));
    // The background rewrites the speakers when the active dataset changes, once its engine for
    // the new dataset is ready.
    const unwatchDetector = detectorItem.watch((value) => this.detectorChanged(value));
    ctx.onInvalidated(() => {
      unwatchSettings();
      unwatchDetector();
      clearTimeout(this.navigationTimer);
      this.stop();
      this.highlighter.destroy();
      this.card.destroy();
    });
  }

  /** Checks the page afresh with the current settings (or reports why it is not checked). */
  start(): void {
    this.stop();
    if (this.ctx.isInvalid) return;
    const { settings, highlighter, card } = this;
    if (!isActiveHere(settings, new URL(location.href))) {
      sendReport(emptyPageReport(settings.paused ? 'paused' : 'site-disabled'));
      return;
    }
    const controller = new AbortController();
    const { signal } = controller;
    highlighter.setStyle(settings.highlightStyle);
    highlighter.setVisible(!settings.badgeOnly);
    const checker = new PageChecker(
      {
        detector: this.detector,
        service: this.service,
        highlighter,
        skip: (element) => element.localName === CARD_HOST_NAME,
        onReport: sendReport,
        badgeOnly: settings.badgeOnly,
      },
      signal,
    );
    const page: CheckedPage = { checker, highlighter, card, settings, signal };
    this.current = { page, controller };
    const scanned = checker.scan().catch((error: unknown) => {
      if (!isAbort(error, signal)) console.warn('[coalition-claims-check] check failed:', error);
    });
    initLivePage(page, scanned, signal);
    initHoverCard(page, signal);
    initKeyboardSteps(page, signal);
  }

  /** Ends the page's lifetime: its work, listeners, card and highlights. */
  stop(): void {
    const current = this.current;
    this.current = null;
    current?.controller.abort();
    this.card.close();
    current?.page.checker.destroy();
    this.highlighter.clear();
  }

  private navigated(): void {
    this.stop();
    sendReport(emptyPageReport('checking'));
    clearTimeout(this.navigationTimer);
    this.navigationTimer = this.ctx.setTimeout(() => this.start(), AFTER_NAVIGATION_MS);
  }

  private settingsChanged(next: Settings): void {
    const onlyStyle =
      next.highlightStyle !== this.settings.highlightStyle &&
      JSON.stringify({ ...next, highlightStyle: this.settings.highlightStyle }) ===
        JSON.stringify(this.settings);
    this.settings = next;
    if (onlyStyle) this.highlighter.setStyle(next.highlightStyle);
    else this.start();
  }

  private detectorChanged(value: unknown): void {
    const next = parseDetectorInfo(value);
    if (!next || next.datasetKey === this.detectorInfo.datasetKey) return;
    this.detectorInfo = next;
    this.detector = createDetector({ speakers: next.speakers });
    this.start();
  }
}
