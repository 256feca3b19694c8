// Anything typed into a cell the skema says is not to be filled.
import type { Rule } from './types';

export const lockedCellFilled: Rule = {
  meta: {
    id: 'locked-cell-filled',
    severity: 'error',
    review: null,
    title: 'Udfyldt celle, der ikke skal udfyldes',
    description: 'Der står noget i en celle, der ikke skal udfyldes (Ændring-rækken uden for ændringerne, pladsrækkerne uden for Takst 1-10).',
    points: 'Cellen',
    example: '"se note" skrevet i Bemærkning-kolonnen i Ændring-rækken.',
    messages: { filled: 'Cellen skal ikke udfyldes, men indeholder "{value}"; flyt teksten til Bemærkning eller Særlige forhold.' },
  },
  create: (ctx) => ({
    sheet() {
      for (const u of ctx.sheet.unplaced) if (u.kind === 'locked-cell') ctx.report({ messageId: 'filled', cell: u.cell, data: { value: String(u.value) } });
    },
  }),
};
