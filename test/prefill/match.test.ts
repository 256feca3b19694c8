// The matcher (names normalised once, names too far apart in length never compared edit by edit, an exact match
// ending the search) must choose what the plain definition chooses: every candidate's distance counted in full.
import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { matcher, MAX_NAME_DISTANCE, nameDistance, normalizeName, operatorFor, type Candidate, type MatchResult } from '../../src/core/model/match';
import '../fast-check-seed';

/** The definition: the first unused candidate with the smallest combined distance within the bound. */
function plainBest(wanted: Candidate, candidates: Candidate[], used: ReadonlySet<number>): MatchResult | null {
  let best: MatchResult | null = null;
  candidates.forEach((c, index) => {
    if (used.has(index)) return;
    if (wanted.enhed && c.enhed && normalizeName(wanted.enhed) !== normalizeName(c.enhed)) return;
    const dt = nameDistance(wanted.tilbud, c.tilbud);
    if (dt > MAX_NAME_DISTANCE) return;
    const da = wanted.afdeling && c.afdeling ? nameDistance(wanted.afdeling, c.afdeling) : 0;
    if (da > MAX_NAME_DISTANCE) return;
    const d = dt + da;
    if (!best || d < best.distance) best = { index, how: d === 0 ? 'exact' : 'similar', distance: d };
  });
  return best;
}

/** Names built from a few words and small edits of them, so that near and exact matches are common. */
const WORDS = ['Bo', 'og', 'Aktivitetshuset', 'Hobro', 'Hobroo', 'Kærvej', 'Kaervej', 'Botilbud', 'Døgn', '-', ' ', '  ', '.', 'A', 'B'];
const name = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')),
  fc.string({ maxLength: 8 }),
);
const candidate = fc.record({ tilbud: name, afdeling: name, enhed: fc.constantFrom(null, '', 'Døgn', 'døgn ', 'Dag') });

describe('matching names', () => {
  it('the matcher chooses what the plain definition chooses', () => {
    fc.assert(
      fc.property(
        fc.array(candidate, { maxLength: 8 }),
        fc.array(candidate, { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(8)),
        (cands, wanted, usedList) => {
          const used = new Set(usedList);
          const match = matcher(cands);
          // The same matcher for each wanted identity, as a sheet's blocks are matched, with what it matched used.
          for (const w of wanted) {
            const got = match(w, used);
            expect(got).toEqual(plainBest(w, cands, used));
            if (got) used.add(got.index);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('near names match, names far apart in length do not, and an exact match wins over an earlier similar one', () => {
    const cands = [
      { tilbud: 'Aktivitetshuset Hobroo', afdeling: null, enhed: null },
      { tilbud: 'Aktivitetshuset  Hobro.', afdeling: null, enhed: null },
    ];
    const match = matcher(cands);
    expect(match({ tilbud: 'aktivitetshuset hobro', afdeling: 'x', enhed: 'Dag' }, new Set())).toEqual({ index: 1, how: 'exact', distance: 0 });
    const near = match({ tilbud: 'Aktivitetshuset Hobro', afdeling: null, enhed: null }, new Set([1]));
    expect(near).toEqual({ index: 0, how: 'similar', distance: distance('aktivitetshuset hobroo', 'aktivitetshuset hobro') / 22 });
    expect(match({ tilbud: 'Syntetisk 1 Aktivitetshuset Hobro (Mariagerfjord Kommune)', afdeling: null, enhed: null }, new Set())).toBeNull();
  });

  it('the operator is found by a tolerant name, a test copy included', () => {
    const operators = [{ driftsherre: 'Mariagerfjord Kommune' }, { driftsherre: 'Aalborg Kommune' }];
    expect(operatorFor(operators, 'Mariagerfjord Kommune - test')).toBe(operators[0]);
    expect(operatorFor(operators, 'aalborg  kommune.')).toBe(operators[1]);
    expect(operatorFor(operators, 'Aalborg Komune')).toBe(operators[1]);
    expect(operatorFor(operators, 'Region Nordjylland')).toBeNull();
    expect(operatorFor(operators, '')).toBeNull();
  });
});
