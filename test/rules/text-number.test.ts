import { findingsOf, HOBRO } from './helpers';
import { inputErrorValue } from '../../src/core/rules/input-error-value';
import { notANumber } from '../../src/core/rules/not-a-number';
import { textNumber } from '../../src/core/rules/text-number';

describe('text-number', () => {
  it('warns about Danish numbers typed as text, naming the number read', () => {
    const { findings, layout } = findingsOf(textNumber, [HOBRO], {
      extra: (l) => [{ sheet: l.sheetName, cell: `G${l.blocks[0].y2Row + 1}`, value: '8.716.584' }],
    });
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', cell: `G${layout.blocks[0].y2Row + 1}` })]);
    expect(findings[0].message).toBe('Budget i alt 2027 er skrevet som tekst ("8.716.584"); læst som 8.716.584. Skriv tallet som et tal.');
  });

  it('finds nothing in a clean block', () => {
    for (const rule of [textNumber, notANumber, inputErrorValue]) expect(findingsOf(rule, [HOBRO]).findings).toEqual([]);
  });
});
