// `takst inspect`: reads a takstskema into the model and prints it (text for people, JSON as a contract).
import type { Command } from 'commander';
import { InputError } from '../../adapters/exceljs/errors';
import { toInspectJson } from '../../core/export/inspect-json';
import { inspectText } from '../../core/export/inspect-text';
import { readTakstskemaFile, reportReadProblems, runCommand, type Output } from '../io';

export function registerInspect(program: Command, io: Output, setExit: (code: number) => void): void {
  program
    .command('inspect')
    .description('Læs et takstskema og vis blokke og ændringer / read a takstskema and show its blocks')
    .argument('<fil.xlsx>', 'den udfyldte arbejdsbog')
    .option('--format <format>', 'text eller json', 'text')
    .option('--sheet <navn>', 'læs kun dette ark')
    .action(async (file: string, o: { format: string; sheet?: string }) => {
      setExit(
        await runCommand(io, async () => {
          if (o.format !== 'text' && o.format !== 'json')
            throw new InputError('bad-argument', `--format skal være text eller json: ${o.format} / --format must be text or json`);
          const { model } = await readTakstskemaFile(file, o.sheet);
          io.out(o.format === 'json' ? JSON.stringify(toInspectJson(model), null, 2) : inspectText(model));
          return reportReadProblems(io, model);
        }),
      );
    });
}
