// Applying a plan and undoing it, alike for every command and every tab: the writes go in one port write with
// their undo record (kept in the workbook, so Fortryd works after save and reopen); Fortryd compares the record
// with the sheet first, and puts back only what still holds what the write put there unless told otherwise.
import type { PlannedWrite } from '../prefill/plan';
import type { WorkbookPort } from '../port';
import { planUndo, restoreWrites, undoRecordFor, type UndoPlan, type UndoRecord } from '../plans/undo';

/** Writes the cells with the record that puts them back; `addedBlocks`: blocks this work added (they stay on undo). */
export async function applyWrites(port: WorkbookPort, action: 'prefill' | 'fill', writes: PlannedWrite[], addedBlocks = 0): Promise<UndoRecord> {
  const record = { ...undoRecordFor(action, writes), ...(addedBlocks > 0 ? { addedBlocks } : {}) };
  await port.write(writes, record);
  return record;
}

/** The record to undo (the one given, or the workbook's) and what undoing it would do now; null when there is none. */
export async function planUndoOn(port: WorkbookPort, given?: UndoRecord | null): Promise<{ record: UndoRecord; plan: UndoPlan } | null> {
  const record = given ?? (await port.readUndo());
  if (!record) return null;
  return { record, plan: planUndo(record, await port.readGrids()) };
}

/** Puts the cells back: those still as written, or every one (`keepChanged` false). Returns how many were restored. */
export async function undoWrites(port: WorkbookPort, record: UndoRecord, plan: UndoPlan, keepChanged: boolean): Promise<number> {
  const writes = keepChanged ? plan.restore : restoreWrites(record);
  await port.write(writes, null);
  return writes.length;
}
