import { pladserChangeNeedsRemark } from '../../src/core/rules/pladser-change-needs-remark';
import { at, HOBRO, testRule } from './helpers';

testRule(pladserChangeNeedsRemark, {
  valid: [
    { name: 'the test sheet’s unchanged places', blocks: [HOBRO] },
    { name: 'a change with a remark', blocks: [{ ...HOBRO, bemaerkning: 'Ombygning: halvdelen af pladserne lukket', y2: { ...HOBRO.y2, pladser: 24 } }] },
    { name: 'a block with one year only', blocks: [{ ...HOBRO, y2: undefined }] },
  ],
  invalid: [
    {
      name: 'Syrenhuset 48 → 24 without a remark',
      blocks: [{ ...HOBRO, y1: { ...HOBRO.y1, pladser: 48 }, y2: { ...HOBRO.y2, pladser: 24 } }],
      findings: [
        {
          cell: at('bemaerkning', 'y1Row'),
          messageId: 'missing',
          message: 'Pladser ændres fra 48 i 2026 til 24 i 2027; skriv årsagen i Bemærkning, da pladsantallet påvirker taksten.',
        },
      ],
    },
  ],
});
