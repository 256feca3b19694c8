import { findingsOf, HOBRO } from './helpers';
import { takstLevelsContiguous } from '../../src/core/rules/takst-levels-contiguous';

describe('takst-levels-contiguous', () => {
  it('points at the first gap in the levels', () => {
    const { findings, layout } = findingsOf(takstLevelsContiguous, [{ ...HOBRO, y2: { ...HOBRO.y2, takster: [487, null, 600] } }]);
    expect(findings.map((f) => f.cell)).toEqual([`N${layout.blocks[0].y2Row + 1}`]);
    expect(findingsOf(takstLevelsContiguous, [HOBRO]).findings).toEqual([]);
  });
});
