// Consolidation never doubles or mixes: the same file twice is counted once, a file of another budget year is
// left out and named, two files for one driftsherre are a finding, its own earlier outputs are not inputs, and a
// year typo in one block neither moves the budget year nor empties the snapshot.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../cli/run';
import { saveWorkbook } from '../../src/adapters/exceljs/write';
import { buildFixture } from '../fixtures/builder';
import { TEST_MUNICIPALITY_HEADER, testMunicipalityBlocks } from '../fixtures/seeds';
import { findingsOf, HOBRO } from '../rules/helpers';
import { yearInSheet } from '../../src/core/rules/year-in-sheet';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'eksempel-2027.xlsx');

function offersIn(dir: string, year: number): number {
  const snap = JSON.parse(readFileSync(join(dir, `snapshot-${year}.json`), 'utf8'));
  return snap.operators.reduce((n: number, o: { offers: unknown[] }) => n + o.offers.length, 0);
}

describe('consolidate: nothing doubled, nothing mixed', () => {
  it('counts the same workbook once, under any name, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'takst-dobbelt-'));
    copyFileSync(SAMPLE, join(dir, 'kopi.xlsx'));
    const once = await cli(['consolidate', SAMPLE, '--out', join(dir, 'en')]);
    const twice = await cli(['consolidate', SAMPLE, `./${join('samples', 'eksempel-2027.xlsx')}`, join(dir, 'kopi.xlsx'), '--out', join(dir, 'to')]);
    expect(twice.code).toBe(1);
    expect(twice.out).toMatch(/ikke medtaget: eksempel-2027\.xlsx: samme indhold som eksempel-2027\.xlsx \(SHA-256 ens\); talt én gang/);
    expect(twice.out).toMatch(/ikke medtaget: kopi\.xlsx: samme indhold/);
    expect(offersIn(join(dir, 'to'), 2027)).toBe(offersIn(join(dir, 'en'), 2027));
    expect(once.out.match(/Skrev takstbilag\.xlsx og takstbilag\.html \((\d+) rækker/)![1]).toBe(
      twice.out.match(/Skrev takstbilag\.xlsx og takstbilag\.html \((\d+) rækker/)![1],
    );
  });

  it('names two different files for one driftsherre, and leaves out a file of another budget year', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'takst-aar-'));
    const blocks = testMunicipalityBlocks();
    await saveWorkbook(
      buildFixture({ driftsherre: 'Mariagerfjord Kommune', header: TEST_MUNICIPALITY_HEADER, blocks: blocks.slice(1) }).workbook,
      join(dir, 'rettet.xlsx'),
    );
    await saveWorkbook(
      buildFixture({
        driftsherre: 'Thisted Kommune',
        year: 2028,
        header: { ...TEST_MUNICIPALITY_HEADER, driftsherre: 'Thisted Kommune' },
        blocks: [HOBRO].map((b) => ({ ...b, tilbud: 'Andet år' })),
      }).workbook,
      join(dir, 'naeste-aar.xlsx'),
    );
    const r = await cli(['consolidate', SAMPLE, join(dir, 'rettet.xlsx'), join(dir, 'naeste-aar.xlsx'), '--out', join(dir, 'ud')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/eksempel-2027\.xlsx, rettet\.xlsx har begge tal for Mariagerfjord Kommune for 2027; kun den rigtige skal indgå/);
    expect(r.out).toMatch(/ikke medtaget: naeste-aar\.xlsx: budgetår 2028, men de øvrige filer har 2027/);
    expect(readdirSync(join(dir, 'ud')).sort()).toEqual(['review.xlsx', 'snapshot-2027.json', 'takstbilag.html', 'takstbilag.xlsx']);
  });

  it('a year typo in one block: a fejl at its cell, and the snapshot keeps the budget year and every other offer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'takst-tastefejl-'));
    const { workbook, layout } = buildFixture({ driftsherre: 'Mariagerfjord Kommune', header: TEST_MUNICIPALITY_HEADER, blocks: testMunicipalityBlocks() });
    workbook.getWorksheet(layout.sheetName)!.getCell(`D${layout.blocks[1].y2Row + 1}`).value = 20277;
    await saveWorkbook(workbook, join(dir, 'tastefejl.xlsx'));
    const v = await cli(['validate', join(dir, 'tastefejl.xlsx'), '--format', 'json']);
    expect(JSON.parse(v.out).findings).toContainEqual(
      expect.objectContaining({ ruleId: 'year-in-sheet', severity: 'error', cell: `D${layout.blocks[1].y2Row + 1}` }),
    );
    const r = await cli(['consolidate', join(dir, 'tastefejl.xlsx'), '--out', join(dir, 'ud')]);
    expect(r.code).toBe(1);
    expect(readdirSync(join(dir, 'ud'))).toContain('snapshot-2027.json');
    expect(offersIn(join(dir, 'ud'), 2027)).toBe(2);
  });

  it('skips its own earlier outputs when it consolidates into its input folder, run after run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'takst-egen-mappe-'));
    copyFileSync(SAMPLE, join(dir, 'mariagerfjord.xlsx'));
    const first = await cli(['consolidate', dir, '--out', dir]);
    const second = await cli(['consolidate', dir, '--out', dir]);
    expect([first.code, second.code]).toEqual([1, 1]); // the sample has errors
    expect(second.out).toMatch(/springer over .*review\.xlsx: takst consolidates eget uddata/);
    expect(second.out).toMatch(/mariagerfjord\.xlsx \(Mariagerfjord Kommune\): 7 blokke læst/);
    expect(second.out).not.toMatch(/ikke læst/);
  });
});

describe('year-in-sheet', () => {
  it('is an error at the År cell for a year that is neither of the sheet’s two years', () => {
    const typo = { ...HOBRO, tilbud: 'Tastefejl' };
    const { findings, layout } = findingsOf(yearInSheet, [HOBRO, typo, HOBRO], {
      extra: (l) => [{ sheet: l.sheetName, cell: `D${l.blocks[1].y2Row + 1}`, value: 2072 }],
    });
    expect(findings.map((f) => [f.cell, f.message])).toEqual([
      [
        `D${layout.blocks[1].y2Row + 1}`,
        'År 2072 er hverken 2026 eller 2027, skemaets to år; ret årstallet (et forkert år flytter tallene til et andet år i takstbilaget).',
      ],
    ]);
    expect(findingsOf(yearInSheet, [HOBRO, HOBRO]).findings).toEqual([]);
  });
});
