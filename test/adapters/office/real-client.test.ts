// The Office adapter on Microsoft's office.js against the RichApi host, beside the memory adapter: the same grids,
// findings, marks and sheet contents after every operation, on the sample, a 60-block and a 660-block sheet; and
// mistakes fail as in Excel, with the library's own error objects (a property read without load, a member above
// the requirement set, a protected sheet, what the host does not model).
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BYTES_PER_MARK, OfficeWorkbook } from '../../../src/adapters/office/workbook';
import { MemoryWorkbook } from '../../../src/adapters/memory/workbook';
import { workbookToGrids } from '../../../src/adapters/exceljs/grid';
import { workbookBytes } from '../../../src/adapters/exceljs/write';
import { checkAndMark } from '../../../src/core/check';
import { readWorkbook } from '../../../src/core/layout/discover';
import { chosenWrites, planPrefill } from '../../../src/core/prefill/plan';
import { restoreWrites, undoRecordFor } from '../../../src/core/plans/undo';
import { planBlockCopies } from '../../../src/core/plans/blocks';
import { isMarkFormula } from '../../../src/core/plans/marks';
import type { Grid } from '../../../src/core/grid';
import type { WorkbookPort } from '../../../src/core/port';
import { buildFixture } from '../../fixtures/builder';
import { syntheticWorkbook } from '../../fixtures/synthetic';
import { BUNDLED } from '../../prefill/helpers';
import { HOBRO } from '../../rules/helpers';
import { FakeExcel } from './fake-excel';
import { officeJs } from './office-js';

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await workbookBytes(wb)) as unknown as ArrayBuffer);
  return out;
}

async function sample(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(__dirname, '..', '..', '..', 'samples', 'eksempel-2027.xlsx')) as unknown as ArrayBuffer);
  return wb;
}

/** What a user sees of a grid: each non-blank cell's value, formula and number format. */
function contents(grids: Grid[]): unknown {
  return grids.map((g) => ({
    name: g.name,
    cells: g.cells.flatMap((row, r) =>
      (row ?? []).flatMap((c, k) => (c && (c.value !== null || c.formula) ? [[r, k, c.value, c.formula ?? null, c.numFmt ?? null]] : [])),
    ),
  }));
}

/** The marks on the sheet, as (sheet, cell, severity). */
function officeMarks(fake: FakeExcel): string[] {
  return fake.sheets
    .flatMap((s) =>
      s.cfs.filter((c) => isMarkFormula(c.formula.replace(/^=/, ''))).map((c) => `${s.name}!${c.range}:${/error|warning|info/.exec(c.formula)![0]}`),
    )
    .sort();
}

/** One round of the pane's work on a port: check, a prefill with its undo record, undo, more blocks, clear. */
async function round(port: WorkbookPort): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const checked = await checkAndMark(port);
  if (checked.kind !== 'checked') return { kind: checked.kind };
  out.findings = checked.result.findings;
  out.marks = checked.marks.map((m) => `${m.sheet}!${m.cell}:${m.severity}`).sort();
  const grids = await port.readGrids();
  out.read = contents(grids);
  const sheet = readWorkbook(grids).sheets[0];
  const grid = grids.find((g) => g.name === sheet.sheet)!;
  const writes = chosenWrites(planPrefill(sheet, grid, BUNDLED), 'all');
  await port.write(writes, undoRecordFor('prefill', writes));
  out.written = contents(await port.readGrids());
  const record = await port.readUndo();
  out.record = record?.cells.length ?? null;
  await port.write(restoreWrites(record!), null);
  out.undone = contents(await port.readGrids());
  const copy = planBlockCopies(sheet, grid, 2);
  if (!('reason' in copy)) {
    await port.addBlocks!(copy);
    out.added = contents(await port.readGrids());
  }
  out.recheck = (await checkAndMark(port)).kind;
  out.cleared = await port.clearMarks();
  return out;
}

