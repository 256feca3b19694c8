import { sheetCellsPresent } from '../../src/core/rules/sheet-cells-present';
import { HOBRO, sheetOf, testRule } from './helpers';

const header = { overheadY1: 6.3, overheadY2: 6.5 };

it('reads P/L from the header where the template puts it', () => {
  expect(sheetOf([HOBRO]).layout.header.plKommuner).toEqual({ row: 0, col: 8 });
});

testRule(sheetCellsPresent, {
  valid: [{ name: 'a filled header', blocks: [HOBRO], sheet: { header } }],
  invalid: [
    {
      name: 'a missing P/L and an implausible one',
      blocks: [HOBRO],
      sheet: {
        header,
        extra: (l) => [
          { sheet: l.sheetName, cell: 'I1', value: null },
          { sheet: l.sheetName, cell: 'I2', value: 0.25 },
        ],
      },
      findings: [
        { cell: () => 'I1', messageId: 'missing', message: 'P/L - Kommuner mangler i skemaet.' },
        { cell: () => 'I2', messageId: 'implausible', message: 'P/L - Regioner er 25,00 %; en P/L-sats skal ligge mellem 0 og 10 %.' },
      ],
    },
    {
      name: 'overhead driftsherre for year 2 only',
      blocks: [HOBRO],
      sheet: { header: { overheadY1: 6.3 } },
      findings: [{ cell: () => 'E3', messageId: 'missing', message: 'Overhead driftsherre for 2026 mangler i skemaet.' }],
    },
  ],
});
