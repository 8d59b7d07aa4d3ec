import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../dataset/bundled';
import { createEngine } from './engine';

describe('relations to the dataset', () => {
  const engine = createEngine(bundledDataset);
  const relationsOf = (text: string, needle: string, published = '2024-09-27') => {
    const result = engine.check(text, { published });
    const mention = result.mentions.find((m) => m.text.includes(needle));
    return mention?.claims ?? [];
  };

  it('puts the credited official’s own claim first, and no one else’s as the same', () => {
    const claims = relationsOf(
      'The US-led coalition in Iraq is changing. Sabrina Singh emphasized that the United States is not withdrawing from Iraq and that there was no request to withdraw.',
      'withdrawing',
      '2024-01-26',
    );
    expect(claims[0]?.speakerId).toBe('sabrina-singh');
    expect(
      claims.filter((c) => c.relation === 'same').every((c) => c.speakerId === 'sabrina-singh'),
    ).toBe(true);
  });

  it('calls a reprinted quote by its speaker the same statement', () => {
    const claims = relationsOf(
      'The US-led coalition will wind down in Iraq. "To be clear, the US is not withdrawing from Iraq," a senior administration official told reporters on Friday.',
      'withdrawing',
    );
    expect(claims[0]).toMatchObject({ claimId: 'senior-admin-not-withdrawing', relation: 'same' });
  });

  it('never calls a statement the same under another speaker’s name', () => {
    const claims = relationsOf(
      'The US-led coalition is winding down its mission in Iraq. Vedant Patel said in Washington: "We\'ve received no request from the government of Iraq to withdraw our forces."',
      'withdraw',
      '2024-01-26',
    );
    expect(claims.some((c) => c.relation === 'same')).toBe(false);
    expect(claims.find((c) => c.claimId === 'singh-no-request-to-withdraw')).toMatchObject({
      relation: 'contradicts',
      conflict: 'attribution',
    });
  });

  it('says a deadline the official did not give contradicts them', () => {
    const claims = relationsOf(
      'Iraqi Defense Minister Thabet al-Abbasi said the US-led coalition would leave federal Iraq by the end of 2026.',
      'end of 2026',
      '2024-09-09',
    );
    expect(claims.find((c) => c.claimId === 'abbasi-september-2025-kurdistan-2026')).toMatchObject({
      relation: 'contradicts',
      conflict: 'deadline',
    });
  });
});
