// A sheet that holds one table, as the export and the consolidation write them: columns with a bold header row
// (with `banner`, also shaded and frozen, for the printed takstbilag and the review list) and the rows.
import type ExcelJS from 'exceljs';
import { COMPONENT_LABELS } from '../../core/explain/explain';
import type { Components } from '../../core/explain/decompose';

export type Columns = Array<Partial<ExcelJS.Column>>;

export function addTable(
  wb: ExcelJS.Workbook,
  name: string,
  columns: Columns,
  rows: Iterable<object>,
  opts: { banner?: boolean; sheet?: Partial<ExcelJS.AddWorksheetOptions> } = {},
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, opts.sheet);
  ws.columns = columns;
  ws.getRow(1).font = { bold: true };
  if (opts.banner) {
    ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
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
