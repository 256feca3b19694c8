import { structureChangeInBlock } from '../../src/core/rules/structure-change-in-block';
import { DRAFT_FICTIVE_BLOCKS } from '../fixtures/seeds';
import { findingsOf } from './helpers';

describe('structure-change-in-block', () => {
  it('rejects Botilbud A typed into one block (2 levels in 2026, 4 in 2027)', () => {
    const [old, neu] = DRAFT_FICTIVE_BLOCKS;
    const { findings, layout } = findingsOf(structureChangeInBlock, [{ ...old, y2: neu.y2 }]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', cell: `A${layout.blocks[0].y1Row + 1}` });
    expect(findings[0].message).toMatch(/År 1 har 2 takstniveauer og år 2 har 4/);
  });

  it('rejects Basis/Time in one year only (Botilbud B typed into one block)', () => {
    const [, , old, neu] = DRAFT_FICTIVE_BLOCKS;
    const { findings } = findingsOf(structureChangeInBlock, [{ ...old, y2: { ...neu.y2, takster: [735, 2600] } }]);
    expect(findings[0].message).toMatch(/År 1 har hverken Basis eller Time, år 2 har Basis og Time/);
  });

  it('accepts the draft two-block form', () => {
    expect(findingsOf(structureChangeInBlock, DRAFT_FICTIVE_BLOCKS).findings).toEqual([]);
  });
});
