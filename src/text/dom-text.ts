/**
 * Reads the text of a DOM subtree the way a reader sees it. Works on a live page and on
 * linkedom in Node: it only uses node properties every DOM has (no layout, no TreeWalker).
 */
import { type TextIndex, TextIndexBuilder } from './text-index';

/** Elements whose content a reader never sees as article text. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

/** Elements that start a new line of text: their edges are hard sentence breaks. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|content-visibility\s*:\s*hidden)/i;

export interface ExtractOptions {
  /** Host element to leave out (the extension's own card). */
  exclude?: Node | null;
  /**
   * Extra visibility test for elements, e.g. `checkVisibility` on a live page. Called only for
   * elements that pass the cheap attribute tests.
   */
  isHidden?: (element: Element) => boolean;
}

/** True for elements whose edges break the text into separate lines (paragraphs, cells). */
export function isBlockElement(element: Element): boolean {
  return BLOCKS.has(element.tagName.toUpperCase());
}

/** True for elements whose text is not article text a reader sees. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED.has(element.tagName.toUpperCase())) return true;
  // Most elements of a page have no attributes: theirs need no reading.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (element.getAttribute('role') === 'textbox') return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/**
 * Whether `node` sits inside content a reader does not see as article text (a script, a
 * hidden or editable region), looking up through shadow hosts. `extractText` only tests the
 * root's descendants: a subtree read on its own (text added to a live page) needs this too.
 */
export function hasSkippedAncestor(node: Node): boolean {
  let current: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode;
  while (current) {
    if (current.nodeType === ELEMENT_NODE && isSkippedElement(current as Element)) return true;
    const parent: Node | null = current.parentNode;
    // Past a shadow root, go on from its host.
    current = parent ?? (current as { host?: Element }).host ?? null;
  }
  return false;
}

/**
 * The readable text of `root` and its map back to text nodes. Open shadow roots are read in
 * place of their host's light children, as the browser renders them.
 */
export function extractText(root: Node, options: ExtractOptions = {}): TextIndex<Text> {
  const builder = new TextIndexBuilder<Text>();
  const { exclude = null, isHidden } = options;
  // An explicit stack keeps a ten-thousand-deep DOM from overflowing the call stack.
  const stack: Array<Node | typeof BLOCK_END> = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === BLOCK_END) {
      builder.addBreak();
      continue;
    }
    if (item === undefined || item === exclude) continue;
    if (item.nodeType === TEXT_NODE) {
      const data = (item as Text).data;
      if (data) builder.addText(item as Text, data);
      continue;
    }
    let children: Node = item;
    if (item.nodeType === ELEMENT_NODE) {
      const element = item as Element;
      if (isSkippedElement(element) || isHidden?.(element)) continue;
      if (isBlockElement(element)) {
        builder.addBreak();
        stack.push(BLOCK_END);
      }
      const shadow = (element as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      if (shadow) children = shadow;
    }
    // Children go on the stack last-first so they come off in document order.
    for (let child = children.lastChild; child !== null; child = child.previousSibling) {
      stack.push(child);
    }
  }
  return builder.build();
}

const BLOCK_END: unique symbol = Symbol('block end');
