// Places sold cannot exceed the places used, level by level.
import { formatNumber } from '../format';
import type { Rule } from './types';

export const solgteWithinAnvendte: Rule = {
  meta: {
    id: 'solgte-within-anvendte',
    severity: 'error',
    review: null,
    title: 'Solgte pladser højst som anvendte',
    description: 'Heraf solgte pladser er større end anvendte pladser på samme takstniveau.',
    points: 'Heraf solgte pladser',
    example: 'Anvendte pladser 2 og heraf solgte 3 på Takst 2.',
    messages: { over: 'Heraf solgte pladser ({solgte}) er flere end anvendte pladser ({anvendte}) på Takst {level}.' },
  },
  create: (ctx) => ({
    block(b) {
      const a = b.anvendte[0];
      const s = b.solgte[0];
      if (!a || !s) return;
      s.levels.forEach((sl, i) => {
        const av = a.levels[i].value ?? 0;
        if (sl.value !== null && sl.value > av) {
          ctx.report({
            messageId: 'over',
            cell: sl.cell,
            data: { solgte: formatNumber(sl.value, 1).replace(/,0$/, ''), anvendte: formatNumber(av, 1).replace(/,0$/, ''), level: String(i + 1) },
          });
        }
      });
    },
  }),
};
