// Enhed must be one of the dropdown's units (case and spacing do not matter).
import { ENHEDER } from '../model/lists';
import { isEmptyBlock } from '../model/queries';
import type { Rule } from './types';

export const enhedInList: Rule = {
  meta: {
    id: 'enhed-in-list',
    severity: 'error',
    review: null,
    title: 'Enhed skal vælges fra listen',
    description: 'Enhed er tom eller ikke en af Dag, Døgn, Uge, Måned, År, Stk., Time, Trækningsret, Objektiv (store/små bogstaver er ligegyldige).',
    points: 'Enhed',
    example: 'Enhed "Pr. borger".',
    messages: {
      unknown: 'Enhed "{value}" står ikke i listen ({list}).',
      missing: 'Enhed er tom; vælg enheden fra rullemenuen.',
    },
  },
  create(ctx) {
    const norm = (s: string) => s.trim().toLowerCase().replace(/\.$/, '');
    const listed = new Set(ENHEDER.map(norm));
    return {
      block(b) {
        if (isEmptyBlock(b)) return;
        const v = b.enhed.value;
        if (v === null) ctx.report({ messageId: 'missing', cell: b.enhed.cell });
        else if (!listed.has(norm(v))) ctx.report({ messageId: 'unknown', cell: b.enhed.cell, data: { value: v, list: ENHEDER.join(', ') } });
      },
    };
  },
};
