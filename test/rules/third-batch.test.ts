import { pladserNegative } from '../../src/core/rules/pladser-negative';
import { pladserNotWhole } from '../../src/core/rules/pladser-not-whole';
import { ohRange } from '../../src/core/rules/oh-range';
import { budgetAndRates } from '../../src/core/rules/budget-and-rates';
import { basisBelowLevels } from '../../src/core/rules/basis-below-levels';
import { driftsherreKnown } from '../../src/core/rules/driftsherre-known';
import { findingsOf, HOBRO } from './helpers';

describe('pladser-negative and pladser-not-whole', () => {
  it('is an error for negative places and a warning for fractions', () => {
    expect(findingsOf(pladserNegative, [{ ...HOBRO, y2: { ...HOBRO.y2, pladser: -5 } }]).findings[0].message).toBe(
      'Pladser (2027) er -5; et antal pladser kan ikke være negativt.',
    );
    expect(findingsOf(pladserNotWhole, [{ ...HOBRO, y2: { ...HOBRO.y2, pladser: 12.5 } }]).findings[0].message).toBe(
      'Pladser for 2027 er 12,50; et pladsantal er normalt et helt tal.',
    );
    expect(findingsOf(pladserNegative, [HOBRO]).findings).toEqual([]);
    expect(findingsOf(pladserNotWhole, [HOBRO]).findings).toEqual([]);
  });
});

describe('oh-range', () => {
  it('warns about more than one decimal and about values outside 0-25 %', () => {
    expect(findingsOf(ohRange, [{ ...HOBRO, y2: { ...HOBRO.y2, oh: 5.75 } }]).findings[0].message).toBe(
      'OH % for 2027 er 5,75 %; angiv overheadprocenten med én decimal.',
    );
    expect(findingsOf(ohRange, [{ ...HOBRO, y2: { ...HOBRO.y2, oh: 31 } }]).findings[0].message).toMatch(/uden for det forventede 0-25 %/);
    expect(findingsOf(ohRange, [HOBRO]).findings).toEqual([]);
  });
});

describe('budget-and-rates', () => {
  it('needs a budget beside rates, and rates beside a budget', () => {
    const noBudget = findingsOf(budgetAndRates, [{ ...HOBRO, y2: { ...HOBRO.y2, budget: null } }]);
    expect(noBudget.findings.map((f) => f.cell)).toEqual([`G${noBudget.layout.blocks[0].y2Row + 1}`]);
    const noRates = findingsOf(budgetAndRates, [{ ...HOBRO, y2: { ...HOBRO.y2, basis: null, takster: [null] } }]);
    expect(noRates.findings[0].message).toBe('2027 har et budget, men ingen takster (Basis, Time eller Takst 1-10).');
    expect(findingsOf(budgetAndRates, [HOBRO]).findings).toEqual([]);
    expect(findingsOf(budgetAndRates, [{ ...HOBRO, enhed: 'Trækningsret', y2: { ...HOBRO.y2, basis: null, takster: [null] } }]).findings).toEqual([]);
  });
});

describe('basis-below-levels', () => {
  it('warns when Basis is not below every level', () => {
    const { findings } = findingsOf(basisBelowLevels, [{ ...HOBRO, y2: { ...HOBRO.y2, basis: 500 } }]);
    expect(findings[0].message).toBe('Basis (500) for 2027 er ikke lavere end Takst 1 (325); basistaksten er en andel af den samlede takst.');
    expect(findingsOf(basisBelowLevels, [HOBRO]).findings).toEqual([]);
  });
});

describe('driftsherre-known', () => {
  it('accepts the 11 names and suggests the nearest for a misspelling', () => {
    expect(findingsOf(driftsherreKnown, [HOBRO]).findings).toEqual([]);
    expect(findingsOf(driftsherreKnown, [HOBRO], { driftsherre: 'Mariager fjord Kommune' }).findings[0].message).toBe(
      'Driftsherre "Mariager fjord Kommune" er ikke et kendt navn; mente du "Mariagerfjord Kommune"?',
    );
    // The draft's own test sheet is headed "Mariagerfjord Kommune - test": a known operator's test copy.
    expect(findingsOf(driftsherreKnown, [HOBRO], { driftsherre: 'Mariagerfjord Kommune - test' }).findings).toEqual([]);
    expect(findingsOf(driftsherreKnown, [HOBRO], { driftsherre: 'Mariager fjord Kommune - test' }).findings[0].message).toMatch(
      /mente du "Mariagerfjord Kommune"/,
    );
    expect(findingsOf(driftsherreKnown, [HOBRO], { driftsherre: 'X Kommune / Region' }).findings[0].message).toMatch(/ikke en af de 11/);
  });
});
