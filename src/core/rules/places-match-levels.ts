// Places used and sold belong under levels that have a rate, and the places used do not exceed Pladser.
import { formatNumber } from '../format';
import { yearLabel } from './helpers';
import type { Rule } from './types';

export const placesMatchLevels: Rule = {
  meta: {
    id: 'places-match-levels',
    severity: 'warning',
    title: 'Pladser under takstniveauer med takst',
    description: 'Anvendte eller solgte pladser står under et niveau uden takst i kommende år, eller anvendte pladser i alt overstiger Pladser.',
    points: 'Pladscellen, eller den første anvendte plads',
    example: 'Anvendte pladser under Takst 2, når kun Takst 1 har en takst.',
    messages: {
      noRate: '{label} har pladser under Takst {level}, men Takst {level} er tom for {year}.',
      total: 'Anvendte pladser i alt ({total}) er flere end Pladser ({pladser}) for {year}.',
    },
  },
  check(ctx) {
    for (const b of ctx.sheet.blocks) {
      const y = b.y2 && b.y2.takster.some((t) => t.value !== null) ? b.y2 : b.y1;
      if (!y || !y.takster.some((t) => t.value !== null) || y.time.value !== null) continue;
      const year = yearLabel(y);
      for (const p of [...b.anvendte, ...b.solgte]) {
        p.levels.forEach((l, i) => {
          if (l.value !== null && l.value !== 0 && y.takster[i].value === null) ctx.report({ messageId: 'noRate', cell: l.cell, block: b, data: { label: p.label.value ?? 'Pladser', level: String(i + 1), year } });
        });
      }
      const a = b.anvendte[0];
      const total = a ? a.levels.reduce((s, l) => s + (l.value ?? 0), 0) : 0;
      if (a && y.pladser.value !== null && total > y.pladser.value) {
        ctx.report({ messageId: 'total', cell: a.levels.find((l) => l.value !== null)?.cell ?? a.label.cell, block: b, data: { total: formatNumber(total), pladser: formatNumber(y.pladser.value), year } });
      }
    }
  },
};
