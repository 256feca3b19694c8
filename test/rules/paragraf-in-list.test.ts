import { findingsOf, HOBRO } from './helpers';
import { paragrafInList, suggestParagraf } from '../../src/core/rules/paragraf-in-list';

describe('paragraf-in-list', () => {
  it('suggests the listed form of a short §§', () => {
    expect(suggestParagraf('§ 105')).toBe('ABL § 105');
    expect(suggestParagraf('§ 108')).toBe('SEL § 108');
    expect(suggestParagraf('SEL §§ 10-12')).toBe('SEL § 10-12');
    expect(suggestParagraf('§ 999')).toBeNull();
    const { findings } = findingsOf(paragrafInList, [{ ...HOBRO, paragraf: '§ 105' }]);
    expect(findings.map((f) => [f.severity, f.message])).toEqual([['warning', '§§ "§ 105" står ikke i listen; mente du "ABL § 105"?']]);
    expect(findingsOf(paragrafInList, [HOBRO]).findings).toEqual([]);
  });
});
