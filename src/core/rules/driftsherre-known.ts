// The operator must be one of the 11 that report under the agreement; a near miss gets the name as suggestion.
import { closest, distance } from 'fastest-levenshtein';
import { DRIFTSHERRER, operatorName } from '../model/lists';
import type { Rule } from './types';

export const driftsherreKnown: Rule = {
  meta: {
    id: 'driftsherre-known',
    severity: 'warning',
    review: null,
    title: 'Driftsherre er en af de 11',
    description: 'Navnet på driftsherren er ikke et af de 11 navne i takstbilaget (forslag ved stavevarianter).',
    points: 'Driftsherre',
    example: 'A1 indeholder "Mariager fjord Kommune": forslag "Mariagerfjord Kommune".',
    messages: {
      suggest: 'Driftsherre "{value}" er ikke et kendt navn; mente du "{suggestion}"?',
      unknown: 'Driftsherre "{value}" er ikke en af de 11 driftsherrer i takstbilaget.',
      missing: 'Driftsherrens navn mangler øverst i skemaet.',
    },
  },
  create: (ctx) => ({
    sheet() {
      const d = ctx.sheet.driftsherre;
      if (d.value === null) return ctx.report({ messageId: 'missing', cell: d.cell ?? 'A1' });
      const v = d.value.trim();
      if ((DRIFTSHERRER as readonly string[]).includes(operatorName(v))) return;
      const norm = (s: string) => operatorName(s.toLowerCase().replace(/\s+/g, ' '));
      const names = DRIFTSHERRER.map(norm);
      const best = closest(norm(v), names);
      const ok = distance(norm(v), best) <= Math.max(2, Math.floor(best.length * 0.2));
      const suggestion = DRIFTSHERRER[names.indexOf(best)];
      ctx.report({ messageId: ok ? 'suggest' : 'unknown', cell: d.cell, data: { value: v, suggestion } });
    },
  }),
};
