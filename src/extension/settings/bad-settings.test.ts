/**
 * Corrupted, hostile and odd stored settings: `parseSettings` repairs field by field with a
 * message naming the setting, never throws, and a bad `saveSettings` leaves storage as it was.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  parseSettings,
  type Settings,
  saveSettings,
  settingsItem,
} from './settings';

// biome-ignore lint/suspicious/noExplicitAny: the tests store values of every wrong type
type Json = any;

function defaults(): Settings {
  return { ...DEFAULT_SETTINGS, sites: [], disabledSites: [] };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('parseSettings on bad values', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', '{"paused":true}'],
    ['a number', 42],
    ['an array', [{ paused: true }]],
    ['a boolean', true],
  ])('%s instead of an object: the defaults, with a message', (_name, value) => {
    const { settings, problems } = parseSettings(value);
    expect(settings).toEqual(defaults());
    expect(problems).toEqual(['settings: not an object; using the defaults']);
  });

  it('wrong types: each bad field takes its default, the good ones stay', () => {
    const { settings, problems } = parseSettings({
      ...defaults(),
      sites: ['rudaw.net'],
      everySite: 'yes',
      paused: 1,
      badgeOnly: true,
      sensitivity: 'paranoid',
      highlightStyle: { colour: 'red' },
    });
    expect(settings).toEqual({ ...defaults(), sites: ['rudaw.net'], badgeOnly: true });
    expect(problems).toEqual([
      'settings.everySite: "yes" is not valid; using the default',
      'settings.paused: 1 is not valid; using the default',
      'settings.sensitivity: "paranoid" is not valid; using the default',
      'settings.highlightStyle: {"colour":"red"} is not valid; using the default',
    ]);
  });

  it('unknown keys are ignored and named', () => {
    const { settings, problems } = parseSettings({ ...defaults(), paused: true, colour: 'red' });
    expect(settings).toEqual({ ...defaults(), paused: true });
    expect(settings).not.toHaveProperty('colour');
    expect(problems).toEqual(['settings.colour: unknown setting ignored']);
  });

  it('a site list that is not a list', () => {
    const { settings, problems } = parseSettings({ ...defaults(), sites: 'rudaw.net' });
    expect(settings.sites).toEqual([]);
    expect(problems).toEqual(['settings.sites: not a list; using an empty list']);
  });

  it('bad entries in site lists are dropped one by one, naming their index', () => {
    const { settings, problems } = parseSettings({
      ...defaults(),
      sites: ['https://www.Rudaw.net/english', 7, null, 'not a host!', 'rudaw.net', 'cnn.com'],
      disabledSites: [{ host: 'bbc.com' }, 'bbc.com'],
    });
    expect(settings.sites).toEqual(['rudaw.net', 'cnn.com']);
    expect(settings.disabledSites).toEqual(['bbc.com']);
    expect(problems).toEqual([
      'settings.sites[1]: 7 is not a host name',
      'settings.sites[2]: null is not a host name',
      'settings.sites[3]: "not a host!" is not a host name',
      'settings.disabledSites[0]: {"host":"bbc.com"} is not a host name',
    ]);
  });

  it('a huge valid site list is kept whole', () => {
    const sites = Array.from({ length: 20_000 }, (_, i) => `site${i}.example.com`);
    const started = performance.now();
    const { settings, problems } = parseSettings({ ...defaults(), sites });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(problems).toEqual([]);
    expect(settings.sites).toHaveLength(20_000);
  });

  it('a huge site list with one bad entry loses only that entry', () => {
    // Every page load reads the settings: repairing them must not stall the content script.
    const sites: unknown[] = Array.from({ length: 30_000 }, (_, i) => `site${i}.example.com`);
    sites.push(42);
    const { settings, problems } = parseSettings({ ...defaults(), sites });
    expect(problems).toEqual(['settings.sites[30000]: 42 is not a host name']);
    expect(settings.sites).toHaveLength(30_000);
  });

  it('prototype-pollution keys change nothing, pollute nothing, and are named', () => {
    const raw = JSON.parse(
      '{"__proto__":{"paused":true,"everySite":true},"constructor":{"prototype":{"polluted":1}},"sites":["rudaw.net"]}',
    );
    const { settings, problems } = parseSettings(raw);
    expect(settings).toEqual({ ...defaults(), sites: ['rudaw.net'] });
    expect(problems).toEqual(
      expect.arrayContaining([
        'settings.__proto__: unknown setting ignored',
        'settings.constructor: unknown setting ignored',
      ]),
    );
    expect(({} as Json).paused).toBeUndefined();
    expect(({} as Json).polluted).toBeUndefined();
  });
});

describe('stored settings keep their previous state', () => {
  it('a bad save rejects and stores nothing', async () => {
    await saveSettings({ sites: ['rudaw.net'], paused: true });
    const before = structuredClone(await settingsItem.getValue());
    await expect(saveSettings({ paused: 'yes' as Json })).rejects.toThrow();
    await expect(saveSettings({ sites: ['not a host!'] })).rejects.toThrow();
    await expect(saveSettings({ sensitivity: null as Json })).rejects.toThrow();
    expect(await settingsItem.getValue()).toEqual(before);
    expect(await loadSettings()).toEqual({ ...defaults(), sites: ['rudaw.net'], paused: true });
  });

  it('a corrupted stored value is repaired when read, and not rewritten', async () => {
    const corrupted = { sites: ['rudaw.net', 5], paused: 'no', junk: true };
    await fakeBrowser.storage.local.set({ settings: corrupted });
    expect(await loadSettings()).toEqual({ ...defaults(), sites: ['rudaw.net'] });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(corrupted);
    expect(console.warn).toHaveBeenCalledWith(
      '[coalition-claims-check] stored settings repaired:',
      expect.stringContaining('settings.sites[1]: 5 is not a host name'),
    );
  });

  it('a string stored in place of the settings reads as the defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual(defaults());
    // The next save writes a whole, valid object over it.
    await saveSettings({ badgeOnly: true });
    expect(await settingsItem.getValue()).toEqual({ ...defaults(), badgeOnly: true });
  });
});
