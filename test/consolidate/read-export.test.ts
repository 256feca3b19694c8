// The export read back from each of its forms gives the rows it was written from: the CSV (Danish and English,
// text neutralised against formulas) for random rows, and the xlsx with its findings, explanations and metadata.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { cli } from '../cli/run';
import { exportWorkbook } from '../../src/adapters/exceljs/export';
import { saveWorkbook } from '../../src/adapters/exceljs/write';
import { readGridsFile } from '../../src/adapters/xlsx/file';
import { exportFromCsv, exportFromGrids, isExportCsv } from '../../src/core/consolidate/read-export';
import { rowDifferences } from '../../src/core/consolidate/inputs';
import { compareOffers, flagOf, normalRange, quantile, COMPARISON_RULE } from '../../src/core/consolidate/compare';
import { blockNotes, blocksOf } from '../../src/core/consolidate/takstbilag';
import { toCsv, type ExportJson, type ExportRow } from '../../src/core/export/tidy-export';
import { ExportJsonSchema } from '../../src/core/export/export-schema';

const dir = mkdtempSync(join(tmpdir(), 'takst-laes-eksport-'));
const SAMPLE = join(__dirname, '..', '..', 'samples', 'eksempel-2027.xlsx');
let sample: ExportJson;

beforeAll(async () => {
  expect((await cli(['export', SAMPLE, '--out', dir, '--force', '--format', 'json'])).code).toBe(0);
  sample = ExportJsonSchema.parse(JSON.parse(readFileSync(join(dir, 'eksempel-2027-eksport.json'), 'utf8')));
});

const text = fc.option(
  fc.string({ maxLength: 20 }).map((t) => (t.trim() === '' ? 'x' : t)),
  { nil: null },
);
const number = fc.option(
  fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((n) => Number(n.toPrecision(10))),
  { nil: null },
);
const row: fc.Arbitrary<ExportRow> = fc.record({
  driftsherre: text,
  sheet: fc.constantFrom('Takster 2027', 'Ark; 2'),
  block: fc.integer({ min: 1, max: 700 }),
  tilbud: fc.oneof(text, fc.constantFrom('=HYPERLINK("x")', '+45 12', '-minus', '@sum', 'Semi;kolon "citat"')),
  afdeling: text,
  paragraf: text,
  enhed: text,
  year: fc.integer({ min: 2020, max: 2035 }),
  level: fc.constantFrom(null, 'Basis', 'Time', 'Takst 1', 'Takst 10'),
  rate: number,
  pladser: number,
  belaegning: number,
  budget: number,
  regulering: number,
  oh: number,
  tomgang: number,
  anvendte: number,
  solgte: number,
  bemaerkning: fc.oneof(text, fc.constant('To linjer\nanden linje')),
  saerligeForhold: text,
});

describe('the export read back', () => {
  it('from its CSV gives the same rows, Danish or English, whatever the texts hold (fixed seed)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.constantFrom('da' as const, 'en' as const), (rows, locale) => {
        const csv = toCsv(rows, locale);
        expect(isExportCsv(csv)).toBe(true);
        const back = exportFromCsv(csv, 'x.csv', 'csv:x').rows;
        expect(rowDifferences(rows, back)).toEqual([]);
        // Texts come back as written (the CSV's leading quote against formulas is taken off again).
        expect(back.map((r) => [r.tilbud, r.bemaerkning])).toEqual(rows.map((r) => [r.tilbud, r.bemaerkning]));
      }),
      { seed: 27, numRuns: 150 },
    );
    expect(exportFromCsv(toCsv(sample.rows), 's.csv', 'csv:s').rows).toEqual(sample.rows);
  });

  it('refuses a CSV that is not an export, or a row that is not a number where one belongs, naming the line', () => {
    expect(isExportCsv('a;b\n1;2\n')).toBe(false);
    expect(() => exportFromCsv('a;b\n1;2\n', 'fremmed.csv', 'x')).toThrow(/fremmed\.csv er ikke en CSV-eksport fra takst export/);
    const lines = toCsv(sample.rows.slice(0, 2)).split('\r\n');
    const cells = lines[1].split(';');
    cells[9] = 'tre hundrede'; // the Takst column
    const csv = [lines[0], cells.join(';'), ...lines.slice(2)].join('\r\n');
    expect(() => exportFromCsv(csv, 'rettet.csv', 'x')).toThrow(/rettet\.csv linje 2: "tre hundrede" i kolonnen Takst er ikke et tal/);
  });

  it('from its xlsx gives the rows, the findings (with their blocks), the explanations and the metadata', async () => {
    const file = join(dir, 'eksport.xlsx');
    await saveWorkbook(exportWorkbook(sample), file);
    const { grids } = await readGridsFile(file);
    const back = exportFromGrids(grids, 'eksport.xlsx', 'f'.repeat(64))!;
    expect(back.rows).toEqual(sample.rows);
    expect(back.findings).toEqual(sample.findings);
    expect(back.explanations.map((x) => [x.block, x.total, x.reason])).toEqual(sample.explanations.map((x) => [x.block, x.total, x.reason]));
    const { createdAt, ...md } = sample.metadata;
    expect(back.metadata).toMatchObject({ ...md, createdAt });
  });

  it('is null for a workbook that is no export (a takstskema)', async () => {
    const { grids } = await readGridsFile(SAMPLE);
    expect(exportFromGrids(grids, 'eksempel-2027.xlsx', 'x')).toBeNull();
  });
});

