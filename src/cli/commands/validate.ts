// `takst validate`: runs every rule on a takstskema; exit 0 without errors, 1 with errors, 2 when unreadable.
import type { Command } from 'commander';
import { formatJson, formatText } from '../../core/rules/format';
import { validateWorkbook } from '../../core/rules/runner';
import { formatProgress, progressOf, totalProgress } from '../../core/progress';
import { planMarks } from '../../core/plans/marks';
import { applyMarks } from '../../adapters/exceljs/marks';
import { saveWorkbook } from '../../adapters/exceljs/write';
import { OutputSet } from '../../adapters/exceljs/outputs';
import { EXIT, readTakstskemaFile, runCommand, type Output, textOrJson } from '../io';
import { BUNDLED_SNAPSHOT, readSnapshotFile } from './prefill';

export function registerValidate(program: Command, io: Output, setExit: (code: number) => void): void {
  program
    .command('validate')
    .description('Kontrollér et takstskema mod skemaets regler / check a takstskema against its rules')
    .argument('<fil.xlsx>', 'den udfyldte arbejdsbog')
    .option('--format <format>', 'text eller json', 'text')
    .option('--sheet <navn>', 'kontrollér kun dette ark')
    .option('--out <kopi.xlsx>', 'skriv en kopi med fundene markeret og et ark "Kontrol" (aldrig oven i inddata)')
    .option('--snapshot <fil.json>', 'sammenlign år 1 med dette øjebliksbillede (ellers det medfølgende)')
    .option('--no-snapshot', 'sammenlign ikke med sidste års tal')
    .option('--force', 'overskriv en eksisterende --out')
    .action(async (file: string, o: { format: string; sheet?: string; out?: string; snapshot?: string | false; force?: boolean }) => {
      setExit(
        await runCommand(io, async () => {
          textOrJson(o.format);
          const inputs = [file, ...(typeof o.snapshot === 'string' ? [o.snapshot] : [])];
          if (o.out) await new OutputSet(inputs, { force: o.force }).check([o.out]);
          const { model, workbook } = await readTakstskemaFile(file, o.sheet);
          const snapshot = o.snapshot === false ? undefined : await readSnapshotFile(o.snapshot ?? BUNDLED_SNAPSHOT);
          const result = validateWorkbook(model, undefined, { snapshot });
          if (o.out) {
            const kontrol = applyMarks(workbook, planMarks(result.findings));
            if (kontrol !== 'Kontrol')
              io.err(`takst: arbejdsbogen har allerede et ark "Kontrol"; fundene står i arket "${kontrol}" / The findings are in sheet "${kontrol}"`);
            await saveWorkbook(workbook, o.out, inputs, { force: o.force });
          }
          if (o.format === 'json') io.out(formatJson(result));
          else {
            io.out(formatText(file, result));
            io.out(formatProgress(totalProgress(model.sheets.map((s) => progressOf(s, result.findings)))));
          }
          return result.summary.errors > 0 ? EXIT.findings : EXIT.ok;
        }),
      );
    });
}
