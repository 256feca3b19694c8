import { planBlockCopies, shiftFormula } from '../../src/core/plans/blocks';
import { sheetOf, HOBRO } from '../rules/helpers';
import { buildFixture } from '../fixtures/builder';
import { workbookToGrids } from '../../src/adapters/exceljs/read';

describe('shiftFormula', () => {
  it.each([
    ['IF(AND(ISNUMBER(E9),ISNUMBER(E10)),E10-E9,"")', 'IF(AND(ISNUMBER(E17),ISNUMBER(E18)),E18-E17,"")'],
    ['AND(ISNUMBER(K12),K12>$I$1+$K$1)', 'AND(ISNUMBER(K20),K20>$I$1+$K$1)'],
    ['SEARCH("region A1",$A$1)', 'SEARCH("region A1",$A$1)'],
    ['LOG10(B2)+A$3', 'LOG10(B10)+A$3'],
  ])('%s → %s', (from, to) => expect(shiftFormula(from, 8)).toBe(to));
});

describe('planBlockCopies', () => {
  it('copies the last block below it, every input cell of the copies emptied', () => {
    const { sheet } = sheetOf([HOBRO]);
    const { workbook } = buildFixture({ driftsherre: 'Mariagerfjord Kommune', blocks: [HOBRO] });
    const grid = workbookToGrids(workbook)[0];
    const copy = planBlockCopies(sheet, grid, 2);
    if ('reason' in copy) throw new Error(copy.reason);
    const b = sheet.blocks[0];
    expect([copy.top, copy.bottom, copy.stride, copy.count]).toEqual([b.headerRow - 1, b.lastRow - 1, b.lastRow - b.headerRow + 2, 2]);
    expect(copy.clear).toContain(`A${b.y1!.row + copy.stride}`);
    expect(copy.clear).toContain(`A${b.y1!.row + 2 * copy.stride}`);
  });

  it('refuses when something is typed where the copies would go', () => {
    const { workbook, layout } = buildFixture({
      driftsherre: 'Mariagerfjord Kommune',
      blocks: [HOBRO],
      extra: (l) => [{ sheet: l.sheetName, cell: `B${l.blocks[0].solgteRow + 5}`, value: 'Noter' }],
    });
    const grid = workbookToGrids(workbook)[0];
    const { sheet } = sheetOf([HOBRO]);
    const r = planBlockCopies(sheet, grid, 1);
    expect(r).toEqual({ reason: expect.stringContaining(`række ${layout.blocks[0].solgteRow + 5}`) });
  });
});
