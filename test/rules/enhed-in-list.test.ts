import { enhedInList } from '../../src/core/rules/enhed-in-list';
import { findingsOf, HOBRO } from './helpers';

describe('enhed-in-list', () => {
  it('takes Enhed case-insensitively and rejects an unknown unit', () => {
    expect(findingsOf(enhedInList, [{ ...HOBRO, enhed: 'dag' }]).findings).toEqual([]);
    expect(findingsOf(enhedInList, [{ ...HOBRO, enhed: 'stk' }]).findings).toEqual([]);
    const { findings } = findingsOf(enhedInList, [{ ...HOBRO, enhed: 'Pr. borger' }]);
    expect(findings[0]).toMatchObject({ severity: 'error' });
    expect(findings[0].message).toMatch(/^Enhed "Pr. borger" står ikke i listen/);
  });
});
