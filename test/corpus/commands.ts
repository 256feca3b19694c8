// Every CLI command a damaged file can be handed to, as argument lists; the corpus test runs them in-process and
// scripts/corpus.ts through the real binary.
import { join } from 'node:path';

export interface CommandRun {
  /** A short name for tables: "validate", "fill --into", … */
  name: string;
  args: string[];
}

export interface CommandFiles {
  /** A valid filled skema (the bundled sample). */
  sample: string;
  /** A valid tidy table and its mapping (the bundled synthetic export). */
  table: string;
  mapping: string;
  /** A fresh directory for this file's outputs. */
  out: string;
}

/** Every command with the file in each place it can take. */
export function commandsFor(file: string, f: CommandFiles): CommandRun[] {
  return [
    { name: 'validate', args: ['validate', file] },
    { name: 'validate --format json --out', args: ['validate', file, '--format', 'json', '--out', join(f.out, 'markeret.xlsx')] },
    { name: 'inspect', args: ['inspect', file, '--format', 'json'] },
    { name: 'explain', args: ['explain', file] },
    { name: 'prefill --dry-run', args: ['prefill', file, '--dry-run'] },
    { name: 'prefill --out', args: ['prefill', file, '--out', join(f.out, 'forudfyldt.xlsx')] },
    { name: 'export', args: ['export', file, '--out', join(f.out, 'eksport')] },
    { name: 'consolidate', args: ['consolidate', file, '--out', join(f.out, 'samlet')] },
    { name: 'snapshot build', args: ['snapshot', 'build', file, '--year', '2027', '--out', join(f.out, 'snapshot.json')] },
    { name: 'fill --from (gamle skema)', args: ['fill', '--from', file, '--driftsherre', 'Region Nordjylland', '--dry-run'] },
    { name: 'fill --from --mapping', args: ['fill', '--from', file, '--mapping', f.mapping, '--driftsherre', 'Region Nordjylland', '--out', join(f.out, 'udfyldt.xlsx')] },
    { name: 'fill --into', args: ['fill', '--from', f.table, '--mapping', f.mapping, '--into', file, '--out', join(f.out, 'udfyldt-into.xlsx')] },
    { name: 'validate --snapshot', args: ['validate', f.sample, '--snapshot', file] },
    { name: 'template --out', args: ['template', '--driftsherre', 'Region Nordjylland', '--out', file] },
  ];
}
