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

export type Broken = { kind: 'exit' | 'stack' | 'unexpected' | 'refusal'; text: string };

/**
 * What a user must never see from a run: an exit code other than 0, 1 or 2, a stack trace, an unexpected error,
 * or a refusal (exit 2) that is not exactly one line "takst: …". The in-process test and the binary run share it.
 */
export function brokenPromises(r: { code: number | null; stdout: string; stderr: string }): Broken[] {
  const broken: Broken[] = [];
  if (r.code === null || ![0, 1, 2].includes(r.code)) broken.push({ kind: 'exit', text: `exit ${r.code} (afbrudt eller ukendt)` });
  if (/\n\s+at .+\(.+:\d+:\d+\)|^\s*at /m.test(`${r.stderr}\n${r.stdout}`)) broken.push({ kind: 'stack', text: 'stakspor' });
  if (/Uventet fejl|Unexpected error/.test(r.stderr)) broken.push({ kind: 'unexpected', text: `uventet fejl: ${r.stderr.trim()}` });
  if (r.code === 2) {
    const lines = r.stderr.replace(/\n$/, '').split('\n');
    if (lines.length !== 1 || !/^takst: \S/.test(lines[0]))
      broken.push({ kind: 'refusal', text: `exit 2 uden netop én linje på stderr: ${JSON.stringify(lines)}` });
  }
  return broken;
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
    {
      name: 'fill --from --mapping',
      args: ['fill', '--from', file, '--mapping', f.mapping, '--driftsherre', 'Region Nordjylland', '--out', join(f.out, 'udfyldt.xlsx')],
    },
    { name: 'fill --into', args: ['fill', '--from', f.table, '--mapping', f.mapping, '--into', file, '--out', join(f.out, 'udfyldt-into.xlsx')] },
    { name: 'validate --snapshot', args: ['validate', f.sample, '--snapshot', file] },
    { name: 'template --out', args: ['template', '--driftsherre', 'Region Nordjylland', '--out', file] },
  ];
}
