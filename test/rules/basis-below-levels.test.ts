import { basisBelowLevels } from '../../src/core/rules/basis-below-levels';
import { findingsOf, HOBRO } from './helpers';

describe('basis-below-levels', () => {
  it('warns when Basis is not below every level', () => {
    const { findings } = findingsOf(basisBelowLevels, [{ ...HOBRO, y2: { ...HOBRO.y2, basis: 500 } }]);
    expect(findings[0].message).toBe('Basis (500) for 2027 er ikke lavere end Takst 1 (325); basistaksten er en andel af den samlede takst.');
    expect(findingsOf(basisBelowLevels, [HOBRO]).findings).toEqual([]);
  });
});
