// The region types nothing (issue 19): last year's and this year's exports fill both years of every offer, a sheet
// with too few blocks gets the blocks it needs, last year's approved figures come first for year 1 with every
// difference shown, and the count of cells still to type is 0 apart from what only a person can write.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/port';
import { saveWorkbook } from '../../src/adapters/exceljs/write';
import { readWorkbook } from '../../src/core/layout/discover';
import { sealSnapshot, SNAPSHOT_SCHEMA_VERSION } from '../../src/core/model/snapshot';
import { combineExports, withApprovedYear1 } from '../../src/core/import/combine';
import { offersFromExport } from '../../src/core/import/export';
import { workbookToGrids } from '../../src/adapters/exceljs/read';
import { ratesFor, SYNTHETIC_MAPPING, SYNTHETIC_OPERATOR, syntheticCsv, syntheticOffers, syntheticOldWorkbook } from '../fixtures/synthetic-export';

const dir = mkdtempSync(join(tmpdir(), 'takst-region-'));
const e2026 = join(dir, 'eksport-2026.xlsx');
const e2027 = join(dir, 'eksport-2027.xlsx');
const offers = syntheticOffers();

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, text: () => out.join('\n'), err: () => err.join('\n') };
}

async function modelOf(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { wb, model: readWorkbook(await new ExcelJsWorkbook(wb).readGrids()) };
}

/** The 2026 budget as the old skema derives it: (Sum + Indtægter) × (1 + OH) + Regulering. */
const budget2026 = (o: (typeof offers)[number]) => Math.round(o.sum / 1.03) * (1 + o.oh / 100) + Math.round(o.regulering / 1.03);

beforeAll(async () => {
  await saveWorkbook(syntheticOldWorkbook(offers, { budgetYear: 2026, previous: true }), e2026);
  await saveWorkbook(syntheticOldWorkbook(offers, { budgetYear: 2027, previous: true }), e2027);
});

describe('takst fill --from last year’s export --from this year’s', () => {
  const out = join(dir, 'region.xlsx');
  let text = '';

  beforeAll(async () => {
    const c = capture();
    expect(await run(['fill', '--from', e2026, '--from', e2027, '--driftsherre', SYNTHETIC_OPERATOR, '--out', out], c.io)).toBe(0);
    text = c.text();
  });

  it('fills both years of all 60 offers: year 1 with its budget from the 2026 export, year 2 from the 2027 one', async () => {
    const { model } = await modelOf(out);
    const blocks = model.sheets[0].blocks.filter((b) => b.tilbud.value !== null);
    expect(blocks).toHaveLength(60);
    offers.forEach((o, i) => {
      const { y1, y2 } = blocks[i];
      expect([y1!.year.value, y2!.year.value]).toEqual([2026, 2027]);
      expect(Math.abs(y1!.budget.value! - budget2026(o))).toBeLessThan(1e-6);
      expect(y1!.takster.map((t) => t.value).filter((v) => v !== null)).toEqual(ratesFor(o, 2026));
      expect(y2!.takster.map((t) => t.value).filter((v) => v !== null)).toEqual(o.rates);
      expect([y1!.pladser.value, y1!.belaegning.value, y1!.oh.value]).toEqual([o.pladser, o.belaegning, o.oh]);
    });
  });

  it('accounts for every row of both files', () => {
    const rows = 2 * offers.reduce((n, o) => n + o.rates.length, 0);
    expect(text).toContain(`Afstemning: ${rows} rækker ind = 60 placeret + ${rows - 60} lagt sammen med et tilbud + 0 rapporteret`);
  });

  it('validates with no fejl caused by the fill, and counts 0 cells to type but the overhead of the year no file holds (listed)', async () => {
    const c = capture();
    await run(['validate', out, '--no-snapshot'], c.io);
    const fejl = c
      .text()
      .split('\n')
      .filter((l) => / fejl {6}/.test(l));
    // The header names 2025 and 2026 (as the draft's does): 2026 is proposed from the 2026 export's offers, 2025 no file holds.
    expect(fejl.map((l) => l.trim().split(/\s+/)[0])).toEqual(['Takster']);
    expect(fejl.join('\n')).toMatch(/Overhead driftsherre for 2025/);
    // Per block: Tilbud, Afdeling, §§, Enhed, and each year's Pladser, Belægning, Budget i alt, OH %, Takst 1; the header's
    // Driftsherre and two overhead cells.
    const count = `Udfyldt ${60 * 14 + 2} af ${60 * 14 + 3} felter · 1 celle mangler\n  Arkets hoved\n    E2  Overhead driftsherre 2025 (driftsherrens egne tal)`;
    expect(c.text()).toContain(count);
    expect(text).toContain(count);
  });
});

