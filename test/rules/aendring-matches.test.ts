import { aendringMatches } from '../../src/core/rules/aendring-matches';
import { checkSheet } from '../../src/core/rules/runner';
import { draftLikeWorkbook } from '../fixtures/draft-like';
import { at, findingsOf, HOBRO, testRule } from './helpers';
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
});

testRule(aendringMatches, {
  valid: [{ name: 'the template’s formulas', blocks: [HOBRO] }],
  invalid: [
    {
      name: 'a formula overwritten by a constant, and one by a wrong value',
      blocks: [HOBRO],
      sheet: {
        extra: (l) => [
          { sheet: l.sheetName, cell: at('takst1', 'changeRow')(l), value: 0.05 },
          { sheet: l.sheetName, cell: at('budget', 'changeRow')(l), value: -195_416 },
        ],
      },
      findings: [
        {
          cell: at('budget', 'changeRow'),
          messageId: 'constant',
          message: 'Ændring for Budget i alt er et tal (-195.416,0), ikke en formel; skriv formlen igen, så ændringen følger tallene.',
        },
        { cell: at('takst1', 'changeRow'), messageId: 'differs', message: 'Ændring for Takst 1 viser 5,0, men år 1 → år 2 giver -2,1.' },
      ],
    },
  ],
});
