// The limits of a skema are named refusals: a table with more distinct offers than a skema can hold gives one Danish
// line (exit 2) and writes nothing, never "Uventet fejl".
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../cli/run';
import { SYNTHETIC_MAPPING, syntheticCsv, syntheticOffers } from '../fixtures/synthetic-export';
import { MAX_BLOCKS } from '../../src/core/template/build';

it('refuses a table with more offers than MAX_BLOCKS blocks by name', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'takst-graenser-'));
  const csv = join(dir, 'for-mange.csv');
  const map = join(dir, 'map.json');
  writeFileSync(csv, syntheticCsv(syntheticOffers(MAX_BLOCKS + 10)));
  writeFileSync(map, JSON.stringify(SYNTHETIC_MAPPING));
  const out = join(dir, 'ud.xlsx');
  const r = await cli(['fill', '--from', csv, '--mapping', map, '--driftsherre', 'Region Nordjylland', '--out', out]);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/har 10\.010 forskellige tilbud; et takstskema kan højst have 10\.000 blokke .* \/ Too many offers for one skema/);
  expect(r.err).not.toMatch(/Uventet fejl/);
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(existsSync(out)).toBe(false);
}, 120_000);
