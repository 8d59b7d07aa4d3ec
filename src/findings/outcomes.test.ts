import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../dataset/bundled';
import { createOutcomes, lastDay } from './outcomes';

const claim = (id: string) => {
  const found = bundledDataset.claims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
};
const outcomesOn = (today: string) =>
  createOutcomes(bundledDataset.claims, bundledDataset.speakers, today);

describe('deadlines against what happened', () => {
  it('knows the last day a date allows', () => {
    expect(lastDay('2025-09')).toBe('2025-09-30');
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2025')).toBe('2025-12-31');
    expect(lastDay('2026-01-11')).toBe('2026-01-11');
  });

  it('finds the handover "next week" came only on 17 January 2026', () => {
    const [handover] = outcomesOn('2026-11-29').forClaim(claim('iraqi-army-ain-al-asad-next-week'));
    expect(handover?.status).toBe('missed');
    expect(handover?.evidence?.date).toBe('2026-01-17');
  });

  it('finds advisers kept at Ain al-Asad after the September 2025 deadline for federal Iraq', () => {
    const outcomes = outcomesOn('2026-11-29').forClaim(
      claim('abbasi-september-2025-kurdistan-2026'),
    );
    const federal = outcomes.find(
      (o) =>
        claim('abbasi-september-2025-kurdistan-2026').deadlines[o.deadline]?.where ===
        'federal-iraq',
    );
    expect(federal?.status).toBe('missed');
    expect(federal?.evidence?.date).toBe('2025-10-20');
  });

  it('says a deadline in the past with nothing on record passed, and one ahead is not yet due', () => {
    const kurdistan = (today: string) =>
      outcomesOn(today)
        .forClaim(claim('abbasi-september-2025-kurdistan-2026'))
        .find(
          (o) =>
            claim('abbasi-september-2025-kurdistan-2026').deadlines[o.deadline]?.where ===
            'kurdistan-region',
        );
    expect(kurdistan('2026-11-29')?.status).toBe('unknown');
    expect(kurdistan('2026-06-01')?.status).toBe('pending');
  });

  it('does not settle "beyond 2026" before 2026 is over', () => {
    const [beyond] = outcomesOn('2026-11-29').forClaim(claim('defense-official-beyond-2026'));
    expect(beyond?.status).toBe('pending');
  });

  it('does not let a statement settle its own deadline on the day it is made', () => {
    for (const o of outcomesOn('2026-11-29').forClaim(
      claim('muhammadawi-complete-withdrawal-next-week'),
    ))
      expect(o.evidence?.date).not.toBe('2025-12-31');
  });
});
