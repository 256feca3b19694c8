// The Ændring row must hold the change (formula or value); a constant over a formula or a wrong value misleads.
import { formatNumber } from '../format';
import type { Change } from '../model/takstskema';
import { CHANGE_FIGURES, changeKey, figureLabel, TAKST_LEVELS } from '../model/figures';
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
      for (const p of CHANGE_CELLS) {
        const shown = p.level === null ? a[p.key] : a.taksterPct[p.level];
        if (shown.value === null || shown.cell === null) continue;
        const computed = p.level === null ? b.change[p.key] : b.change.taksterPct[p.level];
        if (computed === null || Math.abs(shown.value - computed) > TOLERANCE) {
          ctx.report({
            messageId: 'differs',
            cell: shown.cell,
            data: {
              field: p.label,
              shown: formatNumber(shown.value, 1),
              computed: computed === null ? 'ingen ændring (et af årene er tomt)' : formatNumber(computed, 1),
            },
          });
        } else if (formulaRow && shown.formula === undefined) {
          ctx.report({ messageId: 'constant', cell: shown.cell, data: { field: p.label, shown: formatNumber(shown.value, 1) } });
        }
      }
    },
  }),
};

type ScalarChangeKey = Exclude<keyof Change, 'taksterPct'>;
type ChangeCell = { label: string; key: ScalarChangeKey; level: null } | { label: string; key: 'taksterPct'; level: number };

/**
 * Each figure's Ændring, named as the messages name it, with where the sheet shows it and where the computed change
 * is (a level: its index in the levels). Made once: a sheet asks for it in every block.
 */
const CHANGE_CELLS: readonly ChangeCell[] = CHANGE_FIGURES.flatMap((k): ChangeCell[] =>
  k === 'takster'
    ? Array.from({ length: TAKST_LEVELS }, (_, i) => ({ label: figureLabel(k, i), key: 'taksterPct' as const, level: i }))
    : [{ label: figureLabel(k), key: changeKey(k) as ScalarChangeKey, level: null }],
);
