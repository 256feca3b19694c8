// takst prefill and takst snapshot build: the done-when, end to end through files.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/port';
import { conditionalFormatsOf } from '../../src/adapters/exceljs/marks';
import { readWorkbook } from '../../src/core/layout/discover';
import { parseSnapshot } from '../../src/core/model/snapshot';
import type { YearRow } from '../../src/core/model/takstskema';
import { saveWorkbook } from '../../src/adapters/exceljs/write';
import { buildFixture } from '../fixtures/builder';
import { TEST_MUNICIPALITY_2026 } from '../fixtures/seeds';
import { buildOldWorkbook } from '../fixtures/old-layout';

const dir = mkdtempSync(join(tmpdir(), 'takst-prefill-'));
const SAMPLE = join(__dirname, '..', '..', 'samples', 'eksempel-2027.xlsx');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

async function sheetOf(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const port = new ExcelJsWorkbook(wb);
  return { sheet: readWorkbook(await port.readGrids()).sheets[0], port };
}

async function template(name: string, year: number, blocks = 8, driftsherre = 'Mariagerfjord Kommune'): Promise<string> {
  const file = join(dir, name);
  await saveWorkbook(buildFixture({ driftsherre, year, blocks: [], spareBlocks: blocks }).workbook, file);
  return file;
}

const figures = (y: YearRow | null) =>
  y &&
  [y.pladser, y.belaegning, y.budget, y.regulering, y.oh, y.basis, y.time, ...y.takster].map((f) =>
    f.value === null ? null : Number(f.value.toPrecision(12)),
  );

