/**
 * The mention store on a live DOM (`npm run test:dom`): mentions by id, by the text node they
 * start in and in document order, and what leaves the page leaves the store (each removal heard,
 * so its highlight goes too).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { article, chunkOf, mentionOf, resetPage } from './browser-test-helpers';
import { MentionStore, type PageMention } from './mention-store';

afterEach(resetPage);

describe('mention store', () => {
  it('finds mentions by id and gives each page its own ids', async () => {
    const root = article('<p>The coalition said the coalition would leave Iraq.</p>');
    const chunk = await chunkOf([root]);
    const store = new MentionStore(() => {});
    const first = mentionOf(store, chunk, 'coalition');
    const second = mentionOf(store, chunk, 'coalition', 'coalition', 1);
    store.add(first);
    store.add(second);
    expect(second.id).toBeGreaterThan(first.id);
    expect(store.get(first.id)).toBe(first);
    expect(store.has(second)).toBe(true);
    expect(store.size).toBe(2);
    expect([...chunk.mentions]).toEqual([first, second]);
    expect(new MentionStore(() => {}).nextId()).toBe(0);
  });

  it('lists mentions in document order, whatever order they were found in', async () => {
    const root = article(
      '<p>First, the coalition met.</p><p>Then the HMC met.</p><p>Last, forces left Iraq.</p>',
    );
    const chunk = await chunkOf([root]);
    const store = new MentionStore(() => {});
    const last = mentionOf(store, chunk, 'forces');
    const first = mentionOf(store, chunk, 'coalition');
    const middle = mentionOf(store, chunk, 'HMC', 'hmc');
    for (const mention of [last, first, middle]) store.add(mention);
    expect(store.inOrder()).toEqual([first, middle, last]);
    expect([...store.values()]).toEqual([last, first, middle]);
  });

  it('forgets the mentions of a text node read again, and only those', async () => {
    const root = article('<p>The coalition will leave.</p><p>The coalition will stay.</p>');
    const chunk = await chunkOf([root]);
    const removed: PageMention[] = [];
    const store = new MentionStore((mention) => removed.push(mention));
    const leave = mentionOf(store, chunk, 'coalition');
    const stay = mentionOf(store, chunk, 'coalition', 'coalition', 1);
    store.add(leave);
    store.add(stay);
    store.forgetNode(leave.startNode);
    expect(removed).toEqual([leave]);
    expect(store.has(leave)).toBe(false);
    expect(store.inOrder()).toEqual([stay]);
    expect([...chunk.mentions]).toEqual([stay]);
    // Removing twice is heard once.
    store.remove(leave);
    expect(removed).toEqual([leave]);
  });

  it('forgets every mention inside a subtree', async () => {
    const root = article(
      '<p>The coalition will leave.</p><aside><p>The HMC <em>coalition</em> talks.</p></aside>',
    );
    const chunk = await chunkOf([root]);
    const store = new MentionStore(() => {});
    const outside = mentionOf(store, chunk, 'coalition');
    const hmc = mentionOf(store, chunk, 'HMC', 'hmc');
    const inside = mentionOf(store, chunk, 'coalition', 'coalition', 1);
    for (const mention of [outside, hmc, inside]) store.add(mention);
    store.forgetWithin(root.querySelector('aside') as Element);
    expect(store.inOrder()).toEqual([outside]);
  });

  it('drops mentions whose text left the page or was emptied', async () => {
    const root = article(
      '<p id="a">The coalition will leave.</p><p id="b">The HMC met.</p><p>Forces left Iraq.</p>',
    );
    const chunk = await chunkOf([root]);
    const removed: PageMention[] = [];
    const store = new MentionStore((mention) => removed.push(mention));
    const gone = mentionOf(store, chunk, 'coalition');
    const emptied = mentionOf(store, chunk, 'HMC', 'hmc');
    const kept = mentionOf(store, chunk, 'Forces', 'coalition');
    for (const mention of [gone, emptied, kept]) store.add(mention);
    expect(store.inOrder()).toHaveLength(3);

    root.querySelector('#a')?.remove();
    (emptied.startNode as Text).data = '';
    store.dropStale();
    expect(removed).toEqual([gone, emptied]);
    expect(store.inOrder()).toEqual([kept]);

    store.clear();
    expect(removed).toEqual([gone, emptied, kept]);
    expect(store.size).toBe(0);
  });
});
