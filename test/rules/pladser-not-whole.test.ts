import { pladserNotWhole } from '../../src/core/rules/pladser-not-whole';
import { HOBRO, testRule } from './helpers';

testRule(pladserNotWhole, {
  valid: [
    { name: 'whole places in both years', blocks: [HOBRO] },
    { name: 'no places typed', blocks: [{ ...HOBRO, y2: { ...HOBRO.y2, pladser: null } }] },
    { name: 'negative places (their own rule)', blocks: [{ ...HOBRO, y2: { ...HOBRO.y2, pladser: -2.5 } }] },
  ],
  invalid: [
    {
      name: '12,5 places in year 2',
      blocks: [{ ...HOBRO, y2: { ...HOBRO.y2, pladser: 12.5 } }],
      findings: [
        { cell: (l) => `E${l.blocks[0].y2Row + 1}`, messageId: 'fraction', message: 'Pladser for 2027 er 12,50; et pladsantal er normalt et helt tal.' },
      ],
    },
  ],
});
