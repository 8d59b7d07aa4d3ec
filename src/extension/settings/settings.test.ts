import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  isSiteEnabled,
  loadSettings,
  loadSettingsReport,
  parseSettings,
  type Settings,
  saveSettings,
  settingsItem,
  watchSettings,
} from './settings';
import { DEFAULT_SITES, LOCAL_TEST_SITES, matchPatternsFor, normalizeHostname } from './sites';

const base: Settings = { ...DEFAULT_SETTINGS, sites: [], disabledSites: [] };

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('normalizeHostname', () => {
  it.each([
    ['rudaw.net', 'rudaw.net'],
    ['  https://www.Rudaw.net/english/x?y#z ', 'rudaw.net'],
    ['http://news.example.co.uk:8080/', 'news.example.co.uk'],
    ['example.com.', 'example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeHostname(input)).toBe(expected);
  });

  it.each(['', 'not a host', 'com', '-bad.com', 'a..b', 'foo.123'])('rejects %j', (input) => {
    expect(normalizeHostname(input)).toBeNull();
  });

  it('leaves every default site as it is', () => {
    for (const site of DEFAULT_SITES) expect(normalizeHostname(site)).toBe(site);
    expect(new Set(DEFAULT_SITES).size).toBe(DEFAULT_SITES.length);
  });

  it('builds match patterns for a site and its subdomains', () => {
    expect(matchPatternsFor(['rudaw.net'])).toEqual(['*://rudaw.net/*', '*://*.rudaw.net/*']);
  });
});

describe('parseSettings', () => {
  it('accepts the defaults', () => {
    expect(parseSettings(DEFAULT_SETTINGS)).toEqual({ settings: base, problems: [] });
  });

  it('replaces a non-object with the defaults and says so', () => {
    const { settings, problems } = parseSettings('garbage');
    expect(settings).toEqual(base);
    expect(problems).toHaveLength(1);
  });

  it('keeps valid fields and defaults the invalid ones', () => {
    const { settings, problems } = parseSettings({
      sites: ['example.org', 42, 'https://www.Example.net/x', 'example.org'],
      disabledSites: 'bbc.com',
      everySite: 'yes',
      paused: true,
      badgeOnly: true,
      sensitivity: 'paranoid',
      highlightStyle: 'outline',
      colour: 'red',
    });
    expect(settings).toEqual({
      sites: ['example.org', 'example.net'],
      disabledSites: [],
      everySite: false,
      paused: true,
      badgeOnly: true,
      sensitivity: 'balanced',
      highlightStyle: 'outline',
    });
    expect(problems.join('\n')).toMatch(/sites\[1\]/);
    expect(problems.join('\n')).toMatch(/disabledSites/);
    expect(problems.join('\n')).toMatch(/everySite/);
    expect(problems.join('\n')).toMatch(/sensitivity/);
    expect(problems.join('\n')).toMatch(/colour: unknown/);
  });

  it('fills in fields missing from an older value', () => {
    const { settings, problems } = parseSettings({ paused: true });
    expect(settings).toEqual({ ...base, paused: true });
    expect(problems).toEqual([]);
  });
});

describe('storage', () => {
  it('returns the defaults on a fresh install', async () => {
    expect(await loadSettings()).toEqual(base);
  });

  it('saves a patch and keeps the other fields', async () => {
    await saveSettings({ paused: true });
    const next = await saveSettings({
      sensitivity: 'strict',
      sites: ['WWW.Example.org', 'example.org'],
    });
    expect(next).toEqual({ ...base, paused: true, sensitivity: 'strict', sites: ['example.org'] });
    expect(await loadSettings()).toEqual(next);
    const stored = await fakeBrowser.storage.local.get('settings');
    expect(stored.settings).toEqual(next);
  });

  it('applies concurrent saves in order without losing either', async () => {
    await Promise.all([saveSettings({ paused: true }), saveSettings({ badgeOnly: true })]);
    expect(await loadSettings()).toMatchObject({ paused: true, badgeOnly: true });
  });

  it('rejects an invalid patch and stores nothing', async () => {
    await saveSettings({ paused: true });
    await expect(saveSettings({ sites: ['not a host'] })).rejects.toThrow();
    // biome-ignore lint/suspicious/noExplicitAny: an invalid value on purpose
    await expect(saveSettings({ sensitivity: 'wild' as any })).rejects.toThrow();
    expect(await loadSettings()).toEqual({ ...base, paused: true });
  });

  it('repairs a corrupted stored value without throwing or losing valid fields', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({
      settings: { paused: true, sites: ['example.org', null], highlightStyle: 7 },
    });
    const report = await loadSettingsReport();
    expect(report.settings).toEqual({ ...base, paused: true, sites: ['example.org'] });
    expect(report.problems.some((p) => p.includes('highlightStyle'))).toBe(true);
    expect(warn).toHaveBeenCalled();
    // Saving writes back a clean value.
    await saveSettings({ badgeOnly: true });
    const stored = await fakeBrowser.storage.local.get('settings');
    expect(stored.settings).toEqual({
      ...base,
      paused: true,
      badgeOnly: true,
      sites: ['example.org'],
    });
  });

  it('notifies watchers with parsed settings, and stops when unwatched', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await saveSettings({ paused: true });
    await settingsItem.setValue({ paused: 'broken' });
    unwatch();
    await saveSettings({ badgeOnly: true });
    expect(seen).toEqual([
      { ...base, paused: true },
      { ...base, paused: false },
    ]);
  });
});

describe('isSiteEnabled', () => {
  it('enables default sites and their subdomains', () => {
    expect(isSiteEnabled(base, 'www.rudaw.net')).toBe(true);
    expect(isSiteEnabled(base, 'RUDAW.NET')).toBe(true);
    expect(isSiteEnabled(base, 'www.bbc.co.uk')).toBe(true);
    expect(isSiteEnabled(base, 'example.org')).toBe(false);
    expect(isSiteEnabled(base, 'notrudaw.net')).toBe(false);
    expect(isSiteEnabled(base, '')).toBe(false);
  });

  it('adds user sites and removes disabled ones', () => {
    const s = { ...base, sites: ['example.org'], disabledSites: ['bbc.com'] };
    expect(isSiteEnabled(s, 'news.example.org')).toBe(true);
    expect(isSiteEnabled(s, 'www.bbc.com')).toBe(false);
    expect(isSiteEnabled(s, 'bbc.co.uk')).toBe(true);
  });

  it('runs everywhere with everySite, except on disabled sites', () => {
    const s = { ...base, everySite: true, disabledSites: ['cnn.com'] };
    expect(isSiteEnabled(s, 'anything.example')).toBe(true);
    expect(isSiteEnabled(s, 'edition.cnn.com')).toBe(false);
  });

  it('takes a different default list, e.g. with the local test hosts', () => {
    expect(isSiteEnabled(base, 'localhost')).toBe(false);
    expect(isSiteEnabled(base, 'localhost', [...DEFAULT_SITES, ...LOCAL_TEST_SITES])).toBe(true);
  });

  it('isActiveOn is false while paused', () => {
    expect(isActiveOn(base, 'rudaw.net')).toBe(true);
    expect(isActiveOn({ ...base, paused: true }, 'rudaw.net')).toBe(false);
  });
});