describe('the Office adapter on office.js gives what the memory adapter gives', () => {
  const cases: Array<[string, () => Promise<ExcelJS.Workbook>]> = [
    ['the sample', sample],
    ['a 60-block sheet', async () => reload(syntheticWorkbook(60).workbook)],
    // Empty blocks for an operator in last year's snapshot: the prefill writes 43 cells, with their undo record.
    ['an empty Mariagerfjord template', async () => reload(buildFixture({ driftsherre: 'Mariagerfjord Kommune', blocks: [], spareBlocks: 5 }).workbook)],
  ];
  it.each(cases)('%s: findings, marks, reads, a prefill, its undo, added blocks and a clear', async (_name, make) => {
    const wb = await make();
    const fake = await FakeExcel.fromWorkbook(wb);
    const memory = new MemoryWorkbook(workbookToGrids(wb));
    const inExcel = await round(new OfficeWorkbook(fake.host()));
    const inMemory = await round(memory);
    expect(inExcel).toEqual(inMemory);
    if (_name.includes('Mariagerfjord')) expect(inExcel.record).toBe(43);
    expect(inExcel.findings).not.toHaveLength(0);
    expect(officeMarks(fake)).toEqual([]);
    expect(fake.apiRefusals).toEqual([]);
  });

  it('a 660-block sheet: the same findings, marks and grids; the read passes 5 MB and is made in bands', async () => {
    const wb = await reload(syntheticWorkbook(660).workbook);
    const fake = await FakeExcel.fromWorkbook(wb);
    const port = new OfficeWorkbook(fake.host());
    await port.connect();
    fake.syncs = 0;
    fake.requestBytes = [];
    const inExcel = await checkAndMark(port);
    const inMemory = await checkAndMark(new MemoryWorkbook(workbookToGrids(wb)));
    if (inExcel.kind !== 'checked' || inMemory.kind !== 'checked') throw new Error('not checked');
    expect(inExcel.result.findings).toEqual(inMemory.result.findings);
    expect(officeMarks(fake)).toEqual(inMemory.marks.map((m) => `${m.sheet}!${m.cell}:${m.severity}`).sort());
    expect(Math.max(...fake.requestBytes)).toBeLessThan(fake.requestLimit);
    // The marks' request, as office.js wrote it, is within the adapter's estimate per mark.
    expect(Math.max(...fake.requestBytes) / inExcel.marks.length).toBeLessThan(BYTES_PER_MARK);
    // The whole sheet in one answer is ~10 MB: Excel on the web refuses it, and the adapter reads in bands.
    expect(fake.syncs).toBeGreaterThan(2);
    expect(Math.max(...fake.responseBytes)).toBeGreaterThan(fake.responseLimit);
    // The next check reads in bands at once: no answer is refused again.
    fake.responseBytes = [];
    const again = await checkAndMark(port);
    expect(again.kind).toBe('checked');
    expect(Math.max(...fake.responseBytes)).toBeLessThan(fake.responseLimit);
    // The grids read in bands are the grids the memory adapter holds, merged areas included.
    const banded = await port.readGrids();
    expect(contents(banded)).toEqual(contents(workbookToGrids(wb)));
    expect(banded.map((g) => g.merges.length)).toEqual(workbookToGrids(wb).map((g) => g.merges.length));
  });
});

describe('mistakes fail as in Excel, with the library’s own errors', () => {
  async function hobro() {
    const built = buildFixture({ driftsherre: 'Mariagerfjord Kommune', blocks: [{ ...HOBRO, paragraf: '§ 104' }], spareBlocks: 1 });
    return { fake: await FakeExcel.fromWorkbook(await reload(built.workbook)), sheet: built.layout.sheetName };
  }

  it('a property read without load() is PropertyNotLoaded, thrown by office.js', async () => {
    const { fake, sheet } = await hobro();
    const failure = await fake
      .host()
      .run(async (ctx) => {
        const used = ctx.workbook.worksheets.getItem(sheet).getUsedRange(true);
        used.load('values');
        await ctx.sync();
        return used.formulas;
      })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(officeJs().OfficeExtension.Error);
    expect(failure).toMatchObject({ code: 'PropertyNotLoaded' });
  });

  it('a member above the host’s requirement set is ApiNotFound; the adapter guards the one it uses (ExcelApi 1.13)', async () => {
    const { fake, sheet } = await hobro();
    fake.apiVersion = 9;
    const failure = await fake
      .host()
      .run(async (ctx) => {
        const merges = ctx.workbook.worksheets.getItem(sheet).getUsedRange(true).getMergedAreasOrNullObject();
        merges.load('address');
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'ApiNotFound' });
    fake.apiRefusals.length = 0;
    // The manifest's ExcelApi 1.9: the whole round asks for nothing above it.
    await round(new OfficeWorkbook(fake.host()));
    expect(fake.apiRefusals).toEqual([]);
  });

  it('what the host does not model is refused by name, never answered empty', async () => {
    const { fake, sheet } = await hobro();
    const failure = await fake
      .host()
      .run(async (ctx) => {
        ctx.workbook.worksheets.getItem(sheet).getRange('A1').format.fill.color = '#FF0000';
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'EmulatorDoesNotModel' });
    expect(fake.unmodelled).toEqual(['range.Format (nav)']);
    fake.unmodelled.length = 0;
  });

  it('an object of a finished Excel.run cannot be used in the next one', async () => {
    const { fake, sheet } = await hobro();
    const host = fake.host();
    const kept = await host.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem(sheet).getRange('A1');
      r.load('values');
      await ctx.sync();
      return r;
    });
    const failure = await host
      .run(async (ctx) => {
        kept.values = [[1]];
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(officeJs().OfficeExtension.Error);
  });
});

