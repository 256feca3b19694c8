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

export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const cells: Grid['cells'] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: Array<GridCell | undefined> = [];
    // Empty cells too, for their number format: a plan must know that a blank cell is a percent cell (or text), so
    // that what it writes reads back as written and an undo restores the format it found.
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
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
    });
    cells[rowNumber - 1] = out;
  });
  return { name: ws.name, hidden: ws.state !== 'visible', cells, merges: mergesOf(ws) };
}

export function workbookToGrids(wb: ExcelJS.Workbook): Grid[] {
  return wb.worksheets.map(worksheetToGrid);
}
