/**
 * Client-side navigation: calls back when the page's address changes without a page load
 * (history API, Navigation API), ignoring changes of the `#fragment` alone.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Whether two addresses name different documents (not just different fragments). */
export function isNewPage(from: string, to: string): boolean {
  const a = new URL(from);
  const b = new URL(to);
  a.hash = '';
  b.hash = '';
  return a.href !== b.href;
}

/** Starts watching; stops with the context. */
export function watchNavigation(
  ctx: ContentScriptContext,
  onNavigate: (url: string) => void,
): void {
  let current = location.href;
  const check = (next: string): void => {
    if (!isNewPage(current, next)) {
      current = next;
      return;
    }
    current = next;
    onNavigate(next);
  };
  ctx.addEventListener(window, 'wxt:locationchange', (event) => check(event.newUrl.href));
  // The location event can fire before the address commits; popstate covers back/forward.
  ctx.addEventListener(window, 'popstate', () => check(location.href));
}
