// `takst fill`: fill every block of the new skema from the export the region already makes (the old vertical
// skema, or a tidy table with a column mapping), into a copy of a skema or a fresh template; with the plan and
// a reconciliation of every input row. Never writes over a differing typed value without --overwrite.
import type { Command } from 'commander';
import { lazy, type Output } from '../output';

export function registerFill(program: Command, io: Output, setExit: (code: number) => void): void {
  program
    .command('fill')
    .description('Udfyld skemaet fra et eksisterende udtræk / batch fill from an export')
    .requiredOption(
      '--from <udtræk>',
      'det gamle skema (.xlsx) eller en tabel (.csv/.xlsx med --mapping); gentag for flere filer (sidste års og årets udtræk)',
      (v: string, all: string[] = []) => [...all, v],
    )
    .option('--mapping <map.json>', 'kolonneoversættelse for en tabel')
    .option('--into <skema.xlsx>', 'et takstskema at udfylde (skrives til --out, aldrig oven i)')
    .option('--driftsherre <navn>', 'lav et nyt skema til denne driftsherre')
    .option('--out <ny.xlsx>', 'hvor det udfyldte skema skrives')
    .option('--snapshot <fil.json>', 'sidste års godkendte tal til år 1 (ellers det medfølgende)')
    .option('--no-snapshot', 'brug ikke sidste års godkendte tal')
    .option('--overwrite', 'skriv også over celler med et andet tal')
    .option('--dry-run', 'vis planen og afstemningen; skriv intet')
    .option('--force', 'overskriv en eksisterende --out')
    .action(lazy(() => import('./fill.run'), io, setExit));
}
