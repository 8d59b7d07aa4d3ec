/**
 * Properties of the core on random input: text extraction, offset mapping and detection never
 * throw, and every mention maps back to a valid range of the nodes it came from.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../dataset/bundled';
import { extractText } from '../text/dom-text';
import { fold } from '../text/fold';
import { spanToPoints } from '../text/text-index';
import { createEngine } from './engine';

const engine = createEngine(bundledDataset);

const STORY_WORDS = [
  'the US-led coalition',
  'Higher Military Commission',
  'HMC',
  'withdrawal',
  'transition',
  'by the end of 2025',
  'September 2026',
  'Sabhan Mullah Jiad',
  'al‑Sudani',
  '2,500 US troops',
  'Iraq',
  'ISIS',
  "“We haven't reached any final conclusions,”",
  'coalition',
  'Germany',
];
const word = fc.oneof(
  fc.constantFrom(...STORY_WORDS),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(' ', '  ', '\n', '\u00a0', '. ', '’', '—', '...'),
);
const textArb = fc.array(word, { maxLength: 40 }).map((parts) => parts.join(' '));

const TAGS = [
  'p',
  'div',
  'span',
  'em',
  'a',
  'b',
  'li',
  'h2',
  'script',
  'style',
  'template',
  'textarea',
  'section',
];
interface Tree {
  tag: string;
  hidden: boolean;
  children: Array<Tree | string>;
}
const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree; child: Tree | string }>((tie) => ({
  tree: fc.record({
    tag: fc.constantFrom(...TAGS),
    hidden: fc.boolean(),
    children: fc.array(tie('child'), { maxLength: 4 }),
  }),
  child: fc.oneof({ depthSize: 'small', withCrossShrink: true }, textArb, tie('tree')),
})).tree;

function toHtml(tree: Tree | string): string {
  if (typeof tree === 'string') return tree.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));
  const attrs = tree.hidden ? ' hidden' : '';
  return `<${tree.tag}${attrs}>${tree.children.map(toHtml).join('')}</${tree.tag}>`;
}

describe('core properties', () => {
  it('fold never changes the length of a string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        (s) => fold(s).length === s.length,
      ),
    );
  });

  it('extraction maps every mention of random pages back onto its text nodes', () => {
    fc.assert(
      fc.property(
        fc.array(treeArb, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (trees, relevant) => {
          const { document } = parseHTML(
            `<!doctype html><html><body>${trees.map(toHtml).join('')}</body></html>`,
          );
          const index = extractText(document.body as unknown as Node);
          const { mentions } = engine.detect(index.text, { published: '2024-09-20' }, { relevant });
          for (const m of mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(index.text.length);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.sentenceStart).toBeLessThanOrEqual(m.start);
            const points = spanToPoints(index, m.start, m.end);
            if (!points) continue;
            expect(points.start.offset).toBeGreaterThanOrEqual(0);
            expect(points.start.offset).toBeLessThanOrEqual(points.start.node.data.length);
            expect(points.end.offset).toBeGreaterThanOrEqual(0);
            expect(points.end.offset).toBeLessThanOrEqual(points.end.node.data.length);
          }
          // Each segment's text is exactly its node's characters, with white space as a space.
          for (const s of index.segments) {
            const fromNode = s.node.data
              .slice(s.nodeStart, s.nodeStart + s.length)
              .replace(/\s/g, ' ');
            expect(index.text.slice(s.start, s.start + s.length)).toBe(fromNode);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the whole pipeline never throws on random text', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.option(fc.constantFrom('2024-09-20', '2025-01-01', '1999-12-31')),
        (text, published) => {
          const result = engine.check(text, { published });
          for (const m of result.mentions) {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            for (const c of m.claims) expect(c.score).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
