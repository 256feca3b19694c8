import { findingsOf, HOBRO } from './helpers';
import { sheetCellsPresent } from '../../src/core/rules/sheet-cells-present';

describe('sheet-cells-present', () => {
  it('reports a missing P/L and an implausible one', () => {
    const { findings, layout } = findingsOf(sheetCellsPresent, [HOBRO], {
      header: { overheadY1: 6.3, overheadY2: 6.5 },
      extra: (l) => [
        { sheet: l.sheetName, cell: 'I1', value: null },
        { sheet: l.sheetName, cell: 'I2', value: 0.25 },
      ],
    });
    expect(layout.header.plKommuner).toEqual({ row: 0, col: 8 });
    expect(findings.map((f) => [f.cell, f.message])).toEqual([
      ['I1', 'P/L - Kommuner mangler i skemaet.'],
      ['I2', 'P/L - Regioner er 25,00 %; en P/L-sats skal ligge mellem 0 og 10 %.'],
    ]);
  });

  it('asks for overhead driftsherre for both years, and is clean when the header is filled', () => {
    const header = { overheadY1: 6.3, overheadY2: 6.5 };
    expect(findingsOf(sheetCellsPresent, [HOBRO], { header }).findings).toEqual([]);
    const { findings } = findingsOf(sheetCellsPresent, [HOBRO], { header: { overheadY1: 6.3 } });
    expect(findings.map((f) => [f.cell, f.message])).toEqual([['E3', 'Overhead driftsherre for 2026 mangler i skemaet.']]);
  });
});
