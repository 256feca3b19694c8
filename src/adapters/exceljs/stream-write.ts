// A new skema written row by row (exceljs's streaming writer): the template's spec with a write plan on top and its
// undo record, never the whole workbook in memory. `fill` without --into writes a national-scale skema (6.600
// blocks, 1,3 million cells) this way: the in-memory writer needed 2,6 GB for it, most of it while saving.
import ExcelJS from 'exceljs';
import { parseA1, parseRange } from '../../core/grid';
import type { CellWrite } from '../../core/model/cell-write';
import type { SheetSpec, WorkbookSpec } from '../../core/template/spec';
import { UNDO_SHEET, undoChunks, type UndoRecord } from '../../core/plans/undo';
import { listValidation, redTextFormats, renderCell, sheetOptions } from './write';
import { writeCell } from './apply';
import { recalculateOnLoad } from './stream-book';

type StreamSheet = ExcelJS.Worksheet & { _merges?: unknown[] };

/** Rows written between two turns of the event loop. */
const ROWS_PER_TURN = 50;

/**
 * Writes `spec` with `writes` applied (and the undo record in its very hidden sheet) to `file`. With `consume`, the
 * spec's cells are let go as their rows are written (the spec is empty afterwards): at national scale that is 0,15 GB
 * less at the end.
 */
export async function streamWorkbook(
  spec: WorkbookSpec,
  writes: readonly CellWrite[],
  undo: UndoRecord | null,
  file: string,
  options: { consume?: boolean } = {},
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  wb.creator = 'takstskema';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  recalculateOnLoad(wb);
  // One sheet after the other: exceljs commits a sheet when the next is added.
  for (const s of spec.sheets) {
    const own = writes.filter((w) => w.sheet === s.name);
    await streamSheet(wb, s, own, options.consume ?? false);
  }
  const chunks = undoChunks(undo);
  if (chunks.length > 0) {
    const ws = wb.addWorksheet(UNDO_SHEET, { state: 'veryHidden' });
    chunks.forEach((c, i) => (ws.getRow(i + 1).getCell(1).value = c));
    ws.commit();
  }
  await wb.commit();
}

async function streamSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, s: SheetSpec, writes: readonly CellWrite[], consume: boolean): Promise<void> {
  const ws = wb.addWorksheet(s.name, sheetOptions(s)) as StreamSheet;
  if (s.print?.header || s.print?.footer) ws.headerFooter = { oddHeader: s.print.header, oddFooter: s.print.footer };
  for (const [c, w] of Object.entries(s.columnWidths)) ws.getColumn(Number(c) + 1).width = w;

  // Everything a row needs, gathered by row (0-based), so that each row is written once and then let go.
  const cells = byRow(s.cells, (c) => c.row);
  if (consume) s.cells = [];
  const written = byRow(writes, (w) => parseA1(w.cell).row);
  const merges = byRow(s.merges, (m) => parseRange(m).top);
  const validations = byRow(s.validations, (v) => v.row);
  const rows = [...new Set([...cells.keys(), ...written.keys(), ...merges.keys(), ...validations.keys(), ...Object.keys(s.rowHeights).map(Number)])].sort(
    (a, b) => a - b,
  );

  let committed = 0;
  for (const r of rows) {
    // A merged area is declared while its rows are still open; the spec's areas never overlap, so exceljs's check
    // against every earlier area (quadratic in the blocks) is skipped, as mergeAreas does for the in-memory writer.
    for (const m of merges.get(r) ?? []) mergeOne(ws, m);
    const row = ws.getRow(r + 1);
    const height = s.rowHeights[r];
    if (height !== undefined) row.height = height;
    for (const c of cells.get(r) ?? []) renderCell(row.getCell(c.col + 1), c);
    for (const w of written.get(r) ?? []) writeCell(row.getCell(parseA1(w.cell).col + 1), w);
    for (const v of validations.get(r) ?? []) row.getCell(v.col + 1).dataValidation = listValidation(v);
    row.commit();
    cells.delete(r);
    written.delete(r);
    // Now and then a turn of the event loop, so the zip takes what was written before more is made: without it the
    // whole sheet waits in the stream's buffer (0,45 GB at national scale).
    if (++committed % ROWS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  for (const cf of redTextFormats(s)) ws.addConditionalFormatting(cf);
  ws.commit();
}

/** Items by the row they belong to. */
function byRow<T>(items: readonly T[], rowOf: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const r = rowOf(item);
    const list = out.get(r);
    if (list) list.push(item);
    else out.set(r, [item]);
  }
  return out;
}

/** exceljs's mergeCells with the sheet's earlier areas set aside, so it compares the new area with none. */
function mergeOne(ws: StreamSheet, range: string): void {
  const kept = ws._merges;
  if (!Array.isArray(kept)) return ws.mergeCells(range);
  ws._merges = [];
  try {
    ws.mergeCells(range);
    kept.push(...ws._merges);
  } finally {
    ws._merges = kept;
  }
}
