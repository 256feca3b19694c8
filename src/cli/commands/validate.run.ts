// The work of `takst validate`: loaded only when the command runs, so that `takst --help` and the other
// commands start without it (exceljs, zod and the core are read here, not at registration).
import { formatJson, formatText } from '../../core/rules/format';
import { validateWorkbook } from '../../core/rules/runner';
import { formatProgress, progressOf, totalProgress } from '../../core/progress';
import { planMarks } from '../../core/plans/marks';
import { OutputSet } from '../../adapters/exceljs/outputs';
import { BUNDLED_SNAPSHOT, EXIT, openTakstskemaFile, readSnapshotFile, readTakstskemaFile, runCommand, textOrJson, type Output } from '../io';

export const makeAction =
  (io: Output, setExit: (code: number) => void) =>
  async (file: string, o: { format: string; sheet?: string; out?: string; snapshot?: string | false; force?: boolean }) => {
    setExit(
      await runCommand(io, async () => {
        textOrJson(o.format);
        const inputs = [file, ...(typeof o.snapshot === 'string' ? [o.snapshot] : [])];
        if (o.out) await new OutputSet(inputs, { force: o.force }).check([o.out]);
        // A marked copy needs exceljs's workbook to write into; the check alone reads without it.
        const opened = o.out ? await openTakstskemaFile(file, o.sheet) : null;
        const { model } = opened ?? (await readTakstskemaFile(file, o.sheet));
        const snapshot = o.snapshot === false ? undefined : await readSnapshotFile(o.snapshot ?? BUNDLED_SNAPSHOT);
        const result = validateWorkbook(model, undefined, { snapshot });
        if (opened && o.out) {
          // exceljs only for a marked copy.
          const [{ applyMarks }, { saveWorkbook }] = await Promise.all([import('../../adapters/exceljs/marks'), import('../../adapters/exceljs/write')]);
          const kontrol = applyMarks(opened.workbook, planMarks(result.findings));
          if (kontrol !== 'Kontrol')
            io.err(`takst: arbejdsbogen har allerede et ark "Kontrol"; fundene står i arket "${kontrol}" / The findings are in sheet "${kontrol}"`);
          await saveWorkbook(opened.workbook, o.out, inputs, { force: o.force });
        }
        if (o.format === 'json') io.out(formatJson(result));
        else {
          io.out(formatText(file, result));
          io.out(formatProgress(totalProgress(model.sheets.map((s) => progressOf(s, result.findings)))));
        }
        return result.summary.errors > 0 ? EXIT.findings : EXIT.ok;
      }),
    );
  };
