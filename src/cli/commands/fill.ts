// `takst fill`: fill every block of the new skema from the export the region already makes (the old vertical
// skema, or a tidy table with a column mapping), into a copy of a skema or a fresh template; with the plan and
// a reconciliation of every input row. Never writes over a differing typed value without --overwrite.
import path from 'node:path';
import type { Command } from 'commander';
import type ExcelJS from 'exceljs';
import { InputError } from '../../adapters/exceljs/errors';
import { ExcelJsWorkbook } from '../../adapters/exceljs/port';
import { loadWorkbookFile, workbookToGrids } from '../../adapters/exceljs/read';
import { renderWorkbook, saveWorkbook } from '../../adapters/exceljs/write';
import { OutputSet } from '../../adapters/exceljs/outputs';
import { readWorkbook } from '../../core/layout/discover';
import { decodeText } from '../../core/import/text';
import { latestYear, offersFromExport, type ExportOffers } from '../../core/import/export';
import { formatReconciliation, reconcile } from '../../core/import/reconcile';
import { MappingError, parseMapping, type Mapping } from '../../core/import/tidy';
import { formatPlan } from '../../core/prefill/format';
import { chosenWrites, planFill } from '../../core/prefill/plan';
import { undoRecordFor } from '../../core/plans/undo';
import { buildTemplate } from '../../core/template/build';
import { EXIT, readJsonFile, readTakstskemaFile, readTextInput, reportReadProblems, runCommand, type Output } from '../io';

async function readMapping(file: string): Promise<Mapping> {
  return parseMapping(await readJsonFile(file, 'bad-argument'));
}

export async function readExportFile(file: string, mapping: Mapping | null): Promise<ExportOffers> {
  if (/\.(csv|txt)$/i.test(file)) {
    const bytes = await readTextInput(file, 'not-csv', 'en CSV-tabel', '; gem tabellen som "CSV (semikolonsepareret)" eller som .xlsx');
    return offersFromExport({ csv: decodeText(bytes).text }, mapping);
  }
  return offersFromExport({ grids: workbookToGrids(await loadWorkbookFile(file)) }, mapping);
}

export function registerFill(program: Command, io: Output, setExit: (code: number) => void): void {
  program
    .command('fill')
    .description('Udfyld skemaet fra et eksisterende udtræk / batch fill from an export')
    .requiredOption('--from <udtræk>', 'det gamle skema (.xlsx) eller en tabel (.csv/.xlsx med --mapping)')
    .option('--mapping <map.json>', 'kolonneoversættelse for en tabel')
    .option('--into <skema.xlsx>', 'et takstskema at udfylde (skrives til --out, aldrig oven i)')
    .option('--driftsherre <navn>', 'lav et nyt skema til denne driftsherre')
    .option('--out <ny.xlsx>', 'hvor det udfyldte skema skrives')
    .option('--overwrite', 'skriv også over celler med et andet tal')
    .option('--dry-run', 'vis planen og afstemningen; skriv intet')
    .option('--force', 'overskriv en eksisterende --out')
    .action(
      async (o: {
        from: string;
        mapping?: string;
        into?: string;
        driftsherre?: string;
        out?: string;
        overwrite?: boolean;
        dryRun?: boolean;
        force?: boolean;
      }) => {
        setExit(
          await runCommand(io, async () => {
            if (!o.into === !o.driftsherre)
              throw new InputError('bad-argument', 'Angiv enten --into <skema.xlsx> eller --driftsherre <navn> / Give --into or --driftsherre');
            if (!o.out && !o.dryRun) throw new InputError('bad-argument', 'Angiv --out <ny.xlsx> eller --dry-run / Give --out or --dry-run');
            const inputs = [o.from, ...(o.into ? [o.into] : []), ...(o.mapping ? [o.mapping] : [])];
            if (o.out && !o.dryRun) await new OutputSet(inputs, { force: o.force }).check([o.out]);
            let exp: ExportOffers;
            try {
              exp = await readExportFile(o.from, o.mapping ? await readMapping(o.mapping) : null);
            } catch (e) {
              if (e instanceof MappingError) throw new InputError('bad-mapping', `${e.message} / Mapping error`);
              throw e;
            }
            if (exp.offers.length === 0 && exp.rows.length > 0) {
              const why = exp.rows
                .filter((r) => r.reason)
                .slice(0, 2)
                .map((r) => `række ${r.row}: ${r.reason}`)
                .join('; ');
              throw new InputError(
                'not-csv',
                `Ingen af de ${exp.rows.length} rækker i ${o.from} kunne bruges (${why}); intet er skrevet / No row could be used`,
              );
            }
            io.out(
              `${o.from}: ${exp.kind === 'old-layout' ? 'det gamle skema' : 'tabel'}, ${exp.offers.length} tilbud${exp.driftsherre ? ` for ${exp.driftsherre}` : ''}.`,
            );
            let workbook: ExcelJS.Workbook;
            if (o.into) {
              workbook = (await readTakstskemaFile(o.into)).workbook;
            } else {
              const year = latestYear(exp.offers);
              if (year === null) throw new InputError('bad-argument', `${o.from} har ingen tal at udfylde / Nothing to fill`);
              workbook = renderWorkbook(buildTemplate({ driftsherre: o.driftsherre!, year, blocks: exp.offers.length + 2 }).spec);
            }
            const port = new ExcelJsWorkbook(workbook);
            const grids = await port.readGrids();
            const model = readWorkbook(grids);
            const sheet = model.sheets[0];
            if (!sheet) throw new InputError('no-takstskema', 'Skemaet har intet takstskema-ark / No takstskema sheet');
            const plan = planFill(
              sheet,
              grids.find((g) => g.name === sheet.sheet)!,
              exp.offers,
            );
            io.out(formatPlan(plan));
            for (const w of exp.warnings) io.out(`  række ${w.row}: ${w.reason}`);
            const rec = reconcile(exp.rows, [plan]);
            io.out(formatReconciliation(rec));
            if (plan.conflicts.length > 0 && !o.overwrite) io.out('  Cellerne med et andet tal er ikke ændret (brug --overwrite).');
            // A row not used, or a value in a used row that could not be (unreadable, a clash, cut): never exit 0.
            const code = Math.max(
              rec.reported.length > 0 || exp.warnings.length > 0 ? EXIT.findings : EXIT.ok,
              o.into ? reportReadProblems(io, model) : EXIT.ok,
            );
            if (o.dryRun) return code;
            const writes = chosenWrites(plan, o.overwrite ? 'all' : 'none');
            await port.write(writes, undoRecordFor('fill', writes));
            await saveWorkbook(workbook, o.out!, inputs, { force: o.force });
            io.out(`Skrev ${o.out} (${writes.length} celler; ${path.basename(o.from)} → ${sheet.sheet}).`);
            return code;
          }),
        );
      },
    );
}
