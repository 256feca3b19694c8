// The two rules a snapshot makes possible.
import { sealSnapshot } from '../../src/core/prefill/snapshot';
import { checkSheet } from '../../src/core/rules/runner';
import { year1DiffersFromSnapshot } from '../../src/core/rules/year1-differs-from-snapshot';
import { nameNotInSnapshot } from '../../src/core/rules/name-not-in-snapshot';
import { fixtureModel } from '../fixtures/builder';
import { TEST_MUNICIPALITY_2026 } from '../fixtures/seeds';
import { BUNDLED } from './helpers';

const hobro = TEST_MUNICIPALITY_2026[1];
const complete = sealSnapshot({ ...BUNDLED, sha256: undefined, partial: false } as never);

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

describe('name-not-in-snapshot', () => {
  it('suggests the closest of last year’s names for an unknown offer with year-1 figures', async () => {
    const s = await sheet([{ ...hobro, tilbud: 'Aktivitetshus Hobro Nord', afdeling: 'Nord' }]);
    const f = checkSheet(s, [nameNotInSnapshot], { snapshot: complete });
    expect(f.map((x) => x.message)).toEqual([
      'Aktivitetshus Hobro Nord / Nord findes ikke i sidste års godkendte tal for Mariagerfjord Kommune; det nærmeste navn er "Aktivitetshuset Hobro".',
    ]);
  });

  it('stays silent with a partial snapshot, for a known name, and for a new offer (year 2 only)', async () => {
    const s = await sheet([{ ...hobro, tilbud: 'Helt nyt', afdeling: null }]);
    expect(checkSheet(s, [nameNotInSnapshot], { snapshot: BUNDLED })).toEqual([]);
    expect(checkSheet(await sheet(), [nameNotInSnapshot], { snapshot: complete })).toEqual([]);
    const fresh = await sheet([{ tilbud: 'Helt nyt', enhed: 'Dag', y2: { pladser: 5, budget: 100_000 } }]);
    expect(checkSheet(fresh, [nameNotInSnapshot], { snapshot: complete })).toEqual([]);
  });
});
