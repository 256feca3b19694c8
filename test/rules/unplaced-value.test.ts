import { findingsOf, HOBRO } from './helpers';
import { unplacedValue } from '../../src/core/rules/unplaced-value';

describe('unplaced-value', () => {
  it('warns about a value under an unknown column, not about the column header itself', () => {
    const { findings, layout } = findingsOf(unplacedValue, [HOBRO], {
      layout: { extraColumns: ['Intern note'] },
      extra: (l) => [{ sheet: l.sheetName, cell: `Y${l.blocks[0].y2Row + 1}`, value: 'ring til Jens' }],
    });
    expect(findings.map((f) => [f.cell, f.message])).toEqual([
      [`Y${layout.blocks[0].y2Row + 1}`, '"ring til Jens" indgår ikke i skemaet: værdi i en kolonne uden kendt overskrift.'],
    ]);
  });
});
