// "Gem som .xlsx" in the preview: the changes made in memory, replayed on the opened file, give a workbook that reads
// back as the preview showed it (values, formulas, added blocks, the undo record, the marks).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { workbookToGrids } from '../../src/adapters/exceljs/grid';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/port';
import { savedBytes, savedName } from '../../src/preview/save';
import { readWorkbook } from '../../src/core/layout/discover';
import { planBlockCopies } from '../../src/core/plans/blocks';
import { UNDO_SHEET, undoRecordFor } from '../../src/core/plans/undo';
import { planPrefill, chosenWrites } from '../../src/core/prefill/plan';
import { bundledSnapshot } from '../../src/taskpane/bundled-snapshot';
import { checkAndMark } from '../../src/core/check';
import { visibleRow } from '../fixtures/visible';
import type { Grid } from '../../src/core/grid';
import { workbookBytes } from '../../src/adapters/exceljs/write';
import { buildFixture } from '../fixtures/builder';

const SAMPLE = readFileSync(join(__dirname, '..', '..', 'samples', 'eksempel-2027.xlsx'));
const arrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const bytes = () => arrayBuffer(SAMPLE);
/** An empty skema of an operator last year's snapshot knows: prefill has something to write. */
const emptySkema = async () => arrayBuffer(await workbookBytes(buildFixture({ driftsherre: 'Mariagerfjord Kommune', blocks: [], spareBlocks: 3 }).workbook));

async function opened(buf: ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf);
  return wb;
}

/** What a person sees of each cell: its value or formula, no style. */
function values(grids: Grid[]): string {
  return JSON.stringify(
    grids
      .filter((g) => g.name !== UNDO_SHEET)
      .map((g) => ({ name: g.name, cells: g.cells.map((r) => visibleRow(r)?.map((c) => (c ? (c.formula ?? c.value ?? null) : null))) })),
  );
}

describe('Gem som .xlsx', () => {
  it('writes every change made in the preview, in order, onto the opened workbook', async () => {
    const empty = await emptySkema();
    const book = new MemoryWorkbook(workbookToGrids(await opened(empty)));
    const sheet = readWorkbook(book.grids).sheets[0];
    const grid = book.grids.find((g) => g.name === sheet.sheet)!;
    // Two blocks added, then last year's figures, then a correction typed on top, then the check's marks.
    const copy = planBlockCopies(sheet, grid, 2);
    if ('reason' in copy) throw new Error(copy.reason);
    await book.addBlocks(copy);
    const after = readWorkbook(book.grids).sheets[0];
    const plan = planPrefill(
      after,
      book.grids.find((g) => g.name === after.sheet)!,
      bundledSnapshot(),
    );
    const writes = chosenWrites(plan, 'none');
    expect(writes.length).toBeGreaterThan(0);
    await book.write(writes, undoRecordFor('prefill', writes));
    const typed = writes[0];
    book.edit(typed.sheet, typed.cell, 16);
    const checked = await checkAndMark(book);
    if (checked.kind !== 'checked') throw new Error('no skema');
    expect(book.marks.length).toBeGreaterThan(0);

    const saved = await opened((await savedBytes(empty, book.changes)).buffer);
    const back = workbookToGrids(saved);
    expect(values(back)).toBe(values(book.grids));
    const port = new ExcelJsWorkbook(saved);
    expect(await port.readUndo()).toEqual(await book.readUndo());
    // The check finds in the saved file what it found in the preview, and the marks are on the file's cells.
    const again = await checkAndMark(port);
    if (again.kind !== 'checked') throw new Error('no skema');
    const ids = (r: typeof checked) => r.result.findings.map((f) => `${f.sheet}!${f.cell}:${f.ruleId}`);
    expect(ids(again)).toEqual(ids(checked));
    expect(await port.clearMarks()).toBeGreaterThan(0);
  });

  it('saves an untouched workbook as it was opened', async () => {
    const book = new MemoryWorkbook(workbookToGrids(await opened(bytes())));
    const back = workbookToGrids(await opened((await savedBytes(bytes(), book.changes)).buffer));
    expect(values(back)).toBe(values(book.grids));
  });

  it('names the copy after the opened file', () => {
    expect(savedName('eksempel-2027.xlsx')).toBe('eksempel-2027 (redigeret).xlsx');
    expect(savedName('eksempel-2027 (redigeret).xlsx')).toBe('eksempel-2027 (redigeret).xlsx');
    expect(savedName('Skema.XLSX')).toBe('Skema (redigeret).xlsx');
  });
});
