// `takst template`: writes an empty 2027 takstskema as the draft lays it out.
import type { Command } from 'commander';
import { renderWorkbook, saveWorkbook } from '../../adapters/exceljs/write';
import { OutputSet } from '../../adapters/exceljs/outputs';
import { InputError } from '../../adapters/exceljs/errors';
import { buildTemplate } from '../../core/template/build';
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
  if (!Number.isInteger(n) || n < min || n > max)
    throw new InputError(
      'bad-argument',
      `--${name} skal være et helt tal fra ${min} til ${max}: ${v} / --${name} must be a whole number from ${min} to ${max}`,
    );
  return n;
}

function percentArg(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = parseLocaleNumber(v);
  if (n === null || n < 0 || n > 100)
    throw new InputError('bad-argument', `--${name} skal være en procentsats, f.eks. 3,10: ${v} / --${name} must be a percent`);
  return n;
}

export function registerTemplate(program: Command, io: Output, setExit: (code: number) => void): void {
  program
    .command('template')
    .description('Skriv et tomt takstskema i 2027-layoutet / write an empty takstskema')
    .requiredOption('--driftsherre <navn>', 'driftsherrens navn, f.eks. "Mariagerfjord Kommune"')
    .option('--year <år>', 'indberetningsåret (år 2, kommende år)', '2027')
    .option('--blocks <antal>', 'antal blokke', '10')
    .requiredOption('--out <fil.xlsx>', 'hvor skemaet skrives')
    .option('--pl-kommuner <pct>', 'P/L for kommuner i procent (standard: udkastets 3,10 for 2027)')
    .option('--pl-regioner <pct>', 'P/L for regioner i procent (standard: udkastets 2,46 for 2027)')
    .option('--force', 'overskriv en eksisterende fil')
    .action(async (o: Opts) => {
      setExit(
        await runCommand(io, async () => {
          const year = intArg('year', o.year, 2000, 2100);
          const blocks = intArg('blocks', o.blocks, 1, 5000);
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
    });
}
