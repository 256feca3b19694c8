// The work of `takst inspect`: loaded only when the command runs, so that `takst --help` and the other
// commands start without it (exceljs, zod and the core are read here, not at registration).
import { toInspectJson } from '../../core/export/inspect-json';
import { inspectText } from '../../core/export/inspect-text';
import { readTakstskemaFile, reportReadProblems, runCommand, type Output, textOrJson } from '../io';

export const makeAction = (io: Output, setExit: (code: number) => void) => async (file: string, o: { format: string; sheet?: string }) => {
  setExit(
    await runCommand(io, async () => {
      textOrJson(o.format);
      const { model } = await readTakstskemaFile(file, o.sheet);
      io.out(o.format === 'json' ? JSON.stringify(toInspectJson(model), null, 2) : inspectText(model));
      return reportReadProblems(io, model);
    }),
  );
};
