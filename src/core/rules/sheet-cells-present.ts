// The cells the rules read from the sheet header: P/L kommuner/regioner (0-10 %) and the two thresholds.
import { formatNumber } from '../format';
import type { NumberField } from '../model/takstskema';
import type { Rule } from './types';

export const sheetCellsPresent: Rule = {
  meta: {
    id: 'sheet-cells-present',
    severity: 'error',
    review: null,
    title: 'P/L, grænseværdier og overhead driftsherre skal stå i skemaet',
    description: 'P/L kommuner, P/L regioner, en af de to grænseværdier eller overhead driftsherre for et af årene mangler, eller en P/L er uden for 0-10 %.',
    points: 'Cellen med værdien (eller dens etiket)',
    example: 'P/L - Kommuner er tom i I1.',
    messages: {
      missing: '{name} mangler i skemaet.',
      implausible: '{name} er {value} %; en P/L-sats skal ligge mellem 0 og 10 %.',
    },
  },
  create: (ctx) => ({
    sheet() {
      const s = ctx.sheet;
      const cells: Array<[string, NumberField, boolean]> = [
        ['P/L - Kommuner', s.plKommuner, true],
        ['P/L - Regioner', s.plRegioner, true],
        ['Grænseværdien for takststigning over P/L', s.thresholds.rateRisePp, false],
        ['Grænseværdien for belægningsprocent', s.thresholds.occupancyPct, false],
        [`Overhead driftsherre for ${s.overheadDriftsherre.y1.year ?? 'år 1'}`, s.overheadDriftsherre.y1, false],
        [`Overhead driftsherre for ${s.overheadDriftsherre.y2.year ?? 'år 2'}`, s.overheadDriftsherre.y2, false],
      ];
      for (const [name, f, isPl] of cells) {
        if (f.value === null) ctx.report({ messageId: 'missing', cell: f.cell, data: { name } });
        else if (isPl && (f.value < 0 || f.value > 10)) ctx.report({ messageId: 'implausible', cell: f.cell, data: { name, value: formatNumber(f.value, 2) } });
      }
    },
  }),
};
