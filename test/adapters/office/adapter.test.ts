// The Office.js adapter on Microsoft's office.js, its requests answered by the RichApi host (richapi-host.ts): one
// sync to read, one to mark, marks clear to the original formats. Syncs and bytes are those of the real requests.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkByBytes, OfficeWorkbook, parseAreas, REQUEST_LIMIT } from '../../../src/adapters/office/workbook';
import { ExcelJsWorkbook } from '../../../src/adapters/exceljs/port';
import { workbookBytes } from '../../../src/adapters/exceljs/write';
import { checkAndMark } from '../../../src/core/check';
import { isMarkFormula, MARK_STYLES } from '../../../src/core/plans/marks';
import { syntheticWorkbook } from '../../fixtures/synthetic';
import { FakeExcel } from './fake-excel';
import { buildFixture } from '../../fixtures/builder';
import { readWorkbook } from '../../../src/core/layout/discover';
import { chosenWrites, planPrefill } from '../../../src/core/prefill/plan';
import { restoreWrites, undoRecordFor, UNDO_SHEET } from '../../../src/core/plans/undo';
import type { Grid } from '../../../src/core/grid';
import { BUNDLED } from '../../prefill/helpers';

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await workbookBytes(wb)) as unknown as ArrayBuffer);
  return out;
}

async function sixtyBlocks() {
  const wb = await reload(syntheticWorkbook(60).workbook);
  return { wb, fake: await FakeExcel.fromWorkbook(wb) };
}

const marksIn = (fake: FakeExcel) => fake.sheets.flatMap((s) => s.cfs.filter((c) => isMarkFormula(c.formula)));

