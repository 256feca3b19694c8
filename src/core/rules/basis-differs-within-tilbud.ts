// Departments of one offer with different base rates and no word on why (the Vesthimmerland case).
import { formatNumber } from '../format';
import { isBlankText } from './helpers';
import type { Block } from '../model/takstskema';
import type { Rule } from './types';

export const basisDiffersWithinTilbud: Rule = {
  meta: {
    id: 'basis-differs-within-tilbud',
    severity: 'warning',
    review: null,
    title: 'Forskellige basistakster i samme tilbud',
    description: 'Blokke for samme Tilbud har forskellig Basis i kommende år, og hverken Særlige forhold eller Bemærkning forklarer det.',
    points: 'Basis (år 2) i blokken uden forklaring',
    example: 'Bøgevej A basis 325 og Bøgevej B basis 410 uden forklaring i Særlige forhold (Vesthimmerland 2025).',
    messages: { differs: 'Basis {basis} afviger fra {others} i andre afdelinger af {tilbud}; forklar forskellen i Særlige forhold.' },
  },
  create(ctx) {
    const groups = new Map<string, Block[]>();
    return {
      block(b) {
        if (b.tilbud.value === null || b.y2?.basis.value === null || b.y2?.basis.value === undefined) return;
        const k = b.tilbud.value.trim().toLowerCase();
        groups.set(k, [...(groups.get(k) ?? []), b]);
      },
      sheetEnd() {
        for (const blocks of groups.values()) {
          const values = new Set(blocks.map((b) => b.y2!.basis.value));
          if (values.size < 2) continue;
          for (const b of blocks) {
            if (!isBlankText(b.saerligeForhold) || !isBlankText(b.bemaerkning)) continue;
            const others = [...new Set(blocks.filter((o) => o.y2!.basis.value !== b.y2!.basis.value).map((o) => formatNumber(o.y2!.basis.value)))];
            if (others.length)
              ctx.report({
                messageId: 'differs',
                cell: b.y2!.basis.cell,
                block: b,
                data: { basis: formatNumber(b.y2!.basis.value), others: others.join(', '), tilbud: b.tilbud.value! },
              });
          }
        }
      },
    };
  },
};
