import { lockedCellFilled } from '../../src/core/rules/locked-cell-filled';
import { HOBRO, testRule } from './helpers';

testRule(lockedCellFilled, {
  valid: [{ name: 'the clean template', blocks: [HOBRO] }],
  invalid: [
    {
      name: 'text in the Ændring row outside its changes, a number in a places row outside the levels',
      blocks: [HOBRO],
      sheet: {
        extra: (l) => [
          { sheet: l.sheetName, cell: `X${l.blocks[0].changeRow + 1}`, value: 'se note' },
          { sheet: l.sheetName, cell: `G${l.blocks[0].anvendteRow + 1}`, value: 7 },
        ],
      },
      findings: [
        {
          cell: (l) => `X${l.blocks[0].changeRow + 1}`,
          messageId: 'filled',
          message: 'Cellen skal ikke udfyldes, men indeholder "se note"; flyt teksten til Bemærkning eller Særlige forhold.',
        },
        { cell: (l) => `G${l.blocks[0].anvendteRow + 1}`, messageId: 'filled', message: /indeholder "7"/ },
      ],
    },
  ],
});
