// Two blocks with the same Tilbud, Afdeling and Enhed that both have both years filled report the offer twice.
import { hasFigures } from '../model/queries';
import { blockName } from '../model/queries';
import type { Rule } from './types';

const key = (s: string | null) => (s ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

export const duplicateBlock: Rule = {
  meta: {
    id: 'duplicate-block',
    severity: 'error',
    review: null,
    title: 'Samme tilbud to gange',
    description: 'To blokke har samme Tilbud, Afdeling og Enhed, og begge har tal for begge år.',
    points: 'Tilbud i den sidste af blokkene',
    example: 'Aktivitetshuset Hobro (Dag) to gange, begge med 2026 og 2027.',
    messages: { duplicate: '{name} ({enhed}) står også i blokken i række {row}; et tilbud med samme enhed skal kun stå én gang med begge år.' },
  },
  create(ctx) {
    const seen = new Map<string, number>();
    return {
      block(b) {
        if (!hasFigures(b.y1) || !hasFigures(b.y2) || b.tilbud.value === null) return;
        const k = [b.tilbud.value, b.afdeling.value, b.enhed.value].map(key).join('|');
        const first = seen.get(k);
        if (first === undefined) seen.set(k, b.headerRow);
        else
          ctx.report({ messageId: 'duplicate', cell: b.tilbud.cell, data: { name: blockName(b), enhed: b.enhed.value ?? 'uden enhed', row: String(first) } });
      },
    };
  },
};
