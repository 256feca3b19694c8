import { lockedCellFilled } from '../../src/core/rules/locked-cell-filled';
import { unplacedValue } from '../../src/core/rules/unplaced-value';
import { blockHeaderMissing } from '../../src/core/rules/block-header-missing';
import { workbookToGrids } from '../../src/adapters/exceljs/read';
import { readWorkbook } from '../../src/core/layout/discover';
import { checkSheet } from '../../src/core/rules/runner';
import { deleteRow } from '../corpus/edit';
import { buildFixture } from '../fixtures/builder';
import { findingsOf, HOBRO } from './helpers';
import type { BlockFigures } from '../fixtures/block-writes';

describe('locked-cell-filled and unplaced-value', () => {
  it('is an error for text in the Ændring row outside its changes and in a places row outside the levels', () => {
    const { findings, layout } = findingsOf(lockedCellFilled, [HOBRO], {
      extra: (l) => [
        { sheet: l.sheetName, cell: `X${l.blocks[0].changeRow + 1}`, value: 'se note' },
        { sheet: l.sheetName, cell: `G${l.blocks[0].anvendteRow + 1}`, value: 7 },
      ],
    });
    const b = layout.blocks[0];
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([
      [`X${b.changeRow + 1}`, 'error'],
      [`G${b.anvendteRow + 1}`, 'error'],
    ]);
    expect(findings[0].message).toBe('Cellen skal ikke udfyldes, men indeholder "se note"; flyt teksten til Bemærkning eller Særlige forhold.');
  });

  it('warns about a value under an unknown column, not about the column header itself', () => {
    const { findings, layout } = findingsOf(unplacedValue, [HOBRO], {
      layout: { extraColumns: ['Intern note'] },
      extra: (l) => [{ sheet: l.sheetName, cell: `Y${l.blocks[0].y2Row + 1}`, value: 'ring til Jens' }],
    });
    expect(findings.map((f) => [f.cell, f.message])).toEqual([
      [`Y${layout.blocks[0].y2Row + 1}`, '"ring til Jens" indgår ikke i skemaet: værdi i en kolonne uden kendt overskrift.'],
    ]);
  });

  it('finds nothing on the clean template', () => {
    expect(findingsOf(lockedCellFilled, [HOBRO]).findings).toEqual([]);
    expect(findingsOf(unplacedValue, [HOBRO]).findings).toEqual([]);
  });
});

describe('block-header-missing', () => {
  const second: BlockFigures = {
    ...HOBRO,
    tilbud: 'Beskyttet Beskæftigelse',
    afdeling: 'Beskyttet Beskæftigelse',
    y1: { ...HOBRO.y1, pladser: 57 },
    y2: { ...HOBRO.y2, pladser: 58 },
  };

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
    expect(findings.map((f) => [f.ruleId, f.cell])).toEqual([['block-header-missing', `A${layout.blocks[1].y1Row}`]]);
    expect(findings[0].message).toMatch(/^Beskyttet Beskæftigelse .*har ingen overskriftsrække/);
  });

  it('finds nothing on the template', () => {
    expect(findingsOf(blockHeaderMissing, [HOBRO, second]).findings).toEqual([]);
  });
});
