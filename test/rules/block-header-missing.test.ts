import type { BlockFigures } from '../fixtures/block-writes';
import { blockHeaderMissing } from '../../src/core/rules/block-header-missing';
import { deleteRow } from '../corpus/edit';
import { HOBRO, sheetOf, testRule } from './helpers';

const second: BlockFigures = {
  ...HOBRO,
  tilbud: 'Beskyttet Beskæftigelse',
  afdeling: 'Beskyttet Beskæftigelse',
  y1: { ...HOBRO.y1, pladser: 57 },
  y2: { ...HOBRO.y2, pladser: 58 },
};

/** The second block's header row deleted: its rows move up one. */
const withoutSecondHeader = (wb: Parameters<typeof deleteRow>[0], l: { sheetName: string; blocks: Array<{ headerRow: number }> }) =>
  deleteRow(wb, l.sheetName, l.blocks[1].headerRow + 1);

testRule(blockHeaderMissing, {
  valid: [{ name: 'the template', blocks: [HOBRO, second] }],
  invalid: [
    {
      name: 'a block whose header row was deleted, on its Tilbud (one row up)',
      blocks: [HOBRO, second, HOBRO],
      workbook: withoutSecondHeader,
      findings: [{ cell: (l) => `A${l.blocks[1].y1Row}`, messageId: 'missing', message: /^Beskyttet Beskæftigelse .*har ingen overskriftsrække/ }],
    },
  ],
});

it('reads that block with the columns above, and leaves nothing unplaced', () => {
  const { sheet } = sheetOf([HOBRO, second, HOBRO], {}, withoutSecondHeader);
  expect(sheet.blocks.map((b) => [b.tilbud.value, b.y1?.pladser.value, b.y2?.pladser.value, !!b.headerMissing])).toEqual([
    ['Aktivitetshuset Hobro', 50, 50, false],
    ['Beskyttet Beskæftigelse', 57, 58, true],
    ['Aktivitetshuset Hobro', 50, 50, false],
  ]);
  expect(sheet.unplaced).toEqual([]);
});