describe('Office.js adapter (office.js + RichApi host)', () => {
  it('checks and marks a 60-block sheet in exactly one read sync and one write sync', async () => {
    const { fake } = await sixtyBlocks();
    const port = new OfficeWorkbook(fake.host());
    await port.connect();
    fake.syncs = 0;
    fake.requestBytes = [];
    const outcome = await checkAndMark(port);
    expect(outcome.kind).toBe('checked');
    if (outcome.kind !== 'checked') return;
    expect(outcome.model.sheets[0].blocks.filter((b) => b.tilbud.value)).toHaveLength(60);
    expect(outcome.marks.length).toBeGreaterThan(60);
    expect(fake.syncs).toBe(2);
    expect(fake.requestBytes.every((b) => b < REQUEST_LIMIT)).toBe(true);
    // A second check with the same findings (a co-author's edit elsewhere) reads and writes nothing more.
    fake.syncs = 0;
    await checkAndMark(port);
    expect(fake.syncs).toBe(1);
    expect(marksIn(fake)).toHaveLength(outcome.marks.length);
    // A check whose findings changed deletes the old marks and adds the new ones in the same single write, and
    // deletes no rule of the template's (the marks are found by their formula, deleted from the last position).
    const templateRules = fake.sheets[0].cfs.filter((c) => !isMarkFormula(c.formula.replace(/^=/, '')));
    const para = fake.sheets[0].grid.cells.flatMap((row, r) => (row ?? []).map((c, k) => (c?.value === 'SEL § 104' ? { r, k } : null))).find(Boolean)!;
    fake.sheets[0].grid.cells[para.r]![para.k] = { value: '§ 999' };
    fake.syncs = 0;
    fake.deleted = [];
    const changed = await checkAndMark(port);
    expect(fake.syncs).toBe(2);
    if (changed.kind !== 'checked') return;
    expect(marksIn(fake)).toHaveLength(changed.marks.length);
    expect(fake.deleted.every((c) => isMarkFormula(c.formula.replace(/^=/, '')))).toBe(true);
    expect(fake.sheets[0].cfs.filter((c) => !isMarkFormula(c.formula.replace(/^=/, '')))).toEqual(templateRules);
  });

  it('finds exactly what the exceljs adapter finds in the same workbook', async () => {
    const { wb, fake } = await sixtyBlocks();
    const inExcel = await checkAndMark(new OfficeWorkbook(fake.host()));
    const inFile = await checkAndMark(new ExcelJsWorkbook(wb));
    if (inExcel.kind !== 'checked' || inFile.kind !== 'checked') throw new Error('not checked');
    expect(inExcel.result.findings).toEqual(inFile.result.findings);
  });

  it('marks each finding cell with its severity, above the template rules, and writes no cell format', async () => {
    const { fake } = await sixtyBlocks();
    const before = fake.snapshot();
    const formatsBefore = JSON.stringify(fake.sheets.map((s) => [...s.formats.entries()]));
    const outcome = await checkAndMark(new OfficeWorkbook(fake.host()));
    if (outcome.kind !== 'checked') throw new Error('not checked');
    const byCell = new Map(marksIn(fake).map((c) => [`${c.sheet}!${c.range}`, c]));
    for (const m of outcome.marks) {
      const cf = byCell.get(`${m.sheet}!${m.cell}`);
      expect(cf).toMatchObject({ fill: `#${MARK_STYLES[m.severity].fill}`, font: `#${MARK_STYLES[m.severity].font}`, priority: 0 });
      expect(cf!.formula).toContain(m.severity);
    }
    expect(new Set(outcome.marks.map((m) => m.severity))).toEqual(new Set(['error', 'warning', 'info']));
    expect(JSON.stringify(fake.sheets.map((s) => [...s.formats.entries()]))).toBe(formatsBefore);
    expect(fake.snapshot()).not.toEqual(before);
  });

  it('clears every mark back to the original formats, also from a fresh session (the workbook reopened)', async () => {
    const { fake } = await sixtyBlocks();
    const before = fake.snapshot();
    const outcome = await checkAndMark(new OfficeWorkbook(fake.host()));
    if (outcome.kind !== 'checked') throw new Error('not checked');
    const reopened = new OfficeWorkbook(fake.host());
    expect(await reopened.clearMarks()).toBe(outcome.marks.length);
    expect(fake.snapshot()).toEqual(before);
  });

  it('recovers when a mark was deleted by hand since the last check', async () => {
    const { fake } = await sixtyBlocks();
    const port = new OfficeWorkbook(fake.host());
    const first = await checkAndMark(port);
    if (first.kind !== 'checked') throw new Error('not checked');
    const sheet = fake.sheets[0];
    sheet.cfs.splice(
      sheet.cfs.findIndex((c) => isMarkFormula(c.formula)),
      1,
    );
    await checkAndMark(port);
    expect(marksIn(fake)).toHaveLength(first.marks.length);
  });

  it('reads a sheet added after it learned the names, and runs on ExcelApi 1.9 without merged areas', async () => {
    const { fake } = await sixtyBlocks();
    const port = new OfficeWorkbook(fake.host());
    await port.connect();
    const extra = await FakeExcel.fromWorkbook(await reload(syntheticWorkbook(2, 'Aalborg Kommune').workbook));
    fake.sheets.push({ ...extra.sheets[0], name: 'Aalborg' });
    fake.apiVersion = 9;
    const outcome = await checkAndMark(port);
    if (outcome.kind !== 'checked') throw new Error('not checked');
    expect(outcome.model.sheets.map((s) => s.sheet)).toEqual([fake.sheets[0].name, 'Aalborg']);
  });

  it('reads a renamed sheet after one failed batch', async () => {
    const { fake } = await sixtyBlocks();
    const port = new OfficeWorkbook(fake.host());
    await port.connect();
    fake.sheets[0].name = 'Omdøbt';
    const grids = await port.readGrids();
    expect(grids.map((g) => g.name)).toContain('Omdøbt');
  });

  it('reads values, formulas, number formats, fills and merged areas into the grid', async () => {
    const { wb, fake } = await sixtyBlocks();
    const [office] = await new OfficeWorkbook(fake.host()).readGrids();
    const [file] = await new ExcelJsWorkbook(wb).readGrids();
    const all = (g: typeof office) => g.cells.flatMap((row, r) => (row ?? []).map((c, k) => ({ r, k, c })).filter((x) => x.c));
    const formulas = all(office).filter((x) => x.c!.formula);
    expect(formulas.length).toBeGreaterThan(100);
    for (const x of formulas) expect(x.c!.formula).toBe(file.cells[x.r]![x.k]!.formula);
    const values = all(file).filter((x) => x.c!.value !== null);
    for (const x of values) expect(office.cells[x.r]?.[x.k]?.value).toEqual(x.c!.value);
    expect(all(office).some((x) => x.c!.numFmt?.includes('%'))).toBe(true);
    expect(all(office).filter((x) => x.c!.fill).length).toBeGreaterThan(100);
    expect(office.merges.length).toBeGreaterThan(0);
    expect(office.merges.every((m) => file.merges.some((f) => JSON.stringify(f) === JSON.stringify(m)))).toBe(true);
  });

  it('leaves a workbook without a takstskema untouched', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ark1').getCell('A1').value = 'Budget 2027';
    const fake = await FakeExcel.fromWorkbook(await reload(wb));
    const outcome = await checkAndMark(new OfficeWorkbook(fake.host()));
    expect(outcome.kind).toBe('not-takstskema');
    expect(fake.syncs).toBe(2);
  });

  it('selects a finding cell on its sheet', async () => {
    const { fake } = await sixtyBlocks();
    await new OfficeWorkbook(fake.host()).select(fake.sheets[0].name, 'X15');
    expect(fake.selection).toEqual({ sheet: fake.sheets[0].name, cell: 'X15' });
    expect(fake.active).toBe(fake.sheets[0].name);
  });

  it('cuts writes that would pass the 5 MB request limit into chunks', () => {
    const ops = Array.from({ length: 20000 }, () => ({ kind: 'add' as const }));
    const chunks = chunkByBytes(ops);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flat()).toHaveLength(20000);
    expect(chunkByBytes([])).toEqual([[]]);
  });

  it('parses merged areas with quoted sheet names', () => {
    expect(parseAreas("'Ark 1'!A1:B2, 'Ark 1'!$C$3")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 2 },
    ]);
  });
});

