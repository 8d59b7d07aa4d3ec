/**
 * Background service worker (see `src/extension/background/main.ts`). Runtime code stays inside
 * `main()`: WXT imports this file in Node at build time.
 */
import { runBackground } from '../src/extension/background/main';

export default defineBackground(() => runBackground());
