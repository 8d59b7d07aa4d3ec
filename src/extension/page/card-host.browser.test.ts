/**
 * The card host in Chromium (`npm run test:dom`), driven as a reader drives it: it opens in its
 * own shadow root after `<body>`, beside the mention's range, says who the page credits and the
 * dataset's claims by relation; Escape closes it and gives focus back; keys inside it stay out of
 * the page; it leaves nothing behind. Mounted through WXT's `createShadowRootUi` with a real
 * `ContentScriptContext`. The content script's stylesheet, which only a built extension loads,
 * is stood in for by the one rule placing needs (`SLOT_CSS`).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page as browserPage, userEvent } from 'vitest/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { bundledDataset } from '../../dataset/bundled';
import { catalogueFor } from '../../dataset/catalogue';
import { createOutcomes } from '../../findings/outcomes';
import type { ReportFinding, ReportMention } from '../report';
import { article, rangeOf, read, resetPage } from './browser-test-helpers';
import { CARD_HOST_NAME, CardHost, type OpenCardProps } from './card-host';

/** What the card's stylesheet does that placing relies on: a slot fixed to the viewport. */
const SLOT_CSS = '.fc-card-slot { position: fixed; max-height: 240px; overflow: auto; }';

const SAME = 'jiad-agreement-withdraw-by-end-2025';
const AGAINST = 'senior-admin-not-withdrawing';
const CONTRADICTION = 'not-withdrawing-vs-agreement-to-withdraw';

const MENTION: ReportMention = {
  id: 4,
  kind: 'deadline',
  text: 'the end of 2025',
  sentence: 'Sabhan Mullah Jiad said coalition forces would withdraw from Iraq by the end of 2025.',
  claims: [
    { claimId: SAME, speakerId: 'sabhan-mullah-jiad', score: 0.9, relation: 'same' },
    {
      claimId: AGAINST,
      speakerId: 'senior-admin-official-2024-09-27',
      score: 0.6,
      relation: 'contradicts',
      conflict: 'wording',
    },
  ],
  speaker: {
    name: 'Sabhan Mullah Jiad',
    role: 'political advisor to the prime minister',
    kind: 'person',
    speakerId: 'sabhan-mullah-jiad',
  },
};

function props(): OpenCardProps {
  const contradiction = bundledDataset.contradictions.find((c) => c.id === CONTRADICTION);
  if (!contradiction) throw new Error(`no contradiction ${CONTRADICTION} in the dataset`);
  const finding: ReportFinding = {
    id: contradiction.id,
    source: 'dataset',
    kind: contradiction.kind,
    claimIds: contradiction.claimIds,
    summary: contradiction.summary,
    mentionIds: [MENTION.id],
  };
  const outcomes = createOutcomes(bundledDataset.claims, bundledDataset.speakers, '2026-03-01');
  return {
    mention: MENTION,
    position: 2,
    total: 5,
    findings: [finding],
    catalogue: catalogueFor(bundledDataset, [SAME, AGAINST], outcomes.forClaim),
  };
}

