import { checkSheet } from '../../src/core/rules/runner';
import { findingsOf, HOBRO } from './helpers';
import { inputErrorValue } from '../../src/core/rules/input-error-value';
import { notANumber } from '../../src/core/rules/not-a-number';

describe('not-a-number', () => {
  it('is an error for text that is no number, and for #REF! in an input cell', () => {
    const extra = (l: { sheetName: string; blocks: Array<{ y1Row: number; y2Row: number }> }) => [
      { sheet: l.sheetName, cell: `E${l.blocks[0].y2Row + 1}`, value: 'ca. halvtreds' },
    ];
    expect(findingsOf(notANumber, [HOBRO], { extra }).findings[0].message).toBe('Pladser 2027 skal være et tal, men indeholder "ca. halvtreds".');
    const { sheet } = findingsOf(inputErrorValue, [HOBRO]);
    sheet.blocks[0].y2!.budget = { ...sheet.blocks[0].y2!.budget, value: null, error: '#REF!', issue: 'error-value' };
    expect(checkSheet(sheet, [inputErrorValue])).toEqual([
      expect.objectContaining({ cell: sheet.blocks[0].y2!.budget.cell, message: expect.stringContaining('#REF!') }),
    ]);
  });
});
