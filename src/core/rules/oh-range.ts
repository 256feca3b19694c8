// OH % with at most one decimal, within 0-25 %.
import { formatNumber } from '../format';
import { OH_DECIMALS, OH_RANGE } from '../compute/tolerances';
import { yearLabel } from './helpers';
import type { Rule } from './types';

export const ohRange: Rule = {
  meta: {
    id: 'oh-range',
    severity: 'warning',
    review: null,
    title: 'OH % med én decimal og inden for 0-25 %',
    description: 'OH % har mere end én decimal, eller ligger uden for 0-25 %.',
    points: 'OH %',
    example: 'OH % 5,75 (to decimaler) eller 31 %.',
    messages: {
      decimals: 'OH % for {year} er {value} %; angiv overheadprocenten med én decimal.',
      range: 'OH % for {year} er {value} %; det er uden for det forventede 0-25 %.',
    },
  },
  create: (ctx) => ({
    yearRow(y) {
      const v = y.oh.value;
      if (v === null) return;
      const data = { year: yearLabel(y), value: formatNumber(v, 3).replace(/0+$/, '').replace(/,$/, '') };
      if (v < OH_RANGE.min || v > OH_RANGE.max) ctx.report({ messageId: 'range', cell: y.oh.cell, data });
      else if (Math.abs(v * 10 ** OH_DECIMALS - Math.round(v * 10 ** OH_DECIMALS)) > 1e-6) ctx.report({ messageId: 'decimals', cell: y.oh.cell, data });
    },
  }),
};
