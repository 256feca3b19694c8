// A block with figures needs its Tilbud and Afdeling, the offer's key on Tilbudsportalen.
import { hasFigures } from '../model/queries';
import type { Rule } from './types';

export const identityRequired: Rule = {
  meta: {
    id: 'identity-required',
    severity: 'error',
    review: null,
    title: 'Tilbud og afdeling skal udfyldes',
    description: 'Blokken har tal, men Tilbud eller Afdeling er tom.',
    points: 'Tilbud eller Afdeling',
    example: 'En blok med tal for 2027 og tom Afdeling.',
    messages: { missing: '{field} er tom, men blokken har tal; skriv navnet, som det står på Tilbudsportalen.' },
  },
  create: (ctx) => ({
    block(b) {
      if (!hasFigures(b.y1) && !hasFigures(b.y2)) return;
      if (b.tilbud.value === null) ctx.report({ messageId: 'missing', cell: b.tilbud.cell, data: { field: 'Tilbud' } });
      if (b.afdeling.value === null) ctx.report({ messageId: 'missing', cell: b.afdeling.cell, data: { field: 'Afdeling' } });
    },
  }),
};
