/**
 * Feature: the mentions from the keyboard. Alt+Shift+J and Alt+Shift+K step to the next and
 * previous mention with claims, scroll it into view and open its card with focus in it (also from
 * inside the card); Escape on the page closes the card. Keys typed into a field are left alone.
 */
import type { CheckedPage } from './checked-page';
import { scrollToRange } from './scroll';

const NOTHING_TO_STEP_TO = 'No fact-checked mentions on this page.';

export function initKeyboardSteps(page: CheckedPage, signal: AbortSignal): void {
  if (page.settings.badgeOnly) return;
  const { checker, card } = page;

  const step = async (direction: 1 | -1): Promise<void> => {
    const list = checker.navigable();
    if (list.length === 0) {
      card.announce(NOTHING_TO_STEP_TO);
      return;
    }
    const current = card.openId === null ? -1 : list.findIndex((m) => m.id === card.openId);
    let index = current === -1 ? (direction === 1 ? -1 : list.length) : current;
    for (let tries = 0; tries < list.length; tries++) {
      index = (index + direction + list.length) % list.length;
      const mention = list[index];
      if (!mention) continue;
      if ((await checker.ensureMatched(mention)).length === 0) continue;
      if (signal.aborted) return;
      scrollToRange(mention.range);
      card.pinned = true;
      await card.open(page, mention, true);
      return;
    }
    card.announce(NOTHING_TO_STEP_TO);
  };

  const onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented) return;
    if (event.key === 'Escape' && card.openId !== null) {
      event.preventDefault();
      card.close();
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    if (event.code !== 'KeyJ' && event.code !== 'KeyK') return;
    if (isEditable(event.target)) return;
    event.preventDefault();
    void step(event.code === 'KeyJ' ? 1 : -1);
  };
  window.addEventListener('keydown', onKeydown, { signal });
  card.listen({ keydown: onKeydown }, signal);
}

/** Whether keyboard input at `target` is typing (inputs, text areas, editable content). */
export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (element as HTMLInputElement).type;
    return ![
      'button',
      'checkbox',
      'radio',
      'range',
      'reset',
      'submit',
      'color',
      'file',
      'image',
    ].includes(type);
  }
  return (
    element.closest('[role="textbox"], [contenteditable=""], [contenteditable="true"]') !== null
  );
}
