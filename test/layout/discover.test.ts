import type { Block, SheetModel, WorkbookModel } from '../../src/core/model/takstskema';
import { readWorkbook, discoverSheet } from '../../src/core/layout/discover';
import { workbookToGrids } from '../../src/adapters/exceljs/read';
import { applyWrites } from '../../src/adapters/exceljs/apply';
import { buildFixture, fixtureModel, type FixtureSheet } from '../fixtures/builder';
import { DRAFT_FICTIVE_BLOCKS, TEST_MUNICIPALITY_HEADER, testMunicipalityBlocks } from '../fixtures/seeds';
import { draftLikeWorkbook } from '../fixtures/draft-like';
import { toInspectJson } from '../../src/core/export/inspect-json';

const base: FixtureSheet = {
  driftsherre: 'Mariagerfjord Kommune',
  header: TEST_MUNICIPALITY_HEADER,
  blocks: [...testMunicipalityBlocks(), ...DRAFT_FICTIVE_BLOCKS],
  spareBlocks: 2,
};

/** The model's values without cell addresses: what "reads the same model" means across layouts. */
function values(m: WorkbookModel) {
  const json = toInspectJson(m);
  return json.sheets.map((s) => ({ ...s, sheet: undefined, unplaced: undefined, blocks: s.blocks.map((b) => ({ ...b, headerRow: undefined })) }));
}

function only(m: WorkbookModel): SheetModel {
  expect(m.sheets).toHaveLength(1);
  return m.sheets[0];
}

function byName(s: SheetModel, tilbud: string, withY2 = true): Block {
  const b = s.blocks.find((x) => x.tilbud.value === tilbud && (withY2 ? x.y2?.budget.value !== null || x.y2?.basis.value !== null : true));
  if (!b) throw new Error(`no block ${tilbud}`);
  return b;
}

