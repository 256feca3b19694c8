// `takst consolidate`: every operator's export (JSON) or filled workbook into the takstbilag, the review list and
// next year's snapshot; one unusable file is listed with its reason and does not stop the others.
import type { Command } from 'commander';
import { lazy, type Output } from '../output';

export function registerConsolidate(program: Command, io: Output, setExit: (code: number) => void): void {
  program
    .command('consolidate')
    .description('Saml alle driftsherrers skemaer til takstbilaget / consolidate all operators')
    .argument('<mapper-eller-filer...>', 'eksporter (.json) eller udfyldte takstskemaer (.xlsx)')
    .requiredOption('--out <mappe>', 'hvor takstbilag.xlsx, review.xlsx og øjebliksbilledet skrives')
    .option('--snapshot <fil.json>', 'sidste års godkendte tal at sammenligne med (ellers det medfølgende)')
    .action(lazy(() => import('./consolidate.run'), io, setExit));
}
