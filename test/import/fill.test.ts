// Batch fill: the region's exports (old skema, tidy CSV) into a fresh template or a skema with typed values.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/port';
import { saveWorkbook } from '../../src/adapters/exceljs/write';
import { readWorkbook } from '../../src/core/layout/discover';
import { decodeText } from '../../src/core/import/text';
import { offersFromExport } from '../../src/core/import/export';
import { parseMapping } from '../../src/core/import/tidy';
import { typedCells } from '../../src/core/prefill/burden';
import { buildOldWorkbook } from '../fixtures/old-layout';
import { buildFixture } from '../fixtures/builder';
import { SYNTHETIC_MAPPING, syntheticCsv, syntheticOffers, syntheticOldWorkbook, windows1252 } from '../fixtures/synthetic-export';
import { TEST_MUNICIPALITY_2026 } from '../fixtures/seeds';

const dir = mkdtempSync(join(tmpdir(), 'takst-fill-'));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err, text: () => out.join('\n') };
}

async function sheetOf(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return readWorkbook(await new ExcelJsWorkbook(wb).readGrids()).sheets[0];
}

const mapFile = join(dir, 'map.json');
writeFileSync(mapFile, JSON.stringify(SYNTHETIC_MAPPING));

describe('takst fill from the region’s synthetic export (about 60 offers, 1-10 levels)', () => {
  const xlsx = join(dir, 'syntetisk-udtraek-2027.xlsx');
  const out = join(dir, 'syntetisk-udfyldt.xlsx');

  beforeAll(async () => {
    await saveWorkbook(syntheticOldWorkbook(), xlsx);
  });

  it('fills every block of a fresh template with 0 typed cells, and the reconciliation balances', async () => {
    const c = capture();
    expect(await run(['fill', '--from', xlsx, '--driftsherre', 'Region Nordjylland', '--out', out], c.io)).toBe(0);
    const offers = syntheticOffers();
    const rows = offers.reduce((n, o) => n + o.rates.length, 0);
    expect(c.text()).toContain(
      `Afstemning: ${rows} rækker ind = ${offers.length} placeret + ${rows - offers.length} lagt sammen med et tilbud + 0 rapporteret`,
    );
    const sheet = await sheetOf(out);
    offers.forEach((o, i) => {
      const b = sheet.blocks[i];
      expect([b.tilbud.value, b.enhed.value ?? b.y2!.enhed.value]).toEqual([o.tilbud, o.takstenhed]);
      const y = b.y2!;
      expect([y.pladser.value, y.belaegning.value, y.oh.value, y.regulering.value]).toEqual([o.pladser, o.belaegning, o.oh, o.regulering]);
      expect(Math.abs(y.budget.value! - (o.sum * (1 + o.oh / 100) + o.regulering))).toBeLessThan(1e-6);
      expect(y.takster.map((t) => t.value).filter((v) => v !== null)).toEqual(o.rates);
    });
    // Every figure of the export is in the sheet: nothing is left to type.
    const figures = offers.reduce((n, o) => n + 4 /* identity */ + 5 /* pladser, belægning, budget, regulering, OH */ + o.rates.length, 0);
    expect(typedCells(sheet).size).toBe(figures);
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'bench.md'), 'utf8');
    expect(doc).toContain(`| without batch fill | **${figures}** (`);
    expect(doc).toContain(`${rows} rows in = ${offers.length} placed + ${rows - offers.length} merged into their offer + 0 reported`);
  });

  it('validates with no errors but the header cells the export does not carry', async () => {
    const c = capture();
    await run(['validate', out, '--format', 'json', '--no-snapshot'], c.io);
    const errors = JSON.parse(c.text()).findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors.map((f: { ruleId: string; message: string }) => [f.ruleId, f.message])).toEqual([
      ['sheet-cells-present', 'Overhead driftsherre for 2025 mangler i skemaet.'],
      ['sheet-cells-present', 'Overhead driftsherre for 2026 mangler i skemaet.'],
    ]);
  });

  it('changes nothing when the same export is filled into the filled sheet again', async () => {
    const c = capture();
    expect(await run(['fill', '--from', xlsx, '--into', out, '--out', join(dir, 'again.xlsx')], c.io)).toBe(0);
    expect(c.text()).toMatch(/ 0 celler udfyldes, \d+ har allerede tallet, 0 har et andet tal\./);
  });

  it('reads the same offers from a Windows-1252 CSV with ";" and Danish decimals', async () => {
    const bytes = windows1252(syntheticCsv());
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    const exp = offersFromExport({ csv: decoded.text }, parseMapping(SYNTHETIC_MAPPING));
    const offers = syntheticOffers();
    expect(exp.offers).toHaveLength(offers.length);
    expect(exp.offers[6].years[2027].takster).toEqual(offers[6].rates);
    expect(exp.offers[1].years[2027].belaegning).toBe(offers[1].belaegning);
    expect(exp.offers[4].paragraf).toBe('ABL § 105');
    const csv = join(dir, 'syntetisk.csv');
    writeFileSync(csv, bytes);
    const c = capture();
    expect(await run(['fill', '--from', csv, '--mapping', mapFile, '--driftsherre', 'Region Nordjylland', '--out', join(dir, 'csv-udfyldt.xlsx')], c.io)).toBe(
      0,
    );
    const sheet = await sheetOf(join(dir, 'csv-udfyldt.xlsx'));
    expect(sheet.blocks[9].y2!.takster.map((t) => t.value).filter((v) => v !== null)).toEqual(offers[9].rates);
  });

  it('reads UTF-8 with a BOM and "," separators with English decimals', () => {
    const text = '\ufeffTilbud,År,Takst 1,Takst 2,Belægning\r\nHus,2027,"1,234.5",99.5,98\r\n';
    const decoded = decodeText(Buffer.from(text, 'utf8'));
    expect(decoded.encoding).toBe('utf-8-bom');
    const exp = offersFromExport(
      { csv: decoded.text },
      parseMapping({ columns: { Tilbud: 'tilbud', År: 'year', 'Takst 1': 'takst1', 'Takst 2': 'takst2', Belægning: 'belaegning' }, locale: 'en' }),
    );
    expect(exp.offers[0].years[2027]).toEqual({ belaegning: 98, takster: [1234.5, 99.5] });
  });
});

