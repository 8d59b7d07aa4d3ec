import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import raw from '../../../data/claims.json';
import { bundledDataset } from '../../dataset/bundled';
import { datasetCoverage } from '../../dataset/coverage';
import { createEngine } from '../../engine/engine';
import { packSentences } from '../../engine/pack';
import { importDataset } from '../dataset/active';
import { detectorItem, type MatchRequest } from '../messaging';
import { EngineState } from './engine-state';

const PAGE =
  'Sabhan Mullah Jiad said the agreement had the international coalition forces against ISIS withdraw from Iraq by the end of 2025.';

/** What a tab sends for `PAGE`. */
function request(): MatchRequest {
  const published = '2024-09-08';
  const mentions = createEngine(bundledDataset).detect(PAGE, { published }).mentions;
  return {
    ...packSentences(PAGE, mentions),
    published,
    site: null,
    signer: null,
    people: [],
    sensitivity: 'balanced',
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Coalition Claims Check',
    version: '0.1.0',
  });
});

describe('engine state', () => {
  it('keeps the speakers detection needs in storage once the dataset is loaded', async () => {
    const state = new EngineState();
    await state.activeDataset();
    await expect.poll(() => detectorItem.getValue()).not.toBeNull();
    const info = await detectorItem.getValue();
    expect(info?.datasetKey).toBe(`0.1.0:bundled::${bundledDataset.claims.length}`);
    expect(info?.speakers.length).toBeGreaterThan(0);
    expect(info?.speakers.every((speaker) => speaker.kind === 'person')).toBe(true);
    expect(await state.detectorInfo()).toEqual(info);
  });

  it('answers a page checked again from its last answers, and afresh after an import', async () => {
    const state = new EngineState();
    const unwatch = state.watch();
    const first = await state.match(request());
    expect(first.mentions.some((m) => m.claims.length > 0)).toBe(true);
    expect(await state.match(request())).toBe(first);

    // A dataset without the page's claims: the engine is rebuilt and nothing matches.
    const smaller = { ...structuredClone(raw), contradictions: [] };
    smaller.claims = smaller.claims.filter((c) => c.speakerId !== 'sabhan-mullah-jiad');
    expect((await importDataset(JSON.stringify(smaller))).ok).toBe(true);
    await expect
      .poll(async () => (await state.match(request())).datasetKey)
      .not.toBe(first.datasetKey);
    const after = await state.match(request());
    const jiad = (m: (typeof after.mentions)[number]) =>
      m.claims.some((c) => c.speakerId === 'sabhan-mullah-jiad');
    expect(first.mentions.some(jiad)).toBe(true);
    expect(after.mentions.some(jiad)).toBe(false);
    expect((await state.coverage()).claims).toBe(smaller.claims.length);
    unwatch();
  });

  it('says what the active dataset covers', async () => {
    expect(await new EngineState().coverage()).toEqual(datasetCoverage(bundledDataset));
  });
});
