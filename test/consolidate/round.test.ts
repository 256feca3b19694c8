// The secretariat's round as a new user runs it: four operators export their sheets in every format into one
// folder (one past its fejl with --force), the secretariat consolidates, the review group reads and prints the
// list, the takstbilag goes on the website, and next year's skema is prefilled from this year's snapshot.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';
import { cli } from '../cli/run';
import { saveWorkbook } from '../../src/adapters/exceljs/write';
import { buildFixture } from '../fixtures/builder';
import type { BlockFigures } from '../fixtures/block-writes';
import { TEST_MUNICIPALITY_HEADER } from '../fixtures/seeds';
import { HOBRO, hobroWithTakst1 } from '../rules/helpers';
import { STATUS_CHOICES } from '../../src/adapters/exceljs/consolidation';

const dir = mkdtempSync(join(tmpdir(), 'takst-runde-'));
const folder = join(dir, 'eksporter');
const out = join(dir, 'bilag');
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/** A Døgn offer under SEL § 108 with one rate, rising 3 % (within P/L + 2). */
function botilbud(tilbud: string, rate: number): BlockFigures {
  const year = (r: number) => ({ pladser: 10, belaegning: 96, budget: Math.round(r * 10 * 0.96 * 365), regulering: 0, oh: 5.5, takster: [r] });
  return { tilbud, afdeling: tilbud, paragraf: 'SEL § 108', enhed: 'Døgn', y1: year(Math.round(rate / 1.03)), y2: year(rate) };
}

/** A Time offer (Basis + Time) of one department, with its Basis for both years. */
function bostoette(afdeling: string, basis: number): BlockFigures {
  const year = (b: number) => ({ pladser: 20, belaegning: 97, budget: 4_000_000, regulering: 0, oh: 5, basis: b, time: 420 });
  return { tilbud: 'Bostøtte Vest', afdeling, paragraf: 'SEL § 85', enhed: 'Time', y1: year(Math.round(basis / 1.02)), y2: year(basis) };
}

const OPERATORS: Array<{ file: string; driftsherre: string; blocks: BlockFigures[]; force?: true }> = [
  // The outlier: about 10 × its peers for the same §§ and Enhed.
  {
    file: 'aalborg',
    driftsherre: 'Aalborg Kommune',
    blocks: [botilbud('Botilbud Nord', 25_000), HOBRO, { ...HOBRO, tilbud: 'Værksted Nord', afdeling: 'Værksted Nord', paragraf: 'SEL § 103' }],
  },
  // One Tilbud, two Afdelinger, Basis 1.000 against 1.300.
  {
    file: 'broenderslev',
    driftsherre: 'Brønderslev Kommune',
    blocks: [botilbud('Botilbud Brønderslev', 2_400), bostoette('Afd. Øst', 1_000), bostoette('Afd. Vest', 1_300)],
  },
  // A change of tariff structure: the old structure has 2026 only, the new 2027 only.
  {
    file: 'hjoerring',
    driftsherre: 'Hjørring Kommune',
    blocks: [
      { ...botilbud('Botilbud Hjørring', 2_600), saerligeForhold: 'Takst 1 tæller kun som 2/3-dele af en plads' },
      { ...HOBRO, tilbud: 'Dagtilbud Hjørring', afdeling: 'Dagtilbud Hjørring', y2: undefined },
      { ...HOBRO, tilbud: 'Dagtilbud Hjørring', afdeling: 'Dagtilbud Hjørring', y1: undefined, y2: { ...HOBRO.y2!, takster: [250, 330, 410, 487] } },
    ],
  },
  // Sent past its fejl: a rise over P/L + 2 without a Bemærkning.
  { file: 'thisted', driftsherre: 'Thisted Kommune', blocks: [botilbud('Botilbud Thisted', 2_500), hobroWithTakst1(332 * 1.08)], force: true },
];

