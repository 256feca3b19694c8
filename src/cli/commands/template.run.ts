// The work of `takst template`: loaded only when the command runs, so that `takst --help` and the other
// commands start without it (exceljs, zod and the core are read here, not at registration).
import { renderWorkbook, saveWorkbook } from '../../adapters/exceljs/write';
import { OutputSet } from '../../adapters/exceljs/outputs';
import { runError } from '../../core/run-messages';
import { buildTemplate, MAX_BLOCKS } from '../../core/template/build';
import { parseLocaleNumber } from '../../core/layout/parse';
import { EXIT, runCommand, type Output } from '../io';

interface Opts {
  driftsherre: string;
  year: string;
  blocks: string;
  out: string;
  plKommuner?: string;
  plRegioner?: string;
  force?: boolean;
}

function intArg(name: string, v: string, min: number, max: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw runError('wholeNumberArgument', { name, value: v, min, max });
  return n;
}

function percentArg(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = parseLocaleNumber(v);
  if (n === null || n < 0 || n > 100) throw runError('percentArgument', { name, value: v });
  return n;
}

export const makeAction = (io: Output, setExit: (code: number) => void) => async (o: Opts) => {
  setExit(
    await runCommand(io, async () => {
      const year = intArg('year', o.year, 2000, 2100);
      const blocks = intArg('blocks', o.blocks, 1, MAX_BLOCKS);
      await new OutputSet([], { force: o.force }).check([o.out]);
      const { spec } = buildTemplate({
        driftsherre: o.driftsherre,
        year,
        blocks,
        plKommuner: percentArg('pl-kommuner', o.plKommuner),
        plRegioner: percentArg('pl-regioner', o.plRegioner),
      });
      await saveWorkbook(renderWorkbook(spec), o.out, [], { force: o.force });
      io.out(`Skrev ${o.out}: takstskema ${year} for ${o.driftsherre} med ${blocks} blokke.`);
      return EXIT.ok;
    }),
  );
};
