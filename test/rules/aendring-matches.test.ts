import { aendringMatches } from '../../src/core/rules/aendring-matches';
import { checkSheet } from '../../src/core/rules/runner';
import { draftLikeWorkbook } from '../fixtures/draft-like';
import { findingsOf, HOBRO } from './helpers';
import { readWorkbook } from '../../src/core/layout/discover';
import { workbookToGrids } from '../../src/adapters/exceljs/read';

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
