// The streaming writer of a new skema gives the workbook the in-memory writer gives: the same grids (values,
// formulas, formats, fills, merges), dropdowns, conditional formats and undo record, read back by both readers.
import { mkdtempSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { streamWorkbook } from '../../../src/adapters/exceljs/stream-write';
import { renderWorkbook } from '../../../src/adapters/exceljs/write';
import { ExcelJsWorkbook } from '../../../src/adapters/exceljs/port';
import { workbookToGrids } from '../../../src/adapters/exceljs/grid';
import { readGridsFile } from '../../../src/adapters/xlsx/file';
import { buildTemplate } from '../../../src/core/template/build';
import { readWorkbook } from '../../../src/core/layout/discover';
import { planFill, chosenWrites } from '../../../src/core/prefill/plan';
import { undoRecordFor } from '../../../src/core/plans/undo';
import { syntheticOffers } from '../../fixtures/synthetic-export';
import { offersFromExport } from '../../../src/core/import/export';
import { syntheticCsv, SYNTHETIC_MAPPING } from '../../fixtures/synthetic-export';
import { parseMapping } from '../../../src/core/import/tidy';

const dir = mkdtempSync(join(tmpdir(), 'takst-stream-'));

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('streamWorkbook', () => {
  it('writes what the in-memory writer writes: grids, dropdowns, conditional formats, merges, the undo record', async () => {
    const { spec } = buildTemplate({ driftsherre: 'Region Nordjylland', year: 2027, blocks: 14 });
    const memory = renderWorkbook(spec);
    const grids = workbookToGrids(memory);
    const sheet = readWorkbook(grids).sheets[0];
    const offers = offersFromExport({ csv: syntheticCsv(syntheticOffers(12)) }, parseMapping(SYNTHETIC_MAPPING)).offers;
    const writes = chosenWrites(
      planFill(
        sheet,
        grids.find((g) => g.name === sheet.sheet)!,
        offers,
      ),
      'none',
    );
    expect(writes.length).toBeGreaterThan(100);
    const undo = undoRecordFor('fill', writes);
    await new ExcelJsWorkbook(memory).write(writes, undo);
    const inMemory = join(dir, 'i-hukommelsen.xlsx');
    await memory.xlsx.writeFile(inMemory);
    const streamed = join(dir, 'strømmet.xlsx');
    await streamWorkbook(spec, writes, undo, streamed);

    const [a, b] = await Promise.all([load(inMemory), load(streamed)]);
    expect(workbookToGrids(b)).toEqual(workbookToGrids(a));
    expect((await readGridsFile(streamed)).grids).toEqual((await readGridsFile(inMemory)).grids);
    expect(await new ExcelJsWorkbook(b).readUndo()).toEqual(await new ExcelJsWorkbook(a).readUndo());
    const ws = (wb: ExcelJS.Workbook) => wb.getWorksheet(sheet.sheet)!;
    const validations = (wb: ExcelJS.Workbook) =>
      Object.keys((ws(wb) as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model).sort();
    expect(validations(b)).toEqual(validations(a));
    expect(validations(b).length).toBeGreaterThan(14);
    const formats = (wb: ExcelJS.Workbook) =>
      (ws(wb) as unknown as { conditionalFormattings: Array<{ ref: string }> }).conditionalFormattings.map((c) => c.ref);
    expect(formats(b)).toEqual(formats(a));
    expect(formats(b).length).toBeGreaterThan(14);
    // Excel recalculates the Ændring formulas (written without results) when it opens either file.
    const calc = async (f: string) => /<calcPr[^>]*>/.exec(await (await JSZip.loadAsync(readFileSync(f))).file('xl/workbook.xml')!.async('string'))?.[0];
    expect(await calc(streamed)).toContain('fullCalcOnLoad="1"');
    expect(await calc(inMemory)).toContain('fullCalcOnLoad="1"');
  });
});
