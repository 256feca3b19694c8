// The undo record of one write: each written cell's previous value, formula and number format. Kept in the
// workbook itself (an adapter stores it in a very hidden sheet), so "Fortryd" works after save and reopen.
// The schema (zod) and the parser are in undo-schema.ts: the pane's first chunk reads this file without zod.
import type { z } from 'zod';
import type { CellWrite } from '../model/cell-write';
import type { Scalar } from '../grid';
import type { UndoRecordSchema } from './undo-schema';

export const UNDO_SHEET = 'Takstskema_fortryd';

export type UndoRecord = z.infer<typeof UndoRecordSchema>;

export interface Before {
  sheet: string;
  cell: string;
  before: Scalar;
  beforeFormula?: string;
  beforeNumFmt?: string;
  numFmt?: string;
}

/** The record that puts these cells back; a cell whose format the write set gets its old format back. */
export function undoRecordFor(action: string, writes: Before[], now = new Date()): UndoRecord {
  return {
    schemaVersion: 1,
    action,
    createdAt: now.toISOString(),
    cells: writes.map((w) => ({
      sheet: w.sheet,
      cell: w.cell,
      value: w.before,
      ...(w.beforeFormula ? { formula: w.beforeFormula } : {}),
      ...(w.numFmt ? { numFmt: w.beforeNumFmt ?? 'General' } : {}),
    })),
  };
}

/** The writes that restore the record's cells. */
export function restoreWrites(r: UndoRecord): CellWrite[] {
  return r.cells.map((c) => ({
    sheet: c.sheet,
    cell: c.cell,
    value: c.value,
    ...(c.formula ? { formula: c.formula } : {}),
    ...(c.numFmt ? { numFmt: c.numFmt } : {}),
  }));
}

/** A cell holds at most 32.767 characters: the record is kept in chunks down column A. */
export const UNDO_CHUNK = 30000;

export function undoChunks(r: UndoRecord | null): string[] {
  if (!r) return [];
  const text = JSON.stringify(r);
  const out: string[] = [];
  for (let i = 0; i < text.length; i += UNDO_CHUNK) out.push(text.slice(i, i + UNDO_CHUNK));
  return out;
}
