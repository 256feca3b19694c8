// The prefill plan on templates and filled sheets: fills year 1 from the snapshot, creates missing blocks, never
// overwrites a differing typed value without consent, matches tolerant names, and undoes cell for cell.
import { parseSnapshot, sealSnapshot, snapshotHash } from '../../src/core/model/snapshot';
import { isSealed } from '../../src/cli/io';
import { restoreWrites } from '../../src/core/plans/undo';
import { formatPlan } from '../../src/core/prefill/format';
import { checkSheet } from '../../src/core/rules/runner';
import { identityRequired } from '../../src/core/rules/identity-required';
import { TEST_MUNICIPALITY_2026, TEST_MUNICIPALITY_HEADER, testMunicipalityBlocks } from '../fixtures/seeds';
import { buildFixture } from '../fixtures/builder';
import { planBlockWrites } from '../fixtures/block-writes';
import { explainSheet } from '../../src/core/explain/explain';
import { apply, BUNDLED, modelOf, planFor, portOf, reopen } from './helpers';

const EMPTY = { driftsherre: 'Mariagerfjord Kommune', blocks: [], spareBlocks: 5 };

describe('prefill plan', () => {
  it('fills every year-1 cell of the operator’s offers on an empty template, and nothing in year 2', async () => {
    const port = await portOf(EMPTY);
    const plan = await planFor(port);
    expect(plan.reason).toBeNull();
    expect(plan.operator).toBe('Mariagerfjord Kommune');
    expect(plan.matches.map((m) => [m.offer.tilbud, m.how])).toEqual(TEST_MUNICIPALITY_2026.map((b) => [b.tilbud, 'new-block']));
    expect(plan.conflicts).toEqual([]);
    await apply(port, plan);
    const sheet = await modelOf(await reopen(port));
    TEST_MUNICIPALITY_2026.forEach((seed, i) => {
      const b = sheet.blocks[i];
      expect([b.tilbud.value, b.afdeling.value, b.paragraf.value, b.enhed.value]).toEqual([seed.tilbud, seed.afdeling, seed.paragraf, seed.enhed]);
      const y = b.y1!;
      const s = seed.y1!;
      expect([y.pladser.value, y.belaegning.value, y.budget.value, y.regulering.value, y.oh.value, y.basis.value]).toEqual([
        s.pladser,
        s.belaegning,
        s.budget,
        s.regulering,
        s.oh,
        s.basis ?? null,
      ]);
      expect(y.time.value).toBe(s.time ?? null);
      expect(y.takster.map((t) => t.value).filter((v) => v !== null)).toEqual(s.takster);
      expect(b.y2 === null || [b.y2.pladser, b.y2.budget, b.y2.basis, ...b.y2.takster].every((f) => f.value === null)).toBe(true);
    });
    expect(sheet.blocks.slice(3).every((b) => b.tilbud.value === null)).toBe(true);
  });

  it('skips cells that already hold the value, and lists a differing typed value as a conflict it does not write', async () => {
    const hobro = TEST_MUNICIPALITY_2026[1];
    const port = await portOf({
      driftsherre: 'Mariagerfjord Kommune',
      blocks: [{ ...hobro, tilbud: 'aktivitetshuset  HOBRO', y1: { ...hobro.y1, budget: 9_000_000 } }],
      spareBlocks: 2,
    });
    const plan = await planFor(port);
    const m = plan.matches.find((x) => x.offer.tilbud === 'Aktivitetshuset Hobro')!;
    expect(m.how).toBe('exact');
    expect(plan.conflicts.map((c) => [c.field, c.before, c.value])).toEqual([['Budget i alt', 9_000_000, 8_912_000]]);
    expect(plan.unchanged).toBeGreaterThanOrEqual(6);
    await apply(port, plan);
    expect((await modelOf(port)).blocks[0].y1!.budget.value).toBe(9_000_000);
    await apply(port, await planFor(port), 'all');
    expect((await modelOf(port)).blocks[0].y1!.budget.value).toBe(8_912_000);
  });

  it('overwrites only the conflicts the user picked', async () => {
    const hobro = TEST_MUNICIPALITY_2026[1];
    const port = await portOf({ driftsherre: 'Mariagerfjord Kommune', blocks: [{ ...hobro, y1: { ...hobro.y1, budget: 1, pladser: 2 } }], spareBlocks: 2 });
    const plan = await planFor(port);
    const budget = plan.conflicts.find((c) => c.field === 'Budget i alt')!;
    await apply(port, plan, new Set([`${budget.sheet}!${budget.cell}`]));
    const y = (await modelOf(port)).blocks[0].y1!;
    expect([y.budget.value, y.pladser.value]).toEqual([8_912_000, 2]);
  });

  it('matches a name with a small spelling difference and says so', async () => {
    const hobro = TEST_MUNICIPALITY_2026[1];
    const port = await portOf({
      driftsherre: 'Mariagerfjord Kommune',
      blocks: [{ tilbud: 'Aktivitetshuset Hobroo', afdeling: 'Aktivitetshuset Hobro', paragraf: hobro.paragraf, enhed: 'Dag' }],
      spareBlocks: 2,
    });
    const plan = await planFor(port);
    const m = plan.matches.find((x) => x.offer.tilbud === 'Aktivitetshuset Hobro')!;
    expect([m.block, m.how]).toEqual([0, 'similar']);
  });

  it('does not match an offer with another Enhed', async () => {
    const port = await portOf({
      driftsherre: 'Mariagerfjord Kommune',
      blocks: [{ tilbud: 'Aktivitetshuset Hobro', afdeling: 'Aktivitetshuset Hobro', enhed: 'Døgn' }],
      spareBlocks: 3,
    });
    const plan = await planFor(port);
    expect(plan.matches.find((x) => x.offer.tilbud === 'Aktivitetshuset Hobro')!.how).toBe('new-block');
  });

  it('reports offers it cannot place when the template has too few empty blocks', async () => {
    const plan = await planFor(await portOf({ driftsherre: 'Mariagerfjord Kommune', blocks: [], spareBlocks: 1 }));
    expect(plan.matches).toHaveLength(1);
    expect(plan.unplaced.map((u) => u.offer.tilbud)).toEqual(['Aktivitetshuset Hobro', 'Beskyttet Beskæftigelse Mariagerfjord']);
    expect(plan.unplaced[0].reason).toMatch(/Ingen tom blok/);
  });

  it('says why when the operator or the year does not fit', async () => {
    expect((await planFor(await portOf({ ...EMPTY, driftsherre: 'Thisted Kommune' }))).reason).toBe(
      'Der er ingen godkendte tal fra sidste år for Thisted Kommune.',
    );
    expect((await planFor(await portOf({ ...EMPTY, year: 2028 }))).reason).toBe('Sidste års godkendte tal er for 2026, men skemaets år 1 er 2027.');
  });

  it('prefills Aalborg’s revised day rates, its only real figures: a single rate in Takst 1, Afdeling as Tilbud', async () => {
    const port = await portOf({ driftsherre: 'Aalborg Kommune', blocks: [], spareBlocks: 3 });
    const plan = await planFor(port);
    // The snapshot has no Afdeling for them: the new block repeats Tilbud, as the draft does, and the plan says so.
    expect(plan.matches.map((m) => m.note)).toEqual(Array(3).fill('Afdeling udfyldt med tilbuddets navn (ét tilbud, én afdeling, som udkastet skriver det).'));
    expect(formatPlan(plan)).toContain('Syrenhuset → blok 1 (ny blok): Afdeling udfyldt med tilbuddets navn');
    await apply(port, plan);
    const sheet = await modelOf(port);
    expect(sheet.blocks.map((b) => [b.tilbud.value, b.afdeling.value, b.y1!.basis.value, b.y1!.takster[0].value, b.y1!.budget.value])).toEqual([
      ['Syrenhuset', 'Syrenhuset', null, 248, null],
      ['Hviddalen', 'Hviddalen', null, 175, null],
      ['Væksthuset', 'Væksthuset', null, 225, null],
    ]);
    expect(checkSheet(sheet, [identityRequired])).toEqual([]);
  });

  it('undoes the write cell for cell, also after save and reopen', async () => {
    const hobro = TEST_MUNICIPALITY_2026[1];
    const port = await portOf({ driftsherre: 'Mariagerfjord Kommune', blocks: [{ ...hobro, y1: { ...hobro.y1, budget: 1 } }], spareBlocks: 3 });
    const before = await port.readGrids();
    await apply(port, await planFor(port), 'all');
    expect(await port.readGrids()).not.toEqual(before);
    const reopened = await reopen(port);
    const record = await reopened.readUndo();
    expect(record?.action).toBe('prefill');
    await reopened.write(restoreWrites(record!), null);
    expect(await reopened.readUndo()).toBeNull();
    const after = await (await reopen(reopened)).readGrids();
    expect(after).toEqual(before);
  });
});

