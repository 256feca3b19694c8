// One reading of a file on every path: a command that writes plans from the project's reader (adapters/xlsx) and
// applies the plan to exceljs's in-memory workbook. Before anything is planned on it, the two readings of the sheets
// it will write are compared cell by cell; where they differ, the file is refused, in the same words by every
// command, rather than written from one reading onto another.
import type ExcelJS from 'exceljs';
import { a1, colsOf, type Grid, type GridCell } from '../../core/grid';
import type { RunError } from '../../core/errors';
import { runError } from '../../core/run-messages';
import { worksheetToGrid } from './grid';
import { asShown } from '../../core/rules/not-a-number';

/** What a cell says, for the comparison: its value (or error) and its formula; formats and fills aside. */
function said(cell: GridCell | undefined): string {
  if (!cell) return '';
  const v = cell.value;
  const shown = cell.error ?? (v === null ? '' : typeof v === 'string' ? (asShown(v) !== v ? asShown(v) : JSON.stringify(v)) : String(v));
  return cell.formula ? `=${cell.formula} → ${shown}` : shown;
}

/** Up to `max` cells where the two readings of a sheet differ ("A8: "Aktivitetshuset Hobro" / ""). */
export function differences(ours: Grid, theirs: Grid, max = 3): string[] {
  const out: string[] = [];
  const rows = new Set([...colsOf(ours.cells), ...colsOf(theirs.cells)]);
  for (const r of [...rows].sort((a, b) => a - b)) {
    const a = ours.cells[r];
    const b = theirs.cells[r];
    for (const c of [...new Set([...colsOf(a), ...colsOf(b)])].sort((x, y) => x - y)) {
      const x = said(a?.[c]);
      const y = said(b?.[c]);
      if (x !== y) out.push(`${a1(r, c)}: ${x || 'tom'} / ${y || 'tom'}`);
      if (out.length >= max) return out;
    }
  }
  return out;
}

/**
 * Refuses to write `file` when exceljs (the writer) reads any of `sheets` other than the project's reader did, or
 * has no such sheet: one refusal, the same for prefill, fill --into and validate --out.
 */
export function assertSameReading(file: string, ours: Grid[], workbook: ExcelJS.Workbook, sheets: string[]): void {
  for (const name of sheets) {
    const grid = ours.find((g) => g.name === name);
    const ws = workbook.getWorksheet(name);
    if (!grid) continue;
    const found = ws ? differences(grid, worksheetToGrid(ws)) : [`arket "${name}" findes ikke for skriveren`];
    if (found.length > 0) throw unwritable(file, `arket "${name}" læses forskelligt (${found.join('; ')})`);
  }
}

/** The one refusal when the file can be read but not written from the same reading; `advice` says what to do. */
export function unwritable(file: string, why: string, advice?: string): RunError {
  return runError('unwritable', { file, why, advice });
}
