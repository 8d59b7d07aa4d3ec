import { describe, expect, it } from 'vitest';
import { sameBody } from './bodies';

describe('sameBody', () => {
  it('reads one body under its long and short names', () => {
    expect(sameBody('CENTCOM', 'U.S. Central Command')).toBe(true);
    expect(sameBody("Iraq's Ministry of Defense", 'the Iraqi Ministry of Defence')).toBe(true);
    expect(sameBody('the US Defense Department', 'US Department of Defense')).toBe(true);
  });

  it('keeps two countries’ bodies apart', () => {
    expect(sameBody('the US State Department', 'the Iraqi State Department')).toBe(false);
    expect(sameBody('CENTCOM', 'the Iraqi Joint Operations Command')).toBe(false);
  });
});
