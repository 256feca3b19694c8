// A year row's År must be one of the sheet's two years: a typo (20277, 2072, a date) moves the figures to another
// year in the takstbilag and into a snapshot of the wrong year.
import { hasFigures, isTyped } from '../model/queries';
import type { Rule } from './types';

export const yearInSheet: Rule = {
  meta: {
    id: 'year-in-sheet',
    severity: 'error',
    review: null,
    title: 'Årstallet er skemaets år 1 eller år 2',
    description: 'En årsrække med tal har et År, der hverken er skemaets år 1 eller år 2 (de år, de fleste blokke har).',
    points: 'År-cellen',
    example: 'År 20277 i en blok, hvor de andre blokke har 2026 og 2027.',
    messages: {
      other: 'År {value} er hverken {y1} eller {y2}, skemaets to år; ret årstallet (et forkert år flytter tallene til et andet år i takstbilaget).',
      missing: 'Rækken har tal, men intet år; skriv {y1} eller {y2} i År.',
      unreadable: 'År-cellen ({value}) kan ikke læses som et årstal; skriv {y1} eller {y2}.',
    },
  },
  create(ctx) {
    const { y1, y2 } = ctx.sheet.years;
    if (y1 === null || y2 === null) return {};
    return {
      yearRow(y) {
        if (!hasFigures(y)) return;
        const data = { value: String(y.year.raw ?? ''), y1: String(y1), y2: String(y2) };
        if (y.year.value === null)
          ctx.report({
            messageId: isTyped(y.year) ? 'unreadable' : 'missing',
            cell: y.year.cell,
            data: { ...data, value: String(y.year.error ?? y.year.raw ?? '') },
          });
        else if (y.year.value !== y1 && y.year.value !== y2)
          ctx.report({ messageId: 'other', cell: y.year.cell, data: { ...data, value: String(y.year.value) } });
      },
    };
  },
};
