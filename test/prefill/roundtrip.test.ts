// Write → read round trip of every prefilled field, through each adapter (exceljs, memory, Office.js on the fake
// host), into cells of every starting format: a percent, General, text and a number format. What is read back is
// exactly what was written (OH 6,8 stays 6,8, never 0,068 %), because each write carries its number format.
import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/port';
import { workbookBytes } from '../../src/adapters/exceljs/write';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { OfficeWorkbook } from '../../src/adapters/office/workbook';
import { workbookToGrids } from '../../src/adapters/exceljs/read';
import { readWorkbook } from '../../src/core/layout/discover';
import { chosenWrites, planPrefill } from '../../src/core/prefill/plan';
import { undoRecordFor } from '../../src/core/plans/undo';
import type { WorkbookPort } from '../../src/core/port';
import { buildFixture } from '../fixtures/builder';
import { TEST_MUNICIPALITY_2026 } from '../fixtures/seeds';
import { FakeExcel } from '../adapters/office/fake-excel';
import { BUNDLED } from './helpers';

const FORMATS = ['0.0%', 'General', '@', '#,##0'];

/** An empty Mariagerfjord template whose year-1 input cells all have this format. */
async function template(numFmt: string): Promise<ExcelJS.Workbook> {
  const { workbook, layout } = buildFixture({ driftsherre: 'Mariagerfjord Kommune', blocks: [], spareBlocks: 4 });
  const ws = workbook.getWorksheet(layout.sheetName)!;
  for (const b of layout.blocks) for (const c of Object.values(layout.columns)) if (c > 3) ws.getCell(b.y1Row + 1, c + 1).numFmt = numFmt;
  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await workbookBytes(workbook)) as unknown as ArrayBuffer);
  return out;
}

const ADAPTERS: Array<[string, (wb: ExcelJS.Workbook) => Promise<WorkbookPort>]> = [
  ['exceljs', async (wb) => new ExcelJsWorkbook(wb)],
  ['memory', async (wb) => new MemoryWorkbook(workbookToGrids(wb))],
  ['Office.js', async (wb) => new OfficeWorkbook((await FakeExcel.fromWorkbook(wb)).host())],
];

describe.each(ADAPTERS)('prefill through the %s adapter', (_name, portOf) => {
  it.each(FORMATS)('into cells formatted %s reads back every figure as written', async (numFmt) => {
    const port = await portOf(await template(numFmt));
    const grids = await port.readGrids();
    const sheet = readWorkbook(grids).sheets[0];
    const plan = planPrefill(
      sheet,
      grids.find((g) => g.name === sheet.sheet)!,
      BUNDLED,
    );
    const writes = chosenWrites(plan, 'none');
    await port.write(writes, undoRecordFor('prefill', writes));
    const back = readWorkbook(await port.readGrids()).sheets[0];
    TEST_MUNICIPALITY_2026.forEach((seed, i) => {
      const y = back.blocks[i].y1!;
      const s = seed.y1!;
      expect([y.pladser.value, y.belaegning.value, y.budget.value, y.regulering.value, y.oh.value, y.basis.value, y.time.value]).toEqual([
        s.pladser,
        s.belaegning,
        s.budget,
        s.regulering,
        s.oh,
        s.basis ?? null,
        s.time ?? null,
      ]);
      expect(y.takster.map((t) => t.value).filter((v) => v !== null)).toEqual(s.takster);
      // Read as numbers, not as text that looks like one.
      expect([y.pladser, y.belaegning, y.oh, y.budget].map((f) => f.issue ?? null)).toEqual([null, null, null, null]);
    });
  });
});
