// Edits a saved workbook the way a user's hands would: rows inserted or deleted, columns swapped, merges moved.
// exceljs has no faithful row/column move (its spliceRows leaves merges, formulas and validations behind), so a
// sheet is rebuilt cell by cell through a coordinate map that also rewrites formula references, merges and
// data validations, as Excel does when rows and columns move.
import ExcelJS from 'exceljs';
import { a1, colLetters } from '../../src/core/grid';

/** 1-based (row, col) → new (row, col), or null to drop the cell. */
export type CellMap = (row: number, col: number) => [number, number] | null;

const REF = /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g;

function colNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Rewrites the A1 references of a formula (outside string literals). */
export function remapFormula(formula: string, map: CellMap): string {
  return formula
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (whole, d1: string, letters: string, d2: string, row: string) => {
            const to = map(Number(row), colNumber(letters));
            return to ? `${d1}${colLetters(to[1] - 1)}${d2}${to[0]}` : '#REF!';
          }),
    )
    .join('"');
}

function remapRange(range: string, map: CellMap): string | null {
  const [from, to = from] = range.split(':');
  const parse = (ref: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
    return m ? map(Number(m[2]), colNumber(m[1])) : null;
  };
  const a = parse(from);
  const b = parse(to);
  if (!a || !b) return null;
  const top = Math.min(a[0], b[0]);
  const bottom = Math.max(a[0], b[0]);
  const left = Math.min(a[1], b[1]);
  const right = Math.max(a[1], b[1]);
  const tl = a1(top - 1, left - 1);
  return top === bottom && left === right ? tl : `${tl}:${a1(bottom - 1, right - 1)}`;
}

/** Rebuilds one sheet of the workbook through the map; other sheets are left as they are. */
export function remapSheet(wb: ExcelJS.Workbook, sheetName: string, map: CellMap): void {
  const ws = wb.getWorksheet(sheetName);
  if (!ws) throw new Error(`no sheet ${sheetName}`);
  const cells: Array<{ row: number; col: number; value: ExcelJS.CellValue; style: Partial<ExcelJS.Style> }> = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.isMerged && cell.master !== cell) return;
      cells.push({ row: Number(cell.row), col: Number(cell.col), value: cell.value, style: JSON.parse(JSON.stringify(cell.style ?? {})) });
    }),
  );
  const merges = [...((ws.model as { merges?: string[] }).merges ?? [])];
  const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations;
  const validations = Object.entries(dv.model);
  const widths = (ws.columns ?? []).map((c) => c.width);
  const id = ws.id;
  const state = ws.state;
  const order = wb.worksheets.map((w) => w.name);

  wb.removeWorksheet(id);
  const next = wb.addWorksheet(sheetName, { state });
  // Keep the sheet order: move the new sheet back to where the old one was.
  const model = wb as unknown as { _worksheets: ExcelJS.Worksheet[] };
  const sheets = model._worksheets.filter(Boolean);
  const wanted = order.map((n) => sheets.find((s) => s.name === n)!);
  wanted.forEach((s, i) => ((s as unknown as { orderNo: number }).orderNo = i));

  widths.forEach((w, i) => {
    if (w) next.getColumn(i + 1).width = w;
  });
  for (const c of cells) {
    const to = map(c.row, c.col);
    if (!to) continue;
    const cell = next.getCell(to[0], to[1]);
    const v = c.value as { formula?: string; sharedFormula?: string; result?: unknown } | null;
    if (v && typeof v === 'object' && 'formula' in v && typeof v.formula === 'string') {
      cell.value = { formula: remapFormula(v.formula, map), result: v.result } as ExcelJS.CellFormulaValue;
    } else {
      cell.value = c.value;
    }
    cell.style = c.style;
  }
  for (const m of merges) {
    const r = remapRange(m, map);
    if (r && r.includes(':')) next.mergeCells(r);
  }
  const nextDv = (next as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations;
  for (const [range, v] of validations) {
    const r = remapRange(range, map);
    if (r) nextDv.model[r] = v;
  }
}

/** Inserts `count` empty rows before 1-based row `at`. */
export function insertRows(wb: ExcelJS.Workbook, sheet: string, at: number, count = 1): void {
  remapSheet(wb, sheet, (r, c) => [r >= at ? r + count : r, c]);
}

/** Deletes 1-based row `at`; references to it become #REF! as in Excel. */
export function deleteRow(wb: ExcelJS.Workbook, sheet: string, at: number): void {
  remapSheet(wb, sheet, (r, c) => (r === at ? null : [r > at ? r - 1 : r, c]));
}

/** Swaps two 1-based columns, headers, values, formulas and all. */
export function swapColumns(wb: ExcelJS.Workbook, sheet: string, a: number, b: number): void {
  remapSheet(wb, sheet, (r, c) => [r, c === a ? b : c === b ? a : c]);
}
