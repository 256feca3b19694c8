// Excel's behaviour as the RichApi host answers it to Microsoft's office.js: Range.values parses text unless the
// cell's format is text, conditional-format ids are positions, a batch is not a transaction (what went before a
// failure stays), a protected sheet refuses writes, a request or an answer over 5 MB is refused.
import ExcelJS from 'exceljs';
import { OfficeWorkbook, REQUEST_LIMIT } from '../../../src/adapters/office/workbook';
import { workbookBytes } from '../../../src/adapters/exceljs/write';
import { checkAndMark } from '../../../src/core/check';
import { isMarkFormula, type Mark } from '../../../src/core/plans/marks';
import { UNDO_CHUNK, undoChunks, undoRecordFor } from '../../../src/core/plans/undo';
import { buildFixture } from '../../fixtures/builder';
import { syntheticWorkbook } from '../../fixtures/synthetic';
import { HOBRO } from '../../rules/helpers';
import { FakeExcel } from './fake-excel';
import { officeJs } from './office-js';
import { describeError } from '../../../src/taskpane/errors';
import { readWorkbook } from '../../../src/core/layout/discover';
import { planBlockCopies } from '../../../src/core/plans/blocks';

async function fakeOf(wb: ExcelJS.Workbook): Promise<FakeExcel> {
  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await workbookBytes(wb)) as unknown as ArrayBuffer);
  return FakeExcel.fromWorkbook(out);
}

async function hobro(): Promise<{ fake: FakeExcel; sheet: string; row: number }> {
  const built = buildFixture({ driftsherre: 'Mariagerfjord Kommune', blocks: [{ ...HOBRO, paragraf: '§ 104' }], spareBlocks: 1 });
  return { fake: await fakeOf(built.workbook), sheet: built.layout.sheetName, row: built.layout.blocks[0].y1Row + 1 };
}

const marksIn = (fake: FakeExcel) => fake.sheets.flatMap((s) => s.cfs.filter((c) => isMarkFormula(c.formula)));

describe('text written from the pane stays text', () => {
  it('writes "=1+1", "+1+2", "- se note" and "1.234" as the texts they are, and a record chunk starting with "-"', async () => {
    const { fake, sheet, row } = await hobro();
    const port = new OfficeWorkbook(fake.host());
    await port.readGrids();
    const texts = ['=1+1', '+1+2', '- se note', '1.234'];
    const writes = texts.map((value, i) => ({ sheet, cell: `Y${row + i}`, value }));
    // The record is cut into chunks of JSON; a long run of "-" in an earlier value makes later chunks start with "-".
    const dashes = '-'.repeat(UNDO_CHUNK * 3);
    const record = undoRecordFor(
      'fill',
      writes.map((w) => ({ ...w, before: dashes })),
    );
    expect(
      undoChunks(record)
        .slice(1)
        .some((c) => c.startsWith('-')),
    ).toBe(true);
    await port.write(writes, record);
    const cells = fake.sheets.find((s) => s.name === sheet)!.grid.cells;
    expect(texts.map((_, i) => [cells[row + i - 1]?.[24]?.value, cells[row + i - 1]?.[24]?.formula])).toEqual(texts.map((t) => [t, undefined]));
    expect((await port.readUndo())?.cells.map((c) => c.value)).toEqual(texts.map(() => dashes));
  });

  it('the host parses a text written without the text format, as Excel does (so the test above can fail)', async () => {
    const { fake, sheet } = await hobro();
    const ctx = fake.host() as unknown as { run: <T>(b: (c: Excel.RequestContext) => Promise<T>) => Promise<T> };
    await ctx.run(async (c) => {
      c.workbook.worksheets.getItem(sheet).getRange('Y1').values = [['=1+1']];
      c.workbook.worksheets.getItem(sheet).getRange('Y2').values = [['1.234']];
      await c.sync();
    });
    const cells = fake.sheets.find((s) => s.name === sheet)!.grid.cells;
    expect([cells[0]?.[24]?.formula, cells[1]?.[24]?.value]).toEqual(['1+1', 1.234]);
  });
});

