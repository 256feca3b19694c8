// Explaining rate changes: the worked example by hand, the reasons for blocks without figures, and
// properties that hold for any figures (fast-check).
import fc from 'fast-check';
import { components, factors, rateRatio, COMPONENT_KEYS, type YearInputs } from '../../src/core/explain/decompose';
import { explainSheet } from '../../src/core/explain/explain';
import { fixtureModel } from '../fixtures/builder';
import { testMunicipalityBlocks, TEST_MUNICIPALITY_HEADER, DRAFT_FICTIVE_BLOCKS } from '../fixtures/seeds';

async function sample() {
  return (
    await fixtureModel({
      driftsherre: 'Mariagerfjord Kommune',
      header: TEST_MUNICIPALITY_HEADER,
      blocks: [...testMunicipalityBlocks(), ...DRAFT_FICTIVE_BLOCKS],
    })
  ).sheets[0];
}

describe('explain', () => {
  it('reproduces the worked example: Aktivitetshuset Hobro', async () => {
    const hobro = explainSheet(await sample()).find((e) => e.tilbud === 'Aktivitetshuset Hobro')!;
    // By hand (docs/explain.md): T = 8.716.584 / 8.912.000 − 1; base 8.912.000 → 9.288.000; OH 5,4 → 5,7 %; P/L 3,10 %.
    const T = (8_716_584 / 8_912_000 - 1) * 100;
    const lnT = Math.log(8_716_584 / 8_912_000);
    const share = (f: number) => (T * Math.log(f)) / lnT;
    expect(hobro.total).toBeCloseTo(T, 10);
    expect(hobro.total).toBeCloseTo(-2.19, 2);
    expect(hobro.components!.pl).toBeCloseTo(share(1.031), 10);
    expect(hobro.components!.overhead).toBeCloseTo(share(1.057 / 1.054), 10);
    expect(hobro.components!.regulering).toBeCloseTo(share(8_716_584 / 9_288_000), 10);
    expect(hobro.components!.realGrowth).toBeCloseTo(share(9_288_000 / 8_912_000 / 1.031 / (1.057 / 1.054)), 10);
    expect(
      [hobro.components!.pl, hobro.components!.realGrowth, hobro.components!.overhead, hobro.components!.regulering].map((v) => Math.round(v * 10) / 10),
    ).toEqual([3.0, 0.8, 0.3, -6.3]);
    expect([hobro.components!.pladser, hobro.components!.belaegning]).toEqual([0, 0]);
    // The headline leads with the level the budget gives on 365 days: Takst 2, the full place (498 → 487).
    expect(hobro.carrier?.name).toBe('Takst 2');
    expect(hobro.carrier?.change).toBeCloseTo((487 / 498 - 1) * 100, 10);
    expect(hobro.sentence).toBe(
      'Takst 2 (den fulde plads, som budgettet giver) falder 2,2 %: P/L +3,0, reel vækst +0,8, overhead +0,3, regulering −6,3 procentpoint.',
    );
    const takst1 = hobro.levels.find((l) => l.name === 'Takst 1')!;
    expect(takst1.change).toBeCloseTo((325 / 332 - 1) * 100, 10);
    expect(takst1.specific).toBeCloseTo(takst1.change - T, 10);
  });

  it('decomposes every block of the test sheet, and names the reason for every block without the figures', async () => {
    const all = explainSheet(await sample());
    expect(all.slice(0, 3).map((e) => [e.tilbud, e.reason, e.total === null])).toEqual([
      ['Bo og Aktivitetstilbud Kærvej', null, false],
      ['Aktivitetshuset Hobro', null, false],
      ['Beskyttet Beskæftigelse Mariagerfjord', null, false],
    ]);
    // Kærvej's ten care levels are not the budget's rate: the headline names what it measures.
    expect(all[0].carrier).toBeNull();
    expect(all[0].sentence).toBe(
      'Budgettet pr. belagt plads stiger 6,8 % (taksterne: +3,6 % til +6,0 %): P/L +3,2, reel vækst +4,9, overhead −0,3, regulering −0,9 procentpoint.',
    );
    expect(all[2].sentence).toBe(
      'Takst 2 (den fulde plads, som budgettet giver) stiger 12,8 %: P/L +3,2, reel vækst +2,3, overhead −0,4, regulering +7,6 procentpoint.',
    );
    const reasons = all.filter((e) => e.total === null).map((e) => [e.tilbud, e.reason]);
    expect(reasons).toContainEqual([
      'Botilbud A',
      'Blokken har kun tal for ét år (nyt eller udgået tilbud, eller et skift i takststruktur), så der er ingen ændring at forklare.',
    ]);
    expect(reasons.every(([, r]) => typeof r === 'string' && r.length > 20)).toBe(true);
    const noOh = explainSheet(
      (
        await fixtureModel({
          driftsherre: 'Mariagerfjord Kommune',
          header: TEST_MUNICIPALITY_HEADER,
          blocks: [{ ...testMunicipalityBlocks()[2], y2: { ...testMunicipalityBlocks()[2].y2, oh: null } }],
        })
      ).sheets[0],
    );
    expect(noOh[0].reason).toBe('OH % mangler i et af årene, så overhead og reel vækst kan ikke skilles ad.');
  });

  it('says why for Trækningsret and a structure change inside a block', async () => {
    const base = testMunicipalityBlocks()[1];
    const s = (
      await fixtureModel({
        driftsherre: 'Mariagerfjord Kommune',
        header: TEST_MUNICIPALITY_HEADER,
        blocks: [
          { ...base, tilbud: 'Træk', enhed: 'Trækningsret' },
          { ...base, tilbud: 'Skift', y2: { ...base.y2, basis: null, time: 300 } },
        ],
      })
    ).sheets[0];
    const [a, b] = explainSheet(s);
    expect(a.reason).toMatch(/^Enheden er Trækningsret/);
    expect(b.reason).toMatch(/^Takststrukturen skifter/);
  });
});

