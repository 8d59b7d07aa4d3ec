/**
 * Paints mentions with the CSS Custom Highlight API: ranges go into named highlights
 * (`factcheck-matched`, `factcheck-contradiction`, `factcheck-unmatched`, `factcheck-pending`,
 * `factcheck-active`) styled by one constructed style sheet in `document.adoptedStyleSheets`, so
 * the page's DOM is never changed. The sheet is adopted with the first range painted: adopting a
 * sheet of `::highlight()` rules makes the browser restyle the whole page, which a page with
 * nothing to paint never needs. Where the API is missing, nothing is painted and the page works
 * as before (the card, keyboard steps and badge still do).
 */
import type { HighlightStyle } from '../settings';

export type HighlightKind = 'matched' | 'contradiction' | 'unmatched' | 'pending';

export const HIGHLIGHT_NAMES: Record<HighlightKind | 'active', string> = {
  matched: 'factcheck-matched',
  contradiction: 'factcheck-contradiction',
  unmatched: 'factcheck-unmatched',
  pending: 'factcheck-pending',
  active: 'factcheck-active',
};

const KINDS: HighlightKind[] = ['pending', 'unmatched', 'matched', 'contradiction'];

/**
 * Colour-blind-safe pairs (Okabe–Ito blue and vermillion), each with its own line style so the
 * kinds differ without colour: matched solid, contradiction wavy, unmatched dotted.
 */
export function highlightCss(style: HighlightStyle): string {
  const line = style === 'outline' ? 'underline overline' : 'underline';
  const thick = style === 'outline' ? '2px' : '1.5px';
  const bg = (color: string) => (style === 'background' ? `background-color: ${color};` : '');
  return `
::highlight(${HIGHLIGHT_NAMES.pending}) {
  text-decoration: underline dotted rgba(120, 120, 120, 0.6) 1px;
}
::highlight(${HIGHLIGHT_NAMES.unmatched}) {
  text-decoration: ${line} dotted #6f6f6f ${thick};
  ${bg('rgba(128, 128, 128, 0.18)')}
}
::highlight(${HIGHLIGHT_NAMES.matched}) {
  text-decoration: ${line} solid #0072b2 ${thick};
  ${bg('rgba(86, 180, 233, 0.28)')}
}
::highlight(${HIGHLIGHT_NAMES.contradiction}) {
  text-decoration: ${line} wavy #d55e00 ${thick};
  ${bg('rgba(230, 159, 0, 0.3)')}
}
::highlight(${HIGHLIGHT_NAMES.active}) {
  background-color: rgba(240, 228, 66, 0.75);
  color: #000;
}
`;
}

/** Whether this document can paint custom highlights. */
export function highlightsSupported(): boolean {
  return (
    typeof CSS !== 'undefined' &&
    'highlights' in CSS &&
    typeof (globalThis as { Highlight?: unknown }).Highlight === 'function'
  );
}

interface Entry {
  range: Range;
  kind: HighlightKind;
  nodes: Text[];
}

/** One mention to paint: `nodes` are the text nodes it covers, for hit-testing. */
export interface NewHighlight {
  id: number;
  range: Range;
  kind: HighlightKind;
  nodes: Text[];
}

export class Highlighter {
  readonly supported = highlightsSupported();
  private readonly entries = new Map<number, Entry>();
  private readonly byNode = new Map<Text, Set<number>>();
  /** Open shadow roots holding highlighted text: hit-testing must look inside them. */
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly highlights = new Map<HighlightKind | 'active', Highlight>();
  private sheet: CSSStyleSheet | null = null;
  private adopted = false;
  private visible = true;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(style: HighlightStyle) {
    if (!this.supported) return;
    for (const [i, kind] of [...KINDS, 'active' as const].entries()) {
      const highlight = new Highlight();
      highlight.priority = i;
      this.highlights.set(kind, highlight);
    }
    try {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(highlightCss(style));
    } catch {
      this.sheet = null;
    }
    this.register();
  }

