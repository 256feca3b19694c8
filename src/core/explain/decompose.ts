// Where a rate change comes from (docs/explain.md): the budget-implied full-place rate R = Budget i alt ÷ (Pladser
// × Belægning × days) changes by R2/R1 = (1+P/L) × real growth × overhead × regulering × places × occupancy,
// exactly. Each factor's share of the total change T = R2/R1 − 1 is T × ln(factor) ÷ ln(R2/R1), so the shares add
// up to T; when R2 = R1 the factors' own percent changes are reported.

export interface YearInputs {
  budget: number;
  regulering: number;
  /** Percent numbers: 5.4 for 5,4 %. */
  oh: number;
  pladser: number;
  belaegning: number;
}

export interface Factors {
  pl: number;
  realGrowth: number;
  overhead: number;
  regulering: number;
  pladser: number;
  belaegning: number;
}

export type Components = Factors;

export const COMPONENT_KEYS: Array<keyof Factors> = ['pl', 'realGrowth', 'overhead', 'regulering', 'pladser', 'belaegning'];

/** The six factors whose product is R2/R1. `pl` is a percent number (3.1). */
export function factors(y1: YearInputs, y2: YearInputs, pl: number): Factors {
  const base1 = y1.budget - y1.regulering;
  const base2 = y2.budget - y2.regulering;
  const overhead = (1 + y2.oh / 100) / (1 + y1.oh / 100);
  const plFactor = 1 + pl / 100;
  return {
    pl: plFactor,
    realGrowth: base2 / base1 / plFactor / overhead,
    overhead,
    regulering: y2.budget / base2 / (y1.budget / base1),
    pladser: y1.pladser / y2.pladser,
    belaegning: y1.belaegning / y2.belaegning,
  };
}

/** R2/R1 of the budget-implied rate (the day count cancels). */
export function rateRatio(y1: YearInputs, y2: YearInputs): number {
  return y2.budget / (y2.pladser * y2.belaegning) / (y1.budget / (y1.pladser * y1.belaegning));
}

/** Each factor's share of the total change, in percentage points; they add up to the total (also in pp). */
export function components(f: Factors, ratio: number): { total: number; components: Components } {
  const total = (ratio - 1) * 100;
  const lnTotal = Math.log(ratio);
  const share = (x: number) => (Math.abs(lnTotal) < 1e-12 ? (x - 1) * 100 : (total * Math.log(x)) / lnTotal);
  return {
    total,
    components: {
      pl: share(f.pl),
      realGrowth: share(f.realGrowth),
      overhead: share(f.overhead),
      regulering: share(f.regulering),
      pladser: share(f.pladser),
      belaegning: share(f.belaegning),
    },
  };
}
