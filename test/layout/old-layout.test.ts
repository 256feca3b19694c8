// The old vertical 2026 skema: found by its header texts, offers from their Ydelse rows, the budget derived,
// the Lovgrundlag/Takstenhed mapped or reported, every row accounted for.
import ExcelJS from 'exceljs';
import { workbookToGrids } from '../../src/adapters/exceljs/grid';
import { workbookBytes } from '../../src/adapters/exceljs/write';
import { readOldSheet } from '../../src/core/layout/old-layout';
import { mapLovgrundlag, mapTakstenhed } from '../../src/core/model/mappings';
import { buildOldWorkbook, OLD_EXISTING } from '../fixtures/old-layout';
import { TEST_MUNICIPALITY_2026 } from '../fixtures/seeds';

async function read(wb: ExcelJS.Workbook) {
  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await workbookBytes(wb)) as unknown as ArrayBuffer);
  return readOldSheet(workbookToGrids(out)[0])!;
}

describe('the old 2026 skema', () => {
  it('finds the header, the year, the driftsherre and the offers in their sections', async () => {
    const s = await read(buildOldWorkbook());
    expect([s.year, s.headerRow, s.driftsherre]).toEqual([2026, 12, 'Mariagerfjord Kommune']);
    expect(s.offers.map((o) => [o.tilbud, o.section])).toEqual([
      ['Bo og Aktivitetstilbud Kærvej', 'Eksisterende socialaftale tilbud'],
      ['Aktivitetshuset Hobro', 'Eksisterende socialaftale tilbud'],
      ['Værkstedet Syntetisk', 'Tilbud, som ikke er en del af rammeaftalen, men som\nsælger pladser til andre kommuner'],
      ['Rådgivning Syntetisk', 'Nye tilbud anføres herunder'],
    ]);
    expect(s.rowsRead).toBe(OLD_EXISTING.length + 2);
  });

  it('derives Budget i alt = (Sum af omkostninger + Indtægter) × (1 + OH %) + Regulering, to the krone of the seeds', async () => {
    const s = await read(buildOldWorkbook());
    const [kaervej, hobro] = s.offers;
    expect(Math.abs(kaervej.budget! - TEST_MUNICIPALITY_2026[0].y1!.budget!)).toBeLessThan(1);
    expect(Math.abs(hobro.budget! - TEST_MUNICIPALITY_2026[1].y1!.budget!)).toBeLessThan(1);
    expect([hobro.pladser, hobro.belaegning, hobro.oh, hobro.regulering, hobro.basis, hobro.takster, hobro.previous]).toEqual([
      50,
      98,
      5.4,
      0,
      null,
      [332, 498],
      { year: 2025, pladser: 50, basis: null, time: null, takster: [320, 480] },
    ]);
  });

  it('keeps Basis and Time in the earlier year too, and reads a lone "Basistakst" as Takst 1', async () => {
    const bum = [
      {
        tilbud: 'Bostøtte Syntetisk',
        ydelse: 'Basis',
        takstenhed: 'Døgn',
        lovgrundlag: '§ 85',
        betalingsmodel: 'Takstbetaling',
        pladser2025: 10,
        pladser2026: 10,
        belaegning: 0.95,
        sum: 1_000_000,
        oh: 0.05,
        takst2025: 700,
        takst2026: 735,
      },
      { ydelse: 'Timepris', takstenhed: 'Time', takst2025: 320, takst2026: 330 },
      {
        tilbud: 'Syrenhuset',
        ydelse: 'Basistakst',
        takstenhed: 'Dag',
        lovgrundlag: 'SEL § 104',
        betalingsmodel: 'Takstbetaling',
        pladser2025: 24,
        pladser2026: 24,
        belaegning: 0.98,
        sum: 2_000_000,
        oh: 0.05,
        takst2025: 240,
        takst2026: 248,
      },
    ];
    const [b, syren] = (await read(buildOldWorkbook({ existing: bum, outside: [], fresh: [] }))).offers;
    expect([b.basis, b.time, b.takster, b.previous]).toEqual([735, 330, [], { year: 2025, pladser: 10, basis: 700, time: 320, takster: [] }]);
    expect([syren.basis, syren.takster, syren.previous?.takster]).toEqual([null, [248], [240]]);
  });

  it('turns the Ydelse rows into Basis, Time and the Takst levels in order', async () => {
    const [kaervej] = (await read(buildOldWorkbook())).offers;
    const seed = TEST_MUNICIPALITY_2026[0].y1!;
    expect([kaervej.basis, kaervej.time, kaervej.takster]).toEqual([seed.basis, seed.time, seed.takster]);
    expect([kaervej.paragraf, kaervej.enhed]).toEqual(['ABL § 105', 'Døgn']);
  });

  it('maps through the one table and reports what it cannot map, never guessing', async () => {
    const s = await read(buildOldWorkbook());
    const [, , outside, fresh] = s.offers;
    expect([outside.paragraf, outside.enhed]).toEqual([null, 'Stk.']);
    expect([fresh.paragraf, fresh.enhed]).toEqual(['SEL § 107', 'Trækningsret']);
    expect(s.problems.map((p) => p.reason)).toContain('Værkstedet Syntetisk: lovgrundlaget "SEL § 52" har ingen sikker oversættelse til skemaets liste');
    expect([mapLovgrundlag('§ 105'), mapLovgrundlag('SEL §§ 10-12'), mapLovgrundlag('§107'), mapLovgrundlag('SEL § 32')]).toEqual([
      'ABL § 105',
      'SEL § 10-12',
      'SEL § 107',
      null,
    ]);
    expect([mapTakstenhed('Styk'), mapTakstenhed('døgn'), mapTakstenhed('Kvartal')]).toEqual(['Stk.', 'Døgn', null]);
  });

  it('reports an offer with more than 10 levels by name', async () => {
    const many = [
      { tilbud: 'Mange niveauer', ydelse: 'N1', takstenhed: 'Døgn', lovgrundlag: 'SEL § 108', takst2026: 1 },
      ...Array.from({ length: 10 }, (_, i) => ({ ydelse: `N${i + 2}`, takst2026: i + 2 })),
    ];
    const s = await read(buildOldWorkbook({ existing: many }));
    expect(s.problems.map((p) => p.reason)).toContain('Mange niveauer har 11 ydelser; skemaet har plads til 10 takstniveauer (de første 10 er taget)');
  });

  it('is not fooled by a 2027-layout sheet or an empty one', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Tom');
    expect(readOldSheet(workbookToGrids(wb)[0])).toBeNull();
  });
});
