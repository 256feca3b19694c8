// Places are never negative: Pladser, Tomgang and the places rows.
import { formatPlaces } from './helpers';
import type { Rule } from './types';
import type { NumberField } from '../model/takstskema';

export const pladserNegative: Rule = {
  meta: {
    id: 'pladser-negative',
    severity: 'error',
    review: null,
    title: 'Negativt antal pladser',
    description: 'Pladser, Tomgang, anvendte eller solgte pladser er negativ.',
    points: 'Cellen',
    example: 'Pladser -5.',
    messages: { negative: '{field} er {value}; et antal pladser kan ikke være negativt.' },
  },
  create: (ctx) => {
    // The name is made only for a negative cell (a 660-block sheet has 40.000 places cells, almost none negative).
    const check = (f: NumberField, name: () => string) => {
      if (f.value !== null && f.value < 0) ctx.report({ messageId: 'negative', cell: f.cell, data: { field: name(), value: formatPlaces(f.value) } });
    };
    return {
      block(b) {
        for (const y of [b.y1, b.y2]) {
          if (!y) continue;
          check(y.pladser, () => `Pladser (${y.year.value ?? 'året'})`);
          check(y.tomgang, () => `Tomgang (${y.year.value ?? 'året'})`);
        }
        for (const p of [...b.anvendte, ...b.solgte]) p.levels.forEach((f, i) => check(f, () => `${p.label.value ?? 'Pladser'}, takst ${i + 1}`));
      },
    };
  },
};