describe('takst fill --into a skema with fewer blocks than offers', () => {
  it('copies the sheet’s last block for the 55 offers that lack one, with its formulas, dropdowns and red text', async () => {
    const template = join(dir, 'fem-blokke.xlsx');
    const out = join(dir, 'fem-blokke-udfyldt.xlsx');
    expect(await run(['template', '--driftsherre', SYNTHETIC_OPERATOR, '--blocks', '5', '--out', template], capture().io)).toBe(0);
    const c = capture();
    expect(await run(['fill', '--from', e2026, '--from', e2027, '--into', template, '--out', out], c.io)).toBe(0);
    expect(c.text()).toContain('55 blokke tilføjet (kopier af skemaets sidste blok), så hvert tilbud har sin blok.');
    expect(c.text()).not.toContain('Ingen tom blok tilbage');
    const { wb, model } = await modelOf(out);
    const blocks = model.sheets[0].blocks;
    expect(blocks.map((b) => b.tilbud.value)).toEqual(offers.map((o) => o.tilbud));
    const last = blocks[59];
    // The Ændring row of the last copy computes from its own rows, and its §§ cell has the dropdown.
    const ws = wb.worksheets[0];
    const aendring = ws.getCell(last.aendring!.pladser.cell!).value as { formula: string };
    expect(aendring.formula).toBe(`IF(AND(ISNUMBER(E${last.y1!.row}),ISNUMBER(E${last.y2!.row})),E${last.y2!.row}-E${last.y1!.row},"")`);
    expect(ws.getCell(last.paragraf.cell!).dataValidation?.type).toBe('list');
    const cfs = (ws as unknown as { conditionalFormattings: Array<{ ref: string }> }).conditionalFormattings.map((cf) => cf.ref);
    expect(cfs).toContain(`F${last.y2!.row}`);
  });
});

