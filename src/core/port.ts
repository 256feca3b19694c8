// The port every workbook adapter implements (the Office API in Excel, exceljs for files, memory for the preview and
// tests): read the sheets as grids, put this tool's marks on cells, take them all off again, select a cell.
import type { Grid } from './grid';
import type { CellWrite } from './model/cell-write';
import type { Mark } from './plans/marks';
import type { UndoRecord } from './plans/undo';
import type { BlockCopy } from './plans/blocks';

/** Sheets whose cells were not marked, and why (in Danish): the findings are still shown in the pane. */
export interface MarkResult {
  unmarked: Array<{ sheet: string; reason: string }>;
}

export interface WorkbookPort {
  /** Every sheet as a grid (values or cached results, formulas, number formats, fills, merged areas). */
  readGrids(): Promise<Grid[]>;
  /**
   * Replaces this tool's marks with these; the template's own formatting is never written. A sheet whose cells
   * cannot be marked (protected, the workbook read-only) is left as it is and named with the reason.
   */
  setMarks(marks: Mark[]): Promise<MarkResult | void>;
  /** Removes every mark this tool made, also those saved with the workbook; returns how many were removed. */
  clearMarks(): Promise<number>;
  /** Activates the sheet and selects (and so scrolls to) the cell. */
  select(sheet: string, cell: string): Promise<void>;
  /**
   * Writes the cells and, in the same write, keeps `undo` in the document (a very hidden sheet) so that a later
   * session can restore the cells; `null` removes the kept record (after an undo).
   */
  write(writes: CellWrite[], undo: UndoRecord | null): Promise<void>;
  /** The undo record kept in the document, or null. */
  readUndo(): Promise<UndoRecord | null>;
  /**
   * Copies a block below the sheet's last one `copy.count` times (formats, formulas, merges, dropdowns, conditional
   * formats) and empties the copies' input cells, so that a plan has a block for every offer. Not undone by Fortryd.
   */
  addBlocks?(copy: BlockCopy): Promise<void>;
  /** Calls the listener when a user edits a cell; returns the function that stops listening. */
  onEdit?(listener: () => void): Promise<() => void>;
}
