import { checkSheet } from '../../src/core/rules/runner';
import { inputErrorValue } from '../../src/core/rules/input-error-value';
import { notANumber } from '../../src/core/rules/not-a-number';
import { textNumber } from '../../src/core/rules/text-number';
import { findingsOf, HOBRO } from './helpers';

describe('text-number, not-a-number, input-error-value', () => {
  it('warns about Danish numbers typed as text, naming the number read', () => {
    const { findings, layout } = findingsOf(textNumber, [HOBRO], {
      extra: (l) => [{ sheet: l.sheetName, cell: `G${l.blocks[0].y2Row + 1}`, value: '8.716.584' }],
    });
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', cell: `G${layout.blocks[0].y2Row + 1}` })]);
    expect(findings[0].message).toBe('Budget i alt (år 2) er skrevet som tekst ("8.716.584"); læst som 8.716.584. Skriv tallet som et tal.');
  });

  it('is an error for text that is no number, and for #REF! in an input cell', () => {
    const extra = (l: { sheetName: string; blocks: Array<{ y1Row: number; y2Row: number }> }) => [
      { sheet: l.sheetName, cell: `E${l.blocks[0].y2Row + 1}`, value: 'ca. halvtreds' },
    ];
    expect(findingsOf(notANumber, [HOBRO], { extra }).findings[0].message).toBe('Pladser (år 2) skal være et tal, men indeholder "ca. halvtreds".');
    const { sheet } = findingsOf(inputErrorValue, [HOBRO]);
    sheet.blocks[0].y2!.budget = { ...sheet.blocks[0].y2!.budget, value: null, error: '#REF!', issue: 'error-value' };
    expect(checkSheet(sheet, [inputErrorValue])).toEqual([
      expect.objectContaining({ cell: sheet.blocks[0].y2!.budget.cell, message: expect.stringContaining('#REF!') }),
    ]);
  });

  it('finds nothing in a clean block', () => {
    for (const rule of [textNumber, notANumber, inputErrorValue]) expect(findingsOf(rule, [HOBRO]).findings).toEqual([]);
  });
});
