// One worksheet part → the core's grid, in one saxes pass, without exceljs's in-memory workbook.
//
// The grid is the one exceljs gives through adapters/exceljs/grid.ts, cell for cell (test/adapters/xlsx proves it on
// the samples, the corpus, LibreOffice's rewrite and hand-made parts), because the commands that only read use this
// reader and the ones that write use exceljs: both must see the same sheet. What that means, as exceljs does it:
// - a cell with neither value nor formula is kept only for its number format or fill, and a row only when it
//   holds a value, a formula or part of a merged area;
// - a merged area's other cells are blank (whatever they held) and keep their own style;
// - a missing cell inside a row takes the row's style, else its column's;
// - a number under a date format is a date (its ISO text), and a shared formula is slid to each of its cells.
import type { Grid } from '../../core/grid';
import { corruptFile as corrupt } from '../exceljs/errors';
import { runError } from '../../core/run-messages';
import type { Styles } from './styles';
import { decodeEscapes } from './strings';
import { parseXml } from './xml';
import { cellKind, cellValue, decodeCol, FORMULA, makeCell, NONE, NULL, slideFormula, type RawCell } from './cell-value';
import { SheetRows, type RowBuild } from './sheet-rows';

export { slideFormula } from './cell-value';

/**
 * A text of the part as a string of its own. V8 keeps a cut of 13 characters or more as a view into the string it was
 * cut from: a formula kept in the grid would keep its whole chunk of the part alive (textChunks in read.ts).
 */
const own = (text: string): string => (text.length < 13 ? text : (' ' + text).slice(1));

/** The last column of a sheet (XFD), 0-based, and the last row. */
const MAX_COL = 16_383;
const MAX_ROW = 1_048_575;

export interface SheetContext {
  name: string;
  hidden: boolean;
  styles: Styles;
  strings: readonly string[];
  date1904: boolean;
  /** The file, for the messages. */
  file: string;
  /** Rows beyond this are refused: the largest of its row numbers, its row elements and its <dimension>. */
  maxRows: number;
  /**
   * Cells beyond this many are refused: its cell elements, and its merged cells (a merge over a whole sheet would
   * otherwise be expanded cell by cell).
   */
  maxCells: number;
}

export function parseSheet(xml: string | Iterable<string>, ctx: SheetContext): Grid {
  const reader = new SheetReader(ctx);
  parseXml(xml, { open: reader.open.bind(reader), text: reader.text.bind(reader), close: reader.close.bind(reader) });
  const merges = reader.sheet.merge(reader.mergeRefs, ctx);
  return { name: ctx.name, hidden: ctx.hidden, cells: reader.sheet.assemble(ctx), merges };
}

/** The SAX handlers of one worksheet part: rows, cells, column styles and merged areas collected as they stream. */
class SheetReader {
  readonly sheet = new SheetRows();
  readonly mergeRefs: string[] = [];
  private readonly shared = new Map<string, { row: number; col: number; formula: string }>();
  private row: RowBuild | null = null;
  private rowIndex = -1;
  private prevCol = -1;
  /** The cell being read, or null between cells. */
  private cell: RawCell | null = null;
  /** Where the text being read goes: a formula, a value, a rich-text run, or nowhere. */
  private target: 'none' | 'formula' | 'value' | 'run' = 'none';
  private runText: string[] | null = null;
  /** Counted as the part is read, as the guard counts a sheet it does not keep: over a limit, the sheet is refused. */
  private rows = 0;
  private rowElements = 0;
  private cells = 0;

  constructor(private readonly ctx: SheetContext) {}

