import { findingsOf, HOBRO } from './helpers';
import { identityRequired } from '../../src/core/rules/identity-required';

describe('identity-required', () => {
  it('needs Tilbud and Afdeling when a block has figures', () => {
    const { findings, layout } = findingsOf(identityRequired, [{ ...HOBRO, afdeling: null }]);
    expect(findings.map((f) => f.cell)).toEqual([`B${layout.blocks[0].y1Row + 1}`]);
    expect(findingsOf(identityRequired, [HOBRO]).findings).toEqual([]);
  });
});
