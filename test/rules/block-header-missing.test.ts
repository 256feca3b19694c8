import type { BlockFigures } from '../fixtures/block-writes';
import { blockHeaderMissing } from '../../src/core/rules/block-header-missing';
import { buildFixture } from '../fixtures/builder';
import { checkSheet } from '../../src/core/rules/runner';
import { deleteRow } from '../corpus/edit';
import { findingsOf, HOBRO } from './helpers';
import { readWorkbook } from '../../src/core/layout/discover';
import { unplacedValue } from '../../src/core/rules/unplaced-value';
import { workbookToGrids } from '../../src/adapters/exceljs/read';

const second: BlockFigures = {
  ...HOBRO,
  tilbud: 'Beskyttet Beskæftigelse',
  afdeling: 'Beskyttet Beskæftigelse',
  y1: { ...HOBRO.y1, pladser: 57 },
  y2: { ...HOBRO.y2, pladser: 58 },
};

describe('block-header-missing', () => {
  it('reads a block whose header row was deleted with the columns above, and says so on its Tilbud', () => {
    const { workbook, layout } = buildFixture({ driftsherre: 'Mariagerfjord Kommune', blocks: [HOBRO, second, HOBRO] });
    deleteRow(workbook, layout.sheetName, layout.blocks[1].headerRow + 1);
    const sheet = readWorkbook(workbookToGrids(workbook)).sheets[0];
    expect(sheet.blocks.map((b) => [b.tilbud.value, b.y1?.pladser.value, b.y2?.pladser.value, !!b.headerMissing])).toEqual([
      ['Aktivitetshuset Hobro', 50, 50, false],
      ['Beskyttet Beskæftigelse', 57, 58, true],
      ['Aktivitetshuset Hobro', 50, 50, false],
    ]);
    expect(sheet.unplaced).toEqual([]);
    const findings = checkSheet(sheet, [blockHeaderMissing, unplacedValue]);
    expect(findings.map((f) => [f.ruleId, f.messageId, f.cell])).toEqual([['block-header-missing', 'missing', `A${layout.blocks[1].y1Row}`]]);
    expect(findings[0].message).toMatch(/^Beskyttet Beskæftigelse .*har ingen overskriftsrække/);
  });

  it('finds nothing on the template', () => {
    expect(findingsOf(blockHeaderMissing, [HOBRO, second]).findings).toEqual([]);
  });
});
