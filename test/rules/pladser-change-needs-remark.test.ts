import { pladserChangeNeedsRemark } from '../../src/core/rules/pladser-change-needs-remark';
import { findingsOf, HOBRO } from './helpers';

describe('pladser-change-needs-remark', () => {
  it('warns at Bemærkning when Pladser changes from year 1 to year 2 without a remark (Syrenhuset 48 → 24)', () => {
    const { findings, layout } = findingsOf(pladserChangeNeedsRemark, [{ ...HOBRO, y1: { ...HOBRO.y1, pladser: 48 }, y2: { ...HOBRO.y2, pladser: 24 } }]);
    expect(findings.map((f) => [f.severity, f.cell, f.message])).toEqual([
      [
        'warning',
        `X${layout.blocks[0].y1Row + 1}`,
        'Pladser ændres fra 48 i 2026 til 24 i 2027; skriv årsagen i Bemærkning, da pladsantallet påvirker taksten.',
      ],
    ]);
  });

  it('is silent on the test sheet’s unchanged places, with a remark, and for a block with one year only', () => {
    expect(findingsOf(pladserChangeNeedsRemark, [HOBRO]).findings).toEqual([]);
    expect(
      findingsOf(pladserChangeNeedsRemark, [{ ...HOBRO, bemaerkning: 'Ombygning: halvdelen af pladserne lukket', y2: { ...HOBRO.y2, pladser: 24 } }]).findings,
    ).toEqual([]);
    expect(findingsOf(pladserChangeNeedsRemark, [{ ...HOBRO, y2: undefined }]).findings).toEqual([]);
  });
});
