import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import raw from '../../../data/claims.json';
import { bundledDataset } from '../../dataset/bundled';
import {
  type ActiveDataset,
  importDataset,
  loadActiveDataset,
  revertToBundled,
  watchActiveDataset,
} from './active';

// biome-ignore lint/suspicious/noExplicitAny: tests edit the JSON freely
function modified(): any {
  const copy = structuredClone(raw);
  copy.claims = copy.claims.slice(0, 3);
  copy.contradictions = [];
  copy.story.title = 'A smaller story';
  return copy;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('active dataset', () => {
  it('is the bundled dataset on a fresh install', async () => {
    const active = await loadActiveDataset();
    expect(active.origin).toBe('bundled');
    expect(active.dataset).toBe(bundledDataset);
    expect(active.importedAt).toBeUndefined();
  });

  it('imports a valid file and uses it until reverted', async () => {
    const result = await importDataset(
      JSON.stringify(modified()),
      new Date('2025-01-02T03:04:05Z'),
    );
    expect(result.ok).toBe(true);
    const active = await loadActiveDataset();
    expect(active.origin).toBe('imported');
    expect(active.importedAt).toBe('2025-01-02T03:04:05.000Z');
    expect(active.dataset.claims).toHaveLength(3);
    expect(active.dataset.story.title).toBe('A smaller story');
    await revertToBundled();
    expect((await loadActiveDataset()).origin).toBe('bundled');
  });

  it('rejects invalid JSON and keeps the current dataset', async () => {
    await importDataset(JSON.stringify(modified()));
    const result = await importDataset('{ not json');
    expect(result).toMatchObject({ ok: false, problems: [{ path: '(root)' }] });
    expect((await loadActiveDataset()).dataset.claims).toHaveLength(3);
  });

  it('rejects a file that fails validation, naming JSON paths', async () => {
    const bad = modified();
    bad.claims[1].speakerId = 'nobody';
    delete bad.claims[2].summary;
    const result = await importDataset(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toContain('claims[2].summary');
    expect((await loadActiveDataset()).origin).toBe('bundled');
  });

  it('falls back to the bundled dataset when the stored import is corrupted, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = modified();
    broken.claims[0].date = 'yesterday';
    await fakeBrowser.storage.local.set({
      importedDataset: { dataset: broken, importedAt: '2025-01-01T00:00:00.000Z' },
    });
    const active = await loadActiveDataset();
    expect(active.origin).toBe('bundled');
    expect(active.dataset).toBe(bundledDataset);
    expect(active.rejectedImport?.problems[0]?.path).toBe('claims[0].date');
    expect(warn).toHaveBeenCalled();

    await fakeBrowser.storage.local.set({ importedDataset: 'nonsense' });
    expect((await loadActiveDataset()).rejectedImport?.problems).toHaveLength(1);
  });

  it('tells watchers about imports and reverts', async () => {
    const seen: ActiveDataset[] = [];
    const unwatch = watchActiveDataset((a) => seen.push(a));
    await importDataset(JSON.stringify(modified()));
    await revertToBundled();
    unwatch();
    await importDataset(JSON.stringify(modified()));
    expect(seen.map((a) => [a.origin, a.dataset.claims.length])).toEqual([
      ['imported', 3],
      ['bundled', bundledDataset.claims.length],
    ]);
  });
});
