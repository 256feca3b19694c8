import { lowOccupancyNeedsRemark } from '../../src/core/rules/low-occupancy-needs-remark';
import { findingsOf, HOBRO } from './helpers';

describe('low-occupancy-needs-remark', () => {
  it('asks for both Bemærkning and Tomgang at 90 %', () => {
    const { findings, layout } = findingsOf(lowOccupancyNeedsRemark, [{ ...HOBRO, y2: { ...HOBRO.y2, belaegning: 90 } }]);
    const L = layout.blocks[0];
    // Ordered by position: the Bemærkning cell (merged from the year-1 row) comes first.
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([
      [`X${L.y1Row + 1}`, 'error'],
      [`W${L.y2Row + 1}`, 'error'],
    ]);
    expect(findings[0].message).toMatch(/Belægningen er 90,0 %, under grænsen på 95,0 %/);
  });

  it('is satisfied by a remark and a Tomgang, and by 95 % itself', () => {
    expect(findingsOf(lowOccupancyNeedsRemark, [{ ...HOBRO, bemaerkning: 'Ombygning', y2: { ...HOBRO.y2, belaegning: 75, tomgang: 3 } }]).findings).toEqual([]);
    expect(findingsOf(lowOccupancyNeedsRemark, [{ ...HOBRO, y2: { ...HOBRO.y2, belaegning: 95 } }]).findings).toEqual([]);
  });
});
