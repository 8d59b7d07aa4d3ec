import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractText, hasSkippedAncestor } from './dom-text';
import { fold } from './fold';
import { officialNames } from './official-names';
import { readPublished } from './page-meta';
import { spanToPoints } from './text-index';

function page(html: string) {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return { document, index: extractText(document.body as unknown as Node) };
}

describe('fold', () => {
  it('keeps the length while folding quotes, dashes, spaces and diacritics', () => {
    const raw = 'Muḥammad Shia’ al‑Sudani — “transition”\u00a0İ';
    const folded = fold(raw);
    expect(folded.length).toBe(raw.length);
    expect(folded).toContain('muhammad shia\' al-sudani - "transition" ');
  });
});

describe('extractText', () => {
  it('reads a phrase split across inline elements as one run of text', () => {
    const { index } = page(
      '<p>The US-Iraq Higher <em>Military</em> <a href="#">Commission</a> met.</p>',
    );
    expect(index.text).toBe('The US-Iraq Higher Military Commission met.');
    const at = index.text.indexOf('Higher');
    const points = spanToPoints(index, at, at + 'Higher Military Commission'.length);
    expect(points?.start.node.data).toBe('The US-Iraq Higher ');
    expect(points?.end.node.data).toBe('Commission');
    expect(points?.end.offset).toBe('Commission'.length);
  });

  it('skips scripts, styles, templates, hidden and editable content', () => {
    const { index } = page(`
      <p>Visible withdrawal.</p>
      <script>var s = "coalition withdrawal";</script><style>.x{}</style>
      <template><p>template transition</p></template>
      <div hidden>hidden HMC</div><div style="display: none">none HMC</div>
      <div aria-hidden="true">aria HMC</div>
      <textarea>typed withdrawal</textarea><div contenteditable="true">edited coalition</div>`);
    expect(index.text).toBe('Visible withdrawal.');
  });

  it('separates blocks with a line break and collapses white space', () => {
    const { index } = page('<h1>Title</h1>\n   <p>First   line\n of text</p><p>Second</p>');
    expect(index.text).toBe('Title\nFirst line of text\nSecond');
  });

  it('drops the spaces at node edges a browser would not show, and maps the rest back', () => {
    const { index } = page('<p> One <b> two </b> three </p><p>four <i>five</i> </p>');
    expect(index.text).toBe('One two three\nfour five');
    for (const segment of index.segments) {
      const text = index.text.slice(segment.start, segment.start + segment.length);
      expect(segment.node.data.slice(segment.nodeStart, segment.nodeStart + segment.length)).toBe(
        text,
      );
    }
  });

  it('maps every offset of the text back into its node', () => {
    const { index } = page('<p>One <b>two</b>\n\n three</p><ul><li>four</li></ul>');
    for (const segment of index.segments) {
      const text = index.text.slice(segment.start, segment.start + segment.length);
      const data = segment.node.data.slice(segment.nodeStart, segment.nodeStart + segment.length);
      expect(data.replace(/\s/g, ' ')).toBe(text);
    }
  });

  it('knows when a subtree sits inside editable or hidden content', () => {
    const { document } = page(
      '<div contenteditable="true"><p id="a">typed <b id="b">text</b></p></div><p id="c">plain</p>',
    );
    expect(hasSkippedAncestor(document.getElementById('b') as unknown as Node)).toBe(true);
    expect(hasSkippedAncestor(document.getElementById('a')?.firstChild as unknown as Node)).toBe(
      true,
    );
    expect(hasSkippedAncestor(document.getElementById('c') as unknown as Node)).toBe(false);
  });

  it('survives a DOM nested ten thousand deep', () => {
    const html = `${'<div>'.repeat(10_000)}deep coalition${'</div>'.repeat(10_000)}`;
    const { index } = page(html);
    expect(index.text).toBe('deep coalition');
  });
});

describe('readPublished', () => {
  it('reads Open Graph, JSON-LD and <time> dates', () => {
    expect(readPublished(page('').document as unknown as Document)).toBeNull();
    const og = parseHTML(
      '<html><head><meta property="article:published_time" content="2024-09-09T10:00:00Z"></head><body></body></html>',
    );
    expect(readPublished(og.document as unknown as Document)).toBe('2024-09-09');
    const ld = parseHTML(
      '<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-07-24"}]}</script></head><body></body></html>',
    );
    expect(readPublished(ld.document as unknown as Document)).toBe('2024-07-24');
    const time = page('<article><time datetime="2025-01-02">2 Jan</time></article>');
    expect(readPublished(time.document as unknown as Document)).toBe('2025-01-02');
  });
});

describe('officialNames', () => {
  it('names each official once, and with the title the page puts before the name', () => {
    const text =
      'MUNICH: Iraq will hold to the timetable, Iraqi Foreign Minister Fuad Hussein said. Hussein spoke in Munich. Fuad Hussein, a Kurd, said more.';
    const at = (name: string, from = 0) => ({
      kind: 'official',
      text: name,
      start: text.indexOf(name, from),
    });
    const mentions = [
      at('Fuad Hussein'),
      at('Hussein', text.indexOf('Hussein spoke')),
      at('Fuad Hussein', 90),
    ];
    expect(officialNames(mentions.map((m) => [m, text] as const))).toEqual([
      'Fuad Hussein',
      'Iraqi Foreign Minister Fuad Hussein',
      'Hussein',
    ]);
  });
});
