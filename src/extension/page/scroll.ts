/** Scrolling the page to a mention. */

/** Scrolls so the range sits in the middle of the viewport. */
export function scrollToRange(range: Range): void {
  const node = range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest' });
}
