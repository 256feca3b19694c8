// `takst explain`: why every block's rate changed (P/L, real growth, overhead, regulering, places, occupancy).
import type { Command } from 'commander';
import { lazy, type Output } from '../output';

export function registerExplain(program: Command, io: Output, setExit: (code: number) => void): void {
  program
    .command('explain')
    .description('Forklar hver bloks takstændring / explain every block’s rate change')
    .argument('<fil.xlsx>', 'det udfyldte takstskema')
    .option('--format <format>', 'text eller json', 'text')
    .option('--sheet <navn>', 'kun dette ark')
    .action(lazy(() => import('./explain.run'), io, setExit));
}
