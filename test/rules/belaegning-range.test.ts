import { belaegningRange } from '../../src/core/rules/belaegning-range';
import { findingsOf, HOBRO } from './helpers';

describe('belaegning-range', () => {
  it('keeps occupancy in (0, 100] %', () => {
    expect(findingsOf(belaegningRange, [{ ...HOBRO, y2: { ...HOBRO.y2, belaegning: 150 } }]).findings[0].message).toBe(
      'Belægningen for 2027 er 150,0 %; den skal være over 0 og højst 100 %.',
    );
    expect(findingsOf(belaegningRange, [{ ...HOBRO, y2: { ...HOBRO.y2, belaegning: 0 } }]).findings).toHaveLength(1);
    expect(findingsOf(belaegningRange, [{ ...HOBRO, y2: { ...HOBRO.y2, belaegning: 100 } }]).findings).toEqual([]);
  });
});
