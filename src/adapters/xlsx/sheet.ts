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
import { colsOf, parseRange, type Grid, type GridCell, type MergedArea } from '../../core/grid';
import { RunError } from '../../core/errors';
import { corruptFile as corrupt } from '../exceljs/errors';
import type { CellStyle, Styles } from './styles';
import { decodeEscapes } from './strings';
import { parseXml } from './xml';

const NULL = 0;
const VALUE = 1;
const FORMULA = 2;
const MERGE = 3;

interface Entry {
  kind: number;
  cell: GridCell;
  style: CellStyle | undefined;
}

interface RowBuild {
  style: CellStyle | undefined;
  cells: Array<Entry | undefined>;
}

/** The last column of a sheet (XFD), 0-based, and the last row. */
const MAX_COL = 16_383;
const MAX_ROW = 1_048_575;

/** A cell address's letters and digits → 0-based column and row; -1 when it is not one. */
function decodeCell(ref: string): { row: number; col: number } {
  let col = 0;
  let row = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
    else if (c !== 36) break;
  }
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 48 && c <= 57) row = row * 10 + c - 48;
    else if (c !== 36) return { row: -1, col: -1 };
  }
  return { row: row - 1, col: col - 1 };
}

const XML_ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' };
/** exceljs decodes a formula's text result once more after the XML parser did (utils.xmlDecode). */
const xmlDecodeAgain = (text: string): string => text.replace(/&([a-z]*);/g, (c) => XML_ENTITIES[c] ?? c);