  /** Adds or repaints mention `id`. `nodes` are the text nodes it covers, for hit-testing. */
  set(id: number, range: Range, kind: HighlightKind, nodes: Text[]): void {
    this.adopt();
    const old = this.entries.get(id);
    if (old) this.highlights.get(old.kind)?.delete(old.range);
    this.entries.set(id, { range, kind, nodes });
    this.highlights.get(kind)?.add(range);
    if (!old) {
      for (const node of nodes) {
        const root = node.getRootNode();
        if (root instanceof ShadowRoot) this.shadowRoots.add(root);
        let ids = this.byNode.get(node);
        if (!ids) {
          ids = new Set();
          this.byNode.set(node, ids);
        }
        ids.add(id);
      }
    }
  }

  /**
   * Paints many new mentions at once (a scan's or a rescan's), so the page re-renders its
   * highlights once for all of them rather than once per slice of work.
   */
  addMany(items: readonly NewHighlight[]): void {
    for (const item of items) this.set(item.id, item.range, item.kind, item.nodes);
  }

  /** Changes the kind of an already painted mention. */
  setKind(id: number, kind: HighlightKind): void {
    const entry = this.entries.get(id);
    if (!entry || entry.kind === kind) return;
    this.highlights.get(entry.kind)?.delete(entry.range);
    entry.kind = kind;
    this.highlights.get(kind)?.add(entry.range);
  }

  remove(id: number): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.highlights.get(entry.kind)?.delete(entry.range);
    for (const node of entry.nodes) this.byNode.get(node)?.delete(id);
    this.entries.delete(id);
  }

  /** Removes every mention (navigation, site turned off). */
  clear(): void {
    for (const highlight of this.highlights.values()) highlight.clear();
    this.entries.clear();
    this.byNode.clear();
    this.shadowRoots.clear();
  }

  setStyle(style: HighlightStyle): void {
    this.sheet?.replaceSync(highlightCss(style));
  }

  /** Badge-only mode keeps the ranges (for counting) but paints nothing. */
  setVisible(visible: boolean): void {
    if (visible === this.visible) return;
    this.visible = visible;
    if (visible) this.register();
    else this.unregister();
  }

  /** Marks one range as the current one (keyboard step, open card); null to unmark. */
  setActive(range: Range | null): void {
    const active = this.highlights.get('active');
    if (!active) return;
    active.clear();
    if (range) {
      this.adopt();
      active.add(range);
    }
  }

  /** Marks a range for a moment (a jump from the popup). */
  flash(range: Range, ms = 1600): void {
    this.setActive(range);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.setActive(null), ms);
  }

  /** The mention under the viewport point, or null. */
  hitTest(x: number, y: number): number | null {
    if (this.entries.size === 0) return null;
    const node = caretNodeAt(x, y, this.shadowRoots);
    const candidates = node ? this.byNode.get(node as Text) : undefined;
    if (!candidates || candidates.size === 0) return null;
    for (const id of candidates) {
      const entry = this.entries.get(id);
      if (entry && rangeContainsPoint(entry.range, x, y)) return id;
    }
    return null;
  }

  destroy(): void {
    clearTimeout(this.flashTimer);
    this.clear();
    this.unregister();
    if (this.sheet && this.adopted) {
      const sheet = this.sheet;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
    this.sheet = null;
    this.adopted = false;
  }

  /** Adopts the style sheet, once, when there is something to paint. */
  private adopt(): void {
    if (this.adopted || !this.sheet) return;
    this.adopted = true;
    try {
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    } catch {
      this.sheet = null;
    }
  }

  private register(): void {
    if (!this.supported) return;
    for (const [kind, highlight] of this.highlights)
      CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlight);
  }

  private unregister(): void {
    if (!this.supported) return;
    for (const [kind, highlight] of this.highlights) {
      if (CSS.highlights.get(HIGHLIGHT_NAMES[kind]) === highlight)
        CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
    }
  }
}

/** The text node under a viewport point, looking into the given open shadow roots. */
function caretNodeAt(x: number, y: number, shadowRoots: ReadonlySet<ShadowRoot>): Node | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (
      x: number,
      y: number,
      options?: { shadowRoots: ShadowRoot[] },
    ) => { offsetNode: Node } | null;
  };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const options = shadowRoots.size > 0 ? { shadowRoots: [...shadowRoots] } : undefined;
    return doc.caretPositionFromPoint(x, y, options)?.offsetNode ?? null;
  }
  if (typeof document.caretRangeFromPoint === 'function') {
    return document.caretRangeFromPoint(x, y)?.startContainer ?? null;
  }
  return null;
}

/** Whether a viewport point lies in one of the range's line boxes. */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}
