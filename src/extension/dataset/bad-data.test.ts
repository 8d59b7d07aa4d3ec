/**
 * Hostile and broken dataset files: every bad import is refused with a message that names the
 * JSON path at fault, and the dataset in use before it stays stored and active.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import raw from '../../../data/claims.json';
import { describeProblems, parseDatasetText } from '../../dataset/load';
import { importDataset, importedDatasetItem, loadActiveDataset } from './active';

/** Largest dataset file an import accepts (bytes of text). */
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

// biome-ignore lint/suspicious/noExplicitAny: the tests break the JSON in every way
type Json = any;

/** A fresh, valid copy of the bundled dataset file. */
function valid(): Json {
  return structuredClone(raw);
}

/** The valid dataset imported before each bad one: a smaller story, so it is recognisable. */
function previous(): Json {
  const copy = valid();
  copy.story.title = 'The dataset imported before';
  return copy;
}

const BEFORE = new Date('2025-03-04T05:06:07Z');

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  const result = await importDataset(JSON.stringify(previous()), BEFORE);
  expect(result.ok).toBe(true);
});

/**
 * Imports `text`, expects it refused with a problem at `path` (and a message matching
 * `message`), and checks that the previous import is still stored and active.
 */
async function expectRefused(text: string, path: string, message?: RegExp): Promise<void> {
  const stored = structuredClone(await importedDatasetItem.getValue());
  const result = await importDataset(text, new Date('2025-06-01T00:00:00Z'));
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  const problem = result.problems.find((p) => p.path === path);
  expect(problem, `no problem at ${path}: ${describeProblems(result.problems)}`).toBeDefined();
  if (message) expect(problem?.message).toMatch(message);
  expect(problem?.message.length).toBeGreaterThan(5);
  // The previous import is untouched, in storage and as the active dataset.
  expect(await importedDatasetItem.getValue()).toEqual(stored);
  const active = await loadActiveDataset();
  expect(active.origin).toBe('imported');
  expect(active.importedAt).toBe(BEFORE.toISOString());
  expect(active.dataset.story.title).toBe('The dataset imported before');
}

/** `valid()` changed by `edit`, as file text. */
function edited(edit: (data: Json) => void): string {
  const data = valid();
  edit(data);
  return JSON.stringify(data);
}

