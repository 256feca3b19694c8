import { unplacedValue } from '../../src/core/rules/unplaced-value';
import { HOBRO, testRule } from './helpers';

testRule(unplacedValue, {
  valid: [{ name: 'an unknown column’s header alone', blocks: [HOBRO], sheet: { layout: { extraColumns: ['Intern note'] } } }],
  invalid: [
    {
      name: 'a value under an unknown column',
      blocks: [HOBRO],
      sheet: {
        layout: { extraColumns: ['Intern note'] },
        extra: (l) => [{ sheet: l.sheetName, cell: `Y${l.blocks[0].y2Row + 1}`, value: 'ring til Jens' }],
      },
      findings: [
        {
          cell: (l) => `Y${l.blocks[0].y2Row + 1}`,
          messageId: 'unplaced',
          message: '"ring til Jens" indgår ikke i skemaet: værdi i en kolonne uden kendt overskrift.',
        },
      ],
    },
  ],
});
