/**
 * Feature: the card by pointer. Resting on a highlight opens its card; leaving both the highlight
 * and the card closes it again, unless a click pinned it open. A click elsewhere closes it.
 * Hit-testing runs at most once per frame, against the highlighter's ranges (the page's DOM has
 * no elements for them).
 */
import type { CheckedPage } from './checked-page';

/** Rest on a highlight this long before its card opens (ms). */
const HOVER_OPEN_MS = 120;
/** Time to move from the highlight into the card before it closes (ms). */
const HOVER_CLOSE_MS = 350;

export function initHoverCard(page: CheckedPage, signal: AbortSignal): void {
  if (page.settings.badgeOnly) return;
  const { checker, highlighter, card } = page;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let hovered: number | null = null;
  let frame = 0;
  let point = { x: 0, y: 0 };

  /** Opens the card of mention `id` soon, or (null) closes the open card soon. */
  const schedule = (id: number | null): void => {
    clearTimeout(timer);
    if (id !== null) {
      timer = setTimeout(() => {
        const mention = checker.get(id);
        if (mention && card.openId !== id) {
          card.pinned = false;
          void card.open(page, mention, false);
        }
      }, HOVER_OPEN_MS);
    } else if (card.openId !== null && !card.pinned) {
      timer = setTimeout(() => {
        if (!card.overCard && !card.pinned) card.close();
      }, HOVER_CLOSE_MS);
    }
  };

  document.addEventListener(
    'pointermove',
    (event: PointerEvent) => {
      if (event.pointerType === 'touch') return;
      point = { x: event.clientX, y: event.clientY };
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (card.contains(document.elementFromPoint(point.x, point.y))) return;
        const id = highlighter.hitTest(point.x, point.y);
        if (id === hovered) return;
        hovered = id;
        if (id !== null || !card.overCard) schedule(id);
      });
    },
    { passive: true, signal },
  );

  document.addEventListener(
    'click',
    (event: MouseEvent) => {
      if (card.contains(event.target)) return;
      const id = highlighter.hitTest(event.clientX, event.clientY);
      const mention = id === null ? undefined : checker.get(id);
      if (mention) {
        clearTimeout(timer);
        card.pinned = true;
        void card.open(page, mention, false);
      } else if (card.openId !== null) {
        card.close();
      }
    },
    { signal },
  );

  card.listen(
    {
      hover: (inside) => {
        if (inside) clearTimeout(timer);
        else if (!card.pinned) schedule(null);
      },
    },
    signal,
  );

  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
    },
    { once: true },
  );
}
