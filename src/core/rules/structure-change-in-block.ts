// A change of tariff structure typed into one block: the "fictive average rates" the review group rejected.
import { hasFigures, isTyped } from '../model/queries';
import type { YearRow } from '../model/takstskema';
import type { Rule } from './types';

// A cell that holds something unreadable (#DIV/0!, text) counts as filled: its own finding says what is wrong,
// and the structure is judged by what was typed.
function levels(y: YearRow): number {
  return y.takster.filter(isTyped).length;
}

function basisTime(y: YearRow): string {
  return [isTyped(y.basis) ? 'Basis' : null, isTyped(y.time) ? 'Time' : null].filter(Boolean).join(' og ') || 'hverken Basis eller Time';
}

export const structureChangeInBlock: Rule = {
  meta: {
    id: 'structure-change-in-block',
    severity: 'error',
    review: 'Strukturændring',
    title: 'Skift i takststruktur i én blok',
    description: 'År 1 og år 2 i samme blok har et forskelligt antal takstniveauer, eller Basis/Time i kun det ene år.',
    points: 'Tilbud',
    example: 'Botilbud A i én blok: 2 niveauer i 2026, 4 i 2027 (udkastet bruger to blokke).',
    messages: {
      levels:
        'År 1 har {n1} takstniveauer og år 2 har {n2}: et skift i takststruktur skal stå i to blokke (den gamle struktur i år 1 i den ene, den nye i år 2 i den anden), så ændringen kan aflæses.',
      basisTime:
        'År 1 har {bt1}, år 2 har {bt2}: et skift i takststruktur skal stå i to blokke (den gamle struktur i år 1 i den ene, den nye i år 2 i den anden).',
    },
  },
  create: (ctx) => ({
    block(b) {
      if (!b.y1 || !b.y2 || !hasFigures(b.y1) || !hasFigures(b.y2)) return;
      const [n1, n2] = [levels(b.y1), levels(b.y2)];
      const cell = b.tilbud.cell;
      if (n1 !== n2) ctx.report({ messageId: 'levels', cell, data: { n1: String(n1), n2: String(n2) } });
      else if (isTyped(b.y1.basis) !== isTyped(b.y2.basis) || isTyped(b.y1.time) !== isTyped(b.y2.time)) {
        ctx.report({ messageId: 'basisTime', cell, data: { bt1: basisTime(b.y1), bt2: basisTime(b.y2) } });
      }
    },
  }),
};
