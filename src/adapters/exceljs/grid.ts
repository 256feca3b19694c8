// exceljs worksheet → the core's grid: values, cached formula results, error values, number formats, fills, merges.
// Free of Node's file system, so the browser preview uses it too.
import ExcelJS from 'exceljs';
import { parseRange, type Grid, type GridCell, type MergedArea, type Scalar } from '../../core/grid';

const V = ExcelJS.ValueType;

export function scalarOf(v: unknown): { value: Scalar; error?: string } {
  if (v === null || v === undefined) return { value: null };
  // exceljs has already parsed "1e309" into Infinity: text, so no rule takes it for a number. NaN is what exceljs
  // makes of an empty or unreadable number (a formula's missing result): no value, as adapters/xlsx reads it.
  if (typeof v === 'number' && Number.isNaN(v)) return { value: null };
  if (typeof v === 'number' && !Number.isFinite(v)) return { value: String(v) };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v };
  // A serial beyond what a date can hold (Excel shows #####): the error #NUM!, as adapters/xlsx reads it.
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { value: null, error: '#NUM!' } : { value: v.toISOString() };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { value: null, error: o.error };
    if (Array.isArray(o.richText)) return { value: (o.richText as Array<{ text?: string }>).map((t) => t.text ?? '').join('') };
    if (typeof o.text === 'string') return { value: o.text };
  }
  return { value: String(v) };
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const f = cell.fill;
  if (f && f.type === 'pattern' && f.pattern === 'solid') {
    const argb = f.fgColor?.argb;
    if (argb) return argb.slice(-6).toUpperCase();
  }
  return undefined;
}

function mergesOf(ws: ExcelJS.Worksheet): MergedArea[] {
  // exceljs keeps merges in a private map; the public alternative (ws.model) serialises the whole sheet.
  const internal = (ws as unknown as { _merges?: Record<string, { range?: string }> })._merges;
  if (internal) return Object.values(internal).flatMap((m) => (m?.range ? [parseRange(m.range)] : []));
  return [];
}

/**
 * Every cell the file has in the row, empty ones with a style included, and no other: exceljs's own
 * `eachCell({ includeEmpty: true })` creates a cell for every column up to the last (16.384 for a row with a cell in
 * XFD), which a sheet of a few thousand such rows turns into gigabytes. Its cells array is sparse; forEach skips the
 * holes.
 */
export function cellsOf(row: ExcelJS.Row, each: (cell: ExcelJS.Cell, colNumber: number) => void, styledColumns = styledColumnsOf(row.worksheet)): void {
  const cells = (row as unknown as { _cells?: Array<ExcelJS.Cell | undefined> })._cells;
  if (!Array.isArray(cells)) return row.eachCell({ includeEmpty: true }, each);
  const width = cells.length;
  // A blank cell between those the file has takes the row's style, else its column's (as exceljs creates it): made
  // only where such a style gives it a format or a fill.
  if (styled((row as unknown as { style?: Partial<ExcelJS.Style> }).style)) for (let c = 1; c <= width; c++) row.getCell(c);
  else for (const c of styledColumns) if (c <= width && !cells[c - 1]) row.getCell(c);
  // Object.keys: the indices the sparse array holds, natively (forEach visits every index up to the length).
  for (const k of Object.keys(cells)) {
    const cell = cells[Number(k)];
    if (cell) each(cell, Number(k) + 1);
  }
}

const styled = (st: Partial<ExcelJS.Style> | undefined) => !!st && ((!!st.numFmt && st.numFmt !== 'General') || !!st.fill);

/** The numbers of the columns whose style gives a blank cell a format or a fill (looked at once per sheet). */
function styledColumnsOf(ws: ExcelJS.Worksheet): number[] {
  const columns = (ws as unknown as { _columns?: Array<ExcelJS.Column | undefined> | null })._columns ?? [];
  const out: number[] = [];
  for (const column of columns) if (column && styled(column.style)) out.push(column.number);
  return out;
}

export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const cells: Grid['cells'] = [];
  const styledColumns = styledColumnsOf(ws);
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: Array<GridCell | undefined> = [];
    // Empty cells too, for their number format: a plan must know that a blank cell is a percent cell (or text), so
    // that what it writes reads back as written and an undo restores the format it found.
    cellsOf(
      row,
      (cell, colNumber) => {
        if (cell.type === V.Null) {
          // And for its fill: an empty input cell is blue in the template (the preview draws it so).
          const numFmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
          const fill = fillOf(cell);
          if (numFmt || fill) out[colNumber - 1] = { value: null, ...(numFmt ? { numFmt } : {}), ...(fill ? { fill } : {}) };
          return;
        }
        const gc: GridCell = { value: null };
        if (cell.type === V.Merge) {
          // A merged cell that is not the top-left: exceljs reports the master's value; the grid keeps it blank.
        } else if (cell.type === V.Formula) {
          gc.formula = cell.formula;
          // cell.result, not cell.value.result: exceljs's value copy drops falsy results (a cached 0 or FALSE).
          const res = scalarOf(cell.result);
          gc.value = res.value;
          if (res.error) gc.error = res.error;
        } else {
          const res = scalarOf(cell.value);
          gc.value = res.value;
          if (res.error) gc.error = res.error;
        }
        if (cell.numFmt) gc.numFmt = cell.numFmt;
        const fill = fillOf(cell);
        if (fill) gc.fill = fill;
        out[colNumber - 1] = gc;
      },
      styledColumns,
    );
    cells[rowNumber - 1] = out;
  });
  return { name: ws.name, hidden: ws.state !== 'visible', cells, merges: mergesOf(ws) };
}

export function workbookToGrids(wb: ExcelJS.Workbook): Grid[] {
  return wb.worksheets.map(worksheetToGrid);
}
