import { textNumber } from '../../src/core/rules/text-number';
import { at, HOBRO, testRule } from './helpers';

testRule(textNumber, {
  valid: [{ name: 'a clean block', blocks: [HOBRO] }],
  invalid: [
    {
      name: 'a Danish number typed as text',
      blocks: [HOBRO],
      sheet: { extra: (l) => [{ sheet: l.sheetName, cell: at('budget', 'y2Row')(l), value: '8.716.584' }] },
      findings: [
        {
          cell: at('budget', 'y2Row'),
          messageId: 'text',
          message: 'Budget i alt 2027 er skrevet som tekst ("8.716.584"); læst som 8.716.584. Skriv tallet som et tal.',
        },
      ],
    },
  ],
});
