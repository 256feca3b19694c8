// A block whose header row was deleted is still read (with the columns of the block above), and said so.
import { blockName } from '../model/queries';
import type { Rule } from './types';

export const blockHeaderMissing: Rule = {
  meta: {
    id: 'block-header-missing',
    severity: 'warning',
    review: null,
    title: 'Blokken mangler sin overskriftsrække',
    description: 'En blok begynder uden sin egen række med Tilbud, Afdeling, §§, År …; den er læst med kolonnerne fra blokken ovenfor.',
    points: 'Tilbud i blokkens første årsrække',
    example: 'Overskriftsrækken over Beskyttet Beskæftigelse er slettet, så blokken følger direkte efter blokken ovenfor.',
    messages: {
      missing:
        '{name} har ingen overskriftsrække; blokken er læst med kolonnerne fra blokken ovenfor. Indsæt overskriftsrækken igen (kopiér den fra en anden blok).',
    },
  },
  create: (ctx) => ({
    block(b) {
      if (b.headerMissing) ctx.report({ messageId: 'missing', cell: b.tilbud.cell ?? (b.y1 ?? b.y2)?.year.cell ?? null, data: { name: blockName(b) } });
    },
  }),
};