describe('year 1 from the export and from last year’s approved figures', () => {
  const exp = () =>
    combineExports([
      {
        name: 'eksport-2026.xlsx',
        exp: offersFromExport({ grids: workbookToGrids(syntheticOldWorkbook(offers, { budgetYear: 2026, previous: true })) }, null),
      },
      {
        name: 'eksport-2027.xlsx',
        exp: offersFromExport({ grids: workbookToGrids(syntheticOldWorkbook(offers, { budgetYear: 2027, previous: true })) }, null),
      },
    ]);
  const snapshotWith = (change: (figures: Record<string, unknown>, i: number) => void) => {
    const c = exp();
    return sealSnapshot({
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      budgetYear: 2026,
      source: 'test',
      createdAt: '2026-11-29T00:00:00.000Z',
      partial: false,
      note: 'test',
      operators: [
        {
          driftsherre: SYNTHETIC_OPERATOR,
          offers: c.offers.slice(0, 3).map((o, i) => {
            const figures = JSON.parse(JSON.stringify(o.years[2026])) as Record<string, unknown>;
            change(figures, i);
            return { tilbud: o.tilbud, afdeling: o.afdeling, paragraf: o.paragraf, enhed: o.enhed, figures };
          }),
        },
      ],
    } as never);
  };

  it('agree when both have the offer: nothing to show, the same figures written', () => {
    const c = exp();
    const r = withApprovedYear1(
      c.offers,
      snapshotWith(() => undefined),
      SYNTHETIC_OPERATOR,
    );
    expect(r.approved).toBe(3);
    expect(r.differences).toEqual([]);
    expect(r.offers.map((o) => o.years[2026])).toEqual(c.offers.map((o) => o.years[2026]));
  });

  it('differ: the approved figure is written and the difference named, never silently', async () => {
    const snap = snapshotWith((f, i) => {
      if (i === 1) (f.takster as number[])[0] = 999;
    });
    const r = withApprovedYear1(exp().offers, snap, SYNTHETIC_OPERATOR);
    expect(r.differences).toEqual([
      expect.objectContaining({
        tilbud: 'Syntetisk tilbud 02',
        year: 2026,
        field: 'Takst 1',
        kept: 999,
        keptFrom: 'sidste års godkendte tal',
        other: ratesFor(offers[1], 2026)[0],
      }),
    ]);
    expect(r.offers[1].years[2026].takster?.[0]).toBe(999);
    // The same through the command: the difference is printed, and the approved figure is in the sheet.
    const file = join(dir, 'snapshot.json');
    writeFileSync(file, JSON.stringify(snap));
    const c = capture();
    const out = join(dir, 'med-snapshot.xlsx');
    await run(['fill', '--from', e2026, '--from', e2027, '--driftsherre', SYNTHETIC_OPERATOR, '--snapshot', file, '--out', out], c.io);
    expect(c.text()).toContain(`Syntetisk tilbud 02 2026, Takst 1: 999 (sidste års godkendte tal), ikke ${ratesFor(offers[1], 2026)[0]} (eksport-2026.xlsx)`);
    const { model } = await modelOf(out);
    expect(model.sheets[0].blocks[1].y1!.takster[0].value).toBe(999);
  });

  it('from this year’s export alone: year 1’s places and rates from its earlier-year columns, its budget listed as missing', async () => {
    const c = capture();
    const out = join(dir, 'kun-2027.xlsx');
    expect(await run(['fill', '--from', e2027, '--driftsherre', SYNTHETIC_OPERATOR, '--out', out], c.io)).toBe(0);
    const { model } = await modelOf(out);
    const b = model.sheets[0].blocks[0];
    expect(b.y1!.takster.map((t) => t.value).filter((v) => v !== null)).toEqual(ratesFor(offers[0], 2026));
    expect(b.y1!.pladser.value).toBe(offers[0].pladser);
    expect(b.y1!.budget.value).toBeNull();
    expect(c.text()).toMatch(/Blok 1: Syntetisk tilbud 01\n {4}\w+\d+ {2}Belægning 2026 \(tal for 2026\)/);
  });
});

describe('a tidy table with a year column', () => {
  it('fills both years through the same mapping', async () => {
    const csv = join(dir, 'to-aar.csv');
    const map = join(dir, 'map.json');
    writeFileSync(csv, syntheticCsv(offers, [2026, 2027]));
    writeFileSync(map, JSON.stringify(SYNTHETIC_MAPPING));
    const out = join(dir, 'to-aar.xlsx');
    const c = capture();
    expect(await run(['fill', '--from', csv, '--mapping', map, '--driftsherre', SYNTHETIC_OPERATOR, '--out', out], c.io)).toBe(0);
    const { model } = await modelOf(out);
    const b = model.sheets[0].blocks[9];
    expect(b.y1!.takster.map((t) => t.value).filter((v) => v !== null)).toEqual(ratesFor(offers[9], 2026));
    expect(b.y2!.takster.map((t) => t.value).filter((v) => v !== null)).toEqual(offers[9].rates);
    // The 2026 overhead in the header is proposed from the table's 2026 rows, named as computed; 2025 is left to type.
    expect(c.text()).toMatch(/Arkets hoved E3: Overhead driftsherre 2026 = \d+,\d{2} % \(beregnet: gennemsnit af 60 tilbuds OH %\)/);
    expect(c.text()).toContain('· 1 celle mangler');
    expect(model.sheets[0].overheadDriftsherre.y2.value).toBeCloseTo(offers.reduce((s, o) => s + (o.oh ?? 0), 0) / offers.length, 2);
  });
});
