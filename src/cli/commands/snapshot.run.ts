// The work of `takst snapshot`: loaded only when the command runs, so that `takst --help` and the other
// commands start without it (exceljs, zod and the core are read here, not at registration).
import path from 'node:path';
import { runError } from '../../core/run-messages';
import { snapshotFromOldSheets, snapshotFromSheets } from '../../core/prefill/build';
import { readGridsFile } from '../../adapters/xlsx/file';
import { OutputSet, saveText } from '../../adapters/exceljs/outputs';
import { readWorkbook } from '../../core/layout/discover';
import { readOldSheet, type OldSheet } from '../../core/layout/old-layout';
import { sealSnapshot, SNAPSHOT_SCHEMA_VERSION } from '../../core/model/snapshot';
import type { SheetModel } from '../../core/model/takstskema';
import { EXIT, readEach, reportReadProblems, runCommand, type Output } from '../io';

export const makeAction =
  (io: Output, setExit: (code: number) => void) =>
  async (files: string[], o: { year: string; out: string; source?: string; partial?: boolean; force?: boolean }) => {
    setExit(
      await runCommand(io, async () => {
        const year = Number(o.year);
        if (!Number.isInteger(year) || year < 2000 || year > 2100) throw runError('yearArgument', { value: o.year });
        await new OutputSet(files, { force: o.force }).check([o.out]);
        const sheets: Array<{ file: string; sheet: SheetModel }> = [];
        const old: Array<{ file: string; sheet: OldSheet }> = [];
        let unreadableCells = false;
        const { failed } = await readEach(io, files, async (file) => {
          const { grids } = await readGridsFile(file);
          const model = readWorkbook(grids);
          const others = grids.filter((g) => !model.sheets.some((s) => s.sheet === g.name));
          const oldSheets = others.map(readOldSheet).filter((s): s is OldSheet => s !== null);
          if (model.sheets.length === 0 && oldSheets.length === 0) throw runError('neitherSkema', { file });
          if (reportReadProblems(io, model, file) !== EXIT.ok) unreadableCells = true;
          sheets.push(...model.sheets.map((sheet) => ({ file: path.basename(file), sheet })));
          old.push(...oldSheets.map((sheet) => ({ file: path.basename(file), sheet })));
        });
        const built = snapshotFromOldSheets(old, year, snapshotFromSheets(sheets, year));
        const result = sealSnapshot({
          schemaVersion: SNAPSHOT_SCHEMA_VERSION,
          budgetYear: year,
          source: o.source ?? `takst snapshot build: ${files.map((f) => path.basename(f)).join(', ')}`,
          createdAt: new Date().toISOString(),
          partial: Boolean(o.partial) || failed.length > 0,
          operators: built.operators,
        });
        for (const [name, n] of Object.entries(built.taken)) io.out(`${name}: ${n} tilbud`);
        for (const u of built.unused) io.out(`  ikke brugt: ${u.source}${u.cell ? `!${u.cell}` : ''}: ${u.reason}`);
        await saveText(o.out, `${JSON.stringify(result, null, 2)}\n`, files, { force: o.force });
        io.out(`Skrev ${o.out} (${built.operators.reduce((n, op) => n + op.offers.length, 0)} tilbud for ${year}).`);
        return failed.length > 0 || unreadableCells ? EXIT.findings : EXIT.ok;
      }),
    );
  };
