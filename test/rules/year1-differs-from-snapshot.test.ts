// A rule a snapshot makes possible.
import { checkSheet } from '../../src/core/rules/runner';
import { year1DiffersFromSnapshot } from '../../src/core/rules/year1-differs-from-snapshot';
import { fixtureModel } from '../fixtures/builder';
import { TEST_MUNICIPALITY_2026 } from '../fixtures/seeds';
import { BUNDLED } from '../prefill/helpers';

const hobro = TEST_MUNICIPALITY_2026[1];

async function sheet(blocks = [hobro]) {
  return (await fixtureModel({ driftsherre: 'Mariagerfjord Kommune', blocks })).sheets[0];
}

describe('year1-differs-from-snapshot', () => {
  it('names both values for each differing year-1 cell', async () => {
    const s = await sheet([{ ...hobro, y1: { ...hobro.y1, budget: 9_000_000, takster: [332, 499] } }]);
    const f = checkSheet(s, [year1DiffersFromSnapshot], { snapshot: BUNDLED });
    expect(f.map((x) => x.message)).toEqual([
      'Budget i alt for 2026 er 9.000.000, men sidste års godkendte tal for Aktivitetshuset Hobro er 8.912.000.',
      'Takst 2 for 2026 er 499, men sidste års godkendte tal for Aktivitetshuset Hobro er 498.',
    ]);
    expect(f.every((x) => x.severity === 'warning' && x.cell)).toBe(true);
  });

  it('is silent on the approved figures, without a snapshot, and for another operator', async () => {
    expect(checkSheet(await sheet(), [year1DiffersFromSnapshot], { snapshot: BUNDLED })).toEqual([]);
    const changed = await sheet([{ ...hobro, y1: { ...hobro.y1, budget: 1 } }]);
    expect(checkSheet(changed, [year1DiffersFromSnapshot])).toEqual([]);
    const other = (await fixtureModel({ driftsherre: 'Thisted Kommune', blocks: [{ ...hobro, y1: { ...hobro.y1, budget: 1 } }] })).sheets[0];
    expect(checkSheet(other, [year1DiffersFromSnapshot], { snapshot: BUNDLED })).toEqual([]);
  });
});