describe('every property the adapter loads is needed', () => {
  type Load = (this: unknown, obj: unknown, option?: unknown) => unknown;

  /** The adapter's source line that called load() (read.ts:107), from the stack. */
  function site(): string {
    const line = (new Error().stack ?? '').split('\n').find((l) => /src[\\/]adapters[\\/]office[\\/]/.test(l)) ?? '';
    return /office[\\/]([a-z]+\.ts:\d+)/.exec(line)?.[1] ?? '?';
  }

  /** office.js's load, watched (every site and property) or with one property dropped at one site. */
  function patchLoad(onLoad: (where: string, props: string[]) => string[]): () => void {
    const proto = officeJs().OfficeExtension.ClientRequestContext.prototype as unknown as { load: Load };
    const original = proto.load;
    proto.load = function (obj, option) {
      if (typeof option !== 'string') return original.call(this, obj, option);
      const kept = onLoad(site(), option.split(','));
      return original.call(this, obj, kept.join(','));
    };
    return () => (proto.load = original);
  }

  /**
   * Every path the adapter reads by, with the syncs each took (a read that fails and recovers by another path costs
   * more): a round on a small sheet, a banded read of a marked sheet, a host that cannot describe merged areas (read
   * sheet by sheet), and a write without a read first.
   */
  async function scenarios(): Promise<unknown> {
    const built = buildFixture({ driftsherre: 'Mariagerfjord Kommune', blocks: [{ ...HOBRO, paragraf: '§ 104' }], spareBlocks: 2 });
    const wb = await reload(built.workbook);
    const plain = await FakeExcel.fromWorkbook(wb);
    const out: unknown[] = [await round(new OfficeWorkbook(plain.host())), plain.syncs];
    const banded = await FakeExcel.fromWorkbook(wb);
    await checkAndMark(new OfficeWorkbook(banded.host()));
    banded.readCellLimit = 500;
    const port = new OfficeWorkbook(banded.host());
    const inBands = await port.readGrids();
    out.push(
      contents(inBands),
      inBands.map((g) => g.merges),
      await port.clearMarks(),
      banded.syncs,
    );
    const faulty = await FakeExcel.fromWorkbook(wb);
    faulty.faults = ['range.GetMergedAreasOrNullObject'];
    out.push(contents(await new OfficeWorkbook(faulty.host()).readGrids()), faulty.syncs);
    const cold = await FakeExcel.fromWorkbook(wb);
    await new OfficeWorkbook(cold.host()).write([{ sheet: built.layout.sheetName, cell: 'X8', value: 'note' }], null);
    out.push(contents(cold.sheets.map((s) => s.grid)), cold.syncs);
    return out;
  }

  it('dropping any one property from any load() makes the adapter fail or read otherwise', async () => {
    const seen = new Map<string, Set<string>>();
    const unpatch = patchLoad((where, props) => {
      seen.set(where, new Set([...(seen.get(where) ?? []), ...props]));
      return props;
    });
    let baseline: unknown;
    try {
      baseline = await scenarios();
    } finally {
      unpatch();
    }
    // A load of one property, dropped, is load(''): office.js's load of every property, another valid program.
    const mutations = [...seen].filter(([, props]) => props.size > 1).flatMap(([where, props]) => [...props].map((prop) => ({ where, prop })));
    expect(mutations.length).toBeGreaterThan(15);
    expect(new Set([...seen.keys()].map((w) => w.split(':')[0]))).toEqual(new Set(['host.ts', 'read.ts', 'marks.ts', 'write.ts']));
    const survivors: string[] = [];
    for (const m of mutations) {
      const undo = patchLoad((where, props) => (where === m.where ? props.filter((p) => p !== m.prop) : props));
      try {
        const got = await scenarios().catch((e: unknown) => e);
        if (JSON.stringify(got) === JSON.stringify(baseline)) survivors.push(`${m.where} ${m.prop}`);
      } finally {
        undo();
      }
    }
    expect(survivors).toEqual([]);
  });
});
