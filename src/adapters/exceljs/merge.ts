// Many merged areas into one worksheet in linear time. exceljs's mergeCells compares each new area with every area
// the sheet already has, so a sheet of N blocks took O(N²): 3 s of a 660-block template went there, and a
// national-scale one (6.600 blocks) would take minutes. The areas are checked against each other here, once, cell
// by cell; exceljs then merges each one with its list of areas set aside, so it compares with nothing.
import type ExcelJS from 'exceljs';
import { parseRange } from '../../core/grid';

type WithMerges = ExcelJS.Worksheet & { _merges: Record<string, unknown> };

/** Merges every range ("B2:D4"); throws as exceljs does when two overlap each other or an area already there. */
export function mergeAreas(ws: ExcelJS.Worksheet, ranges: readonly string[]): void {
  const sheet = ws as WithMerges;
  if (typeof sheet._merges !== 'object' || sheet._merges === null) {
    // Not the exceljs this was written for: its own (quadratic) way.
    for (const r of ranges) ws.mergeCells(r);
    return;
  }
  const taken = new Set<number>();
  const mark = (range: string) => {
    const a = parseRange(range);
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++) {
        const key = r * 16384 + c;
        if (taken.has(key)) throw new Error(`Cannot merge already merged cells: ${range}`);
        taken.add(key);
      }
  };
  for (const m of Object.values(sheet._merges)) mark(String((m as { range?: string }).range ?? m));
  for (const r of ranges) mark(r);
  const kept = sheet._merges;
  try {
    for (const r of ranges) {
      sheet._merges = {};
      ws.mergeCells(r);
      Object.assign(kept, sheet._merges);
    }
  } finally {
    sheet._merges = kept;
  }
}
