// xlsx files → exceljs workbooks, guarded before loading; the grid conversion is in grid.ts.
import ExcelJS from 'exceljs';
import { corruptFile } from './errors';
import { runError } from '../../core/run-messages';
import { guardXlsxBytes, guardXlsxFile, LIMITS } from './guard';

export async function loadWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  const bytes = await guardXlsxFile(path);
  return loadWorkbookBytes(bytes, path, false);
}

export async function loadWorkbookBytes(bytes: Buffer, name: string, guard = true): Promise<ExcelJS.Workbook> {
  if (guard) await guardXlsxBytes(bytes, name);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw corruptFile(name, (e as Error).message);
  }
  for (const ws of wb.worksheets) {
    if (ws.rowCount > LIMITS.sheetRows) {
      throw runError('sheetTooManyRows', { sheet: ws.name, rows: ws.rowCount, limit: LIMITS.sheetRows });
    }
  }
  return wb;
}

export { worksheetToGrid, workbookToGrids } from './grid';