describe('layout discovery on the template', () => {
  let model: WorkbookModel;
  beforeAll(async () => {
    model = await fixtureModel(base);
  });

  it('reads the sheet header from the label cells', () => {
    const s = only(model);
    expect(s.driftsherre.value).toBe('Mariagerfjord Kommune');
    expect(s.plKommuner.value).toBe(3.1);
    expect(s.plRegioner.value).toBe(2.46);
    expect(s.thresholds.rateRisePp.value).toBe(2);
    expect(s.thresholds.occupancyPct.value).toBe(95);
    // The years the header writes, as the draft does: the two last years with accounts.
    expect(s.overheadDriftsherre.y1).toMatchObject({ value: 6.3, year: 2025 });
    expect(s.overheadDriftsherre.y2).toMatchObject({ value: 6.5, year: 2026 });
    expect(model.skipped.map((x) => x.sheet)).toEqual(['Vejledning']);
  });

  it('reads back every figure that was written, with the address it came from', () => {
    const s = only(model);
    expect(s.blocks).toHaveLength(9);
    const kaervej = s.blocks[0];
    expect(kaervej.tilbud.value).toBe('Bo og Aktivitetstilbud Kærvej');
    expect(kaervej.paragraf.value).toBe('ABL § 105');
    expect(kaervej.enhed.value).toBe('Døgn');
    expect(kaervej.y1?.year.value).toBe(2026);
    expect(kaervej.y1?.belaegning.value).toBe(98);
    expect(kaervej.y1?.oh.value).toBe(6.8);
    expect(kaervej.y1?.budget.value).toBe(15_999_963);
    expect(kaervej.y1?.regulering.value).toBe(140_963);
    expect(kaervej.y1?.time.value).toBe(336.66);
    expect(kaervej.y1?.takster.map((t) => t.value)).toEqual([1369, 1663, 1958, 2252, 2547, 2841, 3136, 3430, 3725, 4019]);
    expect(kaervej.y1?.takster[0].cell).toBe(`M${kaervej.headerRow + 1}`);
    expect(kaervej.tilbud.cell).toBe(`A${kaervej.headerRow + 1}`);
    expect(kaervej.y2?.budget.value).toBe(17_092_000);
    expect(kaervej.y2?.time.value).toBe(348.89);
    expect(kaervej.anvendte[0]).toMatchObject({ year: 2026 });
    expect(kaervej.anvendte[0].levels.map((l) => l.value).slice(0, 6)).toEqual([1, 9, 1, 1, 2, 1]);
    const hobro = byName(s, 'Aktivitetshuset Hobro');
    // "332 498" are Takst 1 (2/3 of a place) and Takst 2 (the full place), never Basis.
    expect(hobro.y1?.basis.value).toBeNull();
    expect(hobro.y1?.takster.map((t) => t.value).slice(0, 3)).toEqual([332, 498, null]);
    expect(hobro.saerligeForhold.value).toBe('Takst 1 tæller kun som 2/3-dele af en plads i forhold til belægning.');
    expect(s.unplaced).toEqual([]);
  });

  it('computes the change row with the check values', () => {
    const s = only(model);
    const hobro = byName(s, 'Aktivitetshuset Hobro');
    // The draft's Ændring row: −195.416, −571.416, 0,3 %, −2,1 %, −2,2 % and for BB 1.199.464, 767.464, −0,4 %, 12,7 %, 12,8 %.
    expect(hobro.change.budget).toBe(-195_416);
    expect(hobro.change.regulering).toBe(-571_416);
    expect(hobro.change.oh).toBeCloseTo(0.3, 10);
    expect(hobro.change.taksterPct.slice(0, 2).map((v) => Number(v!.toFixed(1)))).toEqual([-2.1, -2.2]);
    const bb = byName(s, 'Beskyttet Beskæftigelse Mariagerfjord');
    expect([bb.change.budget, bb.change.regulering]).toEqual([1_199_464, 767_464]);
    expect(bb.change.oh).toBeCloseTo(-0.4, 10);
    expect(bb.change.taksterPct.slice(0, 2).map((v) => Number(v!.toFixed(1)))).toEqual([12.7, 12.8]);
    expect(bb.bemaerkning.value).toMatch(/indregning af underskud for 2024/);
    const kaervej = byName(s, 'Bo og Aktivitetstilbud Kærvej');
    expect([kaervej.change.budget, kaervej.change.regulering]).toEqual([1_092_037, -140_963]);
    expect([kaervej.change.basisPct, kaervej.change.timePct, ...kaervej.change.taksterPct].map((v) => Number(v!.toFixed(1)))).toEqual([
      6.0, 3.6, 4.9, 4.7, 4.5, 4.4, 4.3, 4.3, 4.2, 4.1, 4.1, 4.1,
    ]);
    // The template's Ændring cells are live formulas.
    expect(hobro.aendring?.taksterPct[0].formula).toMatch(/M\d+\/M\d+-1/);
  });

  it('reads the draft fictive blocks: one year each, places rows with their years', () => {
    const s = only(model);
    const a = s.blocks.filter((b) => b.tilbud.value === 'Botilbud A');
    expect(a).toHaveLength(2);
    expect(a[0].y1?.takster.map((t) => t.value).slice(0, 3)).toEqual([1000, 2000, null]);
    expect(a[0].y2?.pladser.value).toBeNull();
    expect(a[0].anvendte[0]).toMatchObject({ year: 2026 });
    expect(a[0].anvendte[0].levels.map((l) => l.value).slice(0, 2)).toEqual([10, 9]);
    expect(a[1].y2?.takster.map((t) => t.value).slice(0, 4)).toEqual([1050, 1575, 2100, 3150]);
    expect(a[1].solgte[0].year).toBe(2027);
    expect(a[1].solgte[0].levels.map((l) => l.value).slice(0, 4)).toEqual([4, 1, 2, 1]);
    expect(a[1].saerligeForhold.value).toMatch(/fra 2 til 4 takstniveauer/);
    const b = s.blocks.filter((x) => x.tilbud.value === 'Botilbud B');
    expect(b[1].enhed.value).toBe('Time');
    expect(b[1].y2?.time.value).toBe(330);
    expect(b[1].y2?.basis.value).toBe(735);
  });

  it('lists the spare template blocks as empty blocks', () => {
    const s = only(model);
    const last = s.blocks[s.blocks.length - 1];
    expect(last.tilbud.value).toBeNull();
    expect(last.y1?.year.value).toBe(2026);
    expect(last.y2?.year.value).toBe(2027);
  });
});