async function sheetValues(file: string, sheet: string): Promise<{ ws: ExcelJS.Worksheet; rows: unknown[][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  return { ws, rows: ws.getSheetValues().map((r) => (Array.isArray(r) ? r : [])) };
}

/** Rows of a table under its header row, as objects keyed by header text. */
function table(rows: unknown[][], headerRow = 1): Array<Record<string, unknown>> {
  const head = Array.from(rows[headerRow] ?? []);
  // A formula's stored result; one whose result is empty text is stored without one (Excel computes it on load).
  const value = (v: unknown) => (v && typeof v === 'object' && 'formula' in v ? ((v as { result?: unknown }).result ?? '') : v);
  return rows
    .slice(headerRow + 1)
    .filter((r) => r.length > 0)
    .map((r) => Object.fromEntries(head.map((h, i) => [String(h), value(r[i]) ?? null])));
}

let run: Awaited<ReturnType<typeof cli>>;

beforeAll(async () => {
  for (const o of OPERATORS) {
    const file = join(dir, `${o.file}.xlsx`);
    await saveWorkbook(
      buildFixture({ driftsherre: o.driftsherre, header: { ...TEST_MUNICIPALITY_HEADER, driftsherre: o.driftsherre }, blocks: o.blocks }).workbook,
      file,
    );
    const r = await cli(['export', file, '--out', folder, '--format', 'xlsx,csv,json', ...(o.force ? ['--force'] : [])]);
    expect([o.file, r.code, r.err]).toEqual([o.file, 0, '']);
  }
  run = await cli(['consolidate', folder, '--out', out]);
}, 240_000);

describe('the secretariat’s round: four operators, every format, one folder', () => {
  it('counts every operator once and says which files are the same export', () => {
    expect(readdirSync(folder)).toHaveLength(12);
    expect(run.code).toBe(1); // Thisted's export carries fejl
    const read = run.out.split('\n').filter((l) => / blokke læst = /.test(l));
    expect(read.map((l) => l.trim().split(' (')[0]).sort()).toEqual(OPERATORS.map((o) => `${o.file}-eksport.json`).sort());
    for (const o of OPERATORS)
      for (const f of ['csv', 'xlsx']) expect(run.out).toContain(`${o.file}-eksport.${f}: samme eksport som ${o.file}-eksport.json; talt én gang`);
    expect(run.out).not.toMatch(/ikke medtaget|ikke læst|STEMMER IKKE|har begge tal/);
    expect(readdirSync(out).sort()).toEqual(['review.xlsx', 'snapshot-2027.json', 'takstbilag.html', 'takstbilag.xlsx']);
  });

  it('puts no 2026-only rate under 2027: each year’s rate under its own year, the row saying which half it is', async () => {
    const rows = table((await sheetValues(join(out, 'takstbilag.xlsx'), 'Takstbilag')).rows);
    const hjoerring = rows.filter((r) => r.Tilbud === 'Dagtilbud Hjørring');
    expect(hjoerring.map((r) => [r.Niveau, r['Takst 2026'], r['Takst 2027'], r.Note])).toEqual([
      ['Takst 1', 332, null, 'udgår efter 2026'],
      ['Takst 2', 498, null, 'udgår efter 2026'],
      ['Takst 1', null, 250, 'ny struktur fra 2027'],
      ['Takst 2', null, 330, 'ny struktur fra 2027'],
      ['Takst 3', null, 410, 'ny struktur fra 2027'],
      ['Takst 4', null, 487, 'ny struktur fra 2027'],
    ]);
    // Against the folder themselves: every rate stands under the year the operator gave it.
    for (const o of OPERATORS) {
      const e = JSON.parse(readFileSync(join(folder, `${o.file}-eksport.json`), 'utf8')) as {
        rows: Array<{ tilbud: string; year: number; level: string; rate: number }>;
      };
      for (const r of rows.filter((x) => x.Driftsherre === o.driftsherre)) {
        for (const year of [2026, 2027]) {
          const given = e.rows.filter((x) => x.tilbud === r.Tilbud && x.level === r.Niveau && x.year === year).map((x) => x.rate);
          if (r[`Takst ${year}`] !== null) expect(given).toContain(r[`Takst ${year}`]);
          if (r[`Takst ${year}`] === null) expect(given.length === 0 || r.Note !== null).toBe(true);
        }
      }
    }
  });

  it('marks the outlier in Sammenligning and not its peers, with the rule and its thresholds in cells', async () => {
    const { ws, rows } = await sheetValues(join(out, 'review.xlsx'), 'Sammenligning');
    expect(String(ws.getCell('A2').value)).toMatch(/kvartil/);
    expect([ws.getCell('B3').value, ws.getCell('B4').value, ws.getCell('B5').value]).toEqual([4, 1.5, 50]);
    const items = table(rows, 7);
    const group = items.filter((r) => r['§§'] === 'SEL § 108');
    expect(group.map((r) => [r.Driftsherre, r['Gruppe (antal)'], r.Markering])).toEqual([
      ['Brønderslev Kommune', 4, ''],
      ['Hjørring Kommune', 4, ''],
      ['Thisted Kommune', 4, ''],
      ['Aalborg Kommune', 4, 'over normalområdet'],
    ]);
    const aalborg = group[3];
    expect(aalborg.Median).toBe(2_550);
    expect(aalborg['Afvigelse fra median (%)']).toBeCloseTo((25_000 / 2_550 - 1) * 100, 6);
    // The normal range is a formula on the threshold cells, so the group can change a threshold and see it follow.
    const first = ws.getRow(8);
    expect(first.getCell(15).value).toMatchObject({ formula: expect.stringContaining('$B$3') });
    expect(first.getCell(16).value).toMatchObject({ formula: expect.stringContaining('$B$4') });
    expect(first.getCell(18).value).toMatchObject({ formula: expect.stringContaining('normalområdet') });
    // A Time offer compared by its Basis, a Dag offer by the full place its budget gives, one alone in its group says so.
    expect(items.find((r) => r.Tilbud === 'Bostøtte Vest')).toMatchObject({ Niveau: 'Basis', 'Sammenlignet niveau': 'Basis' });
    expect(items.find((r) => r.Tilbud === 'Aktivitetshuset Hobro' && r.Driftsherre === 'Aalborg Kommune')).toMatchObject({
      Niveau: 'Takst 2',
      'Sammenlignet niveau': 'den fulde plads, som budgettet giver',
    });
    expect(items.filter((r) => r.Markering === 'ingen at sammenligne med').map((r) => r.Tilbud)).toEqual(['Værksted Nord']);
  });

  it('lists uneven rates in one Tilbud and the forced export in Gennemgang, with numbers in their own columns and a Status dropdown', async () => {
    const { ws, rows } = await sheetValues(join(out, 'review.xlsx'), 'Gennemgang');
    const items = table(rows);
    const uneven = items.find((r) => r.Kategori === 'Uens takst inden for samme tilbud')!;
    expect(uneven).toMatchObject({ Driftsherre: 'Brønderslev Kommune', Tilbud: 'Bostøtte Vest', Niveau: 'Basis' });
    expect(uneven.Detalje).toMatch(/Afd\. Øst 1\.000.*Afd\. Vest 1\.300; forskel 30,0 %/);
    const forced = items.filter((r) => r.Kategori === 'Eksporteret med fejl');
    expect(forced.map((r) => r.Driftsherre)).toEqual(['Thisted Kommune']);
    expect(forced[0].Detalje).toMatch(/thisted\.xlsx er eksporteret med 1 fejl: .*Bemærkning/);
    const rise = items.find((r) => r.Kategori === 'Stigning over P/L + grænseværdi' && r.Driftsherre === 'Thisted Kommune')!;
    expect([rise.Niveau, rise['Takst 2026'], rise['P/L %']]).toEqual(['Takst 1', 332, 3.1]);
    expect(rise['Takst 2027']).toBeCloseTo(332 * 1.08, 6);
    expect(rise['Ændring %']).toBeCloseTo(8, 6);
    expect(Object.keys(items[0])).toContain('Status');
    const status = Array.from(rows[1]).indexOf('Status');
    expect(ws.getCell(2, status).dataValidation).toMatchObject({ type: 'list', formulae: [`"${STATUS_CHOICES.join(',')}"`] });
    expect(ws.autoFilter).toBeTruthy();
  });

  it('prints landscape, one page wide, in a bounded number of pages, with no text overlapping (LibreOffice → PDF)', async () => {
    const pdfs = join(dir, 'pdf');
    for (const f of ['review.xlsx', 'takstbilag.xlsx']) {
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', pdfs, join(out, f)], { stdio: 'ignore', timeout: 120_000 });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(out, f));
      for (const ws of wb.worksheets)
        expect([ws.name, ws.pageSetup.orientation, ws.pageSetup.fitToPage, ws.pageSetup.fitToWidth, ws.pageSetup.printTitlesRow, ws.views[0]?.state]).toEqual([
          ws.name,
          'landscape',
          true,
          1,
          expect.stringMatching(/^\d+:\d+$/),
          'frozen',
        ]);
    }
    const pages = (f: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(pdfs, f)], { encoding: 'utf8' }))![1]);
    expect(pages('takstbilag.pdf')).toBeLessThanOrEqual(2);
    expect(pages('review.pdf')).toBeLessThanOrEqual(8);
    for (const f of ['review.pdf', 'takstbilag.pdf']) {
      const xml = execFileSync('pdftotext', ['-bbox', join(pdfs, f), '-'], { encoding: 'utf8' });
      for (const page of xml.split('<page ').slice(1)) {
        const words = [...page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
          x0: +m[1],
          y0: +m[2],
          x1: +m[3],
          y1: +m[4],
          text: m[5],
        }));
        for (let i = 0; i < words.length; i++)
          for (let j = i + 1; j < words.length; j++) {
            const [a, b] = [words[i], words[j]];
            const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
            const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
            // Words of two lines or cells may touch; they must not cover each other.
            const covered = w > 0 && h > 0 ? (w * h) / Math.min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0)) : 0;
            if (covered > 0.3) throw new Error(`${f}: "${a.text}" og "${b.text}" overlapper`);
          }
      }
      // Nothing cut off: every word of the forced export's detail is printed.
      if (f === 'review.pdf') {
        const text = execFileSync('pdftotext', [join(pdfs, f), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        for (const word of ['thisted.xlsx', 'eksporteret', 'Bemærkning']) expect(text).toContain(word);
      }
    }
  }, 300_000);

  it('writes takstbilag.html: standalone, Danish, sorted as the xlsx, with year, date and P/L; Chromium loads nothing else and logs no error', async () => {
    const html = readFileSync(join(out, 'takstbilag.html'), 'utf8');
    expect(html).toMatch(/<html lang="da">/);
    expect(html).toMatch(/Takstbilag 2027/);
    expect(html).toMatch(/P\/L 2027: kommuner 3,10 %, regioner 2,46 %/);
    expect(html).toMatch(/Dannet \d{1,2}\. \w+ 20\d\d/);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    const order = [...html.matchAll(/<th scope="rowgroup"[^>]*>([^<]+)</g)].map((m) => m[1]);
    // Danish order, as the xlsx: "Aa" is "Å", after Z.
    expect(order).toEqual(['Brønderslev Kommune', 'Hjørring Kommune', 'Thisted Kommune', 'Aalborg Kommune']);
    if (!CHROMIUM) throw new Error('Chromium mangler: apt-get install -y --no-install-recommends chromium');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => requests.push(r.url()));
      const url = `file://${join(out, 'takstbilag.html')}`;
      await page.goto(url);
      expect(await page.locator('tbody.driftsherre tr').count()).toBeGreaterThan(10);
      expect(errors).toEqual([]);
      expect(requests).toEqual([url]);
      expect((await page.pdf({ format: 'A4', landscape: true })).length).toBeGreaterThan(1000);
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('starts next year from this year: a 2028 skema prefilled from the snapshot leaves only year 2, the header’s 2027 and remarks to type', async () => {
    const snapshot = join(out, 'snapshot-2027.json');
    const fresh = join(dir, 'hjoerring-2028.xlsx');
    expect((await cli(['template', '--driftsherre', 'Hjørring Kommune', '--year', '2028', '--blocks', '6', '--out', fresh])).code).toBe(0);
    const filled = join(dir, 'hjoerring-2028-udfyldt.xlsx');
    const p = await cli(['prefill', fresh, '--snapshot', snapshot, '--out', filled]);
    expect(p.code).toBe(0);
    // The ended structure is not carried into 2028; the running offer and the new structure are.
    expect(p.out).toMatch(/Botilbud Hjørring → blok 1/);
    expect(p.out.match(/Dagtilbud Hjørring → blok/g)).toHaveLength(1);
    const inspect = JSON.parse((await cli(['inspect', filled, '--format', 'json'])).out);
    const sheet = inspect.sheets[0];
    expect(sheet.overheadDriftsherre).toMatchObject({ y1Year: 2026, y1: 6.5, y2Year: 2027, y2: null });
    const bot = sheet.blocks.find((b: { tilbud: string }) => b.tilbud === 'Botilbud Hjørring');
    expect(bot.saerligeForhold).toBe('Takst 1 tæller kun som 2/3-dele af en plads');
    expect(bot.y1).toMatchObject({ year: 2027, pladser: 10, belaegning: 96, oh: 5.5, takster: expect.arrayContaining([2_600]) });
    const dag = sheet.blocks.find((b: { tilbud: string }) => b.tilbud === 'Dagtilbud Hjørring');
    expect(dag.y1.takster.slice(0, 4)).toEqual([250, 330, 410, 487]);
    const v = await cli(['validate', filled, '--snapshot', snapshot]);
    const count = /Udfyldt (\d+) af (\d+) felter · (\d+) celler mangler/.exec(v.out)!;
    expect(Number(count[3])).toBeGreaterThan(0);
    const missing = v.out.split('\n').filter((l) => /^ {4}[A-Z]+\d+ {2}/.test(l));
    expect(missing).toHaveLength(Number(count[3]));
    for (const l of missing) expect(l).toMatch(/\(tal for 2028\)|Overhead driftsherre 2027|skrives af en person/);
    expect(missing.filter((l) => /tal for 2028/.test(l)).length).toBe(2 * 5);
  }, 120_000);
});

