import { ohNeededToExplain } from '../../src/core/rules/oh-needed-to-explain';
import { explainSheet } from '../../src/core/explain/explain';
import { HOBRO, sheetOf, testRule } from './helpers';

testRule(ohNeededToExplain, {
  valid: [
    { name: 'OH % in both years', blocks: [HOBRO] },
    { name: 'one year only (nothing to explain)', blocks: [{ ...HOBRO, y1: undefined, y2: { ...HOBRO.y2, oh: null } }] },
    { name: 'a financing form without rates per place', blocks: [{ ...HOBRO, enhed: 'Trækningsret', y2: { ...HOBRO.y2, oh: null } }] },
  ],
  invalid: [
    {
      name: 'OH % empty for 2027',
      blocks: [{ ...HOBRO, y2: { ...HOBRO.y2, oh: null } }],
      findings: [
        {
          cell: (l) => `I${l.blocks[0].y2Row + 1}`,
          messageId: 'missing',
          message: 'OH % for 2027 mangler; uden den kan takstændringen ikke forklares, fordi overhead og reel vækst ikke kan skilles ad.',
        },
      ],
    },
  ],
});

it('fires exactly where Hvorfor? gives up for want of OH %', () => {
  const { sheet } = sheetOf([{ ...HOBRO, y1: { ...HOBRO.y1, oh: null } }]);
  expect(explainSheet(sheet)[0].reason).toMatch(/OH % mangler/);
});