describe('the same model whatever the layout and notation', () => {
  let reference: ReturnType<typeof values>;
  beforeAll(async () => {
    reference = values(await fixtureModel(base));
  });

  it('reads a sheet starting at row 7 column C, with empty rows between blocks and extra columns', async () => {
    const moved = await fixtureModel({ ...base, layout: { origin: { row: 6, col: 2 }, gapRows: 3, extraColumns: ['Intern note', 'UUID'] } });
    expect(values(moved)).toEqual(reference);
    expect(moved.sheets[0].blocks[0].headerRow).toBe(13);
    expect(moved.sheets[0].blocks[0].columns.tilbud).toBe('C');
  });

  it('reads percentages typed as 98, as 0,98 with a % format, and as "98 %" equal', async () => {
    const asNumber = await fixtureModel({ ...base, notation: { percent: 'number', numbers: 'number' } });
    const asText = await fixtureModel({ ...base, notation: { percent: 'text', numbers: 'number' } });
    expect(values(asNumber)).toEqual(reference);
    expect(values(asText)).toEqual(reference);
    expect(asText.sheets[0].blocks[0].y1?.belaegning.issue).toBe('text-number');
  });

  it('reads Danish numbers typed as text ("1.234,5")', async () => {
    const danish = await fixtureModel({ ...base, notation: { percent: 'text', numbers: 'danish-text' } });
    expect(values(danish)).toEqual(reference);
    const kaervej = danish.sheets[0].blocks[0];
    expect(kaervej.y1?.budget.raw).toBe('15.999.963');
    expect(kaervej.y1?.time.raw).toBe('336,66');
    expect(kaervej.y1?.budget.issue).toBe('text-number');
  });
});

describe('unplaced cells and damaged sheets', () => {
  it('lists a value it cannot place instead of throwing', async () => {
    const { workbook, layout } = buildFixture({
      ...base,
      layout: { extraColumns: ['Intern note'] },
      extra: (l) => [
        { sheet: l.sheetName, cell: `Y${l.blocks[0].y1Row + 1}`, value: 'ring til Jens' },
        { sheet: l.sheetName, cell: `F${l.blocks[0].anvendteRow + 1}`, value: 3 },
      ],
    });
    const s = readWorkbook(workbookToGrids(workbook)).sheets[0];
    const first = layout.blocks[0];
    expect(s.unplaced).toEqual(
      expect.arrayContaining([
        { cell: `Y${first.headerRow + 1}`, value: 'Intern note', reason: 'Ukendt kolonneoverskrift', kind: 'unknown-header' },
        { cell: `Y${first.y1Row + 1}`, value: 'ring til Jens', reason: 'Værdi i en kolonne uden kendt overskrift', kind: 'unknown-column' },
        { cell: `F${first.anvendteRow + 1}`, value: 3, reason: 'Værdi uden for takstkolonnerne i en pladsrække (skal ikke udfyldes)', kind: 'locked-cell' },
      ]),
    );
  });

  it('puts a row inserted inside a block in the unplaced list and keeps reading', async () => {
    const { workbook, layout } = buildFixture(base);
    const ws = workbook.getWorksheet(layout.sheetName)!;
    // Insert a row with a stray note between the Ændring row and Særlige forhold of block 2.
    ws.spliceRows(layout.blocks[1].changeRow + 2, 0, ['', '', '', '', 'løs note']);
    const s = readWorkbook(workbookToGrids(workbook)).sheets[0];
    expect(s.blocks).toHaveLength(9);
    expect(s.unplaced.some((u) => u.value === 'løs note')).toBe(true);
    expect(s.blocks[1].y1?.takster[0].value).toBe(332);
  });

  it('keeps error values with their cell', async () => {
    const { workbook } = buildFixture({
      ...base,
      extra: (l) => [{ sheet: l.sheetName, cell: `G${l.blocks[1].y1Row + 1}`, value: null }],
    });
    const ws = workbook.worksheets[0];
    const hobroBudget = ws.getCell(`G${buildFixture(base).layout.blocks[1].y1Row + 1}`);
    hobroBudget.value = { error: '#REF!' } as never;
    const s = readWorkbook(workbookToGrids(workbook)).sheets[0];
    expect(s.blocks[1].y1?.budget).toMatchObject({ value: null, error: '#REF!', issue: 'error-value' });
    expect(s.blocks[1].change.budget).toBeNull();
  });

  it('says a sheet is not a takstskema', () => {
    const m = readWorkbook([
      {
        name: 'Budget',
        cells: [
          [{ value: 'Tilbud' }, { value: 'Beløb' }],
          [{ value: 'X' }, { value: 5 }],
        ],
        merges: [],
      },
    ]);
    expect(m.sheets).toEqual([]);
    expect(m.skipped[0].sheet).toBe('Budget');
    expect(m.skipped[0].reason).toMatch(/ikke et takstskema/);
    expect(discoverSheet({ name: 'Tom', cells: [], merges: [] })).toBeNull();
  });

  it('reads two takstskema sheets in one workbook', async () => {
    const { workbook } = buildFixture(base);
    const second = buildFixture({ ...base, driftsherre: 'Region Nordjylland', layout: { sheetName: 'Region', guide: false } }).workbook.getWorksheet('Region')!;
    const copy = workbook.addWorksheet('Region');
    second.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
    copy.getCell('A1').value = 'Region Nordjylland';
    const m = readWorkbook(workbookToGrids(workbook));
    expect(m.sheets.map((s) => s.driftsherre.value)).toEqual(['Mariagerfjord Kommune', 'Region Nordjylland']);
  });

  it('applies write plans to the right cells (Ændring formulas untouched)', () => {
    const { workbook, layout } = buildFixture({ driftsherre: 'Rebild Kommune', blocks: [] });
    applyWrites(workbook, [{ sheet: layout.sheetName, cell: `E${layout.blocks[0].y1Row + 1}`, value: 12 }]);
    const ws = workbook.getWorksheet(layout.sheetName)!;
    expect(ws.getCell(`E${layout.blocks[0].changeRow + 1}`).formula).toMatch(/E\d+-E\d+/);
  });
});

