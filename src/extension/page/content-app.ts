/**
 * Wires the content script together: settings and the detector's speakers → `PageChecker`
 * (detection here, matching in the background), the highlighter, the card, hover/click/keyboard,
 * the live-page and navigation watchers, and the messages from the popup. One `AbortController`
 * per page lifetime (`start` … `stop`); everything ends with the WXT context.
 *
 * The content script holds no dataset: the background's engine matches mentions and sends back,
 * in the same answer, the findings of their sentences and the part of the dataset (`Catalogue`)
 * that the card needs to show them.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createDetector, type Detector } from '../../detect/detect';
import {
  type DetectorInfo,
  detectorItem,
  isOwnSender,
  jumpRequestSchema,
  onMessage,
  parseDetectorInfo,
  sendMessage,
  toWireMention,
} from '../messaging';
import type { PageReport, PageStatus } from '../report';
import {
  DEFAULT_SITES,
  isActiveOn,
  LOCAL_TEST_SITES,
  loadSettings,
  type Settings,
  watchSettings,
} from '../settings';
import { CARD_HOST_NAME, CardHost } from './card-host';
import { type MatchService, PageChecker, type PageMention } from './checker';
import { Highlighter } from './highlighter';
import { watchLivePage } from './live-watcher';
import { watchNavigation } from './navigation';
import { isAbort } from './schedule';

/** Sites the content script runs on without asking: the news sites plus local test pages. */
export const RUN_SITES: readonly string[] = [...DEFAULT_SITES, ...LOCAL_TEST_SITES];

/** Whether to check this page: files always (unless paused), hosts per the settings. */
export function isActiveHere(settings: Settings, url: URL): boolean {
  if (url.protocol === 'file:') return !settings.paused;
  return isActiveOn(settings, url.hostname, RUN_SITES);
}

const HOVER_OPEN_MS = 120;
const HOVER_CLOSE_MS = 350;
/** Wait before the one retry of a message the background did not answer (it may be waking). */
const RETRY_MS = 250;

/**
 * Sends a message to the background, once more if it fails (the service worker restarting), and
 * resolves null if that fails too: never rejects, so a sleeping worker costs a page nothing but
 * its matches.
 */
export async function ask<T>(
  send: () => Promise<T | null | undefined>,
  signal?: AbortSignal,
): Promise<T | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (signal?.aborted) return null;
    try {
      const answer = await send();
      if (answer !== null && answer !== undefined) return answer;
    } catch {
      // Receiving end missing or context invalidated: try once more below.
    }
    if (attempt === 0) await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
  return null;
}

/**
 * The speakers detection needs: from `storage.local`, where the background keeps them, so a page
 * starts without waking the service worker (or waiting for it to load the dataset); from the
 * background itself when the key is not there yet. Empty when neither answers: detection then
 * finds everything but people named.
 */
async function loadDetectorInfo(): Promise<DetectorInfo> {
  const stored = parseDetectorInfo(await detectorItem.getValue().catch(() => null));
  if (stored) return stored;
  const sent = await ask(() => sendMessage('getDetector', undefined));
  return parseDetectorInfo(sent) ?? { datasetKey: '', speakers: [] };
}

