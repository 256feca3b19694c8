// Every command over the public SheetJS corpus of real-world workbooks (../shared/corpus/sheetjs, 73 files no one
// here wrote, Apache-2.0): each run ends with a result or one named refusal (exit 2), never "Uventet fejl", within a
// hang detector's 60 s; what a writing command writes reads back; a refused write leaves no file.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../cli/run';
import { readGridsFile } from '../../src/adapters/xlsx/file';

const DIR = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'sheetjs');
const out = mkdtempSync(join(tmpdir(), 'takst-sheetjs-'));

describe('every command on the SheetJS corpus', () => {
  it('ends in a result or one named refusal, in time, and writes only what reads back', async () => {
    const files = readdirSync(DIR).filter((f) => /\.xls[xm]$/i.test(f));
    expect(files.length).toBeGreaterThanOrEqual(73);
    const outcomes = new Map<string, number>();
    for (const f of files) {
      const file = join(DIR, f);
      const target = join(out, 'ud.xlsx');
      for (const args of [
        ['validate', file, '--format', 'json'],
        ['inspect', file, '--format', 'json'],
        ['explain', file, '--format', 'json'],
        ['prefill', file, '--dry-run'],
        ['validate', file, '--out', target],
      ]) {
        rmSync(target, { force: true });
        const started = Date.now();
        const r = await cli(args);
        const what = `${args[0]}${args.includes('--out') ? ' --out' : ''} ${f}`;
        expect({ what, seconds: Math.round((Date.now() - started) / 1000) < 60 }).toEqual({ what, seconds: true });
        expect({ what, code: [0, 1, 2].includes(r.code), unexpected: /Uventet|TypeError|Cannot read|undefined/.test(r.err) }).toEqual({
          what,
          code: true,
          unexpected: false,
        });
        if (r.code === 2) expect({ what, lines: r.err.trim().split('\n').length }).toEqual({ what, lines: 1 });
        if (args.includes('--out')) {
          expect({ what, written: existsSync(target) }).toEqual({ what, written: r.code !== 2 });
          if (r.code !== 2) await expect(readGridsFile(target)).resolves.toBeTruthy();
        }
        outcomes.set(`${args[0]}:${r.code}`, (outcomes.get(`${args[0]}:${r.code}`) ?? 0) + 1);
      }
    }
    // Not an empty pass: most of these workbooks are no takstskema and are refused by name.
    expect(outcomes.get('validate:2')).toBeGreaterThan(60);
  }, 600_000);
});
