// The workbook port in memory: the preview page and the pane's tests run the real pane against it.
// Marks and the selection are kept as data; edits notify the pane as Excel's onChanged does.
import { runError } from '../../core/run-messages';
import { cloneGrid, parseA1, type Grid, type Scalar } from '../../core/grid';
import type { Mark } from '../../core/plans/marks';
import type { WorkbookPort } from '../../core/port';
import type { CellWrite } from '../../core/model/cell-write';
import type { UndoRecord } from '../../core/plans/undo';
import { shiftFormula, type BlockCopy } from '../../core/plans/blocks';

/** One change to the workbook, in the order made: what "Gem som .xlsx" replays on the file it was opened from. */
export type MemoryChange =
  | { kind: 'write'; writes: CellWrite[]; undo: UndoRecord | null }
  | { kind: 'addBlocks'; copy: BlockCopy }
  | { kind: 'marks'; marks: Mark[] }
  | { kind: 'clearMarks' }
  | { kind: 'edit'; sheet: string; cell: string; value: Scalar };

export class MemoryWorkbook implements WorkbookPort {
  marks: Mark[] = [];
  /** Every change since the workbook was opened (writes, added blocks, marks, typed cells). */
  readonly changes: MemoryChange[] = [];
  /** The undo record as the document keeps it (a copy, as if saved). */
  undo: string | null = null;
  /** How many writes reached the workbook (the pane must apply a plan in one). */
  writeCount = 0;
  selection: { sheet: string; cell: string } | null = null;
  activeSheet: string;
  /** Grows on every change, for views that redraw on change. */
  version = 0;
  private editListeners = new Set<() => void>();
  private viewListeners = new Set<() => void>();

  constructor(public grids: Grid[]) {
    this.activeSheet = grids.find((g) => !g.hidden)?.name ?? grids[0]?.name ?? '';
  }

  async readGrids(): Promise<Grid[]> {
    return this.grids.map(cloneGrid);
  }

  async setMarks(marks: Mark[]): Promise<void> {
    this.marks = [...marks];
    this.changes.push({ kind: 'marks', marks: this.marks });
    this.changed();
  }

  async clearMarks(): Promise<number> {
    const n = this.marks.length;
    this.marks = [];
    this.changes.push({ kind: 'clearMarks' });
    this.changed();
    return n;
  }

  async select(sheet: string, cell: string): Promise<void> {
    if (!this.grids.some((g) => g.name === sheet)) throw Object.assign(new Error(`Arket "${sheet}" findes ikke`), { code: 'ItemNotFound' });
    parseA1(cell);
    this.activeSheet = sheet;
    this.selection = { sheet, cell };
    this.changed();
  }

  async write(writes: CellWrite[], undo: UndoRecord | null): Promise<void> {
    for (const w of writes)
      if (!this.grids.some((g) => g.name === w.sheet)) throw Object.assign(new Error(`Arket "${w.sheet}" findes ikke`), { code: 'ItemNotFound' });
    for (const w of writes) {
      const grid = this.grids.find((g) => g.name === w.sheet)!;
      const { row, col } = parseA1(w.cell);
      const r = (grid.cells[row] ??= []);
      const cell = { ...r[col], value: w.value, formula: w.formula, error: undefined };
      // General is no format, as every reader gives it (a grid keeps only a format that is not General).
      if (w.numFmt === 'General') delete cell.numFmt;
      else if (w.numFmt) cell.numFmt = w.numFmt;
      r[col] = cell;
    }
    this.undo = undo ? JSON.stringify(undo) : null;
    this.changes.push({ kind: 'write', writes: [...writes], undo: this.undo ? (JSON.parse(this.undo) as UndoRecord) : null });
    this.writeCount++;
    this.changed();
  }

  async addBlocks(copy: BlockCopy): Promise<void> {
    const grid = this.grids.find((g) => g.name === copy.sheet);
    if (!grid) throw Object.assign(new Error(`Arket "${copy.sheet}" findes ikke`), { code: 'ItemNotFound' });
    const merges = grid.merges.filter((m) => m.top >= copy.top && m.bottom <= copy.bottom);
    for (let k = 1; k <= copy.count; k++) {
      const rows = k * copy.stride;
      for (let r = copy.top; r <= copy.bottom; r++) {
        const src = grid.cells[r];
        grid.cells[r + rows] = src?.map((c) => (c ? { ...c, ...(c.formula ? { formula: shiftFormula(c.formula, rows) } : {}) } : c)) ?? [];
      }
      for (const m of merges) grid.merges.push({ ...m, top: m.top + rows, bottom: m.bottom + rows });
    }
    for (const address of copy.clear) {
      const { row, col } = parseA1(address);
      const cell = grid.cells[row]?.[col];
      if (cell) grid.cells[row]![col] = { ...cell, value: null, formula: undefined, error: undefined };
    }
    this.changes.push({ kind: 'addBlocks', copy });
    this.changed();
  }

  async readUndo(): Promise<UndoRecord | null> {
    return this.undo ? (JSON.parse(this.undo) as UndoRecord) : null;
  }

  async onEdit(listener: () => void): Promise<() => void> {
    this.editListeners.add(listener);
    return () => this.editListeners.delete(listener);
  }

  /** A user typing a value into a cell. */
  edit(sheet: string, cell: string, value: Scalar): void {
    const grid = this.grids.find((g) => g.name === sheet);
    if (!grid) throw runError('sheetNotFound', { sheet });
    const { row, col } = parseA1(cell);
    const r = (grid.cells[row] ??= []);
    const old = r[col];
    r[col] = { ...old, value, formula: undefined, error: undefined };
    this.changes.push({ kind: 'edit', sheet, cell, value });
    this.changed();
    for (const l of this.editListeners) l();
  }

  /**
   * Another host changed the grids in place (the preview's RichApi host, answering office.js): its marks and its
   * selection, shown as this workbook's; edits by the user still reach the listeners through edit().
   */
  hostChanged(marks: Mark[], selection: { sheet: string; cell: string } | null): void {
    this.marks = marks;
    if (selection) {
      this.selection = selection;
      this.activeSheet = selection.sheet;
    }
    this.changed();
  }

  markAt(sheet: string, cell: string): Mark | undefined {
    return this.marks.find((m) => m.sheet === sheet && m.cell === cell);
  }

  /** For a view that draws the workbook: called on marks, selection and edits. */
  subscribe(listener: () => void): () => void {
    this.viewListeners.add(listener);
    return () => this.viewListeners.delete(listener);
  }

  private changed(): void {
    this.version++;
    for (const l of this.viewListeners) l();
  }
}
