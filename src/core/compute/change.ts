// The Ændring row as the domain reference defines it: differences for amounts and points, percent change for rates.
import type { Change, YearRow } from '../model/takstskema';
import { changeValues, isPercentChange, TAKST_LEVELS } from '../model/figures';

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

/** The levels' Ændring, as their spec says. */
const LEVEL_CHANGE = isPercentChange('takster') ? percentChange : difference;

/** Each figure's Ændring as its spec says: a difference, or a percent change (model/figures.ts). */
export function computeChange(y1: YearRow | null, y2: YearRow | null): Change {
  return changeValues(
    (k) => (isPercentChange(k) ? percentChange : difference)(y1 ? y1[k].value : null, y2 ? y2[k].value : null),
    () => {
      const levels: Array<number | null> = [];
      for (let i = 0; i < TAKST_LEVELS; i++) levels.push(LEVEL_CHANGE(y1 ? y1.takster[i].value : null, y2 ? y2.takster[i].value : null));
      return levels;
    },
  );
}
