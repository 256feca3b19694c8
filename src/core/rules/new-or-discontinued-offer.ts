// A block with only year 2 is a new offer, one with only year 1 a discontinued one: shown, never blocking.
import { hasFigures } from '../model/queries';
import { blockName } from '../model/queries';
import type { Rule } from './types';

export const newOrDiscontinuedOffer: Rule = {
  meta: {
    id: 'new-or-discontinued-offer',
    severity: 'info',
    review: 'Nyt eller udgået tilbud',
    title: 'Nyt eller udgået tilbud',
    description: 'Blokken har kun tal i år 2 (nyt tilbud eller ny struktur) eller kun i år 1 (udgået tilbud eller gammel struktur).',
    points: 'Tilbud',
    example: "Botilbud A's gamle struktur: kun tal for 2026.",
    messages: {
      new: '{name} har kun tal for {year}: læses som nyt tilbud (eller den nye struktur ved et skift).',
      discontinued: '{name} har kun tal for {year}: læses som udgået tilbud (eller den gamle struktur ved et skift).',
    },
  },
  create: (ctx) => ({
    block(b) {
      const [one, two] = [hasFigures(b.y1), hasFigures(b.y2)];
      if (one === two) return;
      const year = String((two ? b.y2 : b.y1)?.year.value ?? (two ? 'år 2' : 'år 1'));
      ctx.report({ messageId: two ? 'new' : 'discontinued', cell: b.tilbud.cell, data: { name: blockName(b), year } });
    },
  }),
};
