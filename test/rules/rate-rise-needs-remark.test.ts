import { rateRiseNeedsRemark } from '../../src/core/rules/rate-rise-needs-remark';
import { at, findingsOf, HOBRO, hobroWithTakst1, testRule } from './helpers';

// 1000 → 1051 is +5,1 % exactly on paper (5,0999… in binary): not strictly above P/L 3,10 + 2,0.
const atLimit = { ...HOBRO, y1: { ...HOBRO.y1, basis: 1000 }, y2: { ...HOBRO.y2, basis: 1051, takster: [332, 498] } };
const bothLevels = { ...hobroWithTakst1(332 * 1.06), y2: { ...HOBRO.y2, takster: [332 * 1.06, 498 * 1.2] } };
const rise5 = hobroWithTakst1(332 * 1.05); // 5 %: above 2,46 + 2,0, below 3,10 + 2,0

testRule(rateRiseNeedsRemark, {
  valid: [
    {
      name: 'a 12,7 % rise with a remark',
      blocks: [{ ...HOBRO, bemaerkning: 'Opnormering', y2: { ...HOBRO.y2, takster: [332 * (346 / 307), 498 * (519 / 460)] } }],
    },
    { name: 'a 2 % fall', blocks: [hobroWithTakst1(332 * 0.98)] },
    { name: 'a rise at the limit', blocks: [atLimit] },
    { name: '5 % for a municipality (P/L kommuner 3,10)', blocks: [rise5] },
  ],
  invalid: [
    {
      name: 'Takst 1 rises 6,0 % (P/L 3,10 + 2,0) with no remark',
      blocks: [hobroWithTakst1(332 * 1.06)],
      findings: [
        {
          cell: at('bemaerkning', 'y1Row'),
          messageId: 'missing',
          message: /^Takst 1 \(\+6,0 %\) stiger mere end P\/L kommuner \(3,10 %\) \+ 2,0 procentpoint = 5,10 %/,
        },
      ],
    },
    {
      name: 'every level that rose too much is named',
      blocks: [bothLevels],
      findings: [{ cell: at('bemaerkning', 'y1Row'), messageId: 'missing', message: /Takst 1 \(\+6,0 %\), Takst 2 \(\+20,0 %\)/ }],
    },
    {
      name: 'just above the limit',
      blocks: [{ ...atLimit, y2: { ...atLimit.y2, basis: 1051.01 } }],
      findings: [{ cell: at('bemaerkning', 'y1Row'), messageId: 'missing' }],
    },
    {
      name: '5 % for Region Nordjylland (P/L regioner 2,46)',
      blocks: [rise5],
      sheet: { driftsherre: 'Region Nordjylland' },
      findings: [{ cell: at('bemaerkning', 'y1Row'), messageId: 'missing', message: /P\/L regioner/ }],
    },
  ],
});

it('names the block of the finding', () => {
  const { findings } = findingsOf(rateRiseNeedsRemark, [hobroWithTakst1(332 * 1.06)]);
  expect(findings[0].block).toMatchObject({ index: 0, tilbud: 'Aktivitetshuset Hobro' });
});
