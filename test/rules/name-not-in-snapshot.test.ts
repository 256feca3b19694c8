// A rule a snapshot makes possible.
import { sealSnapshot } from '../../src/core/model/snapshot';
import { checkSheet } from '../../src/core/rules/runner';
import { nameNotInSnapshot } from '../../src/core/rules/name-not-in-snapshot';
import { fixtureModel } from '../fixtures/builder';
import { TEST_MUNICIPALITY_2026 } from '../fixtures/seeds';
import { BUNDLED } from '../prefill/helpers';

const hobro = TEST_MUNICIPALITY_2026[1];
const complete = sealSnapshot({ ...BUNDLED, sha256: undefined, partial: false } as never);

async function sheet(blocks = [hobro]) {
  return (await fixtureModel({ driftsherre: 'Mariagerfjord Kommune', blocks })).sheets[0];
}

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