describe('snapshot', () => {
  it('the bundled one is partial, real and sealed', () => {
    expect(BUNDLED.partial).toBe(true);
    expect(BUNDLED.operators.map((o) => o.driftsherre)).toEqual(['Mariagerfjord Kommune', 'Aalborg Kommune']);
    expect(BUNDLED.sha256).toBe(snapshotHash(BUNDLED));
  });

  it("is sealed by the CLI's check (Node's SHA-256) exactly when the core's hash says so", () => {
    const edited = structuredClone(BUNDLED);
    edited.operators[0].offers[0].figures.pladser = 16;
    expect([isSealed(BUNDLED), isSealed(edited), isSealed(sealSnapshot({ ...edited, sha256: undefined } as never))]).toEqual([true, false, true]);
    expect(isSealed({ ...BUNDLED, schemaVersion: 2 })).toBe(false);
  });

  it('refuses a hand-edited or malformed snapshot', () => {
    const edited = structuredClone(BUNDLED);
    edited.operators[0].offers[0].figures.pladser = 16;
    let refusal: unknown;
    try {
      parseSnapshot(edited);
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toMatchObject({ code: 'bad-snapshot', messageId: 'snapshotHash' });
    expect(() => parseSnapshot(edited)).toThrow(/SHA-256/);
    expect(() => parseSnapshot({ ...BUNDLED, schemaVersion: 2 })).toThrow(/formatet/);
    // A key added by hand changes the content too, even one the schema does not know.
    const extra = structuredClone(BUNDLED) as unknown as { operators: Array<{ offers: Array<Record<string, unknown>> }> };
    extra.operators[0].offers[0].kommentar = 'tilføjet i hånden';
    expect(() => parseSnapshot(extra)).toThrow(/SHA-256/);
    const resealed = sealSnapshot({ ...edited, sha256: undefined } as never);
    expect(parseSnapshot(resealed).operators[0].offers[0].figures.pladser).toBe(16);
  });
});

describe('the draft’s round trip: prefill an empty Mariagerfjord template, then type the draft’s 2027 rows', () => {
  it('gives no fejl but Kærvej’s real rate rise, no structure change, and explain decomposes every block', async () => {
    const built = buildFixture({ driftsherre: 'Mariagerfjord Kommune', header: TEST_MUNICIPALITY_HEADER, blocks: [], spareBlocks: 4 });
    const port = await portOf(built.workbook);
    const plan = await planFor(port);
    expect(plan.conflicts).toEqual([]);
    await apply(port, plan);
    // What the operator types: year 2, the remarks, Særlige forhold and the places, as the draft's test sheet has them.
    const typed = testMunicipalityBlocks().flatMap((b) =>
      planBlockWrites(built.layout, plan.matches.find((m) => m.offer.tilbud === b.tilbud)!.block, {
        y2: b.y2,
        bemaerkning: b.bemaerkning,
        saerligeForhold: b.saerligeForhold,
        anvendte: b.anvendte,
        solgte: b.solgte,
        placesYear: b.placesYear,
      }),
    );
    await port.write(typed, null);
    const sheet = await modelOf(await reopen(port));
    const errors = checkSheet(sheet).filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.ruleId, f.block?.tilbud])).toEqual([['rate-rise-needs-remark', 'Bo og Aktivitetstilbud Kærvej']]);
    expect(checkSheet(sheet).filter((f) => f.severity === 'warning')).toEqual([]);
    const explained = explainSheet(sheet);
    expect(explained.map((e) => e.reason)).toEqual([null, null, null]);
    const hobro = explained.find((e) => e.tilbud === 'Aktivitetshuset Hobro')!;
    expect(
      [hobro.total!, hobro.components!.pl, hobro.components!.realGrowth, hobro.components!.overhead, hobro.components!.regulering].map((v) =>
        Number(v.toFixed(1)),
      ),
    ).toEqual([-2.2, 3.0, 0.8, 0.3, -6.3]);
  });
});
