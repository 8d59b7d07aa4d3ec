/**
 * The card of one mention at a time, shared by the features that open it (hover, keyboard): which
 * mention it shows, whether it stays open when the pointer leaves (`pinned`), and whether the
 * pointer is over it. Lives as long as the content script; its card host is made once.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CardHost } from './card-host';
import type { CheckedPage } from './checked-page';
import type { Highlighter } from './highlighter';
import type { PageMention } from './mention-store';

/** What a page's features do when the pointer enters or leaves the card, or a key goes to it. */
export interface CardListeners {
  hover?: (inside: boolean) => void;
  keydown?: (event: KeyboardEvent) => void;
}

export class MentionCard {
  /** The mention the card shows, or null when it is closed. */
  openId: number | null = null;
  /** Opened by a click or a key: it stays open when the pointer leaves. */
  pinned = false;
  /** Whether the pointer is over the card. */
  overCard = false;
  private readonly host: CardHost;
  private listeners: CardListeners = {};

  constructor(
    ctx: ContentScriptContext,
    private readonly highlighter: Highlighter,
  ) {
    this.host = new CardHost(ctx, {
      onClose: () => this.forget(),
      onHover: (inside) => {
        this.overCard = inside;
        this.listeners.hover?.(inside);
      },
      onKeydown: (event) => this.listeners.keydown?.(event),
    });
  }

  /**
   * Adds to what happens on the card's pointer and key events, until `signal` aborts: the page's
   * signal, which every feature of the page hangs on, so all their listeners go at once.
   */
  listen(listeners: CardListeners, signal: AbortSignal): void {
    this.listeners = { ...this.listeners, ...listeners };
    signal.addEventListener('abort', () => {
      this.listeners = {};
    });
  }

  /** Whether an event's target lies inside the card. */
  contains(target: EventTarget | null): boolean {
    return this.host.contains(target);
  }

  /** Whether `node` is the card's host or inside it: the extension's own, never read. */
  isOwn(node: Node): boolean {
    const host = this.host.host;
    return !!host && (node === host || host.contains(node));
  }

  /**
   * Opens the card on `mention` once it has claims (matching its sentence first if need be);
   * false when it has none, or the page stopped meanwhile. With `focus`, keyboard focus moves
   * into the card.
   */
  async open(page: CheckedPage, mention: PageMention, focus: boolean): Promise<boolean> {
    const { checker } = page;
    if (page.signal.aborted || page.settings.badgeOnly) return false;
    const claims = await checker.ensureMatched(mention);
    if (claims.length === 0 || page.signal.aborted || !checker.get(mention.id)) return false;
    const list = checker.navigable();
    const position = list.indexOf(mention) + 1;
    this.openId = mention.id;
    this.highlighter.setActive(mention.range);
    await this.host.show(
      {
        mention: checker.reportMention(mention),
        position: Math.max(position, 1),
        total: Math.max(list.length, 1),
        findings: checker.findingsFor(mention),
        catalogue: checker.catalogue,
      },
      mention.range,
      focus,
    );
    const related = claims.length === 1 ? '1 related claim' : `${claims.length} related claims`;
    this.announce(`Mention ${position} of ${list.length}: “${mention.local.text}”, ${related}.`);
    return true;
  }

  /** Closes the card; focus goes back where it was before the card took it. */
  close(): void {
    this.host.close();
    this.forget();
  }

  /** Says `text` to screen readers. */
  announce(text: string): void {
    this.host.announce(text);
  }

  destroy(): void {
    this.host.destroy();
  }

  private forget(): void {
    this.openId = null;
    this.pinned = false;
    this.highlighter.setActive(null);
  }
}
