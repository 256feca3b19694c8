// The Ændring row as the domain reference defines it: differences for amounts and points, percent change for rates.
import type { Change, YearRow } from '../model/takstskema';
import { changeValues, isPercentChange, TAKST_LEVELS, type ChangeFigure } from '../model/figures';

type Num = number | null | undefined;

/** year2 − year1; null when either is blank. */
export function difference(y1: Num, y2: Num): number | null {
  if (y1 === null || y1 === undefined || y2 === null || y2 === undefined) return null;
  return y2 - y1;
}

/** (year2 / year1 − 1) × 100, unrounded; null when either is blank or year 1 is 0. */
export function percentChange(y1: Num, y2: Num): number | null {
  if (y1 === null || y1 === undefined || y2 === null || y2 === undefined || y1 === 0) return null;
  return (y2 / y1 - 1) * 100;
}

/** Each figure's Ændring as its spec says: a difference, or a percent change (model/figures.ts). */
export function computeChange(y1: YearRow | null, y2: YearRow | null): Change {
  const v = (row: YearRow | null, pick: (r: YearRow) => { value: number | null }) => (row ? pick(row).value : null);
  const of = (k: ChangeFigure) => (isPercentChange(k) ? percentChange : difference);
  return changeValues(
    (k) =>
      of(k)(
        v(y1, (r) => r[k]),
        v(y2, (r) => r[k]),
      ),
    () =>
      Array.from({ length: TAKST_LEVELS }, (_, i) =>
        of('takster')(
          v(y1, (r) => r.takster[i]),
          v(y2, (r) => r.takster[i]),
        ),
      ),
  );
}
