import { formulaWithoutResult } from '../../src/core/rules/formula-without-result';
import { HOBRO, testRule } from './helpers';

testRule(formulaWithoutResult, {
  valid: [
    { name: 'typed figures', blocks: [HOBRO] },
    { name: 'a formula with its result (the template’s Ændring row is not an input)', blocks: [HOBRO] },
  ],
  invalid: [
    {
      name: 'Budget i alt as a formula saved without its result',
      blocks: [{ ...HOBRO, y2: { ...HOBRO.y2, budget: null } }],
      sheet: { extra: (l) => [{ sheet: l.sheetName, cell: `G${l.blocks[0].y2Row + 1}`, value: null, formula: 'SUM(X1:X9)' }] },
      findings: [
        {
          cell: (l) => `G${l.blocks[0].y2Row + 1}`,
          messageId: 'missing',
          message: 'Budget i alt 2027: formlen =SUM(X1:X9) har intet beregnet resultat i filen; åbn og gem filen i Excel, så tallet kommer med.',
        },
      ],
    },
  ],
});
