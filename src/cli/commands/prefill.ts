// `takst prefill`: year 1 of every block from last year's snapshot (the bundled one unless --snapshot), written to a
// copy; a cell holding another value is listed and kept unless --overwrite. The copy keeps an undo record.
import { join } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../adapters/exceljs/errors';
import { ExcelJsWorkbook } from '../../adapters/exceljs/port';
import { saveWorkbook } from '../../adapters/exceljs/write';
import { OutputSet } from '../../adapters/exceljs/outputs';
import { formatPlan } from '../../core/prefill/format';
import { chosenWrites, planPrefill } from '../../core/prefill/plan';
import { parseSnapshot, SnapshotError, type Snapshot } from '../../core/prefill/snapshot';
import { undoRecordFor } from '../../core/plans/undo';
import { readJsonFile, readTakstskemaFile, reportReadProblems, runCommand, type Output } from '../io';

/** assets/ sits three levels above this file, both in src/cli/commands and in lib/cli/commands. */
export const BUNDLED_SNAPSHOT = join(__dirname, '..', '..', '..', 'assets', 'snapshot-2026.json');

export async function readSnapshotFile(path: string): Promise<Snapshot> {
  const json = await readJsonFile(path, 'bad-snapshot');
  try {
    return parseSnapshot(json);
  } catch (e) {
    if (e instanceof SnapshotError) throw new InputError('bad-snapshot', `${path}: ${e.message} / Invalid snapshot`);
    throw e;
  }
}

export function registerPrefill(program: Command, io: Output, setExit: (code: number) => void): void {
  program
    .command('prefill')
    .description('Udfyld år 1 med sidste års godkendte tal / prefill year 1 from last year’s snapshot')
    .argument('<fil.xlsx>', 'takstskemaet (en skabelon eller et delvist udfyldt skema)')
    .option('--out <ny.xlsx>', 'skriv det udfyldte skema hertil (aldrig oven i inddata)')
    .option('--snapshot <fil.json>', 'øjebliksbilledet (ellers det medfølgende, som er delvist)')
    .option('--sheet <navn>', 'kun dette ark')
    .option('--overwrite', 'skriv også over celler, der har et andet tal end sidste år')
    .option('--dry-run', 'vis kun planen; skriv intet')
    .option('--force', 'overskriv en eksisterende --out')
    .action(async (file: string, o: { out?: string; snapshot?: string; sheet?: string; overwrite?: boolean; dryRun?: boolean; force?: boolean }) => {
      setExit(
        await runCommand(io, async () => {
          if (!o.out && !o.dryRun) throw new InputError('bad-argument', 'Angiv --out <ny.xlsx> eller --dry-run / Give --out or --dry-run');
          const inputs = [file, o.snapshot ?? BUNDLED_SNAPSHOT];
          if (o.out && !o.dryRun) await new OutputSet(inputs, { force: o.force }).check([o.out]);
          const snapshot = await readSnapshotFile(o.snapshot ?? BUNDLED_SNAPSHOT);
          const { workbook, model } = await readTakstskemaFile(file, o.sheet);
          const port = new ExcelJsWorkbook(workbook);
          const grids = await port.readGrids();
          if (snapshot.partial) io.out(`Bemærk: øjebliksbilledet er delvist (${snapshot.note ?? snapshot.source}).`);
          const writes = [];
          for (const sheet of model.sheets) {
            const plan = planPrefill(
              sheet,
              grids.find((g) => g.name === sheet.sheet)!,
              snapshot,
            );
            io.out(formatPlan(plan));
            if (plan.conflicts.length > 0 && !o.overwrite)
              io.out('  Cellerne med et andet tal er ikke ændret (brug --overwrite for at skrive sidste års tal).');
            writes.push(...chosenWrites(plan, o.overwrite ? 'all' : 'none'));
          }
          if (!o.dryRun) {
            await port.write(writes, undoRecordFor('prefill', writes));
            await saveWorkbook(workbook, o.out!, inputs, { force: o.force });
            io.out(`Skrev ${o.out} (${writes.length} celler; kan fortrydes i opgaveruden).`);
          }
          return reportReadProblems(io, model);
        }),
      );
    });
}
