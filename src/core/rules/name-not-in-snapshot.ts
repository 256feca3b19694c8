// An existing offer (with year-1 figures) whose name last year's complete snapshot does not know: a renamed
// offer, a spelling change, or an offer that was not reported last year.
import { hasFigures } from '../model/queries';
import { closestName } from '../model/match';
import { matchSheet } from '../model/offers';
import { blockName } from '../model/queries';
import type { Rule } from './types';

export const nameNotInSnapshot: Rule = {
  meta: {
    id: 'name-not-in-snapshot',
    severity: 'warning',
    review: 'Navn afviger fra sidste år',
    title: 'Navnet findes ikke i sidste års tal',
    description:
      'Et tilbud med tal i år 1 skal findes i sidste års godkendte tal under samme navn. Reglen bruger kun et fuldstændigt øjebliksbillede (ikke et delvist) for driftsherren.',
    points: 'Tilbud',
    example: '"Aktivitetshus Hobro" i år 1, men sidste år hed tilbuddet "Aktivitetshuset Hobro".',
    messages: {
      suggest: '{name} findes ikke i sidste års godkendte tal for {operator}; det nærmeste navn er "{closest}".',
      none: '{name} findes ikke i sidste års godkendte tal for {operator}.',
    },
  },
  create(ctx) {
    const snapshot = ctx.snapshot;
    if (!snapshot || snapshot.partial) return {};
    const { operator, offers } = matchSheet(ctx.sheet, snapshot);
    if (!operator) return {};
    return {
      block(b) {
        if (!b.tilbud.value || offers.has(b.index) || !hasFigures(b.y1) || b.y1?.year.value !== snapshot.budgetYear) return;
        const closest = closestName(
          b.tilbud.value,
          operator.offers.map((o) => o.tilbud),
        );
        ctx.report({
          messageId: closest ? 'suggest' : 'none',
          cell: b.tilbud.cell,
          data: { name: blockName(b), operator: operator.driftsherre, ...(closest ? { closest } : {}) },
        });
      },
    };
  },
};
