// The cells the rules read from the sheet header: P/L kommuner/regioner (0-10 %) and the two thresholds.
import { formatNumber } from '../format';
import type { NumberField } from '../model/takstskema';
import type { Rule } from './types';

export const sheetCellsPresent: Rule = {
  meta: {
    id: 'sheet-cells-present',
    severity: 'error',
    title: 'P/L og grænseværdier skal stå i skemaet',
    description: 'P/L kommuner, P/L regioner eller en af de to grænseværdier mangler, eller en P/L er uden for 0-10 %.',
    points: 'Cellen med værdien (eller dens etiket)',
    messages: {
      missing: '{name} mangler i skemaet; kontrollerne af takststigninger og belægning kan ikke udføres uden.',
      implausible: '{name} er {value} %; en P/L-sats skal ligge mellem 0 og 10 %.',
    },
  },
  check(ctx) {
    const s = ctx.sheet;
    const cells: Array<[string, NumberField, boolean]> = [
      ['P/L - Kommuner', s.plKommuner, true],
      ['P/L - Regioner', s.plRegioner, true],
      ['Grænseværdien for takststigning over P/L', s.thresholds.rateRisePp, false],
      ['Grænseværdien for belægningsprocent', s.thresholds.occupancyPct, false],
    ];
    for (const [name, f, isPl] of cells) {
      if (f.value === null) ctx.report({ messageId: 'missing', cell: f.cell, data: { name } });
      else if (isPl && (f.value < 0 || f.value > 10)) ctx.report({ messageId: 'implausible', cell: f.cell, data: { name, value: formatNumber(f.value, 2) } });
    }
  },
};
