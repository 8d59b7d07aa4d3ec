/**
 * Watches a live page for added or changed text and hands the changed subtrees over in batches,
 * so a page that streams in content (a live blog, infinite scroll) is checked as it grows.
 */

export interface LiveWatcherOptions {
  /** How long to collect mutations before handing them over (ms). */
  batchMs?: number;
  /** A subtree to ignore entirely (the extension's own card host). */
  isOwn: (node: Node) => boolean;
  /** Called with the roots of what changed, outermost only, each still in the document. */
  onChange: (roots: Node[]) => void;
  signal: AbortSignal;
}

/** The largest text a changed text node's parent may hold to be re-read as a whole. */
const PARENT_LIMIT = 20_000;

/** Starts watching `target`; stops when `signal` aborts. */
export function watchLivePage(
  target: Node,
  options: LiveWatcherOptions,
): { flush(): void; drop(): void } {
  const { batchMs = 200, isOwn, onChange, signal } = options;
  let pending = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    const nodes = [...pending];
    pending = new Set();
    const roots = outermost(nodes.filter((node) => node.isConnected && !isOwn(node)));
    if (roots.length > 0) onChange(roots);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        // Text that became editable or hidden is no longer read; text that stopped being is.
        pending.add(record.target);
      } else if (record.type === 'characterData') {
        const parent = record.target.parentElement;
        const useParent = parent && (parent.textContent?.length ?? 0) <= PARENT_LIMIT;
        pending.add(useParent ? parent : record.target);
      } else {
        for (const node of record.addedNodes) {
          if (node.nodeType === Node.TEXT_NODE && node.parentElement) {
            const parent = node.parentElement;
            pending.add((parent.textContent?.length ?? 0) <= PARENT_LIMIT ? parent : node);
          } else if (node.nodeType === Node.ELEMENT_NODE) {
            pending.add(node);
          }
        }
      }
    }
    if (pending.size > 0 && timer === undefined) timer = setTimeout(flush, batchMs);
  });
  observer.observe(target, {
    childList: true,
    subtree: true,
    characterData: true,
    attributeFilter: ['contenteditable', 'hidden', 'aria-hidden'],
  });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
      pending.clear();
    },
    { once: true },
  );
  return {
    flush,
    drop: () => {
      observer.takeRecords();
      clearTimeout(timer);
      timer = undefined;
      pending.clear();
    },
  };
}

/** Drops every node that lies inside another node of the list. */
export function outermost(nodes: Node[]): Node[] {
  const set = new Set(nodes);
  return nodes.filter((node) => {
    for (let parent = node.parentNode; parent; parent = parent.parentNode) {
      if (set.has(parent)) return false;
    }
    return true;
  });
}
