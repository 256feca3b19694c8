import { DRAFT_FICTIVE_BLOCKS } from '../fixtures/seeds';
import { newOrDiscontinuedOffer } from '../../src/core/rules/new-or-discontinued-offer';
import { at, HOBRO, testRule } from './helpers';

testRule(newOrDiscontinuedOffer, {
  valid: [{ name: 'both years', blocks: [HOBRO] }],
  invalid: [
    {
      name: 'the draft’s discontinued and new structure of Botilbud A',
      blocks: DRAFT_FICTIVE_BLOCKS.slice(0, 2),
      findings: [
        { cell: at('tilbud', 'y1Row', 0), messageId: 'discontinued', message: /^Botilbud A \/ Afdeling A har kun tal for 2026:/ },
        { cell: at('tilbud', 'y1Row', 1), messageId: 'new', message: /^Botilbud A \/ Afdeling A har kun tal for 2027:/ },
      ],
    },
  ],
});