  open(name: string, a: Record<string, string>): void {
    const cell = this.cell;
    switch (name) {
      case 'dimension': {
        const last = a.ref ? /(\d+)$/.exec(a.ref) : null;
        if (last) this.countRows(Number(last[1]));
        break;
      }
      case 'row':
        // Counted before the row is read, so that a row far down is "too many rows", as the guard says it.
        this.rowElements++;
        this.countRows(a.r !== undefined && /^\d+$/.test(a.r) ? Number(a.r) : 0);
        this.openRow(a);
        break;
      case 'c':
        if (++this.cells > this.ctx.maxCells) throw runError('sheetOverLimit', { file: this.ctx.file, n: this.cells, limit: this.ctx.maxCells, unit: 'cells' });
        if (!this.row) break;
        // One object of one shape for every cell (a 660-block sheet has 150.000).
        this.cell = {
          ref: a.r,
          styleId: a.s ? parseInt(a.s, 10) : undefined,
          type: a.t,
          formula: undefined,
          shareType: undefined,
          si: undefined,
          isMaster: false,
          value: undefined,
          rich: null,
        };
        break;
      case 'f':
        if (!cell) break;
        this.target = 'formula';
        cell.shareType = a.t;
        cell.si = a.si;
        cell.isMaster = a.ref !== undefined;
        break;
      case 'v':
        if (cell) this.target = 'value';
        break;
      case 't':
        if (cell) this.target = this.runText ? 'run' : 'value';
        break;
      case 'r':
        if (cell) {
          cell.rich ??= [];
          this.runText = [];
        }
        break;
      case 'col':
        this.sheet.colStyles.push({
          min: parseInt(a.min, 10) - 1,
          max: parseInt(a.max, 10) - 1,
          style: this.ctx.styles.of(a.style ? parseInt(a.style, 10) : 0),
        });
        break;
      case 'mergeCell':
        if (a.ref) this.mergeRefs.push(a.ref);
        break;
    }
  }

  text(text: string): void {
    const cell = this.cell;
    if (this.target === 'formula') cell!.formula = cell!.formula ? cell!.formula + text : own(text);
    else if (this.target === 'value') cell!.value = cell!.value ? cell!.value + text : own(text);
    else if (this.target === 'run') this.runText!.push(text);
  }

  close(name: string): void {
    switch (name) {
      case 'c':
        if (this.cell) this.finishCell(this.cell);
        this.cell = null;
        this.target = 'none';
        break;
      case 'f':
      case 'v':
      case 't':
        this.target = 'none';
        break;
      case 'r':
        if (this.cell && this.runText) {
          this.cell.rich!.push(decodeEscapes(this.runText.join('')));
          this.runText = null;
        }
        break;
      case 'row':
        this.row = null;
        break;
    }
  }

  /** The sheet's rows so far: the largest of a row number, the row elements and the dimension. */
  private countRows(n: number): void {
    this.rows = Math.max(this.rows, n, this.rowElements);
    if (this.rows > this.ctx.maxRows) throw runError('sheetOverLimit', { file: this.ctx.file, n: this.rows, limit: this.ctx.maxRows, unit: 'rows' });
  }

  private openRow(a: Record<string, string>): void {
    const r = a.r !== undefined ? parseInt(a.r, 10) - 1 : this.rowIndex + 1;
    if (!(r >= 0)) throw corrupt(this.ctx.file, `rækkenummeret "${a.r}" kan ikke læses`);
    if (r > MAX_ROW) throw corrupt(this.ctx.file, `række ${r + 1} ligger uden for arket (rækkerne går til 1.048.576)`);
    this.rowIndex = r;
    this.row = this.sheet.rowAt(r);
    if (a.s) this.row.style = this.ctx.styles.of(parseInt(a.s, 10));
    this.prevCol = -1;
  }

  /** The cell into its row at its column (the next one when it names none), a shared formula slid to it. */
  private finishCell(raw: RawCell): void {
    const kind = cellKind(raw);
    if (kind === NONE) return;
    const style = raw.styleId ? this.ctx.styles.of(raw.styleId) : undefined;
    const { value, error } = cellValue(raw, kind, style, this.ctx);
    const col = raw.ref ? decodeCol(raw.ref) : this.prevCol + 1;
    if (col < 0) throw corrupt(this.ctx.file, `celleadressen "${raw.ref}" kan ikke læses`);
    // Past XFD is outside any sheet Excel can open (exceljs refuses it too): refused, never read or looped over.
    if (col > MAX_COL) throw corrupt(this.ctx.file, `cellen ${raw.ref ?? `nr. ${col + 1} i rækken`} ligger uden for arket (kolonnerne går fra A til XFD)`);
    this.prevCol = col;
    if (kind === NULL) {
      // A blank kept for its style: made (or left out) when the rows are assembled, merged areas known.
      this.row!.cells[col] = this.sheet.pending(NULL, style?.numFmt, style?.fill);
      return;
    }
    let formula: string | undefined;
    if (kind === FORMULA) {
      formula = raw.formula;
      if (raw.shareType === 'shared' && raw.si !== undefined) {
        if (raw.isMaster) this.shared.set(raw.si, { row: this.rowIndex, col, formula: formula ?? '' });
        else if (!formula) {
          const master = this.shared.get(raw.si);
          if (master) formula = slideFormula(master.formula, master, { row: this.rowIndex, col });
        }
      }
    }
    this.row!.cells[col] = makeCell(value, error, formula, style?.numFmt, style?.fill);
  }
}
