import { lowOccupancyNeedsRemark } from '../../src/core/rules/low-occupancy-needs-remark';
import { at, HOBRO, testRule } from './helpers';

testRule(lowOccupancyNeedsRemark, {
  valid: [
    { name: 'a remark and a Tomgang', blocks: [{ ...HOBRO, bemaerkning: 'Ombygning', y2: { ...HOBRO.y2, belaegning: 75, tomgang: 3 } }] },
    { name: '95 % itself', blocks: [{ ...HOBRO, y2: { ...HOBRO.y2, belaegning: 95 } }] },
  ],
  invalid: [
    {
      // Ordered by position: the Bemærkning cell (merged from the year-1 row) comes first.
      name: 'both Bemærkning and Tomgang at 90 %',
      blocks: [{ ...HOBRO, y2: { ...HOBRO.y2, belaegning: 90 } }],
      findings: [
        { cell: at('bemaerkning', 'y1Row'), messageId: 'remark', message: /Belægningen er 90,0 %, under grænsen på 95,0 %/ },
        { cell: at('tomgang', 'y2Row'), messageId: 'tomgang' },
      ],
    },
  ],
});
