import { sheetCellsPresent } from '../../src/core/rules/sheet-cells-present';
import { newOrDiscontinuedOffer } from '../../src/core/rules/new-or-discontinued-offer';
import { DRAFT_FICTIVE_BLOCKS } from '../fixtures/seeds';
import { findingsOf, HOBRO } from './helpers';

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

describe('new-or-discontinued-offer', () => {
  it('tells new and discontinued offers apart, as info', () => {
    const { findings } = findingsOf(newOrDiscontinuedOffer, DRAFT_FICTIVE_BLOCKS.slice(0, 2));
    expect(findings.map((f) => [f.severity, f.message.split(':')[0]])).toEqual([
      ['info', 'Botilbud A / Afdeling A har kun tal for 2026'],
      ['info', 'Botilbud A / Afdeling A har kun tal for 2027'],
    ]);
    expect(findingsOf(newOrDiscontinuedOffer, [HOBRO]).findings).toEqual([]);
  });
});
