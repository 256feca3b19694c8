// The rows a worksheet part's cells were collected into → the grid's rows, as exceljs builds them: merged areas
// expanded (the master created if missing, every other cell a blank part of the area), a missing cell created with
// its row's style, else its column's, and a blank cell kept only for a number format or a fill.
import { colsOf, parseRange, type Grid, type GridCell, type MergedArea } from '../../core/grid';
import { runError } from '../../core/run-messages';
import { corruptFile as corrupt } from '../exceljs/errors';
import { makeCell, MERGE, NULL } from './cell-value';
import type { CellStyle } from './styles';

/**
 * A row as its cells are collected: each cell's grid cell, kind and style in three arrays by column, not an object
 * a cell (a 660-block sheet has 110.000 cells, and what is collected lives until the rows are assembled).
 */
/** Where a row holds a blank kept for its style or part of a merged area: the grid's cell is made on assembly. */
export const PLACEHOLDER: GridCell = Object.freeze({ value: null });

export interface RowBuild {
  style: CellStyle | undefined;
  cells: Array<GridCell | undefined>;
  kinds: number[];
  styles: Array<CellStyle | undefined>;
}

export interface ColStyle {
  min: number;
  max: number;
  style: CellStyle | undefined;
}

/** What the assembly needs of the sheet: its name and file for the messages, and the cap on cells. */
export interface RowsContext {
  name: string;
  file: string;
  maxCells: number;
}

/** The collected rows and column styles of one sheet, and how a missing cell is created in them. */
export class SheetRows {
  readonly rows = new Map<number, RowBuild>();
  readonly colStyles: ColStyle[] = [];

  rowAt(r: number): RowBuild {
    let built = this.rows.get(r);
    if (!built) {
      built = { style: undefined, cells: [], kinds: [], styles: [] };
      this.rows.set(r, built);
    }
    return built;
  }

  private colStyle(col: number): CellStyle | undefined {
    for (const c of this.colStyles) if (col >= c.min && col <= c.max) return c.style;
    return undefined;
  }

  put(r: RowBuild, col: number, kind: number, cell: GridCell, style: CellStyle | undefined): void {
    r.cells[col] = cell;
    r.kinds[col] = kind;
    r.styles[col] = style;
  }

  /** A missing cell as exceljs creates it: blank, with the row's number format and fill, else the column's. */
  private create(r: RowBuild, col: number): void {
    const c = this.colStyle(col);
    const numFmt = r.style?.numFmt ?? c?.numFmt;
    const fill = r.style?.hasFill ? r.style.fill : c?.fill;
    this.put(r, col, NULL, PLACEHOLDER, numFmt || fill ? { ...(numFmt ? { numFmt } : {}), ...(fill ? { fill } : {}) } : undefined);
  }

  /** Merged areas: refused when two overlap (as exceljs refuses them) or when they cover too many cells. */
  merge(refs: string[], ctx: RowsContext): MergedArea[] {
    this.colStyles.sort((x, y) => x.min - y.min);
    const merges: MergedArea[] = [];
    const covered = new Set<number>();
    let mergedCells = 0;
    for (const mref of refs) {
      let area: MergedArea;
      try {
        area = parseRange(mref);
      } catch {
        throw corrupt(ctx.file, `det flettede område "${mref}" kan ikke læses`);
      }
      mergedCells += (area.bottom - area.top + 1) * (area.right - area.left + 1);
      if (mergedCells > ctx.maxCells) {
        throw runError('mergedTooMany', { sheet: ctx.name, limit: ctx.maxCells, file: ctx.file });
      }
      for (let r = area.top; r <= area.bottom; r++) {
        const built = this.rowAt(r);
        for (let c = area.left; c <= area.right; c++) {
          const key = r * 16384 + c;
          if (covered.has(key)) throw corrupt(ctx.file, `flettede områder overlapper ved ${mref}`);
          covered.add(key);
          if (built.cells[c] === undefined) this.create(built, c);
          if (r !== area.top || c !== area.left) {
            built.kinds[c] = MERGE;
            built.cells[c] = PLACEHOLDER;
          }
        }
      }
      merges.push(area);
    }
    return merges;
  }

  /**
   * The grid's rows: a row only when it holds a value, a formula or part of a merged area. The columns whose own
   * style gives a blank cell a format or a fill are the only ones (with a styled row) that create cells between
   * those the file has, so the work is the file's cells, not every column up to the last (A and XFD).
   */
  assemble(ctx: RowsContext): Grid['cells'] {
    this.colStyles.sort((x, y) => x.min - y.min);
    const styledCols = this.colStyles.filter((c) => c.style && ((c.style.numFmt && c.style.numFmt !== 'General') || c.style.fill));
    let made = 0;
    const cells: Grid['cells'] = [];
    for (const [r, built] of [...this.rows.entries()].sort((x, y) => x[0] - y[0])) {
      const present = colsOf(built.cells);
      if (!present.some((c) => built.kinds[c] !== NULL)) continue;
      const columns = this.columnsOf(built, present, styledCols);
      made += columns.length;
      if (made > ctx.maxCells) {
        throw runError('formattedTooMany', { sheet: ctx.name, limit: ctx.maxCells, file: ctx.file });
      }
      cells[r] = this.rowCells(built, columns);
    }
    return cells;
  }

  /** The columns a row's grid row has: its own cells, every column up to its last when the row is styled, or the styled columns' too. */
  private columnsOf(built: RowBuild, present: number[], styledCols: ColStyle[]): number[] {
    const width = present[present.length - 1] + 1;
    const rowStyled = !!built.style && ((built.style.numFmt !== undefined && built.style.numFmt !== 'General') || !!built.style.hasFill);
    if (rowStyled) return Array.from({ length: width }, (_, c) => c);
    if (styledCols.length === 0) return present;
    const extra = new Set(present);
    for (const range of styledCols) for (let c = range.min; c <= Math.min(range.max, width - 1); c++) extra.add(c);
    return [...extra].sort((a, b) => a - b);
  }

  private rowCells(built: RowBuild, columns: number[]): Array<GridCell | undefined> {
    const out: Array<GridCell | undefined> = [];
    for (const c of columns) {
      if (built.cells[c] === undefined) this.create(built, c);
      const kind = built.kinds[c];
      if (kind === NULL || kind === MERGE) {
        const style = built.styles[c];
        const numFmt = style?.numFmt;
        const fill = style?.fill;
        // A blank is kept only for a format other than General, or a fill; a merged area's other cells always.
        if (kind === MERGE) out[c] = makeCell(null, undefined, undefined, numFmt, fill);
        else if ((numFmt && numFmt !== 'General') || fill) out[c] = makeCell(null, undefined, undefined, numFmt !== 'General' ? numFmt : undefined, fill);
        continue;
      }
      // A value or a formula: made with its format and fill as it was read.
      out[c] = built.cells[c];
    }
    return out;
  }
}
