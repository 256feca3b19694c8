import { duplicateBlock } from '../../src/core/rules/duplicate-block';
import { basisDiffersWithinTilbud } from '../../src/core/rules/basis-differs-within-tilbud';
import { placesMatchLevels } from '../../src/core/rules/places-match-levels';
import { aendringMatches } from '../../src/core/rules/aendring-matches';
import { checkSheet } from '../../src/core/rules/runner';
import { readWorkbook } from '../../src/core/layout/discover';
import { workbookToGrids } from '../../src/adapters/exceljs/read';
import { draftLikeWorkbook } from '../fixtures/draft-like';
import { findingsOf, HOBRO } from './helpers';

describe('duplicate-block', () => {
  it('reports the second block of the same offer and unit with both years', () => {
    const { findings, layout } = findingsOf(duplicateBlock, [HOBRO, { ...HOBRO, tilbud: 'aktivitetshuset  hobro' }]);
    expect(findings).toHaveLength(1);
    expect(findings[0].cell).toBe(`A${layout.blocks[1].y1Row + 1}`);
    expect(findings[0].message).toMatch(new RegExp(`står også i blokken i række ${layout.blocks[0].headerRow + 1}`));
    expect(findingsOf(duplicateBlock, [HOBRO, { ...HOBRO, enhed: 'Døgn' }]).findings).toEqual([]);
  });
});

describe('basis-differs-within-tilbud', () => {
  const dept = (afdeling: string, basis: number, saerligeForhold?: string) => ({ ...HOBRO, afdeling, saerligeForhold, y2: { ...HOBRO.y2, basis } });
  it('warns about departments of one offer with different base rates and no explanation', () => {
    const { findings } = findingsOf(basisDiffersWithinTilbud, [dept('Bøgevej A', 325), dept('Bøgevej B', 410)]);
    expect(findings.map((f) => f.message)).toEqual([
      'Basis 325 afviger fra 410 i andre afdelinger af Aktivitetshuset Hobro; forklar forskellen i Særlige forhold.',
      'Basis 410 afviger fra 325 i andre afdelinger af Aktivitetshuset Hobro; forklar forskellen i Særlige forhold.',
    ]);
  });
  it('accepts equal bases, and differences explained in Særlige forhold', () => {
    expect(findingsOf(basisDiffersWithinTilbud, [dept('A', 325), dept('B', 325)]).findings).toEqual([]);
    expect(findingsOf(basisDiffersWithinTilbud, [dept('A', 325, 'Borgerkategori lav'), dept('B', 410, 'Borgerkategori høj')]).findings).toEqual([]);
  });
});

describe('places-match-levels', () => {
  it('warns about places under a level without a rate, and about more used places than Pladser', () => {
    expect(findingsOf(placesMatchLevels, [{ ...HOBRO, anvendte: [40, 5, 2] }]).findings[0].message).toBe(
      'Anvendte pladser - 2027 har pladser under Takst 3, men Takst 3 er tom for 2027.',
    );
    // The year is the one the places row's label names: the draft's test sheet labels its rows 2026.
    expect(findingsOf(placesMatchLevels, [{ ...HOBRO, anvendte: [40, 5, 2], placesYear: 2026 }]).findings[0].message).toBe(
      'Anvendte pladser - 2026 har pladser under Takst 3, men Takst 3 er tom for 2026.',
    );
    const kaervej = { ...HOBRO, enhed: 'Døgn', y1: { ...HOBRO.y1, pladser: 15 }, y2: { ...HOBRO.y2, pladser: 15 } };
    expect(findingsOf(placesMatchLevels, [{ ...kaervej, anvendte: [6, 10] }]).findings[0].message).toBe(
      'Anvendte pladser - 2027 i alt (16) er flere end Pladser (15) for 2027, og i et døgnstilbud har hver borger en hel plads.',
    );
    expect(findingsOf(placesMatchLevels, [{ ...kaervej, anvendte: [5, 10], solgte: [2, 4] }]).findings).toEqual([]);
  });

  it('raises nothing on the test sheet’s day offers: 7 + 47 used on 50 places, 27 + 34 on 57 (Takst 1 counts 2/3, day offers count persons)', () => {
    expect(findingsOf(placesMatchLevels, [{ ...HOBRO, anvendte: [7, 47], solgte: [1, 10], placesYear: 2026 }]).findings).toEqual([]);
    const bb = { ...HOBRO, y1: { ...HOBRO.y1, pladser: 57 }, y2: { ...HOBRO.y2, pladser: 57 } };
    expect(findingsOf(placesMatchLevels, [{ ...bb, anvendte: [27, 34], solgte: [3, 4], placesYear: 2026 }]).findings).toEqual([]);
  });
});

describe('aendring-matches', () => {
  it('accepts the template formulas and the draft sheet typed Ændring values', () => {
    expect(findingsOf(aendringMatches, [HOBRO]).findings).toEqual([]);
    const wb = draftLikeWorkbook({
      driftsherre: 'Mariagerfjord Kommune',
      blocks: [
        {
          tilbud: 'H',
          afdeling: 'H',
          paragraf: 'SEL § 104',
          enhed: 'Dag',
          y1: [50, 0.98, 8_912_000, 0, 0.054, null, null, 332, 498],
          y2: [50, 0.98, 8_716_584, -571_416, 0.057, null, null, 325, 487],
          aendring: [0, 0, -195_416, -571_416, 0.003, null, null, -0.021, -0.022],
        },
      ],
    });
    expect(checkSheet(readWorkbook(workbookToGrids(wb)).sheets[0], [aendringMatches])).toEqual([]);
  });

  it('warns about a formula overwritten by a wrong or a constant value', () => {
    const { findings, layout } = findingsOf(aendringMatches, [HOBRO], {
      extra: (l) => [
        { sheet: l.sheetName, cell: `M${l.blocks[0].changeRow + 1}`, value: 0.05 },
        { sheet: l.sheetName, cell: `G${l.blocks[0].changeRow + 1}`, value: -195_416 },
      ],
    });
    const row = layout.blocks[0].changeRow + 1;
    expect(findings.map((f) => [f.cell, f.message])).toEqual([
      [`G${row}`, 'Ændring for Budget i alt er et tal (-195.416,0), ikke en formel; skriv formlen igen, så ændringen følger tallene.'],
      [`M${row}`, 'Ændring for Takst 1 viser 5,0, men år 1 → år 2 giver -2,1.'],
    ]);
  });
});
