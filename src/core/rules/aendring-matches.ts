// The Ændring row must hold the change (formula or value); a constant over a formula or a wrong value misleads.
import { formatNumber } from '../format';
import type { Change, NumberField, SheetChangeRow } from '../model/takstskema';
import { CHANGE_FIGURES, changeKey, figureLabel } from '../model/figures';
import type { Rule } from './types';

/** Allowed difference between a typed Ændring value and the computed change (in its unit). */
const TOLERANCE = 0.05;

export const aendringMatches: Rule = {
  meta: {
    id: 'aendring-matches',
    severity: 'warning',
    review: null,
    title: 'Ændring-rækken stemmer med årene',
    description: 'En celle i Ændring-rækken afviger fra den beregnede ændring (mere end 0,05), eller formlen er erstattet af et tal.',
    points: 'Cellen i Ændring-rækken',
    example: 'Takst 1-cellen i Ændring-rækken overskrevet med 5 %, mens årene giver -2,1 % (Hobro 332 → 325).',
    messages: {
      differs: 'Ændring for {field} viser {shown}, men år 1 → år 2 giver {computed}.',
      constant: 'Ændring for {field} er et tal ({shown}), ikke en formel; skriv formlen igen, så ændringen følger tallene.',
    },
  },
  create: (ctx) => ({
    block(b) {
      const a = b.aendring;
      if (!a) return;
      const formulaRow = [a.pladser, a.budget, a.basisPct, ...a.taksterPct].some((f) => f.formula !== undefined);
      for (const [field, shown, computed] of pairs(a, b.change)) {
        if (shown.value === null || shown.cell === null) continue;
        if (computed === null || Math.abs(shown.value - computed) > TOLERANCE) {
          ctx.report({
            messageId: 'differs',
            cell: shown.cell,
            data: {
              field,
              shown: formatNumber(shown.value, 1),
              computed: computed === null ? 'ingen ændring (et af årene er tomt)' : formatNumber(computed, 1),
            },
          });
        } else if (formulaRow && shown.formula === undefined) {
          ctx.report({ messageId: 'constant', cell: shown.cell, data: { field, shown: formatNumber(shown.value, 1) } });
        }
      }
    },
  }),
};

/** Each figure's Ændring as the sheet shows it beside the computed one, named as the messages name it. */
function pairs(a: SheetChangeRow, c: Change): Array<[string, NumberField, number | null]> {
  return CHANGE_FIGURES.flatMap((k): Array<[string, NumberField, number | null]> => {
    if (k === 'takster') return a.taksterPct.map((f, i) => [figureLabel(k, i), f, c.taksterPct[i]]);
    const key = changeKey(k) as Exclude<keyof Change, 'taksterPct'>;
    return [[figureLabel(k), a[key], c[key]]];
  });
}
