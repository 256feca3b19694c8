// Whether a table is the project's own export, by its header texts, without reading it: consolidate asks this of
// every file before it reads one as an export (read-export.ts, which loads the export's zod schema).
import type { Grid, GridCell, Scalar } from '../grid';
import { EXPORT_COLUMNS, type ExportRow } from '../export/tidy-export';

export type Cell = Scalar | undefined;
export const norm = (t: Cell): string =>
  t === null || t === undefined
    ? ''
    : String(t)
        .replace(/^\uFEFF/, '')
        .trim()
        .toLowerCase();

const KEY_OF = new Map(EXPORT_COLUMNS.map(([k, h]) => [norm(h), k]));
/** The headers that make a table the export's Takster table. */
const MUST = ['driftsherre', 'tilbud', 'year', 'level', 'rate'] as const;

/** The column of each export field in a header row, or null when the row is not the export's header. */
export function exportHeader(header: Cell[]): Map<keyof ExportRow, number> | null {
  const at = new Map<keyof ExportRow, number>();
  header.forEach((h, i) => {
    const k = KEY_OF.get(norm(h));
    if (k && !at.has(k)) at.set(k, i);
  });
  return MUST.every((k) => at.has(k)) ? at : null;
}

/** True when the CSV text's first line is the export's header (so a stray CSV is told apart from an export). */
export function isExportCsv(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
  const sep = first.includes(';') ? ';' : ',';
  return exportHeader(first.split(sep).map((c) => c.replace(/^"|"$/g, ''))) !== null;
}

export const valueOf = (c: GridCell | undefined): Cell => (c && !c.error ? c.value : null);
/** The first row alone: a skema of 100.000 rows is told apart from an export without copying it. */
export const headerOf = (g: Grid): Cell[] => Array.from(g.cells[0] ?? [], valueOf);

/** True when one of the grids is an export's Takster table (its header row names the export's columns). */
export function isExportWorkbook(grids: Grid[]): boolean {
  return grids.some((g) => exportHeader(headerOf(g)) !== null);
}
