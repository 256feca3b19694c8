// `takst validate`: runs every rule on a takstskema; exit 0 without errors, 1 with errors, 2 when unreadable.
import type { Command } from 'commander';
import { lazy, type Output } from '../output';

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
    .action(lazy(() => import('./validate.run'), io, setExit));
}
