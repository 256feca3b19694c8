// Every output path of every command: an input is never an output, by any path (a symlink, another name for the
// same file); exit 2 means no file was created or changed at any output path; an existing output needs --force;
// a macro workbook is never written; temporaries of a killed run are cleaned up.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, linkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './run';
import { sameFile } from '../../src/adapters/exceljs/outputs';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'eksempel-2027.xlsx');
const SNAPSHOT = join(__dirname, '..', '..', 'assets', 'snapshot-2026.json');
const MAPPING = join(__dirname, '..', '..', 'samples', 'syntetisk-kolonner.json');
const CSV = join(__dirname, '..', '..', 'samples', 'syntetisk-region-udtraek-2027.csv');

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

/** Every file below a folder with its hash: what "nothing changed" is measured against. */
function state(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true }).map(String)) {
    const p = join(dir, f);
    out[f] = statSync(p).isDirectory() ? 'mappe' : sha(p);
  }
  return out;
}

function workdir(): { dir: string; sheet: string; snap: string; map: string; csv: string } {
  const dir = mkdtempSync(join(tmpdir(), 'takst-outputs-'));
  mkdirSync(join(dir, 'real'));
  const sheet = join(dir, 'real', 's.xlsx');
  copyFileSync(SAMPLE, sheet);
  const snap = join(dir, 'snap.json');
  copyFileSync(SNAPSHOT, snap);
  const map = join(dir, 'map.json');
  copyFileSync(MAPPING, map);
  const csv = join(dir, 'udtraek.csv');
  copyFileSync(CSV, csv);
  symlinkSync(join(dir, 'real'), join(dir, 'alias'));
  return { dir, sheet, snap, map, csv };
}

describe('an input is never an output, by any path', () => {
  const w = workdir();
  const cases: Array<[string, string[]]> = [
    ['validate --out through a symlinked folder', ['validate', w.sheet, '--out', join(w.dir, 'alias', 's.xlsx')]],
    ['validate --out onto its --snapshot', ['validate', w.sheet, '--snapshot', w.snap, '--out', w.snap]],
    ['prefill --out onto its --snapshot', ['prefill', w.sheet, '--snapshot', w.snap, '--out', w.snap]],
    ['prefill --out through a symlinked folder', ['prefill', w.sheet, '--out', join(w.dir, 'alias', 's.xlsx')]],
    ['fill --out onto its --mapping', ['fill', '--from', w.csv, '--mapping', w.map, '--driftsherre', 'Region Nordjylland', '--out', w.map]],
    ['fill --into --out through a symlinked folder', ['fill', '--from', w.csv, '--mapping', w.map, '--into', w.sheet, '--out', join(w.dir, 'alias', 's.xlsx')]],
    [
      'snapshot build --out onto an input through a symlink',
      ['snapshot', 'build', w.sheet, '--year', '2027', '--out', join(w.dir, 'alias', 's.xlsx'), '--force'],
    ],
  ];

  it.each(cases)('%s: exit 2, every input byte for byte as before', async (_name, args) => {
    const before = state(w.dir);
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Uddata må ikke overskrive inddata/);
    expect(state(w.dir)).toEqual(before);
  });

  it('knows a hard link and a symlink for the same file, and two files for two', async () => {
    linkSync(w.sheet, join(w.dir, 'hard.xlsx'));
    expect(await sameFile(join(w.dir, 'hard.xlsx'), w.sheet)).toBe(true);
    expect(await sameFile(join(w.dir, 'alias', 's.xlsx'), w.sheet)).toBe(true);
    expect(await sameFile(w.snap, w.map)).toBe(false);
    expect(await sameFile(join(w.dir, 'ny.xlsx'), w.sheet)).toBe(false);
  });
});

