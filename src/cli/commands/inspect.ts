// `takst inspect`: reads a takstskema into the model and prints it (text for people, JSON as a contract).
import type { Command } from 'commander';
import { toInspectJson } from '../../core/export/inspect-json';
import { inspectText } from '../../core/export/inspect-text';
import { readTakstskemaFile, reportReadProblems, runCommand, type Output, textOrJson } from '../io';

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
          textOrJson(o.format);
          const { model } = await readTakstskemaFile(file, o.sheet);
          io.out(o.format === 'json' ? JSON.stringify(toInspectJson(model), null, 2) : inspectText(model));
          return reportReadProblems(io, model);
        }),
      );
    });
}
