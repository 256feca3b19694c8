// `takst template`: writes an empty 2027 takstskema as the draft lays it out.
import type { Command } from 'commander';
import { lazy, type Output } from '../output';

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
    .action(lazy(() => import('./template.run'), io, setExit));
}
