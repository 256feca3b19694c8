import type { TemplateLayout } from '../../src/core/template/build';
import { yearInSheet } from '../../src/core/rules/year-in-sheet';
import { HOBRO, testRule } from './helpers';

const year = (row: 'y1Row' | 'y2Row', value: number | null) => (l: TemplateLayout) => [{ sheet: l.sheetName, cell: `D${l.blocks[0][row] + 1}`, value }];

testRule(yearInSheet, {
  valid: [
    { name: 'both years as the template writes them', blocks: [HOBRO] },
    { name: 'a second block with the same years', blocks: [HOBRO, { ...HOBRO, tilbud: 'Kærvej', afdeling: 'Kærvej' }] },
  ],
  invalid: [
    {
      name: 'a typo in year 2 (2072)',
      blocks: [HOBRO, { ...HOBRO, tilbud: 'Kærvej', afdeling: 'Kærvej' }],
      sheet: { extra: year('y2Row', 2072) },
      findings: [{ cell: (l) => `D${l.blocks[0].y2Row + 1}`, messageId: 'other', message: /2072/ }],
    },
    {
      name: 'the year cell emptied in a row with figures',
      blocks: [HOBRO, { ...HOBRO, tilbud: 'Kærvej', afdeling: 'Kærvej' }],
      sheet: { extra: year('y1Row', null) },
      findings: [{ cell: (l) => `D${l.blocks[0].y1Row + 1}`, messageId: 'missing', message: 'Rækken har tal, men intet år; skriv 2026 eller 2027 i År.' }],
    },
    {
      name: 'a text in År that is no year',
      blocks: [HOBRO, { ...HOBRO, tilbud: 'Kærvej', afdeling: 'Kærvej' }],
      sheet: { extra: (l) => [{ sheet: l.sheetName, cell: `D${l.blocks[0].y2Row + 1}`, value: 'næste år' }] },
      findings: [{ cell: (l) => `D${l.blocks[0].y2Row + 1}`, messageId: 'unreadable', message: /^År-cellen \(næste år\) kan ikke læses/ }],
    },
  ],
});
