import { rateRiseNeedsRemark } from '../../src/core/rules/rate-rise-needs-remark';
import { findingsOf, HOBRO, hobroWithTakst1 } from './helpers';

describe('rate-rise-needs-remark', () => {
  it('is an error at the Bemærkning cell when Takst 1 rises 6,0 % (P/L 3,10 + 2,0) with no remark', () => {
    const { findings, layout } = findingsOf(rateRiseNeedsRemark, [hobroWithTakst1(332 * 1.06)]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', cell: `X${layout.blocks[0].y1Row + 1}`, block: { index: 0, tilbud: 'Aktivitetshuset Hobro' } });
    expect(findings[0].message).toMatch(/^Takst 1 \(\+6,0 %\) stiger mere end P\/L kommuner \(3,10 %\) \+ 2,0 procentpoint = 5,10 %/);
  });

  it('names every level that rose too much', () => {
    const b = hobroWithTakst1(332 * 1.06);
    b.y2 = { ...b.y2, takster: [332 * 1.06, 498 * 1.2] };
    const { findings } = findingsOf(rateRiseNeedsRemark, [b]);
    expect(findings[0].message).toMatch(/Takst 1 \(\+6,0 %\), Takst 2 \(\+20,0 %\)/);
  });

  it('accepts a 12,7 % rise that has a remark, a 2 % fall, and a rise at the limit', () => {
    expect(
      findingsOf(rateRiseNeedsRemark, [{ ...HOBRO, bemaerkning: 'Opnormering', y2: { ...HOBRO.y2, takster: [332 * (346 / 307), 498 * (519 / 460)] } }])
        .findings,
    ).toEqual([]);
    expect(findingsOf(rateRiseNeedsRemark, [hobroWithTakst1(332 * 0.98)]).findings).toEqual([]);
    // 1000 → 1051 is +5,1 % exactly on paper (5,0999… in binary): not strictly above P/L 3,10 + 2,0.
    const atLimit = { ...HOBRO, y1: { ...HOBRO.y1, basis: 1000 }, y2: { ...HOBRO.y2, basis: 1051, takster: [332, 498] } };
    expect(findingsOf(rateRiseNeedsRemark, [atLimit]).findings).toEqual([]);
    const justAbove = { ...atLimit, y2: { ...atLimit.y2, basis: 1051.01 } };
    expect(findingsOf(rateRiseNeedsRemark, [justAbove]).findings).toHaveLength(1);
  });

  it('uses P/L regioner for Region Nordjylland', () => {
    const rise = hobroWithTakst1(332 * 1.05); // 5 %: above 2,46 + 2,0, below 3,10 + 2,0
    expect(findingsOf(rateRiseNeedsRemark, [rise], { driftsherre: 'Region Nordjylland' }).findings).toHaveLength(1);
    expect(findingsOf(rateRiseNeedsRemark, [rise]).findings).toEqual([]);
  });
});
