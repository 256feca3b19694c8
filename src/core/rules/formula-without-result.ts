// A formula in an input cell with no calculated result (a file saved by a tool that does not calculate): its figure
// cannot be read, and without this finding it would look like an empty cell.
import { identityCells, isFormulaWithoutResult } from '../model/queries';
import { fieldName } from './helpers';
import type { Rule } from './types';

export const formulaWithoutResult: Rule = {
  meta: {
    id: 'formula-without-result',
    severity: 'error',
    review: null,
    title: 'Formel uden beregnet resultat',
    description: 'En indtastningscelle har en formel, men filen har intet beregnet resultat gemt for den (gemt af et program, der ikke regner).',
    points: 'Cellen med formlen',
    example: 'Budget i alt for 2027 er =SUM(X1:X9) i en fil gemt af et script: tallet findes ikke i filen.',
    messages: { missing: '{field}: formlen ={formula} har intet beregnet resultat i filen; åbn og gem filen i Excel, så tallet kommer med.' },
  },
  create: (ctx) => {
    const report = (name: string, field: { cell: string | null; formula?: string }) =>
      ctx.report({ messageId: 'missing', cell: field.cell, data: { field: name, formula: field.formula! } });
    return {
      // The identity cells of a block, then its number fields (the runner's list, built once for every rule).
      block(b) {
        for (const [name, field] of identityCells(b)) if (isFormulaWithoutResult(field)) report(name, field);
      },
      field(f, b, at) {
        if (isFormulaWithoutResult(f)) report(fieldName(b, at), f);
      },
    };
  },
};
