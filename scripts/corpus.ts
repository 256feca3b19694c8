// Runs damaged files through the real `takst` binary (node bin/takst.js, one process per run), every command
// form of test/corpus/commands.ts, and checks what a user would see: exit code 0, 1 or 2, no stack trace, no
// "unexpected error", and exactly one line on stderr when a file is refused (exit 2).
//
//   npm run corpus                      the built-in corpus (test/corpus/cases.ts), every command
//   npm run corpus -- DIR …             every file in DIR (an independent set of damaged files), every command
//   npm run corpus -- --rotate          one command per file, taking turns (what CI runs: every command is hit)
//
// Writes a table of exit codes to stdout; exits 1 if any run broke a promise above. Needs lib/ (npm ci builds it).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { CORPUS, CORPUS_MAPPING } from '../test/corpus/cases';
import { brokenPromises, commandsFor, type CommandRun } from '../test/corpus/commands';

const ROOT = resolve(__dirname, '..');
const BIN = join(ROOT, 'bin', 'takst.js');

interface Result {
  file: string;
  command: string;
  code: number | null;
  problems: string[];
}

function runBin(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { timeout: 120_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, TAKST_DEBUG: '' } },
      (err, stdout, stderr) => {
        const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : null) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const rotate = args.includes('--rotate');
  const dirs = args.filter((a) => !a.startsWith('--'));
  const work = mkdtempSync(join(tmpdir(), 'takst-korpus-bin-'));
  let inputs: string[];
  if (dirs.length === 0) {
    const dir = join(work, 'korpus');
    mkdirSync(dir);
    for (const c of CORPUS) writeFileSync(join(dir, c.file), await c.build());
    inputs = CORPUS.map((c) => join(dir, c.file));
  } else {
    inputs = dirs
      .flatMap((d) =>
        statSync(d).isDirectory()
          ? readdirSync(d)
              .sort()
              .map((f) => join(d, f))
          : [d],
      )
      .filter((f) => statSync(f).isFile());
  }
  const mapping = join(work, 'kolonner.json');
  writeFileSync(mapping, JSON.stringify(CORPUS_MAPPING));
  const shared = { sample: join(ROOT, 'samples', 'eksempel-2027.xlsx'), table: join(ROOT, 'samples', 'syntetisk-region-udtraek-2027.csv'), mapping };

  const jobs: Array<{ file: string; cmd: CommandRun }> = [];
  inputs.forEach((file, i) => {
    const out = join(work, 'ud', String(i));
    mkdirSync(out, { recursive: true });
    const cmds = commandsFor(file, { ...shared, out });
    (rotate ? [cmds[i % cmds.length]] : cmds).forEach((cmd) => jobs.push({ file, cmd }));
  });

  const results: Result[] = [];
  const started = Date.now();
  let done = 0;
  await pool(jobs, Math.max(1, Math.min(4, cpus().length)), async ({ file, cmd }) => {
    const r = await runBin(cmd.args);
    results.push({ file: basename(file), command: cmd.name, code: r.code, problems: brokenPromises(r).map((b) => b.text) });
    done++;
    if (done % 50 === 0) process.stderr.write(`  ${done}/${jobs.length} kørsler …\n`);
  });

  const byFile = new Map<string, Result[]>();
  for (const r of results) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  const names = [...new Set(jobs.map((j) => j.cmd.name))];
  if (!rotate) {
    process.stdout.write(`${['fil', ...names.map((_, i) => String(i + 1))].join('\t')}\n`);
    for (const [file, rs] of [...byFile].sort())
      process.stdout.write(`${[file, ...names.map((n) => String(rs.find((r) => r.command === n)?.code ?? '-'))].join('\t')}\n`);
    names.forEach((n, i) => process.stdout.write(`  ${i + 1}: takst ${n}\n`));
  }
  const bad = results.filter((r) => r.problems.length > 0);
  for (const r of bad) process.stdout.write(`FEJL ${r.file} · ${r.command}: ${r.problems.join('; ')}\n`);
  const count = (c: number) => results.filter((r) => r.code === c).length;
  process.stdout.write(
    `korpus (bin/takst.js): ${byFile.size} filer, ${results.length} kørsler på ${((Date.now() - started) / 1000).toFixed(0)} s: ${count(0)} exit 0, ${count(1)} exit 1, ${count(2)} exit 2; ${bad.length} brudte løfter\n`,
  );
  process.exitCode = bad.length > 0 ? 1 : 0;
}

void main();
