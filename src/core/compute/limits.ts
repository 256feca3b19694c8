// The skema's two thresholds as questions, asked by the rules (on one sheet) and by the consolidation (on every
// operator's export), so both judge a rise and an occupancy the same way.
import type { SheetModel } from '../model/takstskema';

/** Region Nordjylland (and any region) by its name. */
export function isRegion(driftsherre: string | null | undefined): boolean {
  return /\bregion\b/i.test(driftsherre ?? '');
}

/** A rate's percent change rises past P/L + the threshold in points (unrounded, strictly greater). */
export function risesPastLimit(changePct: number, plPct: number, thresholdPp: number): boolean {
  return changePct > plPct + thresholdPp;
}

/** Occupancy (percent) below the sheet's threshold (strictly). */
export function belowOccupancy(occupancyPct: number, thresholdPct: number): boolean {
  return occupancyPct < thresholdPct;
}

/** P/L regioner for Region Nordjylland, P/L kommuner for the municipalities. */
export function applicablePl(sheet: SheetModel): { value: number | null; label: string } {
  return isRegion(sheet.driftsherre.value)
    ? { value: sheet.plRegioner.value, label: 'P/L regioner' }
    : { value: sheet.plKommuner.value, label: 'P/L kommuner' };
}
