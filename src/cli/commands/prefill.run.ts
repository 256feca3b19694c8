// The work of `takst prefill`: loaded only when the command runs, so that `takst --help` and the other
// commands start without it (exceljs, zod and the core are read here, not at registration).
import { runError } from '../../core/run-messages';
import { ExcelJsWorkbook } from '../../adapters/exceljs/port';
import { saveWorkbook } from '../../adapters/exceljs/write';
import { OutputSet } from '../../adapters/exceljs/outputs';
import { formatPlan } from '../../core/prefill/format';
import { chosenWrites } from '../../core/prefill/plan';
import { applyWrites } from '../../core/workflows/apply';
import { planPrefillOn } from '../../core/workflows/prefill';
import { BUNDLED_SNAPSHOT, openTakstskemaFile, readSnapshotFile, reportReadProblems, runCommand, type Output } from '../io';

export const makeAction =
  (io: Output, setExit: (code: number) => void) =>
  async (file: string, o: { out?: string; snapshot?: string; sheet?: string; overwrite?: boolean; dryRun?: boolean; force?: boolean }) => {
    setExit(
      await runCommand(io, async () => {
        if (!o.out && !o.dryRun) throw runError('outOrDryRun');
        const inputs = [file, o.snapshot ?? BUNDLED_SNAPSHOT];
        if (o.out && !o.dryRun) await new OutputSet(inputs, { force: o.force }).check([o.out]);
        const snapshot = await readSnapshotFile(o.snapshot ?? BUNDLED_SNAPSHOT);
        // The plan comes from the file's one reading (the same as validate's); exceljs only applies it.
        const { workbook, model, grids } = await openTakstskemaFile(file, o.sheet);
        const port = new ExcelJsWorkbook(workbook);
        if (snapshot.partial) io.out(`Bemærk: øjebliksbilledet er delvist (${snapshot.note ?? snapshot.source}).`);
        const writes = [];
        for (const plan of planPrefillOn(grids, snapshot, model)) {
          io.out(formatPlan(plan));
          if (plan.conflicts.length > 0 && !o.overwrite) io.out('  Cellerne med et andet tal er ikke ændret (brug --overwrite for at skrive sidste års tal).');
          writes.push(...chosenWrites(plan, o.overwrite ? 'all' : 'none'));
        }
        if (!o.dryRun) {
          await applyWrites(port, 'prefill', writes);
          await saveWorkbook(workbook, o.out!, inputs, { force: o.force });
          io.out(`Skrev ${o.out} (${writes.length} celler; kan fortrydes i opgaveruden).`);
        }
        return reportReadProblems(io, model);
      }),
    );
  };
