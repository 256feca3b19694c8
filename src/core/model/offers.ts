// Which snapshot offer a block of the sheet is: shared by the prefill plan's neighbours, the rules that compare
// a sheet with last year's figures.
import type { Block, SheetModel } from './takstskema';
import { matcher, operatorFor } from './match';
import type { Snapshot, SnapshotOffer, SnapshotOperator } from './snapshot';

export interface SheetAgainstSnapshot {
  operator: SnapshotOperator | null;
  /** Block index → the offer it matches. */
  offers: Map<number, SnapshotOffer>;
}

/** Two rules ask the same question of one sheet in one validation: the answer is kept per sheet and snapshot. */
const MATCHED = new WeakMap<SheetModel, WeakMap<Snapshot, SheetAgainstSnapshot>>();

export function matchSheet(sheet: SheetModel, snapshot: Snapshot): SheetAgainstSnapshot {
  let bySnapshot = MATCHED.get(sheet);
  if (!bySnapshot) {
    bySnapshot = new WeakMap();
    MATCHED.set(sheet, bySnapshot);
  }
  let result = bySnapshot.get(snapshot);
  if (!result) {
    result = matchSheetUncached(sheet, snapshot);
    bySnapshot.set(snapshot, result);
  }
  return result;
}

function matchSheetUncached(sheet: SheetModel, snapshot: Snapshot): SheetAgainstSnapshot {
  const operator = operatorFor(snapshot.operators, sheet.driftsherre.value);
  const offers = new Map<number, SnapshotOffer>();
  if (!operator) return { operator, offers };
  const used = new Set<number>();
  const match = matcher(operator.offers);
  for (const b of sheet.blocks) {
    if (!b.tilbud.value) continue;
    const m = match({ tilbud: b.tilbud.value, afdeling: b.afdeling.value, enhed: enhedOf(b) }, used);
    if (!m) continue;
    used.add(m.index);
    offers.set(b.index, operator.offers[m.index]);
  }
  return { operator, offers };
}

export function enhedOf(b: Block): string | null {
  return b.enhed.value ?? b.y1?.enhed.value ?? b.y2?.enhed.value ?? null;
}
