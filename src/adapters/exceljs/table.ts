// A sheet that holds one table, as the export and the consolidation write them: columns with a bold header row
// (with `banner`, also shaded and frozen, for the printed takstbilag and the review list) and the rows.
import type ExcelJS from 'exceljs';
import { COMPONENT_LABELS } from '../../core/explain/explain';
import type { Components } from '../../core/explain/decompose';

export type Columns = Array<Partial<ExcelJS.Column>>;

/** What a sheet is added to: the in-memory workbook, or the streaming writer (stream-book.ts). */
export type SheetHost = Pick<ExcelJS.Workbook, 'addWorksheet'>;

export function addTable(
  wb: SheetHost,
  name: string,
  columns: Columns,
  rows: Iterable<object>,
  opts: { banner?: boolean; sheet?: Partial<ExcelJS.AddWorksheetOptions> } = {},
): ExcelJS.Worksheet {
  // The frozen header is given as the sheet is added: the streaming writer takes its views only then.
  const ws = wb.addWorksheet(name, opts.banner ? { ...opts.sheet, views: [{ state: 'frozen', ySplit: 1 }] } : opts.sheet);
  ws.columns = columns;
  ws.getRow(1).font = { bold: true };
  if (opts.banner) ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  for (const r of rows) ws.addRow(r);
  return ws;
}

/** One column per explained component (P/L, reel vækst, …), in the explanation's order, headed by `header(label)`. */
export function componentColumns(header: (label: string) => string, column: Partial<ExcelJS.Column>): Columns {
  return (Object.keys(COMPONENT_LABELS) as Array<keyof Components>).map((key) => ({ ...column, header: header(COMPONENT_LABELS[key]), key }));
}

/** "reel vækst" → "Reel vækst" (a column header). */
export function capitalised(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}
