// Marks leave no trace: read every cell's formats, mark, clear, and compare, also across save and reopen.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExcelJsWorkbook } from '../../../src/adapters/exceljs/port';
import { conditionalFormatsOf } from '../../../src/adapters/exceljs/marks';
import { readWorkbook } from '../../../src/core/layout/discover';
import { planMarks } from '../../../src/core/plans/marks';
import { validateWorkbook } from '../../../src/core/rules/runner';

const SAMPLE = join(__dirname, '../..', '..', 'samples', 'eksempel-2027.xlsx');

async function load(bytes: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  return wb;
}

async function reopen(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Every cell's own formats and every sheet's conditional formats, as plain data. */
function formatsOf(wb: ExcelJS.Workbook): unknown {
  return wb.worksheets.map((ws) => {
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) =>
        cells.push([c.address, c.fill ?? null, c.font ?? null, c.border ?? null, c.numFmt ?? null, c.alignment ?? null]),
      ),
    );
    return { name: ws.name, cells, cf: JSON.parse(JSON.stringify(conditionalFormatsOf(ws))) };
  });
}

async function marksFor(port: ExcelJsWorkbook) {
  const result = validateWorkbook(readWorkbook(await port.readGrids()));
  return planMarks(result.findings).marks;
}

describe('marks on an exceljs workbook', () => {
  it('marks every finding cell with its severity and clears back to the exact original formats', async () => {
    const wb = await load(readFileSync(SAMPLE));
    const before = formatsOf(wb);
    const port = new ExcelJsWorkbook(wb);
    const marks = await marksFor(port);
    expect(new Set(marks.map((m) => m.severity))).toEqual(new Set(['error', 'warning', 'info']));
    await port.setMarks(marks);
    const marked = formatsOf(wb);
    expect(marked).not.toEqual(before);
    expect(await port.clearMarks()).toBe(marks.length);
    expect(formatsOf(wb)).toEqual(before);
  });

  it('finds its marks again after save and reopen, and clearing then restores the saved original', async () => {
    const original = await reopen(await load(readFileSync(SAMPLE)));
    const before = formatsOf(original);
    const port = new ExcelJsWorkbook(original);
    const marks = await marksFor(port);
    await port.setMarks(marks);
    const reopened = new ExcelJsWorkbook(await reopen(original));
    expect(await reopened.clearMarks()).toBe(marks.length);
    expect(formatsOf(await reopen(reopened.workbook))).toEqual(before);
  });

  it('replaces the previous marks instead of piling them up', async () => {
    const port = new ExcelJsWorkbook(await load(readFileSync(SAMPLE)));
    const marks = await marksFor(port);
    await port.setMarks(marks);
    await port.setMarks(marks.slice(0, 2));
    expect(await port.clearMarks()).toBe(2);
  });
});