export async function runContentApp(ctx: ContentScriptContext): Promise<void> {
  let [settings, detectorInfo] = await Promise.all([loadSettings(), loadDetectorInfo()]);
  if (ctx.isInvalid) return;

  let detector: Detector = createDetector({ speakers: detectorInfo.speakers });

  const service: MatchService = {
    match: (request) =>
      ask(() =>
        sendMessage('matchMentions', {
          text: request.text,
          mentions: request.mentions.map(toWireMention),
          published: request.published,
          site: request.site,
          sensitivity: settings.sensitivity,
        }),
      ),
  };

  const highlighter = new Highlighter(settings.highlightStyle);
  let checker: PageChecker | null = null;
  let page: AbortController | null = null;
  let rescans: Promise<void> = Promise.resolve();

  // --- the card -----------------------------------------------------------------------------
  let openId: number | null = null;
  let pinned = false;
  let overCard = false;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;

  const card = new CardHost(ctx, {
    onClose: () => {
      openId = null;
      pinned = false;
      highlighter.setActive(null);
    },
    onHover: (inside) => {
      overCard = inside;
      if (inside) clearTimeout(hoverTimer);
      else if (!pinned) scheduleHover(null);
    },
    onKeydown: (event) => onKeydown(event),
  });
  const isOwn = (node: Node): boolean =>
    !!card.host && (node === card.host || card.host.contains(node));

  const closeCard = (): void => {
    card.close();
    openId = null;
    pinned = false;
    highlighter.setActive(null);
  };

  /** Navigable mentions in document order: matched with claims, or not matched yet. */
  const navigable = (): PageMention[] =>
    checker?.inOrder().filter((m) => m.claims === null || m.claims.length > 0) ?? [];

  /** Opens the card for a mention once it has claims; false when it has none. */
  const openCard = async (mention: PageMention, focus: boolean): Promise<boolean> => {
    const current = checker;
    if (!current || settings.badgeOnly) return false;
    const claims = await current.ensureMatched(mention);
    if (claims.length === 0 || checker !== current || !current.get(mention.id)) return false;
    const list = navigable();
    const position = list.indexOf(mention) + 1;
    const reportIndex = Math.max(0, checker.reportIndexOf(mention));
    openId = mention.id;
    highlighter.setActive(mention.range);
    await card.show(
      {
        mention: checker.toReportMention(mention, reportIndex),
        position: Math.max(position, 1),
        total: Math.max(list.length, 1),
        findings: checker.findingsFor(mention),
        catalogue: checker.catalogue,
      },
      mention.range,
      focus,
    );
    const speakers = claims.length === 1 ? '1 related claim' : `${claims.length} related claims`;
    card.announce(`Mention ${position} of ${list.length}: “${mention.local.text}”, ${speakers}.`);
    return true;
  };

  const scheduleHover = (id: number | null): void => {
    clearTimeout(hoverTimer);
    if (id !== null) {
      hoverTimer = setTimeout(() => {
        const mention = checker?.get(id);
        if (mention && openId !== id) {
          pinned = false;
          void openCard(mention, false);
        }
      }, HOVER_OPEN_MS);
    } else if (openId !== null && !pinned) {
      hoverTimer = setTimeout(() => {
        if (!overCard && !pinned) closeCard();
      }, HOVER_CLOSE_MS);
    }
  };
  ctx.onInvalidated(() => clearTimeout(hoverTimer));

  let hovered: number | null = null;
  let moveFrame = 0;
  let lastPoint = { x: 0, y: 0 };
  ctx.addEventListener(
    document,
    'pointermove',
    (event: PointerEvent) => {
      if (settings.badgeOnly || !checker || event.pointerType === 'touch') return;
      lastPoint = { x: event.clientX, y: event.clientY };
      if (moveFrame) return;
      moveFrame = requestAnimationFrame(() => {
        moveFrame = 0;
        if (card.contains(document.elementFromPoint(lastPoint.x, lastPoint.y))) return;
        const id = highlighter.hitTest(lastPoint.x, lastPoint.y);
        if (id === hovered) return;
        hovered = id;
        if (id !== null || !overCard) scheduleHover(id);
      });
    },
    { passive: true },
  );

  ctx.addEventListener(document, 'click', (event: MouseEvent) => {
    if (settings.badgeOnly || !checker || card.contains(event.target)) return;
    const id = highlighter.hitTest(event.clientX, event.clientY);
    const mention = id === null ? undefined : checker.get(id);
    if (mention) {
      clearTimeout(hoverTimer);
      pinned = true;
      void openCard(mention, false);
    } else if (openId !== null) {
      closeCard();
    }
  });

  // --- keyboard -----------------------------------------------------------------------------
  const step = async (direction: 1 | -1): Promise<void> => {
    const list = navigable();
    if (list.length === 0) {
      card.announce('No fact-checked mentions on this page.');
      return;
    }
    const current = openId === null ? -1 : list.findIndex((m) => m.id === openId);
    let index = current === -1 ? (direction === 1 ? -1 : list.length) : current;
    for (let tries = 0; tries < list.length; tries++) {
      index = (index + direction + list.length) % list.length;
      const mention = list[index];
      if (!mention || !checker) continue;
      if ((await checker.ensureMatched(mention)).length === 0) continue;
      scrollToRange(mention.range);
      pinned = true;
      await openCard(mention, true);
      return;
    }
    card.announce('No fact-checked mentions on this page.');
  };

  const onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || settings.badgeOnly || !checker) return;
    if (event.key === 'Escape' && openId !== null) {
      event.preventDefault();
      card.close(true);
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    if (event.code !== 'KeyJ' && event.code !== 'KeyK') return;
    if (isEditable(event.target)) return;
    event.preventDefault();
    void step(event.code === 'KeyJ' ? 1 : -1);
  };
  ctx.addEventListener(window, 'keydown', onKeydown);

  // --- reports --------------------------------------------------------------------------------
  const send = (report: PageReport): void => {
    sendMessage('reportPage', report).catch(() => {
      // The background may be restarting; the next report brings it up to date.
    });
  };
  const emptyReport = (status: PageStatus): PageReport => ({
    url: location.href,
    title: document.title,
    status,
    mentions: [],
    findings: [],
  });

  // --- page lifetime --------------------------------------------------------------------------
  const stop = (): void => {
    page?.abort();
    page = null;
    closeCard();
    checker?.destroy();
    checker = null;
    highlighter.clear();
    rescans = Promise.resolve();
  };

  const start = (): void => {
    stop();
    if (ctx.isInvalid) return;
    const url = new URL(location.href);
    if (!isActiveHere(settings, url)) {
      send(emptyReport(settings.paused ? 'paused' : 'site-disabled'));
      return;
    }
    page = new AbortController();
    ctx.onInvalidated(() => page?.abort());
    highlighter.setStyle(settings.highlightStyle);
    highlighter.setVisible(!settings.badgeOnly);
    checker = new PageChecker(
      {
        detector,
        service,
        highlighter,
        skip: (element) => element.localName === CARD_HOST_NAME,
        onReport: send,
        badgeOnly: settings.badgeOnly,
        highlightStyle: settings.highlightStyle,
      },
      page.signal,
    );
    const current = checker;
    const signal = page.signal;
    live.drop();
    rescans = current.scan().catch((error: unknown) => {
      if (!isAbort(error, signal)) console.warn('[coalition-claims-check] check failed:', error);
    });
  };

  const live = watchLivePage(document.documentElement, {
    isOwn,
    signal: ctx.signal,
    onChange: (roots) => {
      const current = checker;
      const signal = page?.signal;
      if (!current || !signal) return;
      const inBody = roots.filter((root) => document.body?.contains(root));
      if (inBody.length === 0) return;
      rescans = rescans
        .then(() => current.rescan(inBody))
        .catch((error: unknown) => {
          if (!isAbort(error, signal))
            console.warn('[coalition-claims-check] rescan failed:', error);
        });
    },
  });

  let navTimer: number | undefined;
  watchNavigation(ctx, () => {
    stop();
    send(emptyReport('checking'));
    clearTimeout(navTimer);
    // Let the page render its new view before reading it.
    navTimer = ctx.setTimeout(start, 300);
  });

  // --- settings, dataset, popup ---------------------------------------------------------------
  const unwatchSettings = watchSettings((next) => {
    const onlyStyle =
      next.highlightStyle !== settings.highlightStyle &&
      JSON.stringify({ ...next, highlightStyle: settings.highlightStyle }) ===
        JSON.stringify(settings);
    settings = next;
    if (onlyStyle) highlighter.setStyle(next.highlightStyle);
    else start();
  });
  // The background rewrites the speakers when the active dataset changes, once its engine for
  // the new dataset is ready.
  const unwatchDataset = detectorItem.watch((value) => {
    const next = parseDetectorInfo(value);
    if (!next || next.datasetKey === detectorInfo.datasetKey) return;
    detectorInfo = next;
    detector = createDetector({ speakers: next.speakers });
    start();
  });

  const extensionId = browser.runtime.id;
  const removeJump = onMessage('jumpToMention', (message) => {
    if (!isOwnSender(message.sender, extensionId)) return false;
    const request = jumpRequestSchema.safeParse(message.data);
    const mention = request.success ? checker?.byReportIndex(request.data.index) : undefined;
    if (!mention || mention.range.collapsed) return false;
    scrollToRange(mention.range);
    highlighter.flash(mention.range);
    return true;
  });
  const removeRescan = onMessage('rescan', async (message) => {
    if (!isOwnSender(message.sender, extensionId)) return;
    settings = await loadSettings();
    start();
  });

  ctx.onInvalidated(() => {
    unwatchSettings();
    unwatchDataset();
    removeJump();
    removeRescan();
    clearTimeout(navTimer);
    stop();
    highlighter.destroy();
    card.destroy();
  });

  start();
}

/** Scrolls so the range sits in the middle of the viewport. */
function scrollToRange(range: Range): void {
  const node = range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest' });
}

/** Whether keyboard input at `target` is typing (inputs, text areas, editable content). */
export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (element as HTMLInputElement).type;
    return ![
      'button',
      'checkbox',
      'radio',
      'range',
      'reset',
      'submit',
      'color',
      'file',
      'image',
    ].includes(type);
  }
  return (
    element.closest('[role="textbox"], [contenteditable=""], [contenteditable="true"]') !== null
  );
}
