// `takst prefill`: year 1 of every block from last year's snapshot (the bundled one unless --snapshot), written to a
// copy; a cell holding another value is listed and kept unless --overwrite. The copy keeps an undo record.
import type { Command } from 'commander';
import { lazy, type Output } from '../output';

export function registerPrefill(program: Command, io: Output, setExit: (code: number) => void): void {
  program
    .command('prefill')
    .description('Udfyld år 1 med sidste års godkendte tal / prefill year 1 from last year’s snapshot')
    .argument('<fil.xlsx>', 'takstskemaet (en skabelon eller et delvist udfyldt skema)')
    .option('--out <ny.xlsx>', 'skriv det udfyldte skema hertil (aldrig oven i inddata)')
    .option('--snapshot <fil.json>', 'øjebliksbilledet (ellers det medfølgende, som er delvist)')
    .option('--sheet <navn>', 'kun dette ark')
    .option('--overwrite', 'skriv også over celler, der har et andet tal end sidste år')
    .option('--dry-run', 'vis kun planen; skriv intet')
    .option('--force', 'overskriv en eksisterende --out')
    .action(lazy(() => import('./prefill.run'), io, setExit));
}
