import { CHANGE_FIGURES, changeKey, YEAR_FIGURES } from '../../src/core/model/figures';
import { ChangeSchema, SheetChangeRowSchema } from '../../src/core/model/takstskema';
import { InspectBlockSchema } from '../../src/core/export/inspect-json';
import { computeChange, difference, percentChange } from '../../src/core/compute/change';
import { DAYS_PAYMENT, impliedRate } from '../../src/core/compute/rates';
import { formatNumber } from '../../src/core/format';

describe('the Ændring computation', () => {
  it('gives the domain reference check values', () => {
    expect(formatNumber(percentChange(332, 325), 1)).toBe('-2,1');
    expect(formatNumber(percentChange(307, 346), 1)).toBe('12,7');
    expect(percentChange(332, 325)).toBeCloseTo(-2.10843, 4);
  });

  it('is blank when either year is blank, and for a zero base', () => {
    expect(percentChange(null, 325)).toBeNull();
    expect(percentChange(332, null)).toBeNull();
    expect(percentChange(0, 5)).toBeNull();
    expect(difference(50, null)).toBeNull();
    expect(difference(20, 24)).toBe(4);
  });

  it('computes every field of a block unrounded', () => {
    const f = (value: number | null) => ({ cell: null, value, raw: null });
    const row = (v: { p: number; b: number; budget: number; oh: number; basis: number; t1: number }) => ({
      row: 1,
      year: f(2026),
      pladser: f(v.p),
      belaegning: f(v.b),
      budget: f(v.budget),
      regulering: f(0),
      oh: f(v.oh),
      enhed: { cell: null, value: 'Dag', raw: null },
      basis: f(v.basis),
      time: f(null),
      takster: [f(v.t1), ...Array.from({ length: 9 }, () => f(null))],
      tomgang: f(null),
    });
    const c = computeChange(
      row({ p: 50, b: 98, budget: 8_912_000, oh: 5.4, basis: 332, t1: 498 }),
      row({ p: 48, b: 95, budget: 8_716_584, oh: 5.7, basis: 325, t1: 487 }),
    );
    expect(c.pladser).toBe(-2);
    expect(c.belaegning).toBe(-3);
    expect(c.budget).toBe(-195_416);
    expect(c.oh).toBeCloseTo(0.3, 12);
    expect(c.basisPct).toBeCloseTo((325 / 332 - 1) * 100, 12);
    expect(c.taksterPct[0]).toBeCloseTo((487 / 498 - 1) * 100, 12);
    expect(c.taksterPct.slice(1)).toEqual(Array(9).fill(null));
    expect(c.timePct).toBeNull();
  });

  it('is declared once, by each figure’s spec: a difference keeps its name, a percent change ends in Pct, Tomgang has none', () => {
    expect(CHANGE_FIGURES.map(changeKey)).toEqual(['pladser', 'belaegning', 'budget', 'regulering', 'oh', 'basisPct', 'timePct', 'taksterPct']);
    expect(Object.keys(ChangeSchema.shape)).toEqual(CHANGE_FIGURES.map(changeKey));
    expect(Object.keys(SheetChangeRowSchema.shape)).toEqual(['row', ...CHANGE_FIGURES.map(changeKey)]);
    expect(Object.keys(InspectBlockSchema.shape.change.shape)).toEqual(CHANGE_FIGURES.map(changeKey));
    expect(CHANGE_FIGURES.filter((k) => YEAR_FIGURES[k].change === 'percent')).toEqual(['basis', 'time', 'takster']);
  });
});

describe('rates implied by the budget', () => {
  it('reproduces the test sheet full-place rate: 8.912.000 / (50 × 0,98 × 365) = 498', () => {
    expect(Math.round(impliedRate(8_912_000, 50, 98)!)).toBe(498);
    expect(Math.round(impliedRate(9_383_248, 57, 98)!)).toBe(460);
  });

  it('is 1,46 times higher on 250 payment days', () => {
    const r365 = impliedRate(1_000_000, 10, 100)!;
    const r250 = impliedRate(1_000_000, 10, 100, DAYS_PAYMENT)!;
    expect(r250 / r365).toBeCloseTo(1.46, 10);
  });

  it('is null without places or occupancy', () => {
    expect(impliedRate(1_000_000, 0, 98)).toBeNull();
    expect(impliedRate(1_000_000, 10, null)).toBeNull();
  });
});
