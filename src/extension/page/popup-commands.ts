/**
 * Feature: what the popup asks of the page. "Show on page" scrolls to a mention (named by its id
 * in the report) and flashes it; "Check this site" asks for the page to be checked again with the
 * settings as they are now. Listens for as long as the content script runs, checked page or not,
 * so the popup can tell a mention that left the page from a page without the script.
 */
import { fromExtension, handleMessage, jumpRequestSchema } from '../messaging';
import type { CheckedPage } from './checked-page';
import { scrollToRange } from './scroll';

export interface PopupCommandsOptions {
  /** The page being checked now, if any. */
  current: () => CheckedPage | null;
  /** Reads the settings again and checks the page afresh. */
  recheck: () => Promise<void>;
}

export function initPopupCommands(options: PopupCommandsOptions, signal: AbortSignal): void {
  const removeJump = handleMessage(
    'jumpToMention',
    { from: fromExtension, schema: jumpRequestSchema, refused: false },
    ({ id }) => {
      const page = options.current();
      const mention = page?.checker.get(id);
      if (!page || !mention || mention.range.collapsed) return false;
      scrollToRange(mention.range);
      page.highlighter.flash(mention.range);
      return true;
    },
  );
  const removeRecheck = handleMessage('rescan', { from: fromExtension, refused: undefined }, () =>
    options.recheck(),
  );
  signal.addEventListener(
    'abort',
    () => {
      removeJump();
      removeRecheck();
    },
    { once: true },
  );
}
