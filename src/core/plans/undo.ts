// The undo record of one write: each written cell's previous value, formula and number format, and what the write
// put there. Kept in the workbook itself (an adapter stores it in a very hidden sheet), so "Fortryd" works after
// save and reopen; a cell a person changed after the write is never undone unasked (planUndo).
// The schema (zod) and the parser are in undo-schema.ts: the pane's first chunk reads this file without zod.
import type { z } from 'zod';
import type { CellWrite } from '../model/cell-write';
import { isBlank, parseA1, type Grid, type Scalar } from '../grid';
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
  /** What the write puts in the cell. */
  value?: Scalar;
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
      ...(w.value !== undefined ? { written: w.value } : {}),
    })),
  };
}

/** A cell changed since the write: what the write put there and what it holds now. */
export interface ChangedSince {
  sheet: string;
  cell: string;
  written: Scalar;
  now: Scalar;
}

export interface UndoPlan {
  /** The writes that put back the cells still holding what the write put there. */
  restore: CellWrite[];
  /** The cells a person changed after the write: kept unless they say otherwise. */
  changed: ChangedSince[];
}

function same(a: Scalar, b: Scalar): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return (a ?? null) === (b ?? null);
}

/**
 * What Fortryd does now: each recorded cell that still holds what the write put there is restored; one that a person
 * changed since (15 → 16) is listed, not restored. A record from before the write was recorded (no `written`) restores
 * every cell, as it always did.
 */
export function planUndo(r: UndoRecord, grids: Grid[]): UndoPlan {
  const bySheet = new Map(grids.map((g) => [g.name, g]));
  const plan: UndoPlan = { restore: [], changed: [] };
  for (const c of r.cells) {
    const restore = restoreOf(c);
    if (c.written === undefined) {
      plan.restore.push(restore);
      continue;
    }
    const { row, col } = parseA1(c.cell);
    const cell = bySheet.get(c.sheet)?.cells[row]?.[col];
    const now: Scalar = isBlank(cell) || cell?.error ? null : (cell?.value ?? null);
    if (same(now, c.written)) plan.restore.push(restore);
    else plan.changed.push({ sheet: c.sheet, cell: c.cell, written: c.written, now });
  }
  return plan;
}

/** The write that restores one recorded cell. */
function restoreOf(c: UndoRecord['cells'][number]): CellWrite {
  return { sheet: c.sheet, cell: c.cell, value: c.value, ...(c.formula ? { formula: c.formula } : {}), ...(c.numFmt ? { numFmt: c.numFmt } : {}) };
}

/** The writes that restore every one of the record's cells, changed since or not. */
export function restoreWrites(r: UndoRecord): CellWrite[] {
  return r.cells.map(restoreOf);
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
