/**
 * Content script (skeleton). Runs on local test pages only for now.
 * Everything at runtime must stay inside `main()`: WXT imports this file in Node at build time.
 */
export default defineContentScript({
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  main(_ctx) {
    // TODO(lead): detect claims in the page and report them to the background.
  },
});
