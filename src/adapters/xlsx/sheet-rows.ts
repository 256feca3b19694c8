// The rows a worksheet part's cells were collected into → the grid's rows, as exceljs builds them: merged areas
// expanded (the master created if missing, every other cell a blank part of the area), a missing cell created with
// its row's style, else its column's, and a blank cell kept only for a number format or a fill.
import { colsOf, parseRange, type Grid, type GridCell, type MergedArea } from '../../core/grid';
import { runError } from '../../core/run-messages';
import { corruptFile as corrupt } from '../exceljs/errors';
import { makeCell, MERGE, NULL } from './cell-value';
import type { CellStyle } from './styles';

/**
 * A blank kept for its style (NULL) or a merged area's other cell (MERGE) until the rows are assembled, when it is
 * made (or, a blank with neither format nor fill, left out). One object for each kind, format and fill.
 */
export class Pending {
  /** Its format as the grid keeps it: a blank's General is no format (a merged area's other cell keeps it). */
  readonly gridFormat: string | undefined;
  /** Its grid cell, made once: the blanks of one kind, format and fill share it (76.000 of a 660-block sheet's 111.000 cells). */
  private made: GridCell | undefined;

  constructor(
    readonly kind: number,
    readonly numFmt: string | undefined,
    readonly fill: string | undefined,
  ) {
    this.gridFormat = kind === NULL && numFmt === 'General' ? undefined : numFmt;
  }

  /** The grid cell, frozen: shared by many rows, it must not be changed in one. */
  cell(): GridCell {
    return (this.made ??= Object.freeze(makeCell(null, undefined, undefined, this.gridFormat, this.fill)));
  }
}

/**
 * A row as its cells are collected: by column, a value's or formula's grid cell (made as it was read) or a pending
 * blank. The array becomes the grid's row: a 660-block sheet has 110.000 cells in 5.300 rows, and what is collected
 * lives until the rows are assembled.
 */
export interface RowBuild {
  style: CellStyle | undefined;
  cells: Array<GridCell | Pending | undefined>;
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
      built = { style: undefined, cells: [] };
      this.rows.set(r, built);
    }
    return built;
  }

  private colStyle(col: number): CellStyle | undefined {
    for (const c of this.colStyles) if (col >= c.min && col <= c.max) return c.style;
    return undefined;
  }

  /**
   * The pending blanks by kind, format and fill. Looked up by the strings themselves, not by a key made of them: a
   * format's or fill's string is the style's own, its hash worked out once, where a key was a new string for each of
   * a sheet's 76.000 blanks.
   */
  private readonly pendings = new Map<number, Map<string, Map<string, Pending>>>();

  /** The pending blank of a kind, format and fill (one object for each; an empty format or fill is none). */
  pending(kind: number, numFmt: string | undefined, fill: string | undefined): Pending {
    let byFormat = this.pendings.get(kind);
    if (!byFormat) this.pendings.set(kind, (byFormat = new Map()));
    let byFill = byFormat.get(numFmt ?? '');
    if (!byFill) byFormat.set(numFmt ?? '', (byFill = new Map()));
    let p = byFill.get(fill ?? '');
    if (!p) byFill.set(fill ?? '', (p = new Pending(kind, numFmt || undefined, fill || undefined)));
    return p;
  }

  /** A missing cell as exceljs creates it: blank, with the row's number format and fill, else the column's. */
  private create(r: RowBuild, col: number): Pending {
    const c = this.colStyle(col);
    const numFmt = r.style?.numFmt ?? c?.numFmt;
    const fill = r.style?.hasFill ? r.style.fill : c?.fill;
    const p = this.pending(NULL, numFmt, fill);
    r.cells[col] = p;
    return p;
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
          const cell = built.cells[c] ?? this.create(built, c);
          // The area's other cells are blank, each keeping its own format and fill.
          if (r !== area.top || c !== area.left) built.cells[c] = this.pending(MERGE, cell.numFmt, cell.fill);
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
      if (!present.some((c) => !isBlank(built.cells[c]!))) continue;
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

  /** The row's cells made in place: the collected array becomes the grid's row. */
  private rowCells(built: RowBuild, columns: number[]): Array<GridCell | undefined> {
    const row = built.cells;
    let last = -1;
    for (const c of columns) {
      const cell = row[c] ?? this.create(built, c);
      if (cell instanceof Pending) {
        // A blank is kept only for a format other than General, or a fill; a merged area's other cells always.
        if (cell.kind === MERGE || cell.gridFormat || cell.fill) row[c] = cell.cell();
        else {
          delete row[c];
          continue;
        }
      }
      last = c;
    }
    row.length = last + 1;
    return row as Array<GridCell | undefined>;
  }
}

/** A blank kept for its style, not a value, a formula or part of a merged area. */
function isBlank(cell: GridCell | Pending): boolean {
  return cell instanceof Pending && cell.kind === NULL;
}
