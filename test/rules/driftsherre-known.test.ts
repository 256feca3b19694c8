import { driftsherreKnown } from '../../src/core/rules/driftsherre-known';
import { HOBRO, testRule } from './helpers';
import { a1 } from '../../src/core/grid';
import type { TemplateLayout } from '../../src/core/template/build';

const driftsherre = (l: TemplateLayout) => a1(l.header.driftsherre.row, l.header.driftsherre.col);

testRule(driftsherreKnown, {
  valid: [
    { name: 'one of the 11 names', blocks: [HOBRO] },
    // The draft's own test sheet is headed "Mariagerfjord Kommune - test": a known operator's test copy.
    { name: 'a known operator’s test copy', blocks: [HOBRO], sheet: { driftsherre: 'Mariagerfjord Kommune - test' } },
  ],
  invalid: [
    {
      name: 'a misspelling',
      blocks: [HOBRO],
      sheet: { driftsherre: 'Mariager fjord Kommune' },
      findings: [
        { cell: driftsherre, messageId: 'suggest', message: 'Driftsherre "Mariager fjord Kommune" er ikke et kendt navn; mente du "Mariagerfjord Kommune"?' },
      ],
    },
    {
      name: 'a misspelt test copy',
      blocks: [HOBRO],
      sheet: { driftsherre: 'Mariager fjord Kommune - test' },
      findings: [{ cell: driftsherre, messageId: 'suggest', message: /mente du "Mariagerfjord Kommune"/ }],
    },
    {
      name: 'no operator of the takstbilag',
      blocks: [HOBRO],
      sheet: { driftsherre: 'X Kommune / Region' },
      findings: [{ cell: driftsherre, messageId: 'unknown', message: /ikke en af de 11/ }],
    },
    {
      name: 'no operator named',
      blocks: [HOBRO],
      sheet: { driftsherre: '' },
      findings: [{ cell: driftsherre, messageId: 'missing', message: 'Driftsherrens navn mangler øverst i skemaet.' }],
    },
  ],
});
