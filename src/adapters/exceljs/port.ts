// The workbook port over an exceljs workbook (files, the CLI, tests): same contract as the Office.js adapter.
import type ExcelJS from 'exceljs';
import type { Grid } from '../../core/grid';
import type { Mark } from '../../core/plans/marks';
import type { WorkbookPort } from '../../core/port';
import { workbookToGrids } from './grid';
import { removeMarkFormats, setMarkFormats } from './marks';

export class ExcelJsWorkbook implements WorkbookPort {
  /** The cell last selected, as a saved workbook would reopen with it. */
  selection: { sheet: string; cell: string } | null = null;

  constructor(readonly workbook: ExcelJS.Workbook) {}

  async readGrids(): Promise<Grid[]> {
    return workbookToGrids(this.workbook);
  }

  async setMarks(marks: Mark[]): Promise<void> {
    setMarkFormats(this.workbook, marks);
  }

  async clearMarks(): Promise<number> {
    return removeMarkFormats(this.workbook);
  }

  async select(sheet: string, cell: string): Promise<void> {
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws) throw new Error(`Arket "${sheet}" findes ikke`);
    this.workbook.views = [{ ...(this.workbook.views?.[0] ?? {}), activeTab: this.workbook.worksheets.indexOf(ws) } as ExcelJS.WorkbookView];
    ws.views = [{ ...(ws.views?.[0] ?? {}), activeCell: cell }];
    this.selection = { sheet, cell };
  }
}
