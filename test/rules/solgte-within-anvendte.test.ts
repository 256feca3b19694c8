import { findingsOf, HOBRO } from './helpers';
import { solgteWithinAnvendte } from '../../src/core/rules/solgte-within-anvendte';

describe('solgte-within-anvendte', () => {
  it('reports sold places above used places, level by level', () => {
    const { findings } = findingsOf(solgteWithinAnvendte, [{ ...HOBRO, anvendte: [10, 2], solgte: [4, 3] }]);
    expect(findings.map((f) => f.message)).toEqual(['Heraf solgte pladser (3) er flere end anvendte pladser (2) på Takst 2.']);
    expect(findingsOf(solgteWithinAnvendte, [{ ...HOBRO, anvendte: [10, 9], solgte: [4, 4] }]).findings).toEqual([]);
  });
});
