// The sheet as the layout reader sees it: cells by position, merged areas resolved, fields read with their
// cell address, and the list of what could not be placed.
import { a1, cellAt, colCount, colsOf, isBlank, MergeIndex, rowCount, wideColsOf, type Grid, type GridCell } from '../grid';
import type { UnplacedKind, NumberField, TextField, Unplaced } from '../model/takstskema';
import type { ColumnKey } from './columns';
import { cellText, plainNumber, readNumber, type ReadNumber } from './parse';
import { ColumnPlans } from './plan';
import { isBlankString, trimText } from '../text';

export interface HeaderRow {
  row: number;
  cols: Map<ColumnKey, number>;
  unknown: Array<{ col: number; text: string }>;
  /** No header row of its own: the block is read with the columns of the block above. */
  missing?: boolean;
}

export type Reader = (cell: GridCell | undefined) => ReadNumber;

export class SheetReader {
  readonly merges: MergeIndex;
  readonly rows: number;
  readonly cols: number;
  readonly unplaced: Unplaced[] = [];
  /** What the blocks of each column layout read alike. */
  readonly plans = new ColumnPlans();

  constructor(readonly grid: Grid) {
    this.merges = new MergeIndex(grid.merges);
    this.rows = rowCount(grid);
    this.cols = colCount(grid);
  }

  at(r: number, c: number): GridCell | undefined {
    return cellAt(this.grid, r, c);
  }

  /** The cell that holds the value for (r, c): the top-left of its merged area. */
  owner(r: number, c: number): { r: number; c: number } {
    const m = this.merges.areaOf(r, c);
    return m ? { r: m.top, c: m.left } : { r, c };
  }

  text(r: number, c: number): string | null {
    const t = cellText(this.at(r, c));
    return t === null || isBlankString(t) ? null : t;
  }

  numberField(r: number, c: number | undefined, read: Reader = readNumber): NumberField {
    if (c === undefined) return { cell: null, value: null, raw: null };
    const cell = this.at(r, c);
    // A plain number (most of a sheet's) is taken as it is, without a reading object made for it.
    const plain = read === readNumber ? plainNumber(cell) : undefined;
    const res = plain === undefined ? read(cell) : null;
    const value = res === null ? plain! : res.value;
    // Built in this order (the inspect JSON's): a sheet has 56.000 of these at region scale. A formula is in the literal,
    // as a property added after would go into a second object.
    const raw = cell?.value ?? null;
    const field: NumberField = cell?.formula ? { cell: a1(r, c), value, raw, formula: cell.formula } : { cell: a1(r, c), value, raw };
    if (cell?.error) field.error = cell.error;
    if (res?.issue) field.issue = res.issue;
    return field;
  }

  textField(r: number, c: number | undefined): TextField {
    if (c === undefined) return { cell: null, value: null, raw: null };
    const cell = this.at(r, c);
    const t = cellText(cell);
    const field: TextField = { cell: a1(r, c), value: t === null || isBlankString(t) ? null : trimText(t), raw: cell?.value ?? null };
    if (cell?.formula) field.formula = cell.formula;
    if (cell?.error) field.error = cell.error;
    return field;
  }

  /**
   * Columns of row r with content, leaving out cells of a merge that starts in another row (they show that
   * row's value). Content under a merge within the row is kept, so that nothing typed goes unreported.
   */
  filledCells(r: number): number[] {
    const out: number[] = [];
    const row = this.grid.cells[r];
    if (!row) return out;
    const wide = wideColsOf(row);
    for (let i = 0, n = wide ? wide.length : row.length; i < n; i++) {
      const c = wide ? wide[i] : i;
      if (!isBlank(row[c]) && (this.merges.areaOf(r, c)?.top ?? r) === r) out.push(c);
    }
    return out;
  }

  unplace(r: number, c: number, reason: string, kind: UnplacedKind): void {
    const cell = this.at(r, c);
    this.unplaced.push({ cell: a1(r, c), value: cell?.error ?? cell?.value ?? null, reason, kind });
  }
}

/** The text right of a label (past its merged area), in the label's row or the rows it is merged over. */
export function textRightOf(sr: SheetReader, r: number, c: number): TextField {
  const area = sr.merges.areaOf(r, c) ?? { top: r, left: c, bottom: r, right: c };
  for (let rr = area.top; rr <= area.bottom; rr++) {
    for (const cc of colsOf(sr.grid.cells[rr])) {
      if (cc <= area.right) continue;
      const o = sr.owner(rr, cc);
      if (o.r !== rr || o.c !== cc) continue;
      if (!isBlank(sr.at(rr, cc))) return sr.textField(rr, cc);
    }
  }
  return sr.textField(area.top, area.right + 1);
}
