// The Ændring row as the domain reference defines it: differences for amounts and points, percent change for rates.
import type { Change, YearRow } from '../model/takstskema';
import { TAKST_LEVELS } from '../model/figures';

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

export function computeChange(y1: YearRow | null, y2: YearRow | null): Change {
  const v = (row: YearRow | null, pick: (r: YearRow) => { value: number | null }) => (row ? pick(row).value : null);
  const takster: Array<number | null> = [];
  for (let i = 0; i < TAKST_LEVELS; i++) {
    takster.push(
      percentChange(
        v(y1, (r) => r.takster[i]),
        v(y2, (r) => r.takster[i]),
      ),
    );
  }
  return {
    pladser: difference(
      v(y1, (r) => r.pladser),
      v(y2, (r) => r.pladser),
    ),
    belaegning: difference(
      v(y1, (r) => r.belaegning),
      v(y2, (r) => r.belaegning),
    ),
    budget: difference(
      v(y1, (r) => r.budget),
      v(y2, (r) => r.budget),
    ),
    regulering: difference(
      v(y1, (r) => r.regulering),
      v(y2, (r) => r.regulering),
    ),
    oh: difference(
      v(y1, (r) => r.oh),
      v(y2, (r) => r.oh),
    ),
    basisPct: percentChange(
      v(y1, (r) => r.basis),
      v(y2, (r) => r.basis),
    ),
    timePct: percentChange(
      v(y1, (r) => r.time),
      v(y2, (r) => r.time),
    ),
    taksterPct: takster,
  };
}
