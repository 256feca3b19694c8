// `takst inspect`: reads a takstskema into the model and prints it (text for people, JSON as a contract).
import type { Command } from 'commander';
import { lazy, type Output } from '../output';

export function registerInspect(program: Command, io: Output, setExit: (code: number) => void): void {
  program
    .command('inspect')
    .description('Læs et takstskema og vis blokke og ændringer / read a takstskema and show its blocks')
    .argument('<fil.xlsx>', 'den udfyldte arbejdsbog')
    .option('--format <format>', 'text eller json', 'text')
    .option('--sheet <navn>', 'læs kun dette ark')
    .action(lazy(() => import('./inspect.run'), io, setExit));
}
