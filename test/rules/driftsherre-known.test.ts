import { driftsherreKnown } from '../../src/core/rules/driftsherre-known';
import { findingsOf, HOBRO } from './helpers';

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