describe('the takstbilag’s notes and the comparison', () => {
  const r = (block: number, tilbud: string, year: number, level: string, rate: number): ExportRow => ({
    ...sample.rows[0],
    block,
    tilbud,
    afdeling: tilbud,
    year,
    level,
    rate,
  });

  it('tells a change of structure from a new and an ended offer, and a foreign year from both', () => {
    const blocks = blocksOf([
      r(1, 'Skifter', 2026, 'Takst 1', 1),
      r(2, 'Skifter', 2027, 'Takst 1', 1),
      r(3, 'Lukker', 2026, 'Takst 1', 1),
      r(4, 'Åbner', 2027, 'Takst 1', 1),
      r(5, 'Kører', 2026, 'Takst 1', 1),
      r(5, 'Kører', 2027, 'Takst 1', 1),
      r(6, 'Tastefejl', 2026, 'Takst 1', 1),
      r(6, 'Tastefejl', 20277, 'Takst 1', 1),
    ]);
    expect([...blockNotes(blocks, 2026, 2027).values()]).toEqual([
      'udgår efter 2026',
      'ny struktur fra 2027',
      'udgået',
      'nyt tilbud',
      null,
      'året 20277 hører ikke til takstbilaget',
    ]);
  });

  it('pairs an old and a new structure as comparing every block with every other did, by looking the names up', () => {
    // The notes as they were computed before: each block of one year alone against each of the other year alone.
    const { normalizeName } = jest.requireActual<typeof import('../../src/core/model/match')>('../../src/core/model/match');
    const before = (blocks: Map<string, ExportRow[]>, y1: number, y2: number) => {
      const has = (rows: ExportRow[], y: number) => rows.some((x) => x.year === y);
      const only = (y: number, o: number) => [...blocks].filter(([, rows]) => has(rows, y) && !has(rows, o));
      const name = (rows: ExportRow[], w: boolean) => `${normalizeName(rows[0].tilbud)}|${w ? normalizeName(rows[0].afdeling) : ''}`;
      const paired = (mine: Array<[string, ExportRow[]]>, theirs: Array<[string, ExportRow[]]>) =>
        new Set(mine.filter(([, rows]) => theirs.some(([, t]) => name(t, true) === name(rows, true) || name(t, false) === name(rows, false))).map(([k]) => k));
      const [olds, news] = [only(y1, y2), only(y2, y1)];
      const [op, np] = [paired(olds, news), paired(news, olds)];
      return [...blocks.keys()].map((k) =>
        op.has(k) ? 'old paired' : np.has(k) ? 'new paired' : olds.some(([o]) => o === k) ? 'old' : news.some(([n]) => n === k) ? 'new' : null,
      );
    };
    const kind = (note: string | null) =>
      note === 'udgår efter 2026'
        ? 'old paired'
        : note === 'ny struktur fra 2027'
          ? 'new paired'
          : note === 'udgået'
            ? 'old'
            : note === 'nyt tilbud'
              ? 'new'
              : null;
    const name = fc.constantFrom('Bo', 'bo.', 'BO', 'Hus', 'Hus A', 'hus-a', 'Værk');
    const block = fc.record({ tilbud: name, afdeling: name, years: fc.constantFrom([2026], [2027], [2026, 2027]) });
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), (specs) => {
        const rows = specs.flatMap((b, i) => b.years.map((y) => ({ ...r(i + 1, b.tilbud, y, 'Takst 1', 1), afdeling: b.afdeling })));
        const blocks = blocksOf(rows);
        expect([...blockNotes(blocks, 2026, 2027).values()].map(kind)).toEqual(before(blocks, 2026, 2027));
      }),
      { numRuns: 300 },
    );
  });

  it('computes quartiles as Excel’s QUARTILE.INC and marks outside the fences; a small group by its median', () => {
    expect([0, 0.25, 0.5, 0.75, 1].map((p) => quantile([2400, 2500, 2600, 25000], p))).toEqual([2400, 2475, 2550, 8200, 25000]);
    const [low, high] = normalRange(4, 2550, 2475, 8200, COMPARISON_RULE);
    expect([low, high]).toEqual([2475 - 1.5 * 5725, 8200 + 1.5 * 5725]);
    expect([flagOf(25000, 4, low, high), flagOf(2600, 4, low, high), flagOf(5, 1, 0, 10)]).toEqual(['over normalområdet', null, 'ingen at sammenligne med']);
    expect(normalRange(3, 100, 0, 0, COMPARISON_RULE)).toEqual([50, 150]);
    const rows = compareOffers(
      [100, 104, 1000].map((rate, i) => ({ driftsherre: `D${i}`, rows: [{ ...r(1, `T${i}`, 2027, 'Takst 1', rate), enhed: 'Uge', paragraf: 'SEL § 85' }] })),
      2027,
    );
    expect(rows.map((x) => [x.rate, x.median, x.flag])).toEqual([
      [100, 104, null],
      [104, 104, null],
      [1000, 104, 'over normalområdet'],
    ]);
  });
});
