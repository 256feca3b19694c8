import { paragrafInList, suggestParagraf } from '../../src/core/rules/paragraf-in-list';
import { at, HOBRO, testRule } from './helpers';

it('suggests the listed form of a short §§', () => {
  expect(suggestParagraf('§ 105')).toBe('ABL § 105');
  expect(suggestParagraf('§ 108')).toBe('SEL § 108');
  expect(suggestParagraf('SEL §§ 10-12')).toBe('SEL § 10-12');
  expect(suggestParagraf('§ 999')).toBeNull();
});

testRule(paragrafInList, {
  valid: [{ name: 'a listed §§', blocks: [HOBRO] }],
  invalid: [
    {
      name: 'a short §§ with a listed form',
      blocks: [{ ...HOBRO, paragraf: '§ 105' }],
      findings: [{ cell: at('paragraf', 'y1Row'), messageId: 'suggest', message: '§§ "§ 105" står ikke i listen; mente du "ABL § 105"?' }],
    },
    {
      name: 'a §§ with no listed form',
      blocks: [{ ...HOBRO, paragraf: '§ 999' }],
      findings: [{ cell: at('paragraf', 'y1Row'), messageId: 'unknown' }],
    },
    {
      name: 'no §§',
      blocks: [{ ...HOBRO, paragraf: null }],
      findings: [{ cell: at('paragraf', 'y1Row'), messageId: 'missing', message: '§§ er tom; vælg lovgrundlaget fra rullemenuen.' }],
    },
  ],
});
