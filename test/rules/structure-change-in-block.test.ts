import { structureChangeInBlock } from '../../src/core/rules/structure-change-in-block';
import { DRAFT_FICTIVE_BLOCKS } from '../fixtures/seeds';
import { at, testRule } from './helpers';

const [oldA, newA, oldB, newB] = DRAFT_FICTIVE_BLOCKS;

testRule(structureChangeInBlock, {
  valid: [{ name: 'the draft’s two-block form', blocks: DRAFT_FICTIVE_BLOCKS }],
  invalid: [
    {
      name: 'Botilbud A typed into one block (2 levels in 2026, 4 in 2027)',
      blocks: [{ ...oldA, y2: newA.y2 }],
      findings: [{ cell: at('tilbud', 'y1Row'), messageId: 'levels', message: /År 1 har 2 takstniveauer og år 2 har 4/ }],
    },
    {
      name: 'Basis/Time in one year only (Botilbud B typed into one block)',
      blocks: [{ ...oldB, y2: { ...newB.y2, takster: [735, 2600] } }],
      findings: [{ cell: at('tilbud', 'y1Row'), messageId: 'basisTime', message: /År 1 har hverken Basis eller Time, år 2 har Basis og Time/ }],
    },
  ],
});
