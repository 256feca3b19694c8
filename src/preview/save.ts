// "Gem som .xlsx" in the preview: the changes made in the browser (typed cells, the fill's writes with their undo
// record, added blocks, marks) replayed in order on the workbook as it was opened, through the same exceljs port the
// CLI writes with, so the file keeps the template's formats, dropdowns and conditional formats.
import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../adapters/exceljs/port';
import { applyWrites } from '../adapters/exceljs/apply';
import type { MemoryChange } from '../adapters/memory/workbook';

export async function savedBytes(opened: ArrayBuffer, changes: readonly MemoryChange[]): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(opened);
  const port = new ExcelJsWorkbook(wb);
  for (const c of changes) {
    if (c.kind === 'write') await port.write(c.writes, c.undo);
    else if (c.kind === 'addBlocks') await port.addBlocks(c.copy);
    else if (c.kind === 'marks') await port.setMarks(c.marks);
    else if (c.kind === 'clearMarks') await port.clearMarks();
    // A typed cell: its value only; the undo record kept in the workbook stays as it is.
    else applyWrites(wb, [{ sheet: c.sheet, cell: c.cell, value: c.value }]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer()) as Uint8Array<ArrayBuffer>;
}

/** The name a saved copy gets: the opened file's, marked as edited ("eksempel-2027 (redigeret).xlsx"). */
export function savedName(opened: string): string {
  const base = opened.replace(/\.xlsx$/i, '').replace(/ \(redigeret\)$/, '');
  return `${base} (redigeret).xlsx`;
}
