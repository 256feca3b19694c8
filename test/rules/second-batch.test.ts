import { rateOn250Days } from '../../src/core/rules/rate-on-250-days';
import { paragrafInList, suggestParagraf } from '../../src/core/rules/paragraf-in-list';
import { enhedInList } from '../../src/core/rules/enhed-in-list';
import { identityRequired } from '../../src/core/rules/identity-required';
import { belaegningRange } from '../../src/core/rules/belaegning-range';
import { takstLevelsContiguous } from '../../src/core/rules/takst-levels-contiguous';
import { timeUnitNeedsBasisAndTime } from '../../src/core/rules/time-unit-needs-basis-and-time';
import { solgteWithinAnvendte } from '../../src/core/rules/solgte-within-anvendte';
import { findingsOf, HOBRO } from './helpers';

// Syrenhuset (Aalborg, 2026): 248 kr. on 365 days is 362 kr. on 250 days for the same budget.
const syrenhuset = (rate: number) => ({
  tilbud: 'Syrenhuset',
  afdeling: 'Syrenhuset',
  paragraf: 'SEL § 104',
  enhed: 'Dag',
  y2: { pladser: 10, belaegning: 100, budget: 248 * 10 * 365, regulering: 0, oh: 5, takster: [rate] },
});

describe('rate-on-250-days', () => {
  it('warns at the rate when it matches the budget on 250 days (362 against 248)', () => {
    const { findings, layout } = findingsOf(rateOn250Days, [syrenhuset(362)]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', cell: `M${layout.blocks[0].y2Row + 1}` });
    expect(findings[0].message).toBe(
      'Taksten 362 kr. svarer til budgettet fordelt på 250 betalingsdage (362 kr.); på 365 dage giver budgettet 248 kr. Takster skal beregnes på 365 dage.',
    );
  });

  it('accepts the 365-day rate and the test municipality rows', () => {
    expect(findingsOf(rateOn250Days, [syrenhuset(248)]).findings).toEqual([]);
    expect(findingsOf(rateOn250Days, [HOBRO]).findings).toEqual([]);
  });
});

describe('paragraf-in-list and enhed-in-list', () => {
  it('suggests the listed form of a short §§', () => {
    expect(suggestParagraf('§ 105')).toBe('ABL § 105');
    expect(suggestParagraf('§ 108')).toBe('SEL § 108');
    expect(suggestParagraf('SEL §§ 10-12')).toBe('SEL § 10-12');
    expect(suggestParagraf('§ 999')).toBeNull();
    const { findings } = findingsOf(paragrafInList, [{ ...HOBRO, paragraf: '§ 105' }]);
    expect(findings.map((f) => [f.severity, f.message])).toEqual([['warning', '§§ "§ 105" står ikke i listen; mente du "ABL § 105"?']]);
    expect(findingsOf(paragrafInList, [HOBRO]).findings).toEqual([]);
  });

  it('takes Enhed case-insensitively and rejects an unknown unit', () => {
    expect(findingsOf(enhedInList, [{ ...HOBRO, enhed: 'dag' }]).findings).toEqual([]);
    expect(findingsOf(enhedInList, [{ ...HOBRO, enhed: 'stk' }]).findings).toEqual([]);
    const { findings } = findingsOf(enhedInList, [{ ...HOBRO, enhed: 'Pr. borger' }]);
    expect(findings[0]).toMatchObject({ severity: 'error' });
    expect(findings[0].message).toMatch(/^Enhed "Pr. borger" står ikke i listen/);
  });
});

describe('identity-required, belaegning-range, takst-levels-contiguous, time-unit-needs-basis-and-time', () => {
  it('needs Tilbud and Afdeling when a block has figures', () => {
    const { findings, layout } = findingsOf(identityRequired, [{ ...HOBRO, afdeling: null }]);
    expect(findings.map((f) => f.cell)).toEqual([`B${layout.blocks[0].y1Row + 1}`]);
    expect(findingsOf(identityRequired, [HOBRO]).findings).toEqual([]);
  });

  it('keeps occupancy in (0, 100] %', () => {
    expect(findingsOf(belaegningRange, [{ ...HOBRO, y2: { ...HOBRO.y2, belaegning: 150 } }]).findings[0].message).toBe(
      'Belægningen for 2027 er 150,0 %; den skal være over 0 og højst 100 %.',
    );
    expect(findingsOf(belaegningRange, [{ ...HOBRO, y2: { ...HOBRO.y2, belaegning: 0 } }]).findings).toHaveLength(1);
    expect(findingsOf(belaegningRange, [{ ...HOBRO, y2: { ...HOBRO.y2, belaegning: 100 } }]).findings).toEqual([]);
  });

  it('points at the first gap in the levels', () => {
    const { findings, layout } = findingsOf(takstLevelsContiguous, [{ ...HOBRO, y2: { ...HOBRO.y2, takster: [487, null, 600] } }]);
    expect(findings.map((f) => f.cell)).toEqual([`N${layout.blocks[0].y2Row + 1}`]);
    expect(findingsOf(takstLevelsContiguous, [HOBRO]).findings).toEqual([]);
  });

  it('needs Basis and Time for Enhed Time', () => {
    const { findings } = findingsOf(timeUnitNeedsBasisAndTime, [{ ...HOBRO, enhed: 'Time', y1: undefined, y2: { ...HOBRO.y2, basis: 735, takster: [] } }]);
    expect(findings.map((f) => f.message)).toEqual(['Enhed er Time, men Time er tom for 2027; en timebaseret takst angives som basistakst og timepris.']);
    expect(
      findingsOf(timeUnitNeedsBasisAndTime, [{ ...HOBRO, enhed: 'Time', y1: undefined, y2: { ...HOBRO.y2, basis: 735, time: 330, takster: [] } }]).findings,
    ).toEqual([]);
  });
});

describe('solgte-within-anvendte', () => {
  it('reports sold places above used places, level by level', () => {
    const { findings } = findingsOf(solgteWithinAnvendte, [{ ...HOBRO, anvendte: [10, 2], solgte: [4, 3] }]);
    expect(findings.map((f) => f.message)).toEqual(['Heraf solgte pladser (3) er flere end anvendte pladser (2) på Takst 2.']);
    expect(findingsOf(solgteWithinAnvendte, [{ ...HOBRO, anvendte: [10, 9], solgte: [4, 4] }]).findings).toEqual([]);
  });
});
