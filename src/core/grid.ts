// The plain grid of cells that every adapter produces and the core reads: no Office, no exceljs, no files.
import { isBlankString } from './text';

/** A cell's value as the core sees it. Dates arrive as ISO strings; rich text as its plain text. */
export type Scalar = string | number | boolean | null;

export interface GridCell {
  /** The value, or for a formula its cached result (null when the file holds none). */
  value: Scalar;
  /** An Excel error value such as "#REF!" or "#DIV/0!" (value is then null). */
  error?: string;
  /** The formula without its leading "=", when the cell holds one. */
  formula?: string;
  /** The number format code, e.g. "0.0%" or "#,##0". */
  numFmt?: string;
  /** The solid fill colour as RRGGBB, when the cell has one. */
  fill?: string;
}

/** A merged area, 0-based and inclusive. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  name: string;
  hidden?: boolean;
  /** Row-major, 0-based; rows and cells may be missing (sparse). */
  cells: Array<Array<GridCell | undefined> | undefined>;
  merges: MergedArea[];
}

export function cellAt(grid: Grid, row: number, col: number): GridCell | undefined {
  return grid.cells[row]?.[col];
}

export function rowCount(grid: Grid): number {
  return grid.cells.length;
}

/**
 * The columns a row has cells in, ascending. A loop over a row's cells costs what the row holds, not its width: a
 * row with cells in A and XFD is two cells, not 16.384 (a grid row is a sparse array).
 */
export function colsOf(row: ReadonlyArray<unknown> | undefined): number[] {
  if (!row) return [];
  const out: number[] = [];
  // A row as wide as a takstskema's is walked by index (no key strings); a wide sparse one by its keys.
  if (row.length <= DENSE_WALK) {
    for (let c = 0; c < row.length; c++) if (row[c] !== undefined) out.push(c);
    return out;
  }
  for (const k of Object.keys(row)) if (row[Number(k)] !== undefined) out.push(Number(k));
  return out;
}

/** Rows up to this width are walked column by column; wider ones by their keys. */
const DENSE_WALK = 256;

/**
 * For a loop over a row's cells without a callback (a callback's closure was an object for every row walked, and
 * discovery walks every row of every block): null for a row up to 256 wide, walked by index from 0 to its length
 * with the holes skipped; a wider, sparse row's columns (`colsOf`).
 */
export function wideColsOf(row: ReadonlyArray<unknown>): number[] | null {
  return row.length <= DENSE_WALK ? null : colsOf(row);
}

export function colCount(grid: Grid): number {
  let max = 0;
  for (const row of grid.cells) if (row && row.length > max) max = row.length;
  return max;
}

/** Column letters already made: a sheet names the same few columns in every block. */
const LETTERS: string[] = [];

/** Column index (0-based) to letters: 0 → A, 26 → AA. */
export function colLetters(col: number): string {
  if (col >= 0 && col < 16384) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * Addresses already made, by column and row, up to MAX_KEPT_ADDRESSES. The pane checks the same sheet again at each
 * edit, and a check of 660 blocks names 56.000 cells: made anew each time, every address was a young string held by
 * an older field, which the collector copied (the core warm 53 → 49 ms). A run that checks a sheet once gains nothing.
 */
const ADDRESSES: string[][] = [];
let keptAddresses = 0;
const MAX_KEPT_ADDRESSES = 100_000;

/** 0-based row and column to an A1 address. */
export function a1(row: number, col: number): string {
  const known = ADDRESSES[col]?.[row];
  if (known !== undefined) return known;
  const address = `${colLetters(col)}${row + 1}`;
  if (keptAddresses < MAX_KEPT_ADDRESSES && col >= 0 && col < 16384 && row >= 0) {
    (ADDRESSES[col] ??= [])[row] = address;
    keptAddresses++;
  }
  return address;
}

/** An A1 address ("$B$7" allowed) to 0-based row and column. */
export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not an A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** An address's position for ordering: no address (or none that parses) before every cell. */
export function positionOf(x: string | null): { row: number; col: number } {
  if (x === null) return { row: -1, col: -1 };
  try {
    return parseA1(x);
  } catch {
    return { row: -1, col: -1 };
  }
}

/** Orders A1 addresses row by row, then by column; no address (or none that parses) comes first. */
export function compareA1(a: string | null, b: string | null): number {
  const [pa, pb] = [positionOf(a), positionOf(b)];
  return pa.row - pb.row || pa.col - pb.col;
}

/** "B2:D4" (or a single cell) to a merged area. */
export function parseRange(range: string): MergedArea {
  const [from, to = from] = range.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** True when the cell holds nothing a user typed or a formula produced. */
export function isBlank(cell: GridCell | undefined): boolean {
  if (!cell) return true;
  if (cell.error) return false;
  if (cell.value === null) return true;
  return typeof cell.value === 'string' && isBlankString(cell.value);
}

/** Index of merged areas by their rows, so "value only in the top-left cell" can be resolved. */
export class MergeIndex {
  /** Each row's merged areas; a row holds few (a takstskema's block: its identity cells and Bemærkning). */
  private readonly byRow = new Map<number, MergedArea[]>();

  constructor(merges: MergedArea[]) {
    for (const m of merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        const areas = this.byRow.get(r);
        if (areas) areas.push(m);
        else this.byRow.set(r, [m]);
      }
    }
  }

  areaOf(row: number, col: number): MergedArea | undefined {
    const areas = this.byRow.get(row);
    if (!areas) return undefined;
    // The last area listed wins where two overlap (a file with overlapping merges is refused before this).
    for (let i = areas.length - 1; i >= 0; i--) if (col >= areas[i].left && col <= areas[i].right) return areas[i];
    return undefined;
  }
}

/** A deep copy of a grid (plain data: cells, merges). */
export function cloneGrid(grid: Grid): Grid {
  return {
    ...grid,
    cells: grid.cells.map((row) => (row ? row.map((c) => (c ? { ...c } : c)) : row)),
    merges: grid.merges.map((m) => ({ ...m })),
  };
}
