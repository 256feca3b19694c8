import { solgteWithinAnvendte } from '../../src/core/rules/solgte-within-anvendte';
import { at, HOBRO, testRule } from './helpers';

testRule(solgteWithinAnvendte, {
  valid: [{ name: 'sold within used on each level', blocks: [{ ...HOBRO, anvendte: [10, 9], solgte: [4, 4] }] }],
  invalid: [
    {
      name: '3 sold of 2 used on Takst 2',
      blocks: [{ ...HOBRO, anvendte: [10, 2], solgte: [4, 3] }],
      findings: [{ cell: at('takst2', 'solgteRow'), messageId: 'over', message: 'Heraf solgte pladser (3) er flere end anvendte pladser (2) på Takst 2.' }],
    },
  ],
});
