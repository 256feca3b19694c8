import ExcelJS from 'exceljs';
import { buildTemplate } from '../../../src/core/template/build';
import { renderWorkbook, workbookBytes } from '../../../src/adapters/exceljs/write';
import { ENHEDER, PARAGRAFFER } from '../../../src/core/model/lists';
import { ROLE_FILLS } from '../../../src/core/template/spec';

describe('the template file', () => {
  let ws: ExcelJS.Worksheet;
  let layout: ReturnType<typeof buildTemplate>['layout'];
  beforeAll(async () => {
    const built = buildTemplate({ driftsherre: 'Mariagerfjord Kommune', year: 2027, blocks: 3 });
    layout = built.layout;
    // Through bytes: what Excel would open.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbookBytes(renderWorkbook(built.spec))) as unknown as ArrayBuffer);
    ws = wb.getWorksheet(layout.sheetName)!;
  });

  it('has live Ændring formulas, not values', () => {
    const b = layout.blocks[1];
    const change = ws.getRow(b.changeRow + 1);
    expect(change.getCell(layout.columns.pladser + 1).formula).toBe(
      `IF(AND(ISNUMBER(E${b.y1Row + 1}),ISNUMBER(E${b.y2Row + 1})),E${b.y2Row + 1}-E${b.y1Row + 1},"")`,
    );
    expect(change.getCell(layout.columns.takst1 + 1).formula).toContain(`M${b.y2Row + 1}/M${b.y1Row + 1}-1`);
    expect(change.getCell(layout.columns.takst1 + 1).numFmt).toContain('%');
  });

  it('has the dropdowns for §§ and Enhed with the exact lists', () => {
    const b = layout.blocks[0];
    const para = ws.getCell(b.y1Row + 1, layout.columns.paragraf + 1).dataValidation;
    const enhed = ws.getCell(b.y1Row + 1, layout.columns.enhed + 1).dataValidation;
    expect(para.type).toBe('list');
    expect(para.formulae[0]).toBe(`"${PARAGRAFFER.join(',')}"`);
    expect(enhed.formulae[0]).toBe(`"${ENHEDER.join(',')}"`);
    expect(String(para.formulae[0]).length).toBeLessThan(255);
  });

  it('colours the four cell roles and reads red text rules from the threshold cells', () => {
    const b = layout.blocks[0];
    const fill = (r: number, c: number) => (ws.getCell(r + 1, c + 1).fill as ExcelJS.FillPattern).fgColor?.argb?.slice(-6);
    expect(fill(b.y2Row, layout.columns.budget)).toBe(ROLE_FILLS.input);
    expect(fill(b.headerRow, layout.columns.budget)).toBe(ROLE_FILLS.constant);
    expect(fill(b.changeRow, layout.columns.bemaerkning)).toBe(ROLE_FILLS.locked);
    expect(fill(layout.header.plKommuner.row, layout.header.plKommuner.col)).toBe(ROLE_FILLS.prefilled);
    const rules = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae: string[] }> }> }).conditionalFormattings;
    const rate = rules.find((r) => r.ref.startsWith(`K${b.changeRow + 1}`))!;
    expect(rate.rules[0].formulae[0]).toContain('$K$1');
    expect(rate.rules[0].formulae[0]).toContain('$I$1');
    const occ = rules.find((r) => r.ref === `F${b.y2Row + 1}`)!;
    expect(occ.rules[0].formulae[0]).toContain('$K$2');
  });

  it('freezes the header and sets up printing', () => {
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5, xSplit: 4 });
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.fitToWidth).toBe(1);
  });
});

describe('write plans on a loaded workbook', () => {
  it('change the number format of the written cell only', async () => {
    const { applyWrites } = await import('../../../src/adapters/exceljs/apply');
    const built = buildTemplate({ driftsherre: 'Rebild Kommune', year: 2027, blocks: 2 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbookBytes(renderWorkbook(built.spec))) as unknown as ArrayBuffer);
    const b = built.layout.blocks;
    const target = `F${b[0].y2Row + 1}`;
    const other = `F${b[1].y2Row + 1}`;
    applyWrites(wb, [{ sheet: built.layout.sheetName, cell: target, value: 98, numFmt: 'General' }]);
    const ws = wb.getWorksheet(built.layout.sheetName)!;
    expect(ws.getCell(target).numFmt).toBe('General');
    expect(ws.getCell(other).numFmt).toBe('0.0%');
  });
});