describe('a protected sheet', () => {
  it('is checked but not marked: the findings are shown and the pane is told why', async () => {
    const { fake, sheet } = await hobro();
    fake.sheets.find((s) => s.name === sheet)!.protected = true;
    const outcome = await checkAndMark(new OfficeWorkbook(fake.host()));
    if (outcome.kind !== 'checked') throw new Error('not checked');
    expect(outcome.result.findings.length).toBeGreaterThan(0);
    expect(outcome.unmarked).toEqual([{ sheet, reason: expect.stringMatching(/^arket er beskyttet/) }]);
    expect(marksIn(fake)).toEqual([]);
  });

  it('refuses a write before anything is written, and a write that fails half-way leaves its undo record', async () => {
    const { fake, sheet, row } = await hobro();
    const port = new OfficeWorkbook(fake.host());
    fake.sheets.find((s) => s.name === sheet)!.protected = true;
    await port.readGrids();
    const before = JSON.stringify(fake.sheets.map((s) => s.grid));
    const writes = [{ sheet, cell: `E${row}`, value: 51 }];
    const attempt = () =>
      port.write(
        writes,
        undoRecordFor(
          'prefill',
          writes.map((w) => ({ ...w, before: 50 })),
        ),
      );
    await expect(attempt()).rejects.toMatchObject({ code: 'write-refused', messageId: 'sheetsProtected' });
    expect(JSON.stringify(fake.sheets.map((s) => s.grid))).toBe(before);
    // Protected after the read (the cache is stale): Excel fails at the locked cell, the record is already there.
    fake.sheets.find((s) => s.name === sheet)!.protected = false;
    await port.readGrids();
    fake.sheets.find((s) => s.name === sheet)!.protected = true;
    const failure = await attempt().catch((e: unknown) => e);
    // The library's own error object: its code, and the pane's Danish words for it.
    expect(failure).toBeInstanceOf(officeJs().OfficeExtension.Error);
    expect(failure).toMatchObject({ code: 'AccessDenied' });
    expect(describeError(failure)).toMatch(/^Excel tillader ikke ændringen/);
    expect((await port.readUndo())?.cells).toHaveLength(1);
  });
});

describe('a protected sheet read in bands', () => {
  it('is known as protected all the same: a write is refused before anything is written', async () => {
    const { fake, sheet, row } = await hobro();
    fake.readCellLimit = 500; // the whole read comes back without values: the adapter reads in bands
    const port = new OfficeWorkbook(fake.host());
    await port.readGrids();
    // Protected after that read: the next read goes to bands at once, and must see it.
    fake.sheets.find((s) => s.name === sheet)!.protected = true;
    await port.readGrids();
    const before = JSON.stringify(fake.sheets.map((s) => s.grid));
    await expect(port.write([{ sheet, cell: `E${row}`, value: 51 }], null)).rejects.toMatchObject({ code: 'write-refused', messageId: 'sheetsProtected' });
    expect(JSON.stringify(fake.sheets.map((s) => s.grid))).toBe(before);
  });
});

describe('request sizes as office.js writes them (the real requests)', () => {
  // The 660-block check itself is in real-client.test.ts (its read passes 5 MB and goes in bands).
  it('a re-check that replaces 2.000 marks and a 10.000-cell write stay under 5 MB per request', async () => {
    const fake = await fakeOf(syntheticWorkbook(60).workbook);
    const port = new OfficeWorkbook(fake.host());
    const first = await checkAndMark(port);
    if (first.kind !== 'checked') throw new Error('not checked');
    expect(first.marks.length).toBeGreaterThan(60);
    // Every mark different: a re-check deletes them all and adds as many (a 2.000-mark re-check at this size).
    const sheet = first.marks[0].sheet;
    const moved: Mark[] = Array.from({ length: 2000 }, (_, i) => ({ sheet, cell: `AB${i + 1}`, severity: 'warning', note: '' }));
    fake.requestBytes = [];
    await port.setMarks(moved);
    expect(fake.requestBytes.length).toBeGreaterThan(1);
    expect(Math.max(...fake.requestBytes)).toBeLessThan(REQUEST_LIMIT);
    expect(marksIn(fake)).toHaveLength(2000);
    const writes = Array.from({ length: 10_000 }, (_, i) => ({ sheet, cell: `AC${i + 1}`, value: i }));
    fake.requestBytes = [];
    await port.write(
      writes,
      undoRecordFor(
        'fill',
        writes.map((w) => ({ ...w, before: null })),
      ),
    );
    expect(Math.max(...fake.requestBytes)).toBeLessThan(REQUEST_LIMIT);
  });
});

