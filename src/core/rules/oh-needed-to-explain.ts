// A block with both years' budget, places and occupancy but no OH % in one of them cannot be explained (Hvorfor?
// gives up): Kontrol says the same, at the empty cell.
import { isTyped } from '../model/queries';
import { yearLabel } from './helpers';
import type { Rule } from './types';

export const ohNeededToExplain: Rule = {
  meta: {
    id: 'oh-needed-to-explain',
    severity: 'warning',
    review: null,
    title: 'OH % mangler, så ændringen kan ikke forklares',
    description:
      'Begge år har Budget i alt, Pladser og Belægning, men OH % er tom i det ene: takstændringen kan ikke deles op i overhead og reel vækst (Hvorfor? og explain siger det samme).',
    points: 'Den tomme OH %',
    example: 'Aktivitetshuset Hobro med OH % 5,4 for 2026 og tom OH % for 2027.',
    messages: { missing: 'OH % for {year} mangler; uden den kan takstændringen ikke forklares, fordi overhead og reel vækst ikke kan skilles ad.' },
  },
  create: (ctx) => ({
    block(b) {
      if (!b.y1 || !b.y2 || /^(trækningsret|objektiv)$/i.test(b.enhed.value?.trim() ?? '')) return;
      const complete = (y: NonNullable<typeof b.y1>) => [y.budget, y.pladser, y.belaegning].every((f) => f.value !== null && f.value !== 0);
      if (!complete(b.y1) || !complete(b.y2)) return;
      for (const y of [b.y1, b.y2]) if (!isTyped(y.oh)) ctx.report({ messageId: 'missing', cell: y.oh.cell, data: { year: yearLabel(y) } });
    },
  }),
};
