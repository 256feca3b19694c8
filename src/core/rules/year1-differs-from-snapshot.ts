// Year 1 is last year's approved figures: a typed value that differs from the snapshot is worth a second look.
import { formatNumber } from '../format';
import { figureLabel, SNAPSHOT_SCALARS } from '../model/figures';
import { matchSheet } from '../model/offers';
import { blockName } from '../model/queries';
import type { Rule } from './types';

function shown(v: number): string {
  return formatNumber(v, Number.isInteger(v) ? 0 : 2);
}

export const year1DiffersFromSnapshot: Rule = {
  meta: {
    id: 'year1-differs-from-snapshot',
    severity: 'warning',
    review: 'År 1 afviger fra sidste års godkendte tal',
    title: 'År 1 afviger fra sidste års godkendte tal',
    description:
      'År 1 skal være sidste års godkendte tal. Et tal, der afviger fra øjebliksbilledet (det medfølgende eller et angivet), kan være en tastefejl eller en ændring, sekretariatet ikke kender.',
    points: 'Cellen i år 1',
    example: 'Aktivitetshuset Hobro: Budget i alt for 2026 er 9.000.000, men det godkendte er 8.912.000.',
    messages: {
      differs: '{field} for {year} er {value}, men sidste års godkendte tal for {name} er {approved}.',
    },
  },
  create(ctx) {
    const snapshot = ctx.snapshot;
    if (!snapshot) return {};
    const year = snapshot.budgetYear;
    const { offers } = matchSheet(ctx.sheet, snapshot);
    return {
      block(b) {
        const offer = offers.get(b.index);
        const y = b.y1;
        if (!offer || !y || y.year.value !== year) return;
        const report = (field: string, cell: string | null, value: number | null, approved: number | null | undefined) => {
          if (value === null || typeof approved !== 'number') return;
          if (Math.abs(value - approved) <= 1e-6 * Math.max(1, Math.abs(approved))) return;
          ctx.report({ messageId: 'differs', cell, data: { field, year: String(year), value: shown(value), approved: shown(approved), name: blockName(b) } });
        };
        for (const key of SNAPSHOT_SCALARS) report(figureLabel(key), y[key].cell, y[key].value, offer.figures[key]);
        y.takster.forEach((t, i) => report(`Takst ${i + 1}`, t.cell, t.value, offer.figures.takster?.[i]));
      },
    };
  },
};
