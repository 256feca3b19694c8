// The Ændring row must hold the change (formula or value); a constant over a formula or a wrong value misleads.
import { formatNumber } from '../format';
import type { Change, NumberField, SheetChangeRow } from '../model/takstskema';
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

function pairs(a: SheetChangeRow, c: Change): Array<[string, NumberField, number | null]> {
  return [
    ['Pladser', a.pladser, c.pladser],
    ['Belægning', a.belaegning, c.belaegning],
    ['Budget i alt', a.budget, c.budget],
    ['Regulering', a.regulering, c.regulering],
    ['OH %', a.oh, c.oh],
    ['Basis', a.basisPct, c.basisPct],
    ['Time', a.timePct, c.timePct],
    ...a.taksterPct.map((f, i) => [`Takst ${i + 1}`, f, c.taksterPct[i]] as [string, NumberField, number | null]),
  ];
}
