import { basisDiffersWithinTilbud } from '../../src/core/rules/basis-differs-within-tilbud';
import { at, HOBRO, testRule } from './helpers';

const dept = (afdeling: string, basis: number, saerligeForhold?: string) => ({ ...HOBRO, afdeling, saerligeForhold, y2: { ...HOBRO.y2, basis } });

testRule(basisDiffersWithinTilbud, {
  valid: [
    { name: 'equal bases', blocks: [dept('A', 325), dept('B', 325)] },
    { name: 'differences explained in Særlige forhold', blocks: [dept('A', 325, 'Borgerkategori lav'), dept('B', 410, 'Borgerkategori høj')] },
  ],
  invalid: [
    {
      name: 'two departments with different bases and no explanation',
      blocks: [dept('Bøgevej A', 325), dept('Bøgevej B', 410)],
      findings: [
        {
          cell: at('basis', 'y2Row', 0),
          messageId: 'differs',
          message: 'Basis 325 afviger fra 410 i andre afdelinger af Aktivitetshuset Hobro; forklar forskellen i Særlige forhold.',
        },
        {
          cell: at('basis', 'y2Row', 1),
          messageId: 'differs',
          message: 'Basis 410 afviger fra 325 i andre afdelinger af Aktivitetshuset Hobro; forklar forskellen i Særlige forhold.',
        },
      ],
    },
  ],
});
