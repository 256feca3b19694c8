import { findingsOf, HOBRO } from './helpers';
import { lockedCellFilled } from '../../src/core/rules/locked-cell-filled';
import { unplacedValue } from '../../src/core/rules/unplaced-value';

describe('locked-cell-filled', () => {
  it('is an error for text in the Ændring row outside its changes and in a places row outside the levels', () => {
    const { findings, layout } = findingsOf(lockedCellFilled, [HOBRO], {
      extra: (l) => [
        { sheet: l.sheetName, cell: `X${l.blocks[0].changeRow + 1}`, value: 'se note' },
        { sheet: l.sheetName, cell: `G${l.blocks[0].anvendteRow + 1}`, value: 7 },
      ],
    });
    const b = layout.blocks[0];
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([
      [`X${b.changeRow + 1}`, 'error'],
      [`G${b.anvendteRow + 1}`, 'error'],
    ]);
    expect(findings[0].message).toBe('Cellen skal ikke udfyldes, men indeholder "se note"; flyt teksten til Bemærkning eller Særlige forhold.');
  });

  it('finds nothing on the clean template', () => {
    expect(findingsOf(lockedCellFilled, [HOBRO]).findings).toEqual([]);
    expect(findingsOf(unplacedValue, [HOBRO]).findings).toEqual([]);
  });
});
