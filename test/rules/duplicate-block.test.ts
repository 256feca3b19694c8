import { duplicateBlock } from '../../src/core/rules/duplicate-block';
import { findingsOf, HOBRO } from './helpers';

describe('duplicate-block', () => {
  it('reports the second block of the same offer and unit with both years', () => {
    const { findings, layout } = findingsOf(duplicateBlock, [HOBRO, { ...HOBRO, tilbud: 'aktivitetshuset  hobro' }]);
    expect(findings).toHaveLength(1);
    expect(findings[0].cell).toBe(`A${layout.blocks[1].y1Row + 1}`);
    expect(findings[0].message).toMatch(new RegExp(`står også i blokken i række ${layout.blocks[0].headerRow + 1}`));
    expect(findingsOf(duplicateBlock, [HOBRO, { ...HOBRO, enhed: 'Døgn' }]).findings).toEqual([]);
  });
});
