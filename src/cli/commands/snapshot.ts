// `takst snapshot build`: next year's snapshot from filled 2027-layout workbooks (the rows of the chosen year),
// reporting per operator what it took and every block it could not use, with the reason.
import type { Command } from 'commander';
import { lazy, type Output } from '../output';

export function registerSnapshot(program: Command, io: Output, setExit: (code: number) => void): void {
  const snapshot = program.command('snapshot').description('Øjebliksbilleder af godkendte tal / snapshots of approved figures');
  snapshot
    .command('build')
    .description('Byg et øjebliksbillede af udfyldte skemaer / build a snapshot from filled workbooks')
    .argument('<filer...>', 'udfyldte takstskemaer (2027-layoutet) eller sidste års gamle skema (2026-layoutet)')
    .requiredOption('--year <år>', 'året, hvis tal tages (fx 2027: skemaernes år 2 bliver næste års år 1)')
    .requiredOption('--out <snapshot.json>', 'hvor øjebliksbilledet skrives')
    .option('--source <tekst>', 'kildebeskrivelse i filen')
    .option('--partial', 'marker øjebliksbilledet som delvist')
    .option('--force', 'overskriv en eksisterende --out')
    .action(lazy(() => import('./snapshot.run'), io, setExit));
}
