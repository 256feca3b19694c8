import { basisDiffersWithinTilbud } from '../../src/core/rules/basis-differs-within-tilbud';
import { findingsOf, HOBRO } from './helpers';

const dept = (afdeling: string, basis: number, saerligeForhold?: string) => ({ ...HOBRO, afdeling, saerligeForhold, y2: { ...HOBRO.y2, basis } });

describe('basis-differs-within-tilbud', () => {
  it('warns about departments of one offer with different base rates and no explanation', () => {
    const { findings } = findingsOf(basisDiffersWithinTilbud, [dept('Bøgevej A', 325), dept('Bøgevej B', 410)]);
    expect(findings.map((f) => f.message)).toEqual([
      'Basis 325 afviger fra 410 i andre afdelinger af Aktivitetshuset Hobro; forklar forskellen i Særlige forhold.',
      'Basis 410 afviger fra 325 i andre afdelinger af Aktivitetshuset Hobro; forklar forskellen i Særlige forhold.',
    ]);
  });

  it('accepts equal bases, and differences explained in Særlige forhold', () => {
    expect(findingsOf(basisDiffersWithinTilbud, [dept('A', 325), dept('B', 325)]).findings).toEqual([]);
    expect(findingsOf(basisDiffersWithinTilbud, [dept('A', 325, 'Borgerkategori lav'), dept('B', 410, 'Borgerkategori høj')]).findings).toEqual([]);
  });
});
