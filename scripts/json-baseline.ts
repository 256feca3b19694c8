// Writes every JSON the CLI prints, for the sample and every corpus file, into one text file, so that a
// clean-up can prove it changed nothing a user or a script sees:
//
//   npx tsx scripts/json-baseline.ts before.txt   (on the old commit)
//   npx tsx scripts/json-baseline.ts after.txt    (on the new one)
//   diff before.txt after.txt                      (must be empty)
//
// Temporary paths are replaced by <tmp>; needs lib/ (npm run build:cli).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CORPUS } from '../test/corpus/cases';

const ROOT = resolve(__dirname, '..');
const BIN = join(ROOT, 'bin', 'takst.js');

function run(args: string[]): Promise<string> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (err as { code?: unknown }).code : 0;
      done(`exit ${String(code)}\n${stdout}\n--- stderr\n${stderr}`);
    });
  });
}

async function main(): Promise<void> {
  const target = process.argv[2] ?? 'json-baseline.txt';
  const work = mkdtempSync(join(tmpdir(), 'takst-json-'));
  const files = [join(ROOT, 'samples', 'eksempel-2027.xlsx')];
  for (const c of CORPUS) {
    const f = join(work, c.file);
    writeFileSync(f, await c.build());
    files.push(f);
  }
  const parts: string[] = [];
  for (const f of files) {
    const out = join(work, 'ud');
    mkdirSync(out, { recursive: true });
    for (const args of [
      ['inspect', f, '--format', 'json'],
      ['validate', f, '--format', 'json'],
      ['explain', f, '--format', 'json'],
      ['prefill', f, '--dry-run'],
      ['fill', '--from', f, '--driftsherre', 'Region Nordjylland', '--dry-run'],
    ]) {
      const text = await run(args);
      parts.push(
        `=== ${args.map((a) => a.split(work).join('<tmp>').split(ROOT).join('<root>')).join(' ')}\n${text.split(work).join('<tmp>').split(ROOT).join('<root>')}`,
      );
    }
  }
  writeFileSync(target, parts.join('\n'));
  process.stdout.write(`${files.length} filer, ${parts.length} kørsler → ${target}\n`);
}

void main();