describe('a used range over the read limit', () => {
  it('reads in bands when Excel returns no values for the whole range, and gives the same grid', async () => {
    const fake = await fakeOf(syntheticWorkbook(300).workbook);
    const whole = await new OfficeWorkbook(fake.host()).readGrids();
    fake.readCellLimit = 40_000; // below the sheet's 2.400 × 24 cells, above a band's: the whole read has no values
    const banded = await new OfficeWorkbook(fake.host()).readGrids();
    expect(banded.map((g) => g.cells)).toEqual(whole.map((g) => g.cells));
  });
});

describe('edits', () => {
  it('ignores its own writes by the event’s trigger source, and checks a co-author’s edit', async () => {
    const { fake } = await hobro();
    let handler: ((args: unknown) => Promise<void>) | null = null;
    const host = fake.host();
    const port = new OfficeWorkbook({
      ...host,
      run: (batch) =>
        host.run(async (ctx) => {
          // Events reach a pane through Office's event channel, not the RichApi request: the registration is a
          // stand-in here (docs/excel-test.md), the handler's filtering is the adapter's.
          Object.defineProperty(ctx.workbook.worksheets, 'onChanged', {
            value: { add: (h: typeof handler) => ((handler = h), { context: ctx, remove() {} }) },
          });
          return batch(ctx);
        }),
    });
    let edits = 0;
    await port.onEdit(() => edits++);
    await handler!({ triggerSource: 'ThisLocalAddin', source: 'Local' });
    await handler!({ triggerSource: 'Others', source: 'Remote' });
    await handler!({ triggerSource: 'Others', source: 'Local' });
    expect(edits).toBe(2);
  });
});

describe('blocks added inside Excel (Range.copyFrom)', () => {
  it('copies the last block below it in one sync, formulas moved, the copies’ inputs empty', async () => {
    const { fake, sheet } = await hobro();
    const port = new OfficeWorkbook(fake.host());
    const grids = await port.readGrids();
    const model = readWorkbook(grids);
    const s = model.sheets[0];
    const copy = planBlockCopies(
      s,
      grids.find((g) => g.name === sheet)!,
      3,
    );
    if ('reason' in copy) throw new Error(copy.reason);
    const before = fake.syncs;
    await port.addBlocks(copy);
    expect(fake.syncs - before).toBe(1);
    const after = readWorkbook(await port.readGrids()).sheets[0];
    expect(after.blocks).toHaveLength(s.blocks.length + 3);
    const last = after.blocks[after.blocks.length - 1];
    expect(last.tilbud.value).toBeNull();
    expect(last.aendring!.pladser.formula).toBe(`IF(AND(ISNUMBER(E${last.y1!.row}),ISNUMBER(E${last.y2!.row})),E${last.y2!.row}-E${last.y1!.row},"")`);
  });

  it('refuses a protected sheet before copying anything', async () => {
    const { fake, sheet } = await hobro();
    const port = new OfficeWorkbook(fake.host());
    const grids = await port.readGrids();
    fake.sheet(sheet).protected = true;
    await port.readGrids();
    const copy = planBlockCopies(readWorkbook(grids).sheets[0], grids[0], 1);
    if ('reason' in copy) throw new Error(copy.reason);
    await expect(port.addBlocks(copy)).rejects.toMatchObject({ code: 'write-refused', messageId: 'blocksSheetProtected' });
  });
});
