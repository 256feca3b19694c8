// Shared steps of the prefill tests: a workbook through the exceljs port, planned, applied, read back.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/port';
import { workbookBytes } from '../../src/adapters/exceljs/write';
import { readWorkbook } from '../../src/core/layout/discover';
import { parseSnapshot, type Snapshot } from '../../src/core/model/snapshot';
import { chosenWrites, planPrefill, type PrefillPlan } from '../../src/core/prefill/plan';
import { undoRecordFor } from '../../src/core/plans/undo';
import { buildFixture, type FixtureSheet } from '../fixtures/builder';

export const BUNDLED: Snapshot = parseSnapshot(JSON.parse(readFileSync(join(__dirname, '..', '..', 'assets', 'snapshot-2026.json'), 'utf8')));

export async function portOf(f: FixtureSheet | ExcelJS.Workbook): Promise<ExcelJsWorkbook> {
  const wb = f instanceof ExcelJS.Workbook ? f : buildFixture(f).workbook;
  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await workbookBytes(wb)) as unknown as ArrayBuffer);
  return new ExcelJsWorkbook(out);
}

export async function reopen(port: ExcelJsWorkbook): Promise<ExcelJsWorkbook> {
  return portOf(port.workbook);
}

export async function planFor(port: ExcelJsWorkbook, snapshot: Snapshot = BUNDLED): Promise<PrefillPlan> {
  const grids = await port.readGrids();
  const model = readWorkbook(grids);
  const sheet = model.sheets[0];
  return planPrefill(
    sheet,
    grids.find((g) => g.name === sheet.sheet)!,
    snapshot,
  );
}

export async function apply(port: ExcelJsWorkbook, plan: PrefillPlan, overwrite: Parameters<typeof chosenWrites>[1] = 'none'): Promise<void> {
  const writes = chosenWrites(plan, overwrite);
  await port.write(writes, undoRecordFor('prefill', writes));
}

export async function modelOf(port: ExcelJsWorkbook) {
  return readWorkbook(await port.readGrids()).sheets[0];
}

export function sampleBytes(): Buffer {
  return readFileSync(join(__dirname, '..', '..', 'samples', 'eksempel-2027.xlsx'));
}
