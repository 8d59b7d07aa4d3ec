/**
 * The match queue on a live DOM (`npm run test:dom`), with a fake background that answers when
 * told to: batches of several chunks' whole sentences, never more than `MATCH_IN_FLIGHT` requests
 * at once, a card's mention matched ahead of the queue with the rest of its sentence, a quoted
 * passage that reprints nothing dropped, and nothing applied once the page has ended.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_CATALOGUE } from '../../dataset/catalogue';
import type { ClaimMatch, Mention } from '../../model/types';
import { article, chunkOf, mentionOf, resetPage } from './browser-test-helpers';
import { MATCH_BATCH, MATCH_IN_FLIGHT, MatchQueue, type MatchService } from './match-queue';
import { type Chunk, MentionStore, type PageMention } from './mention-store';

afterEach(resetPage);

const CLAIM: ClaimMatch = {
  claimId: 'claim-a',
  speakerId: 'speaker-a',
  score: 0.8,
  relation: 'same',
};

type Request = Parameters<MatchService['match']>[0];

/**
 * A background that holds every request until `answerAll()`; each mention gets `CLAIM`, but a
 * quoted passage gets nothing (it reprints no claim).
 */
function fakeBackground() {
  const requests: Request[] = [];
  const waiting: Array<() => void> = [];
  let open = 0;
  let mostOpen = 0;
  const service: MatchService = {
    async match(request) {
      requests.push(request);
      open++;
      mostOpen = Math.max(mostOpen, open);
      await new Promise<void>((resolve) => waiting.push(resolve));
      open--;
      return {
        mentions: request.mentions.map((m) => ({
          start: m.start,
          end: m.end,
          claims: m.kind === 'quote' ? [] : [CLAIM],
          speaker: null,
          findingIds: [],
        })),
        findings: [],
        catalogue: EMPTY_CATALOGUE,
      };
    },
  };
  return {
    service,
    requests,
    mostOpen: () => mostOpen,
    /** Answers every request received so far. */
    answerAll(): void {
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}

/** A queue over a fresh store, and what it told its page. */
function queueFor(service: MatchService, controller = new AbortController()) {
  const matched: PageMention[] = [];
  const removed: PageMention[] = [];
  let drained = 0;
  const store = new MentionStore((mention) => removed.push(mention));
  const queue = new MatchQueue({
    service,
    store,
    context: () => ({
      published: '2024-09-08',
      site: 'Test News',
      signer: { name: 'Hoshyar Qadir', kind: 'person' as const },
      people: ['Thomas Brandt', 'Brandt'],
    }),
    onMatched: (mention) => matched.push(mention),
    onDrained: () => drained++,
    signal: controller.signal,
  });
  const add = (mention: PageMention): PageMention => {
    store.add(mention);
    queue.push(mention);
    return mention;
  };
  return { queue, store, matched, removed, drained: () => drained, add, controller };
}

/** The sentences (texts of the packed mentions' sentences) one request carried. */
function sentencesOf(request: Request): string[] {
  return [
    ...new Set(
      request.mentions.map((m: Mention) => request.text.slice(m.sentenceStart, m.sentenceEnd)),
    ),
  ];
}

/** A chunk of `count` sentences, each a paragraph naming the coalition, forces and Iraq. */
async function sentences(count: number, order = 0): Promise<Chunk> {
  const paragraphs = Array.from(
    { length: count },
    (_, i) => `<p>Sentence ${order}-${i}: the coalition said forces would leave Iraq.</p>`,
  );
  return chunkOf([article(paragraphs.join(''))], order);
}

describe('match queue', () => {
  it('sends whole sentences, even past the batch size', async () => {
    const chunk = await sentences(160);
    const fake = fakeBackground();
    const q = queueFor(fake.service);
    for (let i = 0; i < 160; i++)
      for (const phrase of ['coalition', 'forces', 'Iraq'])
        q.add(mentionOf(q.store, chunk, phrase, 'coalition', i));
    q.queue.run();
    await expect.poll(() => fake.requests.length).toBe(2);
    const [first, second] = fake.requests as [Request, Request];
    // 400 mentions end inside the 134th sentence: its last two go with it.
    expect(first.mentions).toHaveLength(Math.ceil(MATCH_BATCH / 3) * 3);
    expect(second.mentions).toHaveLength(480 - first.mentions.length);
    expect(sentencesOf(first)).toHaveLength(134);
    for (const sentence of sentencesOf(second)) expect(sentencesOf(first)).not.toContain(sentence);
    expect(first.published).toBe('2024-09-08');
    expect(first.site).toBe('Test News');
    expect(first.signer).toEqual({ name: 'Hoshyar Qadir', kind: 'person' });
    expect(first.people).toEqual(['Thomas Brandt', 'Brandt']);

    fake.answerAll();
    await expect.poll(() => q.drained()).toBe(1);
    expect(q.matched).toHaveLength(480);
    for (const mention of q.store.values()) expect(mention.claims).toEqual([CLAIM]);
  });

  it('sends the mentions of several blocks in one request, each answer to its own mention', async () => {
    const fake = fakeBackground();
    const q = queueFor(fake.service);
    const added: PageMention[] = [];
    for (let order = 0; order < 5; order++) {
      const chunk = await sentences(1, order);
      added.push(q.add(mentionOf(q.store, chunk, 'coalition')));
    }
    q.queue.run();
    await expect.poll(() => fake.requests.length).toBe(1);
    expect(sentencesOf(fake.requests[0] as Request)).toHaveLength(5);
    fake.answerAll();
    await expect.poll(() => q.drained()).toBe(1);
    for (const mention of added) expect(mention.claims).toEqual([CLAIM]);
  });

  it('keeps at most MATCH_IN_FLIGHT requests in flight, and says when all are answered', async () => {
    const fake = fakeBackground();
    const q = queueFor(fake.service);
    for (let order = 0; order < 4; order++) {
      const chunk = await sentences(180, order);
      for (let i = 0; i < 180; i++)
        for (const phrase of ['coalition', 'forces', 'Iraq'])
          q.add(mentionOf(q.store, chunk, phrase, 'coalition', i));
    }
    q.queue.run();
    await expect.poll(() => fake.requests.length).toBe(MATCH_IN_FLIGHT);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(fake.requests).toHaveLength(MATCH_IN_FLIGHT);
    expect(q.drained()).toBe(0);
    await expect
      .poll(() => {
        fake.answerAll();
        return q.drained();
      })
      .toBe(1);
    // 2,160 mentions, 402 (whole sentences) a request.
    expect(fake.requests).toHaveLength(6);
    expect(fake.mostOpen()).toBe(MATCH_IN_FLIGHT);
  });

  it('matches a card’s mention at once, with the rest of its sentence, ahead of the queue', async () => {
    const chunk = await sentences(3);
    const fake = fakeBackground();
    const q = queueFor(fake.service);
    const all = [0, 1, 2].flatMap((i) =>
      ['coalition', 'forces'].map((phrase) =>
        q.add(mentionOf(q.store, chunk, phrase, 'coalition', i)),
      ),
    );
    const opened = all[5] as PageMention; // "forces" in the last sentence
    const claims = q.queue.ensureMatched(opened);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.mentions.map((m) => m.text)).toEqual(['coalition', 'forces']);
    expect(sentencesOf(fake.requests[0] as Request)).toEqual([
      'Sentence 0-2: the coalition said forces would leave Iraq.',
    ]);
    fake.answerAll();
    expect(await claims).toEqual([CLAIM]);
    expect(all[4]?.claims).toEqual([CLAIM]);

    // Idle matching then sends only what is left.
    q.queue.run();
    await expect.poll(() => fake.requests.length).toBe(2);
    expect(fake.requests[1]?.mentions).toHaveLength(4);
    fake.answerAll();
    await expect.poll(() => q.drained()).toBe(1);
    expect(fake.requests).toHaveLength(2);
  });

  it('sends a sentence’s later-found mentions with it', async () => {
    const first = await sentences(2, 0);
    const second = await sentences(1, 1);
    const fake = fakeBackground();
    const q = queueFor(fake.service);
    q.add(mentionOf(q.store, first, 'coalition', 'coalition', 0));
    q.add(mentionOf(q.store, first, 'coalition', 'coalition', 1));
    q.add(mentionOf(q.store, second, 'coalition'));
    // Found when the first chunk was read again, after the second chunk's mentions.
    const late = q.add(mentionOf(q.store, first, 'forces', 'coalition', 1));
    q.queue.run();
    await expect.poll(() => fake.requests.length).toBe(1);
    // Each block packed once, its sentences whole: the late mention rides with its sentence.
    expect(fake.requests[0]?.mentions.map((m) => m.text)).toEqual([
      'coalition',
      'coalition',
      'forces',
      'coalition',
    ]);
    fake.answerAll();
    await expect.poll(() => q.drained()).toBe(1);
    expect(late.claims).toEqual([CLAIM]);
    expect(fake.requests).toHaveLength(1);
  });

  it('drops a quoted passage that reprints no claim', async () => {
    const chunk = await sentences(1);
    const fake = fakeBackground();
    const q = queueFor(fake.service);
    const quote = q.add(mentionOf(q.store, chunk, 'forces would leave', 'quote'));
    const named = q.add(mentionOf(q.store, chunk, 'coalition'));
    q.queue.run();
    await expect.poll(() => fake.requests.length).toBe(1);
    fake.answerAll();
    await expect.poll(() => q.drained()).toBe(1);
    expect(q.removed).toEqual([quote]);
    expect(q.store.has(quote)).toBe(false);
    expect(q.matched).toEqual([named]);
  });

  it('applies nothing once its page has ended', async () => {
    const chunk = await sentences(1);
    const fake = fakeBackground();
    const q = queueFor(fake.service);
    const mention = q.add(mentionOf(q.store, chunk, 'coalition'));
    q.queue.run();
    await expect.poll(() => fake.requests.length).toBe(1);
    q.controller.abort();
    fake.answerAll();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(mention.claims).toBeNull();
    expect(q.matched).toEqual([]);
    expect(q.drained()).toBe(0);
  });
});