describe('card host', () => {
  let ctx: ContentScriptContext;
  let anchor: Range;
  let before: HTMLButtonElement;
  const heard: string[] = [];
  let host: CardHost;

  beforeEach(async () => {
    await browserPage.viewport(1000, 800);
    const root = article(`
      <h1>Iraq and the US agree on the coalition's exit</h1>
      <div style="height: 1200px"></div>
      <p>Sabhan Mullah Jiad said coalition forces would withdraw from Iraq by the end of 2025.</p>
      <button type="button">Share</button>
      <div style="height: 3000px"></div>`);
    const [index] = await read([root]);
    if (!index) throw new Error('nothing read');
    anchor = rangeOf(index, 'the end of 2025');
    before = root.querySelector('button') as HTMLButtonElement;
    heard.length = 0;
    ctx = new ContentScriptContext('card-host-test');
    host = new CardHost(ctx, {
      onClose: () => heard.push('close'),
      onHover: (inside) => heard.push(inside ? 'enter' : 'leave'),
      onKeydown: (event) => {
        if (event.key !== 'Alt' && event.key !== 'Shift')
          heard.push(
            `key ${event.altKey ? 'Alt+' : ''}${event.shiftKey ? 'Shift+' : ''}${event.code}`,
          );
      },
    });
  });

  afterEach(() => {
    host.destroy();
    ctx.abort();
    window.scrollTo(0, 0);
    resetPage();
  });

  /** Opens the card as hover does, styled for placing, and waits until it sits in place. */
  async function openStyled(): Promise<HTMLElement> {
    await host.show(props(), anchor, false);
    const style = document.createElement('style');
    style.textContent = SLOT_CSS;
    parts().shadow?.append(style);
    window.dispatchEvent(new Event('resize'));
    const { slot } = parts();
    if (!slot) throw new Error('no card');
    await expect.poll(() => getComputedStyle(slot).position).toBe('fixed');
    return slot;
  }

  /** Where the card is, against where its mention is, in whole pixels. */
  async function placed(slot: HTMLElement) {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const card = slot.getBoundingClientRect();
    const mention = anchor.getBoundingClientRect();
    // `|| 0`: no -0 for a difference under half a pixel.
    return {
      gapBelow: Math.round(card.top - mention.bottom) || 0,
      gapAbove: Math.round(mention.top - card.bottom) || 0,
      left: Math.round(card.left - Math.max(8, mention.left)) || 0,
    };
  }

  /** The card's shadow host, its dialog and the slot that holds it. */
  function parts() {
    const shadowHost = document.querySelector(CARD_HOST_NAME);
    const shadow = shadowHost?.shadowRoot ?? null;
    const dialog = shadow?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
    return { shadowHost, shadow, dialog, slot: dialog?.parentElement ?? null };
  }

  it('opens beside its mention, in a shadow root after <body>, with the credit and the claims by relation', async () => {
    const bodyBefore = document.body.innerHTML;
    await host.show(props(), anchor, false);
    const { shadowHost, dialog, slot } = parts();
    expect(shadowHost?.parentElement).toBe(document.documentElement);
    expect(shadowHost?.previousElementSibling).toBe(document.body);
    expect(document.body.innerHTML).toBe(bodyBefore);
    expect(host.open).toBe(true);
    if (!dialog || !slot) throw new Error('no card');

    // Named by its mention; where it stands among the page's mentions.
    const title = dialog.querySelector(`#${dialog.getAttribute('aria-labelledby')}`);
    expect(title?.textContent).toBe('Fact check: “the end of 2025”');
    expect(dialog.textContent).toContain('Deadline · mention 2 of 5 · 2 related claims');
    expect(dialog.querySelector('[data-testid="card-credit"]')?.textContent).toBe(
      'The page attributes this to: Sabhan Mullah Jiad, political advisor to the prime minister · in the dataset as Sabhan Mullah Jiad',
    );
    // The claims grouped by how the sentence stands to them, the same statement first.
    const groups = [...dialog.querySelectorAll('section[data-relation]')];
    expect(groups.map((g) => g.getAttribute('data-relation'))).toEqual(['same', 'contradicts']);
    expect(groups[0]?.querySelector(`[data-claim-id="${SAME}"]`)).not.toBeNull();
    expect(groups[1]?.querySelector(`[data-claim-id="${AGAINST}"]`)).not.toBeNull();
    // The contradiction with both its sides.
    const finding = dialog.querySelector(`[data-finding-id="${CONTRADICTION}"]`);
    expect(finding?.querySelectorAll('.fc-claim').length).toBeGreaterThanOrEqual(2);

    expect(slot.hidden).toBe(false);
    // Opened by hover: the reader's focus stays where it was.
    expect(document.activeElement).not.toBe(shadowHost);
  });

  it('sits below its mention, above it when there is no room, and follows it as the page scrolls', async () => {
    expect(window.innerHeight).toBeGreaterThan(600);
    const top = anchor.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - 200);
    const slot = await openStyled();
    await expect.poll(() => placed(slot)).toMatchObject({ gapBelow: 8, left: 0 });

    window.scrollTo(0, top - 100);
    await expect.poll(() => placed(slot)).toMatchObject({ gapBelow: 8, left: 0 });

    // The mention near the bottom of the window: the card goes above it.
    window.scrollTo(0, top - window.innerHeight + 60);
    await expect.poll(() => placed(slot)).toMatchObject({ gapAbove: 8, left: 0 });
  });

  it('takes focus when opened from the keyboard, and Escape closes it and gives focus back', async () => {
    const onPage: string[] = [];
    window.addEventListener('keydown', (event) => onPage.push(event.key), {
      signal: ctx.signal,
    });
    before.focus();
    await host.show(props(), anchor, true);
    const { shadowHost, shadow, dialog } = parts();
    expect(document.activeElement).toBe(shadowHost);
    expect(shadow?.activeElement).toBe(dialog);

    // Keys pressed in the card reach the card's handler, not the page.
    await userEvent.keyboard('{Alt>}{Shift>}J{/Shift}{/Alt}');
    expect(heard).toEqual(['key Alt+Shift+KeyJ']);
    expect(onPage).toEqual([]);

    await userEvent.keyboard('{Escape}');
    expect(host.open).toBe(false);
    expect(parts().dialog).toBeNull();
    expect(parts().slot).toBeNull();
    expect(document.activeElement).toBe(before);
    expect(heard).toEqual(['key Alt+Shift+KeyJ', 'close']);
    expect(onPage).toEqual([]);
  });

  it('closes from its close button, and tells when the pointer enters and leaves it', async () => {
    await host.show(props(), anchor, false);
    const { dialog } = parts();
    if (!dialog) throw new Error('no card');
    await userEvent.hover(dialog);
    await userEvent.hover(before);
    expect(heard).toEqual(['enter', 'leave']);
    heard.length = 0;
    await userEvent.click(dialog.querySelector('button[aria-label="Close fact check"]') as Element);
    expect(host.open).toBe(false);
    expect(parts().slot).toBeNull();
    expect(heard.filter((event) => event === 'close')).toHaveLength(1);
  });

  it('shows another mention in the same card, and closing from outside does not report back', async () => {
    await host.show(props(), anchor, false);
    await host.show({ ...props(), position: 3 }, anchor, false);
    expect(document.querySelectorAll(CARD_HOST_NAME)).toHaveLength(1);
    expect(parts().dialog?.textContent).toContain('mention 3 of 5');
    host.close();
    expect(host.open).toBe(false);
    expect(heard).toEqual([]);
  });

  it('takes its host off the page when destroyed', async () => {
    await host.show(props(), anchor, true);
    expect(document.querySelector(CARD_HOST_NAME)).not.toBeNull();
    host.destroy();
    expect(document.querySelector(CARD_HOST_NAME)).toBeNull();
    expect(host.host).toBeNull();
    // A card asked for after the end stays away.
    await host.show(props(), anchor, false);
    expect(document.querySelector(CARD_HOST_NAME)).toBeNull();
  });
});