/** exceljs's slideFormula: a shared formula moved from its master cell to another cell. */
export function slideFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }): string {
  return formula.replace(/(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi, (match: string, sheet: string | undefined, _s: string, part: string, paren: string) => {
    if (paren) return match;
    const m = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i.exec(part);
    if (!m) return match;
    const letters = m[2].toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return match;
    let col = 0;
    for (const ch of letters) col = col * 26 + ch.charCodeAt(0) - 64;
    let row = parseInt(m[4], 10);
    if (!m[1]) col += to.col - from.col;
    if (!m[3]) row += to.row - from.row;
    let text = '';
    for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
    return `${sheet ?? ''}${m[1] ?? ''}${text}${m[3] ?? ''}${row}`;
  });
}

/**
 * A date cell's value as exceljs gives it (an ISO text), or null for a serial no JavaScript date can hold (Excel
 * shows ##### there): then the cell is the error #NUM!, on both readers (adapters/exceljs/grid.ts says the same).
 */
/** The error value of a date outside what a date can hold. */
const OUT_OF_RANGE = '#NUM!';

function dateText(serial: number, date1904: boolean): string | null {
  // Multiplied step by step as exceljs does (utils.excelToDate): × 86.400.000 at once rounds differently for some
  // serials, a millisecond apart from the grid exceljs gives.
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export interface SheetContext {
  name: string;
  hidden: boolean;
  styles: Styles;
  strings: readonly string[];
  date1904: boolean;
  /** The file, for the messages. */
  file: string;
  /** Merged cells beyond this many are refused (a merge over a whole sheet would otherwise be expanded cell by cell). */
  maxCells: number;
}

export function parseSheet(xml: string, ctx: SheetContext): Grid {
  const rows = new Map<number, RowBuild>();
  const colStyles: Array<{ min: number; max: number; style: CellStyle | undefined }> = [];
  const mergeRefs: string[] = [];
  const shared = new Map<string, { row: number; col: number; formula: string }>();

  const rowAt = (r: number): RowBuild => {
    let built = rows.get(r);
    if (!built) {
      built = { style: undefined, cells: [] };
      rows.set(r, built);
    }
    return built;
  };

  let row: RowBuild | null = null;
  let rowIndex = -1;
  let prevCol = -1;
  // The cell being read.
  let inCell = false;
  let ref: string | undefined;
  let styleId: number | undefined;
  let type: string | undefined;
  let formula: string | undefined;
  let shareType: string | undefined;
  let si: string | undefined;
  let isMaster = false;
  let value: string | undefined;
  let rich: string[] | null = null;
  /** Where the text being read goes: a formula, a value, a rich-text run, or nowhere. */
  let target: 'none' | 'formula' | 'value' | 'run' = 'none';
  let runText: string[] | null = null;

  const finishCell = () => {
    const style = styleId ? ctx.styles.of(styleId) : undefined;
    let kind: number;
    const cell: GridCell = { value: null };
    if (formula || shareType) {
      kind = FORMULA;
      let result: unknown;
      if (value) {
        if (type === 'str') result = xmlDecodeAgain(value);
        else if (type === 'b') result = parseInt(value, 10) !== 0;
        else if (type === 'e') cell.error = value;
        else {
          // A result that is no number (an inline string under a formula): no result, as exceljs reads it.
          const n = parseFloat(value);
          if (!Number.isNaN(n)) result = n;
        }
      }
      if (typeof result === 'number' && style?.date) {
        const date = dateText(result, ctx.date1904);
        if (date === null) cell.error = OUT_OF_RANGE;
        result = date ?? undefined;
      }
      if (result !== undefined) cell.value = result as GridCell['value'];
    } else if (value !== undefined || rich) {
      kind = VALUE;
      const text = rich ? rich.join('') : (value as string);
      switch (type) {
        case 's': {
          const s = ctx.strings[parseInt(text, 10)];
          if (s === undefined) throw corrupt(ctx.file, `en delt tekst ${text} findes ikke`);
          cell.value = s;
          break;
        }
        case 'str':
          cell.value = xmlDecodeAgain(text);
          break;
        case 'inlineStr':
          cell.value = text;
          break;
        case 'b':
          cell.value = parseInt(text, 10) !== 0;
          break;
        case 'e':
          cell.error = text;
          break;
        case 'd': {
          // An ISO 8601 date cell (valid OOXML): a date, never the number its first digits make ("2027-01-01" is not
          // 2027), so a date where a figure belongs is a finding that quotes it.
          const ms = Date.parse(text);
          cell.value = Number.isNaN(ms) ? text : new Date(ms).toISOString();
          break;
        }
        default: {
          const n = parseFloat(text);
          // "-INF", "1e309", "NaN": not a finite number; kept as written, so a finding quotes it (never "Infinity").
          if (!Number.isFinite(n)) {
            cell.value = text;
            break;
          }
          const date = style?.date ? dateText(n, ctx.date1904) : undefined;
          if (date === null) {
            cell.value = null;
            cell.error = OUT_OF_RANGE;
          } else cell.value = date ?? n;
        }
      }
    } else if (styleId) kind = NULL;
    else return; // no value, no formula, no style: exceljs does not keep it (nor counts it as the previous cell)
    const col = ref ? decodeCell(ref).col : prevCol + 1;
    if (col < 0) throw corrupt(ctx.file, `celleadressen "${ref}" kan ikke læses`);
    // Past XFD is outside any sheet Excel can open (exceljs refuses it too): refused, never read or looped over.
    if (col > MAX_COL) throw corrupt(ctx.file, `cellen ${ref ?? `nr. ${col + 1} i rækken`} ligger uden for arket (kolonnerne går fra A til XFD)`);
    prevCol = col;
    if (kind === FORMULA) {
      if (shareType === 'shared' && si !== undefined) {
        if (isMaster) shared.set(si, { row: rowIndex, col, formula: formula ?? '' });
        else if (!formula) {
          const master = shared.get(si);
          if (master) formula = slideFormula(master.formula, master, { row: rowIndex, col });
        }
      }
      if (formula !== undefined) cell.formula = formula;
    }
    row!.cells[col] = { kind, cell, style };
  };

  parseXml(xml, {
    open(name, a) {
      switch (name) {
        case 'row': {
          const r = a.r !== undefined ? parseInt(a.r, 10) - 1 : rowIndex + 1;
          if (!(r >= 0)) throw corrupt(ctx.file, `rækkenummeret "${a.r}" kan ikke læses`);
          if (r > MAX_ROW) throw corrupt(ctx.file, `række ${r + 1} ligger uden for arket (rækkerne går til 1.048.576)`);
          rowIndex = r;
          row = rowAt(r);
          if (a.s) row.style = ctx.styles.of(parseInt(a.s, 10));
          prevCol = -1;
          break;
        }
        case 'c':
          if (!row) break;
          inCell = true;
          ref = a.r;
          styleId = a.s ? parseInt(a.s, 10) : undefined;
          type = a.t;
          formula = shareType = si = value = undefined;
          isMaster = false;
          rich = null;
          break;
        case 'f':
          if (!inCell) break;
          target = 'formula';
          shareType = a.t;
          si = a.si;
          isMaster = a.ref !== undefined;
          break;
        case 'v':
          if (inCell) target = 'value';
          break;
        case 't':
          if (inCell) {
            if (runText) target = 'run';
            else target = 'value';
          }
          break;
        case 'r':
          if (inCell) {
            rich ??= [];
            runText = [];
          }
          break;
        case 'col': {
          const styleAttr = a.style ? parseInt(a.style, 10) : 0;
          colStyles.push({ min: parseInt(a.min, 10) - 1, max: parseInt(a.max, 10) - 1, style: ctx.styles.of(styleAttr) });
          break;
        }
        case 'mergeCell':
          if (a.ref) mergeRefs.push(a.ref);
          break;
      }
    },
    text(text) {
      if (target === 'formula') formula = formula ? formula + text : text;
      else if (target === 'value') value = value ? value + text : text;
      else if (target === 'run') runText!.push(text);
    },
    close(name) {
      switch (name) {
        case 'c':
          if (inCell) finishCell();
          inCell = false;
          target = 'none';
          break;
        case 'f':
        case 'v':
        case 't':
          target = 'none';
          break;
        case 'r':
          if (inCell && runText) {
            rich!.push(decodeEscapes(runText.join('')));
            runText = null;
          }
          break;
        case 'row':
          row = null;
          break;
      }
    },
  });

  colStyles.sort((x, y) => x.min - y.min);
  const colStyle = (col: number): CellStyle | undefined => {
    for (const c of colStyles) if (col >= c.min && col <= c.max) return c.style;
    return undefined;
  };
  /** A missing cell as exceljs creates it: blank, with the row's number format and fill, else the column's. */
  const created = (r: RowBuild, col: number): Entry => {
    const c = colStyle(col);
    const numFmt = r.style?.numFmt ?? c?.numFmt;
    const fill = r.style?.hasFill ? r.style.fill : c?.fill;
    return { kind: NULL, cell: { value: null }, style: numFmt || fill ? { ...(numFmt ? { numFmt } : {}), ...(fill ? { fill } : {}) } : undefined };
  };

  // Merged areas: refused when two overlap (as exceljs refuses them); the master is created if missing, and every
  // other cell becomes a blank part of the area.
  const merges: MergedArea[] = [];
  const covered = new Set<number>();
  let mergedCells = 0;
  for (const mref of mergeRefs) {
    let area: MergedArea;
    try {
      area = parseRange(mref);
    } catch {
      throw corrupt(ctx.file, `det flettede område "${mref}" kan ikke læses`);
    }
    mergedCells += (area.bottom - area.top + 1) * (area.right - area.left + 1);
    if (mergedCells > ctx.maxCells) {
      throw new RunError(
        'too-many-rows',
        `Arket "${ctx.name}" har flettede områder over mere end ${ctx.maxCells.toLocaleString('da-DK')} celler: ${ctx.file} / Merged areas cover too many cells`,
      );
    }
    for (let r = area.top; r <= area.bottom; r++) {
      const built = rowAt(r);
      for (let c = area.left; c <= area.right; c++) {
        const key = r * 16384 + c;
        if (covered.has(key)) throw corrupt(ctx.file, `flettede områder overlapper ved ${mref}`);
        covered.add(key);
        const entry = built.cells[c] ?? created(built, c);
        if (r !== area.top || c !== area.left) {
          const cell: GridCell = { value: null };
          entry.kind = MERGE;
          entry.cell = cell;
        }
        built.cells[c] = entry;
      }
    }
    merges.push(area);
  }

  // The columns whose own style gives a blank cell a format or a fill: only these (and a styled row) create cells
  // between those the file has, so the work is the file's cells, not every column up to the last (A and XFD).
  const styledCols = colStyles.filter((c) => c.style && ((c.style.numFmt && c.style.numFmt !== 'General') || c.style.fill));
  let made = 0;
  const cells: Grid['cells'] = [];
  for (const [r, built] of [...rows.entries()].sort((x, y) => x[0] - y[0])) {
    const present = colsOf(built.cells);
    if (!present.some((c) => built.cells[c]!.kind !== NULL)) continue;
    const width = present[present.length - 1] + 1;
    const rowStyled = !!built.style && ((built.style.numFmt !== undefined && built.style.numFmt !== 'General') || !!built.style.hasFill);
    let columns = present;
    if (rowStyled) columns = Array.from({ length: width }, (_, c) => c);
    else if (styledCols.length > 0) {
      const extra = new Set(present);
      for (const range of styledCols) for (let c = range.min; c <= Math.min(range.max, width - 1); c++) extra.add(c);
      columns = [...extra].sort((a, b) => a - b);
    }
    made += columns.length;
    if (made > ctx.maxCells) {
      throw new RunError(
        'too-many-rows',
        `Arket "${ctx.name}" har formaterede celler ud over ${ctx.maxCells.toLocaleString('da-DK')}: ${ctx.file} / The sheet's formatted cells exceed ${ctx.maxCells}`,
      );
    }
    const out: Array<GridCell | undefined> = [];
    for (const c of columns) {
      const entry = built.cells[c] ?? created(built, c);
      const { numFmt, fill } = entry.style ?? {};
      if (entry.kind === NULL) {
        const fmt = numFmt && numFmt !== 'General' ? numFmt : undefined;
        if (fmt || fill) out[c] = { value: null, ...(fmt ? { numFmt: fmt } : {}), ...(fill ? { fill } : {}) };
        continue;
      }
      const cell = entry.cell;
      if (numFmt) cell.numFmt = numFmt;
      if (fill) cell.fill = fill;
      out[c] = cell;
    }
    cells[r] = out;
  }
  return { name: ctx.name, hidden: ctx.hidden, cells, merges };
}