const year = fc.record({
  budget: fc.double({ min: 1e5, max: 1e8, noNaN: true }),
  regulering: fc.double({ min: -5e4, max: 5e4, noNaN: true }),
  oh: fc.double({ min: 0, max: 25, noNaN: true }),
  pladser: fc.integer({ min: 1, max: 200 }),
  belaegning: fc.double({ min: 50, max: 100, noNaN: true }),
});
const plArb = fc.double({ min: -2, max: 8, noNaN: true });

describe('decomposition properties', () => {
  it('the factors multiply to R2/R1 and the components add up to the total', () => {
    fc.assert(
      fc.property(year, year, plArb, (y1: YearInputs, y2: YearInputs, pl: number) => {
        const f = factors(y1, y2, pl);
        const ratio = rateRatio(y1, y2);
        const product = COMPONENT_KEYS.reduce((p, k) => p * f[k], 1);
        expect(product / ratio).toBeCloseTo(1, 9);
        const { total, components: c } = components(f, ratio);
        const sum = COMPONENT_KEYS.reduce((s, k) => s + c[k], 0);
        if (Math.abs(Math.log(ratio)) > 1e-9) expect(sum).toBeCloseTo(total, 8);
      }),
      { numRuns: 2000 },
    );
  });

  it('swapping the years negates every log factor (P/L taken as deflation)', () => {
    fc.assert(
      fc.property(year, year, plArb, (y1: YearInputs, y2: YearInputs, pl: number) => {
        const fwd = factors(y1, y2, pl);
        const back = factors(y2, y1, (1 / (1 + pl / 100) - 1) * 100);
        for (const k of COMPONENT_KEYS) expect(Math.log(back[k])).toBeCloseTo(-Math.log(fwd[k]), 9);
      }),
      { numRuns: 2000 },
    );
  });

  it('a pure P/L change gives everything to P/L', () => {
    fc.assert(
      fc.property(year, fc.double({ min: 0.1, max: 8, noNaN: true }), (y1: YearInputs, pl: number) => {
        const g = 1 + pl / 100;
        const base2 = (y1.budget - y1.regulering) * g;
        const y2 = { ...y1, budget: base2 + y1.regulering * g, regulering: y1.regulering * g };
        const { total, components: c } = components(factors(y1, y2, pl), rateRatio(y1, y2));
        expect(c.pl).toBeCloseTo(total, 8);
        expect(total).toBeCloseTo(pl, 8);
        for (const k of COMPONENT_KEYS.filter((k) => k !== 'pl')) expect(c[k]).toBeCloseTo(0, 8);
      }),
      { numRuns: 2000 },
    );
  });
});
