// Export and consolidation: CSV injection neutralised (and LibreOffice reads it as text), the JSON contract, the
// review list's cases, duplicates across operators, the reconciliation, and export → consolidate → snapshot →
// prefill without loss.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from '../cli/run';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/port';
import { saveWorkbook } from '../../src/adapters/exceljs/write';
import { readWorkbook } from '../../src/core/layout/discover';
import { neutralise } from '../../src/core/export/tidy-export';
import { ExportJsonSchema } from '../../src/core/export/export-schema';
import { exportJsonSchema } from '../../src/core/export/json-schema';
import { parseSnapshot } from '../../src/core/model/snapshot';
import { buildFixture } from '../fixtures/builder';
import { HOBRO, hobroWithTakst1 } from '../rules/helpers';

const dir = mkdtempSync(join(tmpdir(), 'takst-consolidate-'));
const SAMPLE = join(__dirname, '..', '..', 'samples', 'eksempel-2027.xlsx');

async function sheetOf(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return readWorkbook(await new ExcelJsWorkbook(wb).readGrids()).sheets[0];
}

const PAYLOADS = ['=HYPERLINK("http://x","klik")', '+1+2', '-3+4', '@SUM(A1)', '\tfane', '\rretur'];

describe('takst export', () => {
  it('refuses a sheet with errors unless --force, which writes the findings in', async () => {
    const refused = await cli(['export', SAMPLE, '--out', join(dir, 'refused')]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/har 4 fejl/);
    expect(existsSync(join(dir, 'refused'))).toBe(false);
    const forced = await cli(['export', SAMPLE, '--out', join(dir, 'forced'), '--force']);
    expect(forced.code).toBe(0);
    const e = ExportJsonSchema.parse(JSON.parse(readFileSync(join(dir, 'forced', 'eksempel-2027-eksport.json'), 'utf8')));
    expect(e.metadata.forced).toBe(true);
    expect(e.findings.filter((f) => f.severity === 'error')).toHaveLength(4);
    // The overhead years as the header writes them.
    expect(e.metadata.overheadDriftsherre).toEqual([
      { year: 2025, pct: 6.3 },
      { year: 2026, pct: 6.5 },
    ]);
    expect(e.metadata.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
    // One row per block, year and level: the sample's levels.
    expect(e.rows.filter((r) => r.tilbud === 'Aktivitetshuset Hobro').map((r) => [r.year, r.level, r.rate])).toEqual([
      [2026, 'Takst 1', 332],
      [2026, 'Takst 2', 498],
      [2027, 'Takst 1', 325],
      [2027, 'Takst 2', 487],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'forced', 'eksempel-2027-eksport.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Takster', 'Kontrol', 'Forklaring', 'Metadata']);
    expect(wb.getWorksheet('Takster')!.rowCount).toBe(e.rows.length + 1);
    const meta = wb.getWorksheet('Metadata')!.getSheetValues().slice(2) as unknown[][];
    expect(meta.map((v) => [v[1], v[2]])).toContainEqual(['Overhead driftsherre 2025', '6,30 %']);
  });

  it('neutralises formula injection in every text field of the CSV and never alters a number; LibreOffice reads it as text', async () => {
    const blocks = PAYLOADS.map((p, i) => ({ ...HOBRO, tilbud: `${p}`, afdeling: i % 2 ? p : 'Afd', bemaerkning: p }));
    const input = join(dir, 'injection.xlsx');
    await saveWorkbook(
      buildFixture({ driftsherre: 'Mariagerfjord Kommune', header: { overheadY1: 5.4, overheadY2: 5.7, plKommuner: 3.1, plRegioner: 2.46 }, blocks }).workbook,
      input,
    );
    expect((await cli(['export', input, '--out', join(dir, 'inj'), '--force', '--format', 'csv'])).code).toBe(0);
    const csv = readFileSync(join(dir, 'inj', 'injection-eksport.csv'), 'utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0].split(';')[0]).toBe('Driftsherre');
    for (const p of PAYLOADS) expect(csv).not.toMatch(new RegExp(`(^|;)"?${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
    expect(csv).toContain(`"${neutralise(PAYLOADS[0]).replace(/"/g, '""')}"`);
    expect(csv).toContain(';-571416;'); // a negative number stays a number
    expect(csv).toContain(';8716584;');
    // LibreOffice as an independent reader: every payload cell is text, none a formula.
    const out = join(dir, 'lo');
    execFileSync('soffice', ['--headless', '--infilter=CSV:59,34,76,1', '--convert-to', 'xlsx', '--outdir', out, join(dir, 'inj', 'injection-eksport.csv')], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'injection-eksport.xlsx'));
    const ws = wb.worksheets[0];
    let formulas = 0;
    let tilbud: string[] = [];
    ws.eachRow((row, r) => {
      row.eachCell((c) => {
        if (c.type === ExcelJS.ValueType.Formula) formulas++;
      });
      if (r > 1) tilbud.push(String(row.getCell(4).value));
    });
    tilbud = [...new Set(tilbud)];
    expect(formulas).toBe(0);
    expect(tilbud).toHaveLength(PAYLOADS.length);
    // The reader trims the tab and CR payloads away before export; the others stay text with their leading quote.
    const risky = tilbud.filter((t) => /^['=+\-@]/.test(t));
    expect(risky).toHaveLength(4);
    expect(risky.every((t) => t.startsWith("'"))).toBe(true);
    expect([neutralise('\tx'), neutralise('\rx'), neutralise('-12'), neutralise('Hus')]).toEqual(["'\tx", "'\rx", "'-12", 'Hus']);
  }, 180_000);

  it('its JSON Schema in docs/ is current', () => {
    expect(JSON.parse(readFileSync(join(__dirname, '..', '..', 'docs', 'export.schema.json'), 'utf8'))).toEqual(exportJsonSchema());
  });
});

describe('takst consolidate', () => {
  const exports = join(dir, 'exports');

  beforeAll(async () => {
    // Mariagerfjord: the sample; Thisted (a second operator): a rise without remark, low occupancy, and the same
    // offer name as Mariagerfjord's Hobro.
    expect((await cli(['export', SAMPLE, '--out', exports, '--force', '--format', 'json'])).code).toBe(0);
    const thisted = join(dir, 'thisted.xlsx');
    await saveWorkbook(
      buildFixture({
        driftsherre: 'Thisted Kommune',
        header: { overheadY1: 5.4, overheadY2: 5.7, plKommuner: 3.1, plRegioner: 2.46 },
        blocks: [
          hobroWithTakst1(332 * 1.08),
          { ...HOBRO, tilbud: 'Lavt belagt', afdeling: 'Lavt belagt', y2: { ...HOBRO.y2, belaegning: 90, tomgang: 5 }, bemaerkning: 'Ombygning' },
          // Aalborg's case: a day rate set on 250 days (8.716.584 / (50 × 0,98 × 250) = 712), the 2/3 level dropped.
          { ...HOBRO, tilbud: 'Dagtilbud 250', afdeling: 'Dagtilbud 250', y2: { ...HOBRO.y2, takster: [712] } },
        ],
      }).workbook,
      thisted,
    );
    expect((await cli(['export', thisted, '--out', exports, '--force', '--format', 'json'])).code).toBe(0);
    writeFileSync(join(exports, 'broken.json'), '{ "schemaVersion": 1 ');
  });

  it('writes the takstbilag, the review list and next year’s snapshot; lists a broken file and goes on', async () => {
    const r = await cli(['consolidate', exports, '--out', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/ikke læst: .*broken.json.*ikke gyldig JSON/);
    expect(r.err).toMatch(/\[1\/3\].*\ntakst: ikke læst: .*broken.json.*\n\[2\/3\].*\n\[3\/3\]/);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['review.xlsx', 'snapshot-2027.json', 'takstbilag.html', 'takstbilag.xlsx']);
    expect(r.out).toContain('eksempel-2027-eksport.json (Mariagerfjord Kommune): 7 blokke læst = 7 blokke i takstbilaget');
    expect(r.out).toContain('Samme tilbud hos flere: Aktivitetshuset Hobro (Mariagerfjord Kommune, Thisted Kommune)');
  });

  it('has one takstbilag row per offer, department and level, sorted by operator and offer', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'out', 'takstbilag.xlsx'));
    const ws = wb.getWorksheet('Takstbilag')!;
    const rows = (ws.getSheetValues().slice(2) as unknown[][]).map((v) => [v[1], v[2], v[6], v[7], v[8]]);
    const levels = JSON.parse(readFileSync(join(exports, 'eksempel-2027-eksport.json'), 'utf8')).rows.map(
      (x: { sheet: string; block: number; level: string | null }) => `${x.sheet}|${x.block}|${x.level}`,
    );
    const mariagerfjord = rows.filter((x) => x[0] === 'Mariagerfjord Kommune');
    expect(mariagerfjord).toHaveLength(new Set(levels).size);
    expect(rows.map((x) => x[0])).toEqual([...rows.map((x) => x[0])].sort((a, b) => String(a).localeCompare(String(b), 'da')));
    expect(mariagerfjord).toContainEqual(['Mariagerfjord Kommune', 'Aktivitetshuset Hobro', 'Takst 1', 332, 325]);
    expect(mariagerfjord).toContainEqual(['Mariagerfjord Kommune', 'Aktivitetshuset Hobro', 'Takst 2', 498, 487]);
    expect(ws.pageSetup.orientation).toBe('landscape');
  });

  it('puts the remark-rule cases, low occupancy and the per-operator figures in the review list', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'out', 'review.xlsx'));
    const items = (wb.getWorksheet('Gennemgang')!.getSheetValues().slice(2) as unknown[][]).map((v) => [v[1], v[2], v[3]]);
    expect(items).toContainEqual(['Manglende bemærkning ved stigning', 'Thisted Kommune', 'Aktivitetshuset Hobro']);
    expect(items).toContainEqual(['Stigning over P/L + grænseværdi', 'Thisted Kommune', 'Aktivitetshuset Hobro']);
    expect(items).toContainEqual(['Belægning under grænseværdi', 'Thisted Kommune', 'Lavt belagt']);
    expect(items).toContainEqual(['Nyt eller udgået tilbud', 'Mariagerfjord Kommune', 'Botilbud A']);
    expect(items).toContainEqual(['Manglende bemærkning ved stigning', 'Mariagerfjord Kommune', 'Bo og Aktivitetstilbud Kærvej']);
    expect(items).toContainEqual(['Mistanke om 250-dagestakst', 'Thisted Kommune', 'Dagtilbud 250']);
    expect(items).toContainEqual(['Strukturændring', 'Thisted Kommune', 'Dagtilbud 250']);
    expect(items).toContainEqual(['Samme tilbud hos flere driftsherrer', 'Mariagerfjord Kommune, Thisted Kommune', 'Aktivitetshuset Hobro']);
    const ops = wb.getWorksheet('Driftsherrer')!.getSheetValues().slice(2) as unknown[][];
    const thisted = ops.find((v) => v[1] === 'Thisted Kommune')!;
    // Per level: change minus P/L 3,10 %. Thisted's levels: Takst 1 +8 % and Takst 2 ±0 (the rise), Takst 1 332 → 325
    // and Takst 2 498 → 487 (the low-occupancy block), Takst 1 332 → 712 (the 250-day block; its Takst 2 has no year 2).
    const adjusted = [8, 0, (325 / 332 - 1) * 100, (487 / 498 - 1) * 100, (712 / 332 - 1) * 100].map((c) => c - 3.1);
    expect(thisted[3]).toBeCloseTo(adjusted.reduce((a, b) => a + b, 0) / adjusted.length, 9);
    expect(thisted[4]).toBeCloseTo(Math.min(...adjusted), 9);
    expect(thisted[5]).toBeCloseTo(Math.max(...adjusted), 9);
    const forklaring = wb.getWorksheet('Forklaring')!.getSheetValues().slice(2) as unknown[][];
    expect(forklaring.some((v) => v[2] === 'Aktivitetshuset Hobro' && typeof v[5] === 'number')).toBe(true);
  });

  it('export → consolidate → snapshot → prefill of a fresh template gives back every value', async () => {
    const snapFile = join(dir, 'out', 'snapshot-2027.json');
    const snap = parseSnapshot(JSON.parse(readFileSync(snapFile, 'utf8')));
    expect(snap.budgetYear).toBe(2027);
    const fresh = join(dir, 'fresh-2028.xlsx');
    await saveWorkbook(buildFixture({ driftsherre: 'Mariagerfjord Kommune', year: 2028, blocks: [], spareBlocks: 8 }).workbook, fresh);
    expect((await cli(['prefill', fresh, '--out', join(dir, 'fresh-filled.xlsx'), '--snapshot', snapFile])).code).toBe(0);
    const original = await sheetOf(SAMPLE);
    const filled = await sheetOf(join(dir, 'fresh-filled.xlsx'));
    const figures = (y: NonNullable<(typeof original.blocks)[number]['y1']>) =>
      [y.pladser, y.belaegning, y.budget, y.regulering, y.oh, y.basis, y.time, ...y.takster].map((f) => f.value);
    const with2027 = original.blocks.filter((b) => b.y2 && b.y2.year.value === 2027 && figures(b.y2).some((v) => v !== null));
    expect(with2027.length).toBeGreaterThan(2);
    for (const b of with2027) {
      const to = filled.blocks.find((x) => x.tilbud.value === b.tilbud.value && x.enhed.value === b.enhed.value && figures(x.y1!).some((v) => v !== null))!;
      expect([to.afdeling.value, to.paragraf.value]).toEqual([b.afdeling.value, b.paragraf.value]);
      expect(figures(to.y1!)).toEqual(figures(b.y2!));
    }
  });
});