describe('bad input in the export folder', () => {
  it('names a stray file, an export of another year and a hand-edited CSV, and mixes none of them in', async () => {
    const bad = join(dir, 'blandet');
    execFileSync('cp', ['-r', folder, bad]);
    writeFileSync(join(bad, 'noter.txt'), 'husk mødet');
    writeFileSync(join(bad, 'tilfaeldig.csv'), 'a;b\n1;2\n');
    // A rate changed by hand in the CSV.
    const csv = readFileSync(join(bad, 'aalborg-eksport.csv'), 'utf8');
    expect(csv).toContain(';25000;');
    writeFileSync(join(bad, 'aalborg-eksport.csv'), csv.replace(';25000;', ';2500;'));
    // Another year's export.
    const next = join(dir, 'naeste.xlsx');
    await saveWorkbook(buildFixture({ driftsherre: 'Vesthimmerlands Kommune', year: 2028, header: TEST_MUNICIPALITY_HEADER, blocks: [HOBRO] }).workbook, next);
    expect((await cli(['export', next, '--out', bad, '--format', 'json', '--force'])).code).toBe(0);
    const r = await cli(['consolidate', bad, '--out', join(dir, 'blandet-ud')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/springer over .*noter\.txt: hverken en eksport/);
    expect(r.out).toMatch(/ikke læst: .*tilfaeldig\.csv.*ikke en CSV-eksport/);
    expect(r.out).toMatch(/ikke medtaget: naeste-eksport\.json: budgetår 2028, men de øvrige filer har 2027/);
    expect(r.out).toMatch(
      /ikke medtaget: aalborg-eksport\.csv: samme eksport som aalborg-eksport\.json, men tallene afviger \(Botilbud Nord 2027 Takst 1, Takst: 25\.000 → 2\.500\)/,
    );
    const rows = table((await sheetValues(join(dir, 'blandet-ud', 'takstbilag.xlsx'), 'Takstbilag')).rows);
    expect(rows.find((x) => x.Tilbud === 'Botilbud Nord')!['Takst 2027']).toBe(25_000);
    expect(rows.some((x) => x.Driftsherre === 'Vesthimmerlands Kommune')).toBe(false);
  }, 120_000);

  it('writes nothing when no file can be used (exit 2)', async () => {
    const none = join(dir, 'intet');
    execFileSync('mkdir', ['-p', none]);
    writeFileSync(join(none, 'a.csv'), 'x;y\n');
    copyFileSync(join(dir, 'naeste.xlsx'), join(none, 'b.json'));
    const r = await cli(['consolidate', none, '--out', join(dir, 'intet-ud')]);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'intet-ud'))).toBe(false);
  });
});
