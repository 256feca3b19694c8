// Loaded on demand (a chunk of its own): exceljs reads an xlsx export in the pane. Never in the initial bundle.
import ExcelJS from 'exceljs';
import { workbookToGrids } from '../adapters/exceljs/grid';
import type { Grid } from '../core/grid';

export async function xlsxToGrids(bytes: ArrayBuffer): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  return workbookToGrids(wb);
}
