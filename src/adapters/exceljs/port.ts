// The workbook port over an exceljs workbook (files, the CLI, tests): same contract as the Office.js adapter.
import { runError } from '../../core/run-messages';
import type ExcelJS from 'exceljs';
import type { Grid } from '../../core/grid';
import type { Mark } from '../../core/plans/marks';
import type { WorkbookPort } from '../../core/port';
import type { CellWrite } from '../../core/model/cell-write';
import { UNDO_SHEET, undoChunks, type UndoRecord } from '../../core/plans/undo';
import { parseUndo } from '../../core/plans/undo-schema';
import { worksheetToGrid } from './grid';
import { removeMarkFormats, setMarkFormats } from './marks';
import { applyWrites } from './apply';
import { copyBlocks } from './blocks';
import type { BlockCopy } from '../../core/plans/blocks';

export class ExcelJsWorkbook implements WorkbookPort {
  /** The cell last selected, as a saved workbook would reopen with it. */
  selection: { sheet: string; cell: string } | null = null;

  constructor(readonly workbook: ExcelJS.Workbook) {}

  async readGrids(): Promise<Grid[]> {
    return this.workbook.worksheets.filter((ws) => ws.name !== UNDO_SHEET).map(worksheetToGrid);
  }

  async write(writes: CellWrite[], undo: UndoRecord | null): Promise<void> {
    applyWrites(this.workbook, writes);
    const old = this.workbook.getWorksheet(UNDO_SHEET);
    if (old) this.workbook.removeWorksheet(old.id);
    const chunks = undoChunks(undo);
    if (chunks.length === 0) return;
    const ws = this.workbook.addWorksheet(UNDO_SHEET, { state: 'veryHidden' });
    chunks.forEach((c, i) => (ws.getCell(i + 1, 1).value = c));
  }

  async readUndo(): Promise<UndoRecord | null> {
    const ws = this.workbook.getWorksheet(UNDO_SHEET);
    if (!ws) return null;
    const parts: string[] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const v = ws.getCell(r, 1).value;
      if (typeof v !== 'string') break;
      parts.push(v);
    }
    return parseUndo(parts.join(''));
  }

  async addBlocks(copy: BlockCopy): Promise<void> {
    copyBlocks(this.workbook, copy);
  }

  async setMarks(marks: Mark[]): Promise<void> {
    setMarkFormats(this.workbook, marks);
  }

  async clearMarks(): Promise<number> {
    return removeMarkFormats(this.workbook);
  }

  async select(sheet: string, cell: string): Promise<void> {
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws) throw runError('sheetNotFound', { sheet: sheet });
    this.workbook.views = [{ ...(this.workbook.views?.[0] ?? {}), activeTab: this.workbook.worksheets.indexOf(ws) } as ExcelJS.WorkbookView];
    ws.views = [{ ...(ws.views?.[0] ?? {}), activeCell: cell }];
    this.selection = { sheet, cell };
  }
}
