/**
 * Content script: checks the page against the claims dataset (see `src/extension/page/lifecycle.ts`).
 * Runs by default on the news sites in `DEFAULT_SITES` and on local pages; the background
 * registers it for sites the user enables later. Runtime code stays inside `main()`: WXT
 * imports this file in Node at build time.
 */
import './style.css';
import { runContentScript } from '../../src/extension/page/lifecycle';
import { DEFAULT_SITES, matchPatternsFor } from '../../src/extension/settings/sites';

export default defineContentScript({
  matches: [
    ...matchPatternsFor(DEFAULT_SITES),
    'http://localhost/*',
    'http://127.0.0.1/*',
    'file:///*',
  ],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    performance.mark('factcheck:start');
    runContentScript(ctx).catch((error: unknown) => {
      console.warn('[coalition-claims-check] content script failed to start:', error);
    });
  },
});
