import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageReport } from '../report';
import { forgetTabReport, loadTabReport, saveTabReport } from './tab-reports';

const REPORT: PageReport = {
  url: 'http://127.0.0.1/article.html',
  title: 'Coalition talks',
  status: 'checked',
  mentions: [
    {
      id: 3,
      kind: 'coalition',
      text: 'coalition',
      sentence: 'The coalition will leave.',
      claims: [{ claimId: 'claim-a', speakerId: 'speaker-a', score: 0.8, relation: 'same' }],
      speaker: null,
    },
  ],
  findings: [],
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('tab reports', () => {
  it('keeps each tab’s report in session storage under report:<tabId>', async () => {
    await saveTabReport(7, REPORT);
    await saveTabReport(8, { ...REPORT, status: 'paused', mentions: [] });
    // The key the end-to-end tests find a tab by.
    const stored = await fakeBrowser.storage.session.get('report:7');
    expect(stored['report:7']).toEqual(REPORT);
    expect(await loadTabReport(7)).toEqual(REPORT);
    expect((await loadTabReport(8))?.status).toBe('paused');
    expect(await loadTabReport(9)).toBeNull();
  });

  it('forgets a tab’s report', async () => {
    await saveTabReport(7, REPORT);
    await forgetTabReport(7);
    expect(await loadTabReport(7)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('reads a stored value that is not a report as no report', async () => {
    await fakeBrowser.storage.session.set({ 'report:7': { ...REPORT, mentions: 'many' } });
    expect(await loadTabReport(7)).toBeNull();
    await fakeBrowser.storage.session.set({ 'report:7': 'nonsense' });
    expect(await loadTabReport(7)).toBeNull();
  });
});