describe('prefill in Excel', () => {
  it('writes a plan and its undo record in one sync, and a later session restores every cell', async () => {
    const wb = await reload(buildFixture({ driftsherre: 'Mariagerfjord Kommune', blocks: [], spareBlocks: 5 }).workbook);
    const fake = await FakeExcel.fromWorkbook(wb);
    const port = new OfficeWorkbook(fake.host());
    const grids = await port.readGrids();
    const before = JSON.stringify(valuesOf(grids[0]));
    const sheet = readWorkbook(grids).sheets[0];
    const plan = planPrefill(sheet, grids[0], BUNDLED);
    const writes = chosenWrites(plan, 'none');
    expect(writes).toHaveLength(43);
    fake.syncs = 0;
    await port.write(writes, undoRecordFor('prefill', writes));
    expect(fake.syncs).toBe(1);
    expect(fake.sheets.find((s) => s.name === UNDO_SHEET)?.visibility).toBe('VeryHidden');
    const filled = await port.readGrids();
    expect(filled.map((g) => g.name)).not.toContain(UNDO_SHEET);
    expect(readWorkbook(filled).sheets[0].blocks[1].y1!.budget.value).toBe(8_912_000);

    const later = new OfficeWorkbook(fake.host());
    const record = await later.readUndo();
    expect(record?.cells).toHaveLength(43);
    await later.write(restoreWrites(record!), null);
    expect(await later.readUndo()).toBeNull();
    expect(JSON.stringify(valuesOf((await later.readGrids())[0]))).toBe(before);
  });
});

describe('large writes in Excel', () => {
  it('cuts a write past the request limit into requests under 5 MB, the undo record first', async () => {
    const wb = await reload(buildFixture({ driftsherre: 'Region Nordjylland', blocks: [], spareBlocks: 1 }).workbook);
    const fake = await FakeExcel.fromWorkbook(wb);
    const port = new OfficeWorkbook(fake.host());
    await port.connect();
    const sheet = fake.sheets[0].name;
    const writes = Array.from({ length: 40_000 }, (_, i) => ({
      sheet,
      cell: `AA${i + 1}`,
      value: `syntetisk værdi nummer ${i} med lidt ekstra tekst for at fylde op i forespørgslen`,
    }));
    fake.syncs = 0;
    fake.requestBytes = [];
    // Every cell held a long text before: the undo record alone passes 5 MB.
    const record = undoRecordFor(
      'fill',
      writes.map((w) => ({ ...w, before: `tidligere ${w.value} ${'x'.repeat(100)}` })),
    );
    expect(JSON.stringify(record).length).toBeGreaterThan(REQUEST_LIMIT);
    await port.write(writes, record);
    expect(fake.syncs).toBeGreaterThan(1);
    expect(fake.requestBytes.every((b) => b < REQUEST_LIMIT)).toBe(true);
    expect(fake.sheets[0].grid.cells[39_999]?.[26]?.value).toMatch(/nummer 39999/);
    expect((await new OfficeWorkbook(fake.host()).readUndo())?.cells).toHaveLength(40_000);
  });
});

/** Each cell's value and formula, blanks left out: what a user sees. */
function valuesOf(g: Grid): Array<[number, number, unknown, unknown]> {
  return g.cells.flatMap((row, r) =>
    (row ?? []).flatMap((c, k) => (c && (c.value !== null || c.formula) ? [[r, k, c.value, c.formula ?? null] as [number, number, unknown, unknown]] : [])),
  );
}

describe('the sample workbook in Excel', () => {
  it('gives the same counts as the CLI', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(__dirname, '../..', '..', 'samples', 'eksempel-2027.xlsx')) as unknown as ArrayBuffer);
    const outcome = await checkAndMark(new OfficeWorkbook((await FakeExcel.fromWorkbook(wb)).host()));
    if (outcome.kind !== 'checked') throw new Error('not checked');
    expect(outcome.result.summary).toEqual({ errors: 4, warnings: 4, infos: 4 });
  });
});