describe('a sheet in the draft layout, not written by our template', () => {
  const wb = draftLikeWorkbook({
    driftsherre: 'Mariagerfjord Kommune - test',
    blocks: [
      {
        tilbud: 'Aktivitetshuset Hobro',
        afdeling: 'Aktivitetshuset Hobro',
        paragraf: 'SEL § 104',
        enhed: 'Dag',
        y1: [50, 0.98, 8_912_000, 0, 0.054, null, null, 332, 498],
        y2: [50, 0.98, 8_716_584, -571_416, 0.057, null, null, 325, 487],
        aendring: [0, 0, -195_416, -571_416, 0.003, null, null, -0.021, -0.022],
      },
      {
        tilbud: 'Beskyttet Beskæftigelse Mariagerfjord',
        afdeling: 'Beskyttet Beskæftigelse Mariagerfjord',
        paragraf: 'SEL § 103',
        enhed: 'Dag',
        bemaerkning: 'Opnormering',
        y1: [57, 0.98, 9_383_248, 725_248, 0.064, null, null, 307, 460],
        y2: [57, '98 %', '9.900.000', 0, '6,5 %', null, null, 346, '518'],
      },
    ],
  });
  const m = readWorkbook(workbookToGrids(wb));
  const s = m.sheets[0];

  it('finds the header values beside their labels', () => {
    expect(s.driftsherre.value).toBe('Mariagerfjord Kommune - test');
    expect(s.overheadDriftsherre.y1).toMatchObject({ year: 2025, value: 6.3 });
    expect(s.overheadDriftsherre.y2).toMatchObject({ year: 2026, value: 6.5 });
    expect(s.plKommuner).toMatchObject({ value: 3.1, cell: 'I2' });
    expect(s.plRegioner).toMatchObject({ value: 2.46, cell: 'I3' });
    expect(s.thresholds.rateRisePp).toMatchObject({ value: 2, cell: 'R2' });
    expect(s.thresholds.occupancyPct).toMatchObject({ value: 95, cell: 'R3' });
  });

  it('reads its blocks and agrees with its typed Ændring row to 0,1', () => {
    const hobro = s.blocks[0];
    expect(hobro.enhed.value).toBe('Dag');
    expect(hobro.aendring?.taksterPct[0].value).toBeCloseTo(-2.1, 5);
    expect(Math.abs(hobro.change.taksterPct[0]! - hobro.aendring!.taksterPct[0].value!)).toBeLessThan(0.1);
    expect(Math.abs(hobro.change.taksterPct[1]! - hobro.aendring!.taksterPct[1].value!)).toBeLessThan(0.1);
    expect(hobro.change.oh).toBeCloseTo(hobro.aendring!.oh.value!, 10);
    const bb = s.blocks[1];
    expect(bb.bemaerkning.value).toBe('Opnormering');
    expect(bb.y2?.belaegning.value).toBe(98);
    expect(bb.y2?.budget.value).toBe(9_900_000);
    expect(bb.y2?.oh.value).toBe(6.5);
    expect(bb.change.taksterPct[0]).toBeCloseTo(12.7, 1);
    expect(s.unplaced).toEqual([]);
  });
});

describe('sheet header cells left blank', () => {
  it('does not take the neighbouring threshold as P/L when the P/L cell is empty', async () => {
    const m = await fixtureModel({ ...base, extra: (l) => [{ sheet: l.sheetName, cell: 'I1', value: null }] });
    expect(m.sheets[0].plKommuner).toMatchObject({ value: null });
    expect(m.sheets[0].thresholds.rateRisePp.value).toBe(2);
  });
});
