/**
 * The content script's page modules in a real Chromium (`npm run test:dom`): the reader on a live
 * DOM with shadow roots and computed visibility, the highlighter on the real `CSS.highlights`,
 * and the checker end to end with a fake `MatchService` in place of the background. No extension
 * API is loaded. The card host, the mention store and the match queue have files of their own.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_CATALOGUE } from '../../dataset/catalogue';
import type { Speaker } from '../../dataset/schema';
import { createDetector } from '../../detect/detect';
import type { ClaimMatch, PageSpeaker } from '../../model/types';
import type { TextIndex } from '../../text/text-index';
import type { BatchFinding } from '../messaging';
import type { PageReport } from '../report';
import {
  article,
  HIGHLIGHT_NAME_LIST as NAMES,
  painted,
  rangeOf,
  read,
  resetPage,
} from './browser-test-helpers';
import { PageChecker } from './checker';
import { Highlighter } from './highlighter';
import type { MatchService } from './match-queue';
import { readChunks } from './reader';
import { Slice } from './schedule';

afterEach(resetPage);

describe('reader', () => {
  it('reads what a reader sees, a line per block, open shadow roots in place of their host', async () => {
    const root = article(`
      <h1>Coalition <em>mission</em> ends</h1>
      <p>First <em>para</em>graph of the story.</p>
      <script>var skipped = 'script text';</script>
      <style>.skipped { color: red }</style>
      <p hidden>Hidden paragraph.</p>
      <p aria-hidden="true">Aria-hidden paragraph.</p>
      <div contenteditable="true">Editable text.</div>
      <p style="display: none">Styled away.</p>
      <textarea>Typed text.</textarea>
      <div id="host">Light child the shadow root replaces.</div>
      <factcheck-card>The extension's own card.</factcheck-card>
      <p>Last <span>paragraph</span>.</p>`);
    const host = root.querySelector('#host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Text in a <b>shadow</b> root.</p>';

    const chunks = await read([root], {
      skip: (element) => element.localName === 'factcheck-card',
    });
    expect(chunks).toHaveLength(1);
    const index = chunks[0] as TextIndex<Text>;
    expect(index.text).toBe(
      [
        'Coalition mission ends',
        'First paragraph of the story.',
        'Text in a shadow root.',
        'Last paragraph.',
      ].join('\n'),
    );

    // Offsets map back to the right text nodes, also across inline elements and into the shadow.
    const para = rangeOf(index, 'paragraph of');
    expect(para.toString()).toBe('paragraph of');
    expect(para.startContainer.parentElement?.localName).toBe('em');
    expect(para.endContainer.textContent).toBe('graph of the story.');

    const shadow = rangeOf(index, 'shadow root');
    expect(shadow.toString()).toBe('shadow root');
    expect(shadow.startContainer.getRootNode()).toBe(host.shadowRoot);
    expect(shadow.startContainer.parentElement?.localName).toBe('b');

    const across = rangeOf(index, 'mission ends');
    expect(across.toString()).toBe('mission ends');
    expect(across.startContainer).not.toBe(across.endContainer);
  });

  it('cuts chunks at block edges, never inside a paragraph', async () => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) => `<p>Paragraph ${i} has <em>some</em> words in it.</p>`,
    );
    const root = article(`<section>${paragraphs.join('')}</section>`);
    const seen: Text[] = [];
    const chunks = await read([root], { limit: 60, onText: (node) => seen.push(node) });
    expect(chunks.length).toBeGreaterThan(1);
    const lines = chunks.flatMap((chunk) => chunk.text.split('\n'));
    expect(lines).toEqual(
      Array.from({ length: 6 }, (_, i) => `Paragraph ${i} has some words in it.`),
    );
    // Every text node is read once, in document order.
    expect(seen).toHaveLength(18);
    expect(seen.map((node) => node.data).join('')).toBe(root.textContent);
  });

  it('stops with the abort signal', async () => {
    const root = article(Array.from({ length: 300 }, (_, i) => `<p>Paragraph ${i}.</p>`).join(''));
    const controller = new AbortController();
    controller.abort(new Error('stopped'));
    const chunks: TextIndex<Text>[] = [];
    await expect(
      readChunks(
        [root],
        { skip: () => false, onChunk: (index) => chunks.push(index) },
        new Slice(0),
        controller.signal,
      ),
    ).rejects.toThrow('stopped');
  });
});

describe('highlighter', () => {
  let index: TextIndex<Text>;

  beforeEach(async () => {
    const root = article(
      '<p>The coalition mission in Iraq ends in September.</p><p>Forces will <em>leave</em> Erbil.</p>',
    );
    index = (await read([root]))[0] as TextIndex<Text>;
  });

  it('paints ranges under its names, marks one active, and leaves the DOM alone', async () => {
    const before = document.body.innerHTML;
    const sheets = document.adoptedStyleSheets.length;
    const highlighter = new Highlighter('underline');
    expect(highlighter.supported).toBe(true);
    for (const name of NAMES) expect(CSS.highlights.has(name)).toBe(true);
    // The page's style sheets wait for something to paint.
    expect(document.adoptedStyleSheets).toHaveLength(sheets);

    const mission = rangeOf(index, 'coalition mission');
    const leave = rangeOf(index, 'leave Erbil');
    highlighter.addMany([
      { id: 1, range: mission, kind: 'pending', nodes: [mission.startContainer as Text] },
      {
        id: 2,
        range: leave,
        kind: 'pending',
        nodes: [leave.startContainer as Text, leave.endContainer as Text],
      },
    ]);
    expect(painted('pending')).toEqual([mission, leave]);
    expect(document.adoptedStyleSheets).toHaveLength(sheets + 1);

    highlighter.setKind(1, 'matched');
    highlighter.setKind(2, 'contradiction');
    expect(painted('pending')).toEqual([]);
    expect(painted('matched')).toEqual([mission]);
    expect(painted('contradiction')).toEqual([leave]);

    // Hit-testing finds the mention under a point of its line box, and nothing elsewhere.
    const box = mission.getBoundingClientRect();
    expect(highlighter.hitTest(box.left + box.width / 2, box.top + box.height / 2)).toBe(1);
    const other = rangeOf(index, 'September').getBoundingClientRect();
    expect(highlighter.hitTest(other.left + 2, other.top + other.height / 2)).toBeNull();

    highlighter.setActive(leave);
    expect(painted('active')).toEqual([leave]);
    highlighter.setActive(null);
    expect(painted('active')).toEqual([]);

    highlighter.flash(mission, 30);
    expect(painted('active')).toEqual([mission]);
    await expect.poll(() => painted('active'), { timeout: 1000 }).toEqual([]);

    // Badge-only mode keeps the ranges but takes them off the page.
    highlighter.setVisible(false);
    for (const name of NAMES) expect(CSS.highlights.has(name)).toBe(false);
    highlighter.setVisible(true);
    expect(painted('matched')).toEqual([mission]);

    highlighter.remove(1);
    expect(painted('matched')).toEqual([]);
    expect(highlighter.hitTest(box.left + box.width / 2, box.top + box.height / 2)).toBeNull();
    expect(painted('contradiction')).toEqual([leave]);

    highlighter.destroy();
    for (const name of NAMES) expect(CSS.highlights.has(name)).toBe(false);
    expect(document.adoptedStyleSheets).toHaveLength(sheets);
    expect(document.body.innerHTML).toBe(before);
  });

  it('styles each kind through one adopted sheet', () => {
    const highlighter = new Highlighter('background');
    const mission = rangeOf(index, 'coalition mission');
    highlighter.set(1, mission, 'matched', [mission.startContainer as Text]);
    const sheet = document.adoptedStyleSheets.at(-1) as CSSStyleSheet;
    const selectors = [...sheet.cssRules].map((rule) => (rule as CSSStyleRule).selectorText);
    for (const name of NAMES) expect(selectors).toContain(`::highlight(${name})`);
    expect(sheet.cssRules[2]?.cssText).toContain('background-color');
    highlighter.setStyle('underline');
    expect(sheet.cssRules[2]?.cssText).not.toContain('background-color');
    highlighter.destroy();
  });

  it('clear() removes every range at once', () => {
    const highlighter = new Highlighter('underline');
    const mission = rangeOf(index, 'coalition mission');
    highlighter.set(7, mission, 'unmatched', [mission.startContainer as Text]);
    expect(painted('unmatched')).toEqual([mission]);
    highlighter.clear();
    for (const kind of ['pending', 'unmatched', 'matched', 'contradiction', 'active'] as const)
      expect(painted(kind)).toEqual([]);
    highlighter.destroy();
  });
});

describe('checker', () => {
  const JIAD: Speaker = {
    id: 'jiad',
    name: 'Sabhan Mullah Jiad',
    aliases: [],
    role: 'Adviser to the prime minister',
    affiliation: 'Government of Iraq',
    side: 'iraq',
    kind: 'person',
    relatedSpeakerIds: [],
  };
  const SPEAKER: PageSpeaker = {
    name: 'Sabhan Mullah Jiad',
    role: 'political advisor to the prime minister',
    kind: 'person',
    speakerId: 'jiad',
  };
  const CLAIM: ClaimMatch = {
    claimId: 'claim-jiad',
    speakerId: 'jiad',
    score: 0.9,
    relation: 'same',
  };
  const detector = createDetector({ speakers: [JIAD] });

  /**
   * A background that answers when told to: every mention matches `CLAIM`, said by `SPEAKER`;
   * `findings` concern the first mention of the first request.
   */
  function fakeService(findings: BatchFinding[] = []) {
    let release: () => void = () => {};
    const answered = new Promise<void>((resolve) => {
      release = resolve;
    });
    const requests: Parameters<MatchService['match']>[0][] = [];
    const service: MatchService = {
      async match(request) {
        requests.push(request);
        const first = requests.length === 1;
        await answered;
        return {
          mentions: request.mentions.map((m, i) => ({
            start: m.start,
            end: m.end,
            claims: [CLAIM],
            speaker: SPEAKER,
            findingIds: first && i === 0 ? findings.map((f) => f.id) : [],
          })),
          findings: first ? findings : [],
          catalogue: EMPTY_CATALOGUE,
        };
      },
    };
    return { service, requests, release };
  }

  function page(): void {
    article(`
      <h1>Iraq and the US agree on the coalition's exit</h1>
      <p id="jiad">Sabhan Mullah Jiad, political advisor to the prime minister, said the
        international coalition forces against ISIS would withdraw from Iraq by the end of 2025.</p>
      <p class="gone">The coalition will withdraw from Iraq by the end of 2026.</p>
      <p>Elsewhere, the weather in Baghdad was hot.</p>
      <textarea>The coalition withdrawal by the end of 2025</textarea>
      <factcheck-card>The coalition's card</factcheck-card>`);
    const style = document.createElement('style');
    style.textContent = '.gone { display: none }';
    document.body.append(style);
  }

  function checker(service: MatchService, reports: PageReport[]) {
    const highlighter = new Highlighter('underline');
    const controller = new AbortController();
    const instance = new PageChecker(
      {
        detector,
        service,
        highlighter,
        skip: (element) => element.localName === 'factcheck-card',
        onReport: (report) => reports.push(report),
        badgeOnly: false,
      },
      controller.signal,
    );
    return { checker: instance, highlighter, controller };
  }

  it('paints mentions pending, then matched with the speaker the service returned', async () => {
    page();
    const before = document.body.innerHTML;
    const fake = fakeService();
    const reports: PageReport[] = [];
    const { checker: pageChecker, highlighter } = checker(fake.service, reports);

    await pageChecker.scan();
    const texts = pageChecker.inOrder().map((m) => m.local.text);
    expect(texts).toContain('Sabhan Mullah Jiad');
    expect(texts).toContain('international coalition forces');
    expect(texts).toContain('the end of 2025');
    // Nothing from the hidden paragraph, the text area or the card.
    expect(texts).not.toContain('the end of 2026');
    expect(
      pageChecker
        .inOrder()
        .every(
          (m) =>
            m.range.startContainer.parentElement?.closest('textarea, factcheck-card, .gone') ===
            null,
        ),
    ).toBe(true);

    // Painted and waiting for the background.
    expect(painted('pending')).toHaveLength(texts.length);
    expect(painted('matched')).toHaveLength(0);
    expect(painted('pending').map((range) => range.toString())).toEqual(texts);
    expect(reports.at(-1)?.status).toBe('checking');
    await expect.poll(() => fake.requests.length).toBeGreaterThan(0);
    expect(fake.requests[0]?.text).toContain('by the end of 2025.');

    fake.release();
    await expect.poll(() => reports.at(-1)?.status).toBe('checked');
    expect(painted('pending')).toHaveLength(0);
    expect(painted('matched')).toHaveLength(texts.length);

    const report = reports.at(-1) as PageReport;
    expect(report.mentions.map((m) => m.text)).toEqual(texts);
    for (const mention of report.mentions) {
      expect(mention.speaker).toEqual(SPEAKER);
      expect(mention.claims).toEqual([CLAIM]);
    }
    const jiad = report.mentions.find((m) => m.text === 'Sabhan Mullah Jiad');
    expect(jiad?.sentence).toMatch(
      /^Sabhan Mullah Jiad, political advisor .* by the end of 2025\.$/,
    );
    expect(report.url).toBe(location.href);

    pageChecker.destroy();
    for (const kind of ['pending', 'unmatched', 'matched', 'contradiction'] as const)
      expect(painted(kind)).toEqual([]);
    expect(document.body.innerHTML).toBe(before);
    highlighter.destroy();
  });

  it('paints a mention a finding concerns as a contradiction', async () => {
    page();
    const fake = fakeService([
      {
        id: 'page-0',
        source: 'page',
        kind: 'deadline',
        claimIds: ['claim-jiad'],
        summary: 'Another deadline.',
      },
    ]);
    fake.release();
    const reports: PageReport[] = [];
    const { checker: pageChecker, highlighter } = checker(fake.service, reports);
    await pageChecker.scan();
    await expect.poll(() => reports.at(-1)?.status).toBe('checked');
    const first = pageChecker.inOrder()[0];
    expect(painted('contradiction')).toEqual([first?.range]);
    expect(reports.at(-1)?.findings[0]).toMatchObject({ id: 'page-0', mentionIds: [first?.id] });
    pageChecker.destroy();
    highlighter.destroy();
  });

  it('checks what a live page adds, and forgets text that leaves', async () => {
    page();
    const fake = fakeService();
    fake.release();
    const reports: PageReport[] = [];
    const { checker: pageChecker, highlighter } = checker(fake.service, reports);
    await pageChecker.scan();
    await expect.poll(() => reports.at(-1)?.status).toBe('checked');
    const count = pageChecker.inOrder().length;

    const added = document.createElement('p');
    added.textContent =
      'Later, officials said the coalition mission in Iraq would end in September 2025.';
    document.body.querySelector('article')?.append(added);
    await pageChecker.rescan([added]);
    await expect.poll(() => painted('matched').length).toBeGreaterThan(count);
    const fresh = pageChecker.inOrder().filter((m) => added.contains(m.range.startContainer));
    expect(fresh.length).toBeGreaterThan(0);

    added.remove();
    expect(pageChecker.buildReport().mentions).toHaveLength(count);
    expect(pageChecker.inOrder()).toHaveLength(count);
    pageChecker.destroy();
    expect(painted('matched')).toEqual([]);
    highlighter.destroy();
  });

  it('matches the mentions of many blocks in one request, each by its own offsets', async () => {
    // Far more text than one block holds: paragraphs about other things, a few about the story.
    const filler = 'The city council approved a new budget for road repairs after a long debate. ';
    const paragraphs = Array.from({ length: 60 }, (_, i) =>
      i % 15 === 0
        ? `<p>${filler}Sabhan Mullah Jiad said the coalition forces would withdraw from Iraq by the end of 2025.</p>`
        : `<p>${filler.repeat(5)}</p>`,
    );
    article(paragraphs.join(''));
    const fake = fakeService();
    fake.release();
    const reports: PageReport[] = [];
    const { checker: pageChecker, highlighter } = checker(fake.service, reports);
    await pageChecker.scan();
    await expect.poll(() => reports.at(-1)?.status).toBe('checked');

    const mentions = pageChecker.inOrder();
    const blocks = new Set(mentions.map((m) => m.chunk));
    expect(blocks.size).toBeGreaterThan(1);
    expect(fake.requests).toHaveLength(1);
    const request = fake.requests[0] as (typeof fake.requests)[number];
    expect(request.mentions).toHaveLength(mentions.length);
    for (const m of request.mentions) expect(request.text.slice(m.start, m.end)).toBe(m.text);
    expect(painted('matched')).toHaveLength(mentions.length);
    expect(reports.at(-1)?.mentions.every((m) => m.claims.length === 1)).toBe(true);
    pageChecker.destroy();
    highlighter.destroy();
  });

  it('stops when its page ends', async () => {
    page();
    const fake = fakeService();
    const reports: PageReport[] = [];
    const { checker: pageChecker, highlighter, controller } = checker(fake.service, reports);
    await pageChecker.scan();
    controller.abort();
    fake.release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reports.every((report) => report.status === 'checking')).toBe(true);
    expect(painted('matched')).toEqual([]);
    pageChecker.destroy();
    expect(painted('pending')).toEqual([]);
    highlighter.destroy();
  });
});