describe('exit 2 means nothing was written at any output path', () => {
  it('export: the CSV target is a folder, so neither the JSON nor the xlsx is written', async () => {
    const w = workdir();
    const out = join(w.dir, 'eksport');
    mkdirSync(join(out, 's-eksport.csv'), { recursive: true });
    const before = state(w.dir);
    const r = await cli(['export', w.sheet, '--out', out, '--force']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/s-eksport\.csv er en mappe/);
    expect(state(w.dir)).toEqual(before);
  });

  it('consolidate: review.xlsx is a folder, so takstbilag.xlsx and the snapshot are not written', async () => {
    const w = workdir();
    const out = join(w.dir, 'bilag');
    mkdirSync(join(out, 'review.xlsx'), { recursive: true });
    const before = state(w.dir);
    const r = await cli(['consolidate', w.sheet, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/review\.xlsx er en mappe/);
    expect(state(w.dir)).toEqual(before);
  });

  it('an existing --out is kept unless --force (validate, prefill, fill, snapshot build, template)', async () => {
    const w = workdir();
    const existing = join(w.dir, 'findes.xlsx');
    writeFileSync(existing, 'mit eget arbejde');
    const runs: string[][] = [
      ['validate', w.sheet, '--out', existing],
      ['prefill', w.sheet, '--out', existing],
      ['fill', '--from', w.csv, '--mapping', w.map, '--driftsherre', 'Region Nordjylland', '--out', existing],
      ['snapshot', 'build', w.sheet, '--year', '2027', '--out', existing],
      ['template', '--driftsherre', 'Rebild Kommune', '--out', existing],
    ];
    for (const args of runs) {
      const r = await cli(args);
      expect([args[0], r.code, r.err]).toEqual([args[0], 2, expect.stringMatching(/findes allerede; brug --force/)]);
      expect(readFileSync(existing, 'utf8')).toBe('mit eget arbejde');
    }
    const forced = await cli(['validate', w.sheet, '--out', existing, '--force']);
    expect(forced.code).toBe(1);
    expect(readFileSync(existing).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('takes a trailing slash as a folder, and never replaces a device or a pipe, --force or not', async () => {
    const w = workdir();
    const r = await cli(['validate', w.sheet, '--out', join(w.dir, 'nodir') + '/']);
    expect([r.code, r.err]).toEqual([
      2,
      expect.stringMatching(/slutter med en skråstreg og er derfor en mappe; angiv et filnavn.* \/ A trailing slash names a folder/),
    ]);
    expect(existsSync(join(w.dir, 'nodir'))).toBe(false);
    const fifo = join(w.dir, 'roer');
    execFileSync('mkfifo', [fifo]);
    for (const target of ['/dev/null', fifo]) {
      const forced = await cli(['validate', w.sheet, '--out', target, '--force']);
      expect([target, forced.code, forced.err]).toEqual([target, 2, expect.stringMatching(/er ikke en almindelig fil .* og overskrives aldrig/)]);
    }
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('never writes a macro workbook: its macros would be lost and Excel would refuse the file', async () => {
    const w = workdir();
    for (const args of [
      ['prefill', w.sheet, '--out', join(w.dir, 'y.xlsm')],
      ['validate', w.sheet, '--out', join(w.dir, 'y.xlsm')],
      ['template', '--driftsherre', 'Rebild Kommune', '--out', join(w.dir, 'y.xlsm')],
    ]) {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/takst skriver kun \.xlsx: .*y\.xlsm ville miste sine makroer/);
    }
    expect(existsSync(join(w.dir, 'y.xlsm'))).toBe(false);
  });

  it('cleans up the temporaries a killed run left beside its target, and leaves none of its own', async () => {
    const w = workdir();
    const target = join(w.dir, 'kopi.xlsx');
    const stale = `${target}.takst-999999.tmp`;
    writeFileSync(stale, '');
    expect((await cli(['prefill', w.sheet, '--out', target])).code).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(w.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('two runs writing the same new file at once: one writes it, the other is refused and replaces nothing', async () => {
    const w = workdir();
    const tsx = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
    const child = join(__dirname, '..', 'reliability', 'child-cli.ts');
    for (let trial = 0; trial < 3; trial++) {
      const target = join(w.dir, `samme-${trial}.xlsx`);
      const args = ['fill', '--from', w.csv, '--mapping', w.map, '--into', w.sheet, '--out', target];
      const run = () =>
        new Promise<{ code: number | null; err: string }>((resolve) => {
          const p = spawn(tsx, [child, ...args]);
          let err = '';
          p.stderr.on('data', (d) => (err += d));
          p.on('close', (code) => resolve({ code, err }));
        });
      const [a, b] = await Promise.all([run(), run()]);
      const codes = [a.code, b.code].sort();
      const refused = [a, b].find((r) => r.code === 2);
      // Both may finish one after the other (the second then finds the file there): refused either way.
      expect({ trial, codes }).toEqual({ trial, codes: [0, 2] });
      expect(refused!.err).toMatch(/findes allerede|blev skrevet af en anden kørsel imens/);
      expect(readdirSync(w.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
  }, 120_000);

  const root = process.getuid?.() === 0;
  (root ? it : it.skip)('names a read-only drive and a full disk in Danish, with the target, and leaves nothing behind', async () => {
    const ro = mkdtempSync(join(tmpdir(), 'takst-ro-'));
    const full = mkdtempSync(join(tmpdir(), 'takst-full-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', ro]);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=12k', 'tmpfs', full]);
    try {
      const w = workdir();
      const exp = await cli(['export', w.sheet, '--out', join(ro, 'eksport'), '--force']);
      expect(exp.code).toBe(2);
      expect(exp.err).toContain(`skrivebeskyttet drev: ${join(ro, 'eksport')}; EROFS`);
      const val = await cli(['validate', w.sheet, '--out', join(full, 'kopi.xlsx')]);
      expect(val.code).toBe(2);
      expect(val.err).toContain(`disken er fuld: ${join(full, 'kopi.xlsx')}; ENOSPC`);
      expect(readdirSync(full)).toEqual([]);
    } finally {
      execFileSync('umount', [ro]);
      execFileSync('umount', [full]);
    }
  });
});