describe('takst fill: bad and awkward input', () => {
  it('names a mapped column the file lacks', async () => {
    const csv = join(dir, 'mangler.csv');
    writeFileSync(csv, 'Tilbud;År\nHus;2027\n');
    const c = capture();
    expect(await run(['fill', '--from', csv, '--mapping', mapFile, '--driftsherre', 'Region Nordjylland', '--dry-run'], c.io)).toBe(2);
    expect(c.err.join('')).toMatch(/Kolonnen "Driftsherre" \(driftsherre\) findes ikke i filens første række/);
  });

  it('reports an 11th level and an unknown Takstenhed, and the reconciliation still balances', async () => {
    const csv = join(dir, 'niveauer.csv');
    const rows = ['Tilbud;Enhed;År;Niveau;Takst', ...Array.from({ length: 11 }, (_, i) => `Mange;Døgn;2027;${i + 1};${1000 + i}`), 'Ukendt;Kvartal;2027;1;500'];
    writeFileSync(csv, rows.join('\n'));
    const map = join(dir, 'niveauer.json');
    writeFileSync(map, JSON.stringify({ columns: { Tilbud: 'tilbud', Enhed: 'enhed', År: 'year', Niveau: 'level', Takst: 'rate' } }));
    const c = capture();
    expect(await run(['fill', '--from', csv, '--mapping', map, '--driftsherre', 'Region Nordjylland', '--dry-run'], c.io)).toBe(1);
    expect(c.text()).toContain('Afstemning: 12 rækker ind = 2 placeret + 9 lagt sammen med et tilbud + 1 rapporteret');
    expect(c.text()).toContain('række 12: Mange har et takstniveau 11; skemaet har plads til 10');
    expect(c.text()).toContain('række 13: Ukendt: enheden "Kvartal" findes ikke i skemaets liste og er ikke skrevet');
  });

  it('fills into a skema with typed values without overwriting them, and --overwrite does', async () => {
    const hobro = TEST_MUNICIPALITY_2026[1];
    const into = join(dir, 'typed-2026.xlsx');
    await saveWorkbook(
      buildFixture({
        driftsherre: 'Mariagerfjord Kommune',
        year: 2026,
        blocks: [{ ...hobro, y1: undefined, y2: { ...hobro.y1, pladser: 48 } }],
        spareBlocks: 4,
      }).workbook,
      into,
    );
    const old = join(dir, 'old-2026.xlsx');
    await saveWorkbook(buildOldWorkbook(), old);
    const c = capture();
    await run(['fill', '--from', old, '--into', into, '--out', join(dir, 'typed-filled.xlsx')], c.io);
    expect(c.text()).toMatch(/Pladser 2026: står 48, sidste år 50/);
    expect((await sheetOf(join(dir, 'typed-filled.xlsx'))).blocks[0].y2!.pladser.value).toBe(48);
    await run(['fill', '--from', old, '--into', into, '--out', join(dir, 'typed-over.xlsx'), '--overwrite'], capture().io);
    expect((await sheetOf(join(dir, 'typed-over.xlsx'))).blocks[0].y2!.pladser.value).toBe(50);
  });

  it('fills the seeds’ 2026 rows through the old-layout path', async () => {
    const old = join(dir, 'seeds-old.xlsx');
    await saveWorkbook(buildOldWorkbook(), old);
    const out = join(dir, 'seeds-filled.xlsx');
    await run(['fill', '--from', old, '--driftsherre', 'Mariagerfjord Kommune', '--out', out], capture().io);
    const sheet = await sheetOf(out);
    TEST_MUNICIPALITY_2026.slice(0, 2).forEach((seed, i) => {
      const y = sheet.blocks[i].y2!;
      expect([sheet.blocks[i].tilbud.value, sheet.blocks[i].afdeling.value]).toEqual([seed.tilbud, seed.afdeling]);
      expect(Math.abs(y.budget.value! - seed.y1!.budget!)).toBeLessThan(1);
      expect([y.pladser.value, y.belaegning.value, y.oh.value, y.basis.value]).toEqual([
        seed.y1!.pladser,
        seed.y1!.belaegning,
        seed.y1!.oh,
        seed.y1!.basis ?? null,
      ]);
    });
  });

  it('never writes over the export or the skema it fills', async () => {
    const old = join(dir, 'self.xlsx');
    await saveWorkbook(buildOldWorkbook(), old);
    expect(await run(['fill', '--from', old, '--driftsherre', 'Mariagerfjord Kommune', '--out', old], capture().io)).toBe(2);
    expect(readFileSync(old).length).toBeGreaterThan(0);
  });
});
