// Every tolerance the rules use, in one place (documented in docs/rules.md through the rules that use them).

/** A level "matches" a budget-implied rate when within this share of it (or within MATCH_KRONER). */
export const RATE_MATCH_SHARE = 0.015;
export const RATE_MATCH_KRONER = 1;

/** True when a typed rate is the budget-implied rate, within the tolerance above. */
export function matchesImplied(rate: number, implied: number): boolean {
  return Math.abs(rate - implied) <= Math.max(RATE_MATCH_KRONER, implied * RATE_MATCH_SHARE);
}
/** OH % may have at most this many decimals, and should lie within this range. */
export const OH_DECIMALS = 1;
export const OH_RANGE = { min: 0, max: 25 } as const;
