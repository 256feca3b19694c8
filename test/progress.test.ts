import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { workbookToGrids } from '../src/adapters/exceljs/read';
import { readWorkbook } from '../src/core/layout/discover';
import { validateWorkbook } from '../src/core/rules/runner';
import { formatProgress, progressLine, progressOf } from '../src/core/progress';
import { sheetOf, HOBRO } from './rules/helpers';

describe('progress: the cells a person must still fill', () => {
  it('on the sample: only Kærvej’s Bemærkning, which a rule asks a person to write', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(__dirname, '..', 'samples', 'eksempel-2027.xlsx'));
    const model = readWorkbook(workbookToGrids(wb));
    const p = progressOf(model.sheets[0], validateWorkbook(model).findings);
    expect(p.missing.map((m) => [m.cell, m.field])).toEqual([['X8', 'Bemærkning']]);
    expect(formatProgress(p)).toMatch(
      /^Udfyldt \d+ af \d+ felter · 1 celle mangler\n {2}Blok 1: Bo og Aktivitetstilbud Kærvej\n {4}X8 {2}Bemærkning \(skrives af en person: Takststigning over P\/L kræver bemærkning\)$/,
    );
  });

  it('counts a block’s identity and year 2, and lists what is empty by block', () => {
    const { sheet, layout } = sheetOf([{ ...HOBRO, paragraf: null, y2: { ...HOBRO.y2, oh: null } }]);
    const p = progressOf(sheet, validateWorkbook({ sheets: [sheet], skipped: [] }).findings);
    const missing = p.missing.map((m) => m.field);
    expect(missing).toContain('§§');
    expect(missing).toContain('OH % 2027');
    expect(p.missing.find((m) => m.field === '§§')?.cell).toBe(`C${layout.blocks[0].y1Row + 1}`);
    expect(p.filled).toBe(p.required - p.missing.length);
  });

  it('leaves out year 2 of an offer shown to end: the old half of a change of structure, or one whose Bemærkning says so', () => {
    const old = { ...HOBRO, y2: undefined };
    const renewed = { ...HOBRO, y1: undefined };
    expect(progressOf(sheetOf([old, renewed]).sheet, []).missing.filter((m) => m.block === 0 && m.field.endsWith('2027'))).toEqual([]);
    const closed = { ...old, bemaerkning: 'Tilbuddet lukker 31.12.2026' };
    expect(progressOf(sheetOf([closed]).sheet, []).missing.filter((m) => m.field.endsWith('2027'))).toEqual([]);
  });

  it('asks for year 2 of a block with year 1 alone and nothing saying it ends (last year prefilled, this year to type)', () => {
    const { sheet } = sheetOf([{ ...HOBRO, y2: undefined }]);
    const missing = progressOf(sheet, []).missing.filter((m) => m.why === 'tal for 2027');
    expect(missing.map((m) => m.field)).toEqual(['Pladser 2027', 'Belægning 2027', 'Budget i alt 2027', 'OH % 2027', 'Takst 1 2027']);
  });
});

describe('an empty template', () => {
  it('says the sheet is empty instead of counting its header cells as fields', () => {
    const { sheet } = sheetOf([], { spareBlocks: 3 });
    const p = progressOf(sheet, []);
    expect(p.blocksInUse).toBe(0);
    expect(progressLine(p)).toBe('Skemaet er tomt: ingen blok er udfyldt endnu · 2 celler i arkets hoved mangler');
    expect(progressLine(progressOf(sheetOf([HOBRO]).sheet, []))).toMatch(/^Udfyldt \d+ af \d+ felter/);
  });
});
