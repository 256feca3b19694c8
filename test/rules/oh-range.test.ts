import { ohRange } from '../../src/core/rules/oh-range';
import { at, HOBRO, testRule } from './helpers';

testRule(ohRange, {
  valid: [
    { name: 'one decimal inside 0-25 %', blocks: [HOBRO] },
    { name: '25 % exactly', blocks: [{ ...HOBRO, y2: { ...HOBRO.y2, oh: 25 } }] },
  ],
  invalid: [
    {
      name: 'two decimals',
      blocks: [{ ...HOBRO, y2: { ...HOBRO.y2, oh: 5.75 } }],
      findings: [{ cell: at('oh', 'y2Row'), messageId: 'decimals', message: 'OH % for 2027 er 5,75 %; angiv overheadprocenten med én decimal.' }],
    },
    {
      name: '31 %',
      blocks: [{ ...HOBRO, y2: { ...HOBRO.y2, oh: 31 } }],
      findings: [{ cell: at('oh', 'y2Row'), messageId: 'range', message: /uden for det forventede 0-25 %/ }],
    },
  ],
});
