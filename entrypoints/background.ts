/**
 * Background service worker (skeleton).
 *
 * Keeps the latest check result for each tab in memory and forgets it when the tab closes.
 * `tabs.onRemoved` needs no extra permission. The lead replaces this with the real logic.
 */
export default defineBackground(() => {
  const resultsByTab = new Map<number, unknown>();

  browser.tabs.onRemoved.addListener((tabId) => {
    resultsByTab.delete(tabId);
  });
});
