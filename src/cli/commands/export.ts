// `takst export`: the clean export for the secretariat (xlsx, csv, json); refused when the sheet has errors unless
// --force, which writes the findings into the export.
import type { Command } from 'commander';
import { lazy, type Output } from '../output';

export function registerExport(program: Command, io: Output, setExit: (code: number) => void): void {
  program
    .command('export')
    .description('Ren eksport til sekretariatet / clean export for the secretariat')
    .argument('<fil.xlsx>', 'det udfyldte takstskema')
    .requiredOption('--out <mappe>', 'mappen, eksporten skrives i')
    .option('--format <liste>', 'xlsx, csv og/eller json, kommasepareret', 'xlsx,csv,json')
    .option('--force', 'eksportér trods fejl; fundene skrives med i eksporten')
    .option('--snapshot <fil.json>', 'sammenlign år 1 med dette øjebliksbillede (ellers det medfølgende)')
    .action(lazy(() => import('./export.run'), io, setExit));
}
