import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { InspectJsonSchema } from '../../src/core/export/inspect-json';
import { saveWorkbook } from '../../src/adapters/exceljs/write';
import { buildFixture } from '../fixtures/builder';
import { TEST_MUNICIPALITY_HEADER, testMunicipalityBlocks } from '../fixtures/seeds';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'takst-cli-'));

describe('takst template and inspect', () => {
  it('writes a template that inspect reads back', async () => {
    const file = join(dir, 'skema.xlsx');
    const c = capture();
    expect(await run(['template', '--driftsherre', 'Mariagerfjord Kommune', '--year', '2027', '--blocks', '10', '--out', file], c.io)).toBe(0);
    expect(existsSync(file)).toBe(true);
    const j = capture();
    expect(await run(['inspect', file, '--format', 'json'], j.io)).toBe(0);
    const json = InspectJsonSchema.parse(JSON.parse(j.out.join('')));
    expect(json.sheets[0].driftsherre).toBe('Mariagerfjord Kommune');
    expect(json.sheets[0].blocks).toHaveLength(10);
    expect(json.sheets[0].plKommuner).toBe(3.1);
    // Refuses to overwrite without --force.
    const again = capture();
    expect(await run(['template', '--driftsherre', 'X', '--out', file], again.io)).toBe(2);
    expect(again.err.join('')).toMatch(/findes allerede/);
  });

  it('prints the contract for a filled sheet: percent numbers, nulls, unrounded change', async () => {
    const file = join(dir, 'udfyldt.xlsx');
    await saveWorkbook(buildFixture({ driftsherre: 'Mariagerfjord Kommune', header: TEST_MUNICIPALITY_HEADER, blocks: testMunicipalityBlocks() }).workbook, file);
    const c = capture();
    expect(await run(['inspect', file, '--format', 'json'], c.io)).toBe(0);
    const s = InspectJsonSchema.parse(JSON.parse(c.out.join(''))).sheets[0];
    const hobro = s.blocks[1];
    expect(hobro.y1).toMatchObject({ belaegning: 98, oh: 5.4, time: null });
    expect(hobro.change.basisPct).toBe((325 / 332 - 1) * 100);
    expect(s.overheadDriftsherre).toEqual({ y1: 6.3, y2: 6.5 });
    const t = capture();
    expect(await run(['inspect', file], t.io)).toBe(0);
    expect(t.out.join('\n')).toMatch(/Aktivitetshuset Hobro .*basis -2,1 %/);
  });

  it.each([
    ['a missing file', ['inspect', join(dir, 'findes-ikke.xlsx')], /findes ikke/],
    ['a text file', ['inspect', join(dir, 'tekst.xlsx')], /ikke en Excel-arbejdsbog/],
    ['a bad format', ['inspect', join(dir, 'udfyldt.xlsx'), '--format', 'xml'], /--format/],
    ['a missing sheet', ['inspect', join(dir, 'udfyldt.xlsx'), '--sheet', 'Ark9'], /findes ikke/],
    ['a sheet that is not a takstskema', ['inspect', join(dir, 'udfyldt.xlsx'), '--sheet', 'Vejledning'], /ikke et takstskema/],
    ['a bad year', ['template', '--driftsherre', 'X', '--year', 'toogtyve', '--out', join(dir, 'y.xlsx')], /--year/],
  ])('gives one line and exit code 2 for %s', async (_name, args, message) => {
    writeFileSync(join(dir, 'tekst.xlsx'), 'Tilbud;Takst\nA;1\n');
    const c = capture();
    expect(await run(args, c.io)).toBe(2);
    const text = c.err.join('');
    expect(text).toMatch(message);
    expect(text).not.toMatch(/\n\s+at /); // no stack trace
  });
});
