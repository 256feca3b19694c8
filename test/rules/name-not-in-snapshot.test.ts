// A rule a snapshot makes possible.
import { sealSnapshot } from '../../src/core/model/snapshot';
import { nameNotInSnapshot } from '../../src/core/rules/name-not-in-snapshot';
import { TEST_MUNICIPALITY_2026 } from '../fixtures/seeds';
import { BUNDLED } from '../prefill/helpers';
import { at, testRule } from './helpers';

const hobro = TEST_MUNICIPALITY_2026[1];
const complete = sealSnapshot({ ...BUNDLED, sha256: undefined, partial: false } as never);
const mariagerfjord = { driftsherre: 'Mariagerfjord Kommune' };

testRule(nameNotInSnapshot, {
  valid: [
    { name: 'a partial snapshot', blocks: [{ ...hobro, tilbud: 'Helt nyt', afdeling: null }], sheet: mariagerfjord, snapshot: BUNDLED },
    { name: 'a known name', blocks: [hobro], sheet: mariagerfjord, snapshot: complete },
    {
      name: 'a new offer (year 2 only)',
      blocks: [{ tilbud: 'Helt nyt', enhed: 'Dag', y2: { pladser: 5, budget: 100_000 } }],
      sheet: mariagerfjord,
      snapshot: complete,
    },
  ],
  invalid: [
    {
      name: 'an unknown offer with year-1 figures gets the closest of last year’s names',
      blocks: [{ ...hobro, tilbud: 'Aktivitetshus Hobro Nord', afdeling: 'Nord' }],
      sheet: mariagerfjord,
      snapshot: complete,
      findings: [
        {
          cell: at('tilbud', 'y1Row'),
          messageId: 'suggest',
          message:
            'Aktivitetshus Hobro Nord / Nord findes ikke i sidste års godkendte tal for Mariagerfjord Kommune; det nærmeste navn er "Aktivitetshuset Hobro".',
        },
      ],
    },
    {
      name: 'an unknown offer with year-1 figures and no name near it',
      blocks: [{ ...hobro, tilbud: 'Qxzv Bjørnebo', afdeling: 'Qxzv' }],
      sheet: mariagerfjord,
      snapshot: complete,
      findings: [
        {
          cell: at('tilbud', 'y1Row'),
          messageId: 'none',
          message: /^Qxzv Bjørnebo \/ Qxzv findes ikke i sidste års godkendte tal for Mariagerfjord Kommune\.$/,
        },
      ],
    },
  ],
});