describe('bad dataset files', () => {
  it('malformed JSON', async () => {
    await expectRefused('{ "formatVersion": 1, story: }', '(root)', /not valid JSON/);
  });

  it('a truncated file', async () => {
    const text = JSON.stringify(valid(), null, 2);
    await expectRefused(text.slice(0, Math.floor(text.length / 2)), '(root)', /not valid JSON/);
  });

  it('an empty file', async () => {
    await expectRefused('', '(root)', /not valid JSON/);
  });

  it('JSON that is not an object: null, an array, a string', async () => {
    await expectRefused('null', '(root)');
    await expectRefused('[]', '(root)');
    await expectRefused('"claims"', '(root)');
  });

  it('an oversized file (over 20 MB) is refused before it is parsed or stored', async () => {
    // Valid JSON, padded with whitespace past the limit: only its size is wrong.
    const text = JSON.stringify(valid()) + ' '.repeat(MAX_IMPORT_BYTES + 1);
    await expectRefused(text, '(root)', /large|size|MB/i);
  });

  it('a wrong formatVersion', async () => {
    await expectRefused(
      edited((d) => {
        d.formatVersion = 2;
      }),
      'formatVersion',
    );
    await expectRefused(
      edited((d) => {
        d.formatVersion = '1';
      }),
      'formatVersion',
    );
  });

  it('missing top-level arrays', async () => {
    await expectRefused(
      edited((d) => {
        delete d.claims;
      }),
      'claims',
    );
    await expectRefused(
      edited((d) => {
        d.speakers = [];
      }),
      'speakers',
    );
    await expectRefused(
      edited((d) => {
        d.sources = { 0: d.sources[0] };
      }),
      'sources',
    );
  });

  it('wrong types deep inside', async () => {
    await expectRefused(
      edited((d) => {
        d.claims[19].deadlines[1].endOf = 'yes';
      }),
      'claims[19].deadlines[1].endOf',
    );
    await expectRefused(
      edited((d) => {
        d.claims[0].topics = ['coalition-mission', 7];
      }),
      'claims[0].topics[1]',
    );
  });

  it('a source link that is not http(s): script and data URLs', async () => {
    // The card renders `source.url` as a link's href, so only web addresses may get through.
    for (const url of ['javascript:alert(document.cookie)', 'data:text/html,<script>1</script>']) {
      await expectRefused(
        edited((d) => {
          d.sources[2].url = url;
        }),
        'sources[2].url',
      );
    }
  });

  it('an invalid date', async () => {
    await expectRefused(
      edited((d) => {
        d.claims[5].date = '2024-13-01';
      }),
      'claims[5].date',
      /YYYY/,
    );
  });

  it('dangling references', async () => {
    await expectRefused(
      edited((d) => {
        d.claims[3].speakerId = 'nobody-at-all';
      }),
      'claims[3].speakerId',
      /nobody-at-all/,
    );
    await expectRefused(
      edited((d) => {
        d.claims[4].sourceId = 'no-such-source';
      }),
      'claims[4].sourceId',
      /no-such-source/,
    );
    await expectRefused(
      edited((d) => {
        d.claims[14].alsoIn[0].sourceId = 'gone';
      }),
      'claims[14].alsoIn[0].sourceId',
    );
    await expectRefused(
      edited((d) => {
        d.contradictions[0].claimIds[1] = 'missing-claim';
      }),
      'contradictions[0].claimIds[1]',
      /missing-claim/,
    );
    await expectRefused(
      edited((d) => {
        d.speakers[7].relatedSpeakerIds[0] = 'ghost';
      }),
      'speakers[7].relatedSpeakerIds[0]',
    );
  });

  it('duplicate ids', async () => {
    await expectRefused(
      edited((d) => {
        d.claims[2].id = d.claims[1].id;
      }),
      'claims[2].id',
      /duplicate/,
    );
    await expectRefused(
      edited((d) => {
        d.speakers.push(structuredClone(d.speakers[0]));
      }),
      `speakers[${valid().speakers.length}].id`,
      /duplicate/,
    );
  });

  it('a claim dated after its source was published', async () => {
    await expectRefused(
      edited((d) => {
        const source = d.sources.find((s: Json) => s.id === d.claims[0].sourceId);
        d.claims[0].date = `${Number(source.published.slice(0, 4)) + 1}-01-01`;
      }),
      'claims[0].date',
      /after its source/,
    );
  });

  it('unknown fields (a typo of a known one)', async () => {
    await expectRefused(
      edited((d) => {
        d.claims[1].sumary = d.claims[1].summary;
      }),
      'claims[1]',
      /sumary/,
    );
  });

  it('prototype-pollution keys are refused and pollute nothing', async () => {
    const text = JSON.stringify(valid()).replace(
      '{"formatVersion":1,',
      '{"formatVersion":1,"__proto__":{"polluted":true,"formatVersion":2},',
    );
    expect(text).toContain('__proto__');
    await expectRefused(text, '(root)', /__proto__/);
    const nested = JSON.stringify(valid()).replace(
      '"claims":[{',
      '"claims":[{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
    );
    await expectRefused(nested, 'claims[0]', /__proto__/);
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('too many problems are cut to the first twenty, each with its path', () => {
    const data = valid();
    for (const claim of data.claims) claim.speakerId = 'nobody';
    const result = parseDatasetText(JSON.stringify(data));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(20);
    expect(result.problems[0]).toEqual({
      path: 'claims[0].speakerId',
      message: 'no speaker "nobody"',
    });
    expect(describeProblems(result.problems)).toMatch(/\(and 17 more\)$/);
  });
});

describe('odd but valid dataset files', () => {
  it('HTML and script in strings stay plain text', async () => {
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script> & "quotes"';
    const result = await importDataset(
      edited((d) => {
        d.story.title = html;
        d.claims[0].summary = `The office said ${html} in a statement.`;
        d.claims[0].quote = html;
        d.speakers[0].name = `<b>${d.speakers[0].name}</b>`;
      }),
    );
    expect(result.ok).toBe(true);
    const active = await loadActiveDataset();
    expect(active.dataset.story.title).toBe(html);
    expect(active.dataset.claims[0]?.quote).toBe(html);
    expect(active.dataset.claims[0]?.summary).toBe(`The office said ${html} in a statement.`);
    expect(active.dataset.speakers[0]?.name.startsWith('<b>')).toBe(true);
  });

  it('a 10,000-claim file is accepted', async () => {
    const data = valid();
    const template = data.claims[0];
    data.claims = Array.from({ length: 10_000 }, (_, i) => ({ ...template, id: `claim-${i}` }));
    data.contradictions = [
      {
        id: 'many-a-vs-b',
        kind: 'wording',
        claimIds: ['claim-0', 'claim-9999'],
        summary: 'The first and last generated claims are said to disagree, for the test.',
      },
    ];
    const started = performance.now();
    const result = await importDataset(JSON.stringify(data));
    const elapsed = performance.now() - started;
    expect(result.ok, result.ok ? '' : describeProblems(result.problems)).toBe(true);
    expect(elapsed).toBeLessThan(5_000);
    const active = await loadActiveDataset();
    expect(active.origin).toBe('imported');
    expect(active.dataset.claims).toHaveLength(10_000);
  });
});
