/**
 * Feature: a page that keeps changing (a live blog, infinite scroll). What it adds or changes in
 * its body is checked as it comes (`PageChecker.rescan`), one change after another and never
 * before the first scan is done; the extension's own card is never read.
 */
import type { CheckedPage } from './checked-page';
import { watchLivePage } from './live-watcher';
import { isAbort } from './schedule';

/** Starts watching once the page's first scan has begun (`scanned` settles when it ends). */
export function initLivePage(page: CheckedPage, scanned: Promise<void>, signal: AbortSignal): void {
  let rescans = scanned;
  watchLivePage(document.documentElement, {
    isOwn: (node) => page.card.isOwn(node),
    signal,
    onChange: (roots) => {
      const inBody = roots.filter((root) => document.body?.contains(root));
      if (inBody.length === 0) return;
      rescans = rescans
        .then(() => page.checker.rescan(inBody))
        .catch((error: unknown) => {
          if (!isAbort(error, signal))
            console.warn('[coalition-claims-check] rescan failed:', error);
        });
    },
  });
}
