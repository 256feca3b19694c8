// The entry burden: the input cells a user types for a sheet, and how many of them a prefill already wrote.
import type { SheetModel } from '../model/takstskema';
import { figureCells } from '../model/queries';
import type { CellWrite } from '../model/cell-write';

/** Addresses of every filled input cell of the sheet's blocks (identity, both year rows, remarks, places). */
export function typedCells(sheet: SheetModel): Set<string> {
  const out = new Set<string>();
  const add = (f: { cell: string | null; value: unknown }) => {
    if (f.cell && f.value !== null && f.value !== '') out.add(f.cell);
  };
  for (const b of sheet.blocks) {
    for (const f of [b.tilbud, b.afdeling, b.paragraf, b.enhed, b.bemaerkning, b.saerligeForhold]) add(f);
    for (const y of [b.y1, b.y2]) if (y) for (const f of figureCells(y)) add(f);
    for (const p of [...b.anvendte, ...b.solgte]) p.levels.forEach(add);
  }
  return out;
}

/** Cells of the filled sheet a user still types after the prefill wrote these cells. */
export function remainingAfter(filled: SheetModel, prefilled: CellWrite[]): number {
  const done = new Set(prefilled.map((w) => w.cell));
  return [...typedCells(filled)].filter((c) => !done.has(c)).length;
}
