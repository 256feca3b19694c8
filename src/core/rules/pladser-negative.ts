// Places are never negative: Pladser, Tomgang and the places rows.
import { formatPlaces } from './helpers';
import type { Rule } from './types';

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
  create: (ctx) => ({
    block(b) {
      const cells = [
        ...[b.y1, b.y2].flatMap((y) =>
          y
            ? [
                { name: `Pladser (${y.year.value ?? 'året'})`, f: y.pladser },
                { name: `Tomgang (${y.year.value ?? 'året'})`, f: y.tomgang },
              ]
            : [],
        ),
        ...[...b.anvendte, ...b.solgte].flatMap((p) => p.levels.map((f, i) => ({ name: `${p.label.value ?? 'Pladser'}, takst ${i + 1}`, f }))),
      ];
      for (const { name, f } of cells)
        if (f.value !== null && f.value < 0) ctx.report({ messageId: 'negative', cell: f.cell, data: { field: name, value: formatPlaces(f.value) } });
    },
  }),
};
