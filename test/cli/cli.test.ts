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
    await saveWorkbook(
      buildFixture({ driftsherre: 'Mariagerfjord Kommune', header: TEST_MUNICIPALITY_HEADER, blocks: testMunicipalityBlocks() }).workbook,
      file,
    );
    const c = capture();
    expect(await run(['inspect', file, '--format', 'json'], c.io)).toBe(0);
    const s = InspectJsonSchema.parse(JSON.parse(c.out.join(''))).sheets[0];
    const hobro = s.blocks[1];
    expect(hobro.y1).toMatchObject({ belaegning: 98, oh: 5.4, time: null });
    expect(hobro.change.taksterPct[0]).toBe((325 / 332 - 1) * 100);
    // Differences without floating-point noise: 5,7 − 5,4 is 0,3 (not 0,2999999999999998).
    expect(hobro.change.oh).toBe(0.3);
    expect(s.overheadDriftsherre).toEqual({ y1: 6.3, y2: 6.5, y1Year: 2025, y2Year: 2026 });
    const t = capture();
    expect(await run(['inspect', file], t.io)).toBe(0);
    expect(t.out.join('\n')).toMatch(/Aktivitetshuset Hobro .*takst 1 -2,1 %/);
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

describe('takst validate', () => {
  const file = join(dir, 'valider.xlsx');
  const hobro = {
    tilbud: 'Aktivitetshuset Hobro',
    afdeling: 'Aktivitetshuset Hobro',
    paragraf: 'SEL § 104',
    enhed: 'Dag',
    y1: { pladser: 50, belaegning: 98, budget: 8_912_000, regulering: 0, oh: 5.4, takster: [332, 498] },
  };

  beforeAll(async () => {
    await saveWorkbook(
      buildFixture({
        driftsherre: 'Mariagerfjord Kommune',
        header: TEST_MUNICIPALITY_HEADER,
        blocks: [
          { ...hobro, y2: { ...hobro.y1, takster: [332 * 1.06, 498] } }, // +6,0 %, no remark: error
          { ...hobro, tilbud: 'B', bemaerkning: 'Opnormering', y2: { ...hobro.y1, takster: [346 * (332 / 307), 498] } }, // +12,7 % with remark
          { ...hobro, tilbud: 'C', y2: { ...hobro.y1, takster: [332 * 0.98, 498] } }, // −2 %
        ],
      }).workbook,
      file,
    );
  });

  it('prints findings as JSON with a summary and exits 1 on errors', async () => {
    const c = capture();
    expect(await run(['validate', file, '--format', 'json'], c.io)).toBe(1);
    const r = JSON.parse(c.out.join(''));
    expect(r.summary).toEqual({ errors: 1, warnings: 0, infos: 0 });
    expect(r.findings[0]).toMatchObject({
      ruleId: 'rate-rise-needs-remark',
      severity: 'error',
      sheet: 'Takster 2027',
      block: { index: 0, tilbud: 'Aktivitetshuset Hobro' },
    });
    expect(r.findings[0].cell).toMatch(/^X\d+$/);
  });

  it('prints one line per finding and a summary; the bundled sample gives the draft example findings', async () => {
    const c = capture();
    expect(await run(['validate', file], c.io)).toBe(1);
    expect(c.out.join('\n')).toMatch(/Takster 2027!X\d+ +fejl +Takst 1 \(\+6,0 %\).*rate-rise-needs-remark\n\n✖ 1 fund \(1 fejl, 0 advarsler, 0 info\)/);
    const s = capture();
    expect(await run(['validate', join(__dirname, '..', '..', 'samples', 'eksempel-2027.xlsx')], s.io)).toBe(1);
    const text = s.out.join('\n');
    // The test sheet's one real finding (Kærvej's Basis +6,0 % with no remark), the fictive blocks' §§ short forms,
    // and Botilbud A's 2027 places as extracted (sold places at levels 2-4, none used).
    expect(text).toMatch(/Takster 2027!X8 +fejl +Basis \(\+6,0 %\) stiger mere end P\/L kommuner \(3,10 %\) \+ 2,0 procentpoint = 5,10 %/);
    expect(text).toMatch(/§§ "§ 105" står ikke i listen; mente du "ABL § 105"\?/);
    expect(text).toMatch(/12 fund \(4 fejl, 4 advarsler, 4 info\)/);
    expect(text).not.toMatch(/Aktivitetshuset Hobro|Beskyttet/);
  });

  it('exits 2 on an unreadable file', async () => {
    const bad = join(dir, 'ikke-xlsx.xlsx');
    writeFileSync(bad, 'Tilbud;Takst\n');
    const c = capture();
    expect(await run(['validate', bad], c.io)).toBe(2);
    expect(c.err.join('')).toMatch(/ikke en Excel-arbejdsbog/);
  });
});

describe('argument errors', () => {
  it.each([
    [['validate'], /^takst: argumentet <fil\.xlsx> mangler \/ missing required argument/],
    [['prefill', 'x.xlsx', '--bogus'], /^takst: ukendt tilvalg --bogus \/ unknown option/],
    [['blah'], /^takst: ukendt kommando blah; takst --help viser kommandoerne/],
    [['fill', '--from'], /^takst: tilvalget --from <udtræk> mangler sin værdi/],
    [['export', 'x.xlsx'], /^takst: tilvalget --out <mappe> mangler/],
  ])('%j: one Danish line with the takst: prefix, exit 2', async (args, message) => {
    const c = capture();
    expect(await run(args as string[], c.io)).toBe(2);
    expect(c.err).toHaveLength(1);
    expect(c.err[0].trimEnd()).toMatch(message);
    expect(c.err[0].trimEnd()).not.toMatch(/\n/);
  });
});
