import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../dataset/bundled';
import { claimLinkLabels } from './ClaimCard';

const lookup = (id: string) => {
  const claim = bundledDataset.claims.find((c) => c.id === id);
  return claim
    ? { claim, speaker: bundledDataset.speakers.find((s) => s.id === claim.speakerId) }
    : undefined;
};

describe('claimLinkLabels', () => {
  it('names the speaker and date, and tells apart two claims that would read the same', () => {
    const labels = claimLinkLabels(
      ['jiad-agreement-withdraw-by-end-2025', 'jiad-phased-withdrawal'],
      lookup,
    );
    expect(labels[0]?.label).toMatch(/^Sabhan Mullah Jiad \(8 Sep 2024\): “/);
    expect(labels[0]?.label).not.toBe(labels[1]?.label);
    expect(claimLinkLabels(['patel-no-withdrawal-discussed'], lookup)[0]?.label).toMatch(
      /^Vedant Patel \(/,
    );
    expect(claimLinkLabels(['no-such-claim'], lookup)).toEqual([
      { id: 'no-such-claim', label: 'no-such-claim' },
    ]);
  });
});
