/**
 * The card's place in the page: one shadow root (`createShadowRootUi`, styles isolated both ways)
 * appended to `<html>` after `<body>`, so the page's own body is never touched. Holds the open
 * card, positions it beside its mention, closes it on Escape (giving focus back to where it was),
 * and has an aria-live region that announces steps.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import { Card, type CardProps } from '../ui/card/card';

/** Tag name of the shadow host; e2e tests leave it out when comparing the page's DOM. */
export const CARD_HOST_NAME = 'factcheck-card';

export type OpenCardProps = Omit<CardProps, 'onClose'>;

export interface CardHostOptions {
  /** Called when the card closes itself (close button, Escape inside it). */
  onClose: () => void;
  /** Pointer entered or left the card, so hover can keep it open. */
  onHover: (inside: boolean) => void;
  /** Keys pressed inside the card but Escape (they do not reach the page): the step shortcuts. */
  onKeydown: (event: KeyboardEvent) => void;
}

export class CardHost {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private creating: Promise<ShadowRootContentScriptUi<void>> | null = null;
  private anchor: Range | null = null;
  private frame = 0;
  private announcer: HTMLElement | null = null;
  private cardRoot: HTMLElement | null = null;
  private restoreFocus: HTMLElement | null = null;
  private destroyed = false;
  open = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly options: CardHostOptions,
  ) {
    const reposition = (): void => {
      if (!this.open || this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.place();
      });
    };
    ctx.addEventListener(window, 'scroll', reposition, { passive: true, capture: true });
    ctx.addEventListener(window, 'resize', reposition, { passive: true });
  }

  /** Whether `node` (an event target) lies inside the card's host. */
  contains(target: EventTarget | null): boolean {
    return !!this.ui && target instanceof Node && this.ui.shadowHost.contains(target);
  }

  get host(): HTMLElement | null {
    return this.ui?.shadowHost ?? null;
  }

  /** Shows `props` beside `anchor`; with `focus`, moves keyboard focus into the card. */
  async show(props: OpenCardProps, anchor: Range, focus: boolean): Promise<void> {
    const ui = await this.mount();
    if (this.destroyed || !this.cardRoot) return;
    if (focus && !this.open) {
      const active = document.activeElement;
      this.restoreFocus = active instanceof HTMLElement ? active : null;
    }
    this.anchor = anchor;
    this.open = true;
    render(<Card {...props} onClose={() => this.close(true)} />, this.cardRoot);
    this.cardRoot.hidden = false;
    this.place();
    if (focus) {
      const dialog = ui.shadow.querySelector<HTMLElement>('[role="dialog"]');
      dialog?.focus({ preventScroll: true });
    }
  }

  /** Hides the card; `fromCard` when the card itself asked (it returns focus and notifies). */
  close(fromCard = false): void {
    if (!this.open) return;
    this.open = false;
    this.anchor = null;
    if (this.cardRoot) {
      render(null, this.cardRoot);
      this.cardRoot.hidden = true;
    }
    const back = this.restoreFocus;
    this.restoreFocus = null;
    if (back?.isConnected) back.focus({ preventScroll: true });
    if (fromCard) this.options.onClose();
  }

  /** Says `text` to screen readers (polite). */
  announce(text: string): void {
    if (!this.announcer) return;
    this.announcer.textContent = '';
    // A fresh text node after clearing makes screen readers announce repeated messages too.
    this.ctx.setTimeout(() => {
      if (this.announcer) this.announcer.textContent = text;
    }, 30);
  }

  destroy(): void {
    this.destroyed = true;
    cancelAnimationFrame(this.frame);
    if (this.cardRoot) render(null, this.cardRoot);
    this.ui?.remove();
    this.ui = null;
    this.cardRoot = null;
    this.announcer = null;
  }

  private mount(): Promise<ShadowRootContentScriptUi<void>> {
    if (this.ui) return Promise.resolve(this.ui);
    this.creating ??= createShadowRootUi<void>(this.ctx, {
      name: CARD_HOST_NAME,
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container) => {
        const layer = document.createElement('div');
        layer.className = 'fc-layer';
        const card = document.createElement('div');
        card.className = 'fc-card-slot';
        card.hidden = true;
        card.addEventListener('pointerenter', () => this.options.onHover(true));
        card.addEventListener('pointerleave', () => this.options.onHover(false));
        card.addEventListener('keydown', (event) => {
          if (event.key === 'Escape' && this.open && !event.defaultPrevented) {
            event.preventDefault();
            this.close(true);
            return;
          }
          this.options.onKeydown(event);
        });
        const live = document.createElement('div');
        live.className = 'fc-sr-only';
        live.setAttribute('aria-live', 'polite');
        live.setAttribute('role', 'status');
        layer.append(card, live);
        container.append(layer);
        this.cardRoot = card;
        this.announcer = live;
      },
      onRemove: () => {
        this.cardRoot = null;
        this.announcer = null;
      },
    }).then((ui) => {
      if (!this.destroyed) {
        ui.mount();
        this.ui = ui;
      }
      return ui;
    });
    return this.creating;
  }

  /** Puts the card below its mention, or above when there is no room below. */
  private place(): void {
    const slot = this.cardRoot;
    if (!slot || !this.anchor || !this.open) return;
    const rect = this.anchor.getBoundingClientRect();
    const margin = 8;
    const width = Math.min(380, window.innerWidth - 2 * margin);
    slot.style.width = `${width}px`;
    const height = slot.offsetHeight;
    let top = rect.bottom + margin;
    if (top + height > window.innerHeight && rect.top - margin - height >= 0) {
      top = rect.top - margin - height;
    }
    top = Math.max(
      margin,
      Math.min(top, window.innerHeight - Math.min(height, window.innerHeight) - margin),
    );
    const left = Math.max(margin, Math.min(rect.left, window.innerWidth - width - margin));
    slot.style.top = `${Math.round(top)}px`;
    slot.style.left = `${Math.round(left)}px`;
  }
}
