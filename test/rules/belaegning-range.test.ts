import { belaegningRange } from '../../src/core/rules/belaegning-range';
import { at, HOBRO, testRule } from './helpers';

testRule(belaegningRange, {
  valid: [
    { name: 'the test municipality’s 98 %', blocks: [HOBRO] },
    { name: 'full occupancy (100 %)', blocks: [{ ...HOBRO, y2: { ...HOBRO.y2, belaegning: 100 } }] },
  ],
  invalid: [
    {
      name: '150 %',
      blocks: [{ ...HOBRO, y2: { ...HOBRO.y2, belaegning: 150 } }],
      findings: [{ cell: at('belaegning', 'y2Row'), messageId: 'range', message: 'Belægningen for 2027 er 150,0 %; den skal være over 0 og højst 100 %.' }],
    },
    {
      name: '0 %',
      blocks: [{ ...HOBRO, y1: { ...HOBRO.y1, belaegning: 0 } }],
      findings: [{ cell: at('belaegning', 'y1Row'), messageId: 'range', message: /for 2026 er 0,0 %/ }],
    },
  ],
});
