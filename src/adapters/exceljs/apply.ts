// Applies a write plan to an exceljs workbook in memory: no files, so the preview's "Gem som .xlsx" uses it in the
// browser as the CLI does on disk.
import type ExcelJS from 'exceljs';
import type { CellWrite } from '../../core/model/cell-write';
import { runError } from '../../core/run-messages';

export function applyWrites(wb: ExcelJS.Workbook, writes: CellWrite[]): void {
  for (const w of writes) {
    const ws = wb.getWorksheet(w.sheet);
    if (!ws) throw runError('sheetNotFound', { sheet: w.sheet });
    writeCell(ws.getCell(w.cell), w);
  }
}

/** One planned write onto its exceljs cell: the formula (with the value as its result) or the value, and its format. */
export function writeCell(cell: ExcelJS.Cell, w: CellWrite): void {
  cell.value = w.formula !== undefined ? ({ formula: w.formula, result: w.value ?? undefined } as ExcelJS.CellFormulaValue) : w.value;
  // A copy of the style: exceljs shares one style object between cells loaded with the same style.
  if (w.numFmt) cell.style = { ...cell.style, numFmt: w.numFmt };
}