describe('takst prefill', () => {
  it('fills a Mariagerfjord template from the bundled snapshot, and the copy keeps an undo record', async () => {
    const input = await template('mf.xlsx', 2027);
    const out = join(dir, 'mf-udfyldt.xlsx');
    const c = capture();
    expect(await run(['prefill', input, '--out', out], c.io)).toBe(0);
    expect(c.out.join('\n')).toMatch(/43 celler udfyldes, 0 har allerede tallet, 0 har et andet tal/);
    const { sheet, port } = await sheetOf(out);
    TEST_MUNICIPALITY_2026.forEach((seed, i) => {
      const y = sheet.blocks[i].y1!;
      expect([y.pladser.value, y.budget.value, y.basis.value]).toEqual([seed.y1!.pladser, seed.y1!.budget, seed.y1!.basis ?? null]);
      expect(figures(sheet.blocks[i].y2)!.every((v) => v === null)).toBe(true);
    });
    expect((await port.readUndo())?.cells).toHaveLength(43);
    // Dropdowns and the red-text rules survive the rewrite.
    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(input);
    const [a, b] = [before.worksheets[0], port.workbook.getWorksheet(before.worksheets[0].name)!];
    expect(conditionalFormatsOf(b)).toEqual(conditionalFormatsOf(a));
    const lists = (ws: ExcelJS.Worksheet) => JSON.stringify((ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model);
    expect(lists(b)).toBe(lists(a));
    expect(lists(a)).toMatch(/Dag,Døgn/);
  });

  it('leaves a differing typed value alone without --overwrite and writes it with', async () => {
    const hobro = TEST_MUNICIPALITY_2026[1];
    const input = join(dir, 'typed.xlsx');
    await saveWorkbook(
      buildFixture({ driftsherre: 'Mariagerfjord Kommune', blocks: [{ ...hobro, y1: { ...hobro.y1, pladser: 49 } }], spareBlocks: 3 }).workbook,
      input,
    );
    const c = capture();
    expect(await run(['prefill', input, '--out', join(dir, 'typed-1.xlsx')], c.io)).toBe(0);
    expect(c.out.join('\n')).toMatch(/Pladser: står 49, sidste år 50/);
    expect((await sheetOf(join(dir, 'typed-1.xlsx'))).sheet.blocks[0].y1!.pladser.value).toBe(49);
    expect(await run(['prefill', input, '--out', join(dir, 'typed-2.xlsx'), '--overwrite'], capture().io)).toBe(0);
    expect((await sheetOf(join(dir, 'typed-2.xlsx'))).sheet.blocks[0].y1!.pladser.value).toBe(50);
  });

  it('writes nothing with --dry-run, refuses to write over the input, and refuses a damaged snapshot', async () => {
    const input = await template('dry.xlsx', 2027);
    const before = readFileSync(input);
    expect(await run(['prefill', input, '--dry-run'], capture().io)).toBe(0);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(await run(['prefill', input, '--out', input], capture().io)).toBe(2);
    const bad = join(dir, 'bad.json');
    const snap = JSON.parse(readFileSync(join(__dirname, '..', '..', 'assets', 'snapshot-2026.json'), 'utf8'));
    snap.operators[0].offers[0].figures.budget = 1;
    writeFileSync(bad, JSON.stringify(snap));
    const c = capture();
    expect(await run(['prefill', input, '--dry-run', '--snapshot', bad], c.io)).toBe(2);
    expect(c.err.join('')).toMatch(/SHA-256/);
    writeFileSync(bad, '{ not json');
    expect(await run(['prefill', input, '--dry-run', '--snapshot', bad], capture().io)).toBe(2);
  });
});

describe('takst snapshot build → prefill: a round trip loses no value', () => {
  it.each([
    [2027, 2028, 'y2'],
    [2026, 2027, 'y1'],
  ] as const)('the sample’s %i rows become year 1 of a fresh %i template', async (year, templateYear, row) => {
    const snap = join(dir, `snap-${year}.json`);
    const c = capture();
    expect(await run(['snapshot', 'build', SAMPLE, '--year', String(year), '--out', snap], c.io)).toBe(0);
    expect(c.out.join('\n')).toMatch(/Mariagerfjord Kommune: \d+ tilbud/);
    expect(c.out.join('\n')).toMatch(/ikke brugt: .*rækken for \d+ er tom/);
    const parsed = parseSnapshot(JSON.parse(readFileSync(snap, 'utf8')));
    const input = await template(`fresh-${templateYear}.xlsx`, templateYear);
    const out = join(dir, `fresh-${templateYear}-udfyldt.xlsx`);
    expect(await run(['prefill', input, '--out', out, '--snapshot', snap], capture().io)).toBe(0);
    const original = (await sheetOf(SAMPLE)).sheet;
    const filled = (await sheetOf(out)).sheet;
    const offers = parsed.operators[0].offers;
    expect(offers.length).toBeGreaterThan(2);
    offers.forEach((offer, i) => {
      const from = original.blocks.find((b) => b.tilbud.value === offer.tilbud && b[row]?.year.value === year && figures(b[row])!.some((v) => v !== null))!;
      const to = filled.blocks[i];
      expect([to.tilbud.value, to.afdeling.value, to.paragraf.value]).toEqual([from.tilbud.value, from.afdeling.value, from.paragraf.value]);
      expect(figures(to.y1)).toEqual(figures(from[row]));
    });
  });

  it('builds from last year’s old vertical skema, and a template prefilled from it has the seeds’ 2026 figures', async () => {
    const oldFile = join(dir, 'gammelt-2026.xlsx');
    await saveWorkbook(buildOldWorkbook(), oldFile);
    const snap = join(dir, 'snap-old.json');
    const c = capture();
    expect(await run(['snapshot', 'build', oldFile, '--year', '2026', '--out', snap], c.io)).toBe(0);
    expect(c.out.join('\n')).toMatch(/Mariagerfjord Kommune: 4 tilbud/);
    expect(c.out.join('\n')).toMatch(/ikke brugt: .*lovgrundlaget "SEL § 52" har ingen sikker oversættelse/);
    const input = await template('from-old.xlsx', 2027);
    const out = join(dir, 'from-old-udfyldt.xlsx');
    expect(await run(['prefill', input, '--out', out, '--snapshot', snap], capture().io)).toBe(0);
    const filled = (await sheetOf(out)).sheet;
    TEST_MUNICIPALITY_2026.slice(0, 2).forEach((seed, i) => {
      const y = filled.blocks[i].y1!;
      expect(filled.blocks[i].tilbud.value).toBe(seed.tilbud);
      expect(Math.abs(y.budget.value! - seed.y1!.budget!)).toBeLessThan(1);
      expect([y.pladser.value, y.belaegning.value, y.regulering.value, y.oh.value, y.basis.value, y.time.value]).toEqual([
        seed.y1!.pladser,
        seed.y1!.belaegning,
        seed.y1!.regulering,
        seed.y1!.oh,
        seed.y1!.basis ?? null,
        seed.y1!.time ?? null,
      ]);
      expect(y.takster.map((t) => t.value).filter((v) => v !== null)).toEqual(seed.y1!.takster);
    });
  });

  it('reports an unreadable file and goes on with the others', async () => {
    const junk = join(dir, 'junk.xlsx');
    writeFileSync(junk, 'not a workbook');
    const c = capture();
    expect(await run(['snapshot', 'build', SAMPLE, junk, '--year', '2027', '--out', join(dir, 'snap-junk.json')], c.io)).toBe(1);
    expect(c.err.join('\n')).toMatch(/^takst: ikke læst: .*junk.xlsx/m);
    expect(parseSnapshot(JSON.parse(readFileSync(join(dir, 'snap-junk.json'), 'utf8'))).partial).toBe(true);
  });

  it('writes nothing and exits 2 with one line when no file can be read', async () => {
    const junk = join(dir, 'junk-only.xlsx');
    writeFileSync(junk, 'not a workbook');
    const out = join(dir, 'snap-none.json');
    const c = capture();
    expect(await run(['snapshot', 'build', junk, '--year', '2027', '--out', out], c.io)).toBe(2);
    expect(c.err).toEqual([expect.stringMatching(/^takst: Filen er ikke en Excel-arbejdsbog \(.xlsx\): .*junk-only.xlsx/)]);
    expect(existsSync(out)).toBe(false);
  });
});
