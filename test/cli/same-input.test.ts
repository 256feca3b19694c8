// The same input twice — x and ./x, a hard link, a symlink — is one input for fill, as for consolidate, and the
// output says so; its rows are counted once.
import { linkSync, mkdtempSync, copyFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { cli } from './run';

const ROOT = join(__dirname, '..', '..');
const CSV = join(ROOT, 'samples', 'syntetisk-region-udtraek-2027.csv');
const MAPPING = join(ROOT, 'samples', 'syntetisk-kolonner.json');

it('counts a file given twice under other names once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'takst-samme-'));
  const csv = join(dir, 'udtraek.csv');
  copyFileSync(CSV, csv);
  linkSync(csv, join(dir, 'haardt-link.csv'));
  symlinkSync(csv, join(dir, 'symlink.csv'));
  const fill = (...from: string[]) =>
    cli(['fill', ...from.flatMap((f) => ['--from', f]), '--mapping', MAPPING, '--driftsherre', 'Region Nordjylland', '--dry-run']);
  const once = await fill(csv);
  const rows = /Afstemning: ([\d.]+) rækker ind/.exec(once.out)![1];
  const dot = `./${relative(process.cwd(), csv)}`;
  const many = await fill(csv, dot, join(dir, 'haardt-link.csv'), join(dir, 'symlink.csv'));
  expect(many.out).toContain(`${dot}: samme fil som ${csv}; talt én gang`);
  expect(many.out).toContain(`${join(dir, 'haardt-link.csv')}: samme fil som ${csv}; talt én gang`);
  expect(many.out).toContain(`${join(dir, 'symlink.csv')}: samme fil som ${csv}; talt én gang`);
  expect(/Afstemning: ([\d.]+) rækker ind/.exec(many.out)![1]).toBe(rows);
  expect(many.code).toBe(once.code);
});
