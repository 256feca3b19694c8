// Fortryd's plan: a cell that still holds what the write put there is restored; one changed since is listed with
// what was written and what it holds now; a record from before `written` was kept restores every cell.
import { planUndo, restoreWrites, undoRecordFor, type UndoRecord } from '../../src/core/plans/undo';
import type { Grid } from '../../src/core/grid';

const grid = (cells: Record<string, number | string | null>): Grid => {
  const g: Grid = { name: 'Ark', cells: [], merges: [] };
  for (const [a1, value] of Object.entries(cells)) {
    const col = a1.charCodeAt(0) - 65;
    const row = Number(a1.slice(1)) - 1;
    (g.cells[row] ??= [])[col] = { value };
  }
  return g;
};

describe('planUndo', () => {
  const record = undoRecordFor('prefill', [
    { sheet: 'Ark', cell: 'A1', before: null, value: 15 },
    { sheet: 'Ark', cell: 'B1', before: 'gammel', value: 'ny' },
    { sheet: 'Ark', cell: 'C1', before: null, value: 0.98, numFmt: '0.0%' },
  ]);

  it('records what the write put in each cell', () => {
    expect(record.cells.map((c) => c.written)).toEqual([15, 'ny', 0.98]);
  });

  it('restores the cells that still hold the written value and lists the ones changed since', () => {
    const plan = planUndo(record, [grid({ A1: 16, B1: ' ny ', C1: 0.98 + 1e-12 })]);
    expect(plan.restore.map((w) => [w.cell, w.value, w.numFmt])).toEqual([
      ['B1', 'gammel', undefined],
      ['C1', null, 'General'],
    ]);
    expect(plan.changed).toEqual([{ sheet: 'Ark', cell: 'A1', written: 15, now: 16 }]);
  });

  it('counts a cleared cell and a missing sheet as changed, never as restorable', () => {
    expect(planUndo(record, [grid({ A1: null, B1: 'ny', C1: 0.98 })]).changed.map((c) => c.cell)).toEqual(['A1']);
    expect(planUndo(record, []).changed).toHaveLength(3);
  });

  it('restores every cell of a record kept before the written values were', () => {
    const old: UndoRecord = { ...record, cells: record.cells.map(({ written: _w, ...c }) => c) };
    expect(planUndo(old, [grid({ A1: 99 })]).restore).toEqual(restoreWrites(old));
  });
});
