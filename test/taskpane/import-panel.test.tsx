/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// "Indlæs fra fil" in the pane: a Windows-1252 CSV and its mapping read in the pane, plan and reconciliation shown,
// applied in one write.
import { screen, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { installDomShims, renderTaskPane } from './dom';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { workbookToGrids } from '../../src/adapters/exceljs/grid';
import { workbookBytes } from '../../src/adapters/exceljs/write';
import { readWorkbook } from '../../src/core/layout/discover';
import { buildFixture } from '../fixtures/builder';
import { ratesFor, SYNTHETIC_MAPPING, syntheticCsv, syntheticOffers, syntheticOldWorkbook, windows1252 } from '../fixtures/synthetic-export';
import { CORPUS } from '../corpus/cases';

installDomShims();

/** The pane on an empty Region Nordjylland skema with this many blocks, at the Indlæs fra fil tab. */
async function openImport(blocks: number, driftsherre = 'Region Nordjylland') {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await workbookBytes(buildFixture({ driftsherre, blocks: [], spareBlocks: blocks }).workbook)) as unknown as ArrayBuffer);
  const port = new MemoryWorkbook(workbookToGrids(wb));
  const { user, container } = renderTaskPane(port);
  await user.click(screen.getByRole('tab', { name: 'Indlæs fra fil' }));
  // The tab is loaded when first opened.
  await screen.findByRole('region', { name: 'Indlæs fra fil' });
  const inputs = Array.from(container.querySelectorAll<HTMLInputElement>('section[aria-label="Indlæs fra fil"] input[type=file]'));
  return { port, user, inputs };
}

describe('Indlæs fra fil', () => {
  it('reads the export and its mapping, shows the reconciliation, fills in one write', async () => {
    const offers = syntheticOffers(6);
    const {
      port,
      user,
      inputs: [exportInput, mappingInput],
    } = await openImport(8);
    await user.upload(exportInput, new File([new Uint8Array(windows1252(syntheticCsv(offers)))], 'syntetisk.csv', { type: 'text/csv' }));
    await user.upload(mappingInput, new File([JSON.stringify(SYNTHETIC_MAPPING)], 'kolonner.json', { type: 'application/json' }));
    await user.click(screen.getByRole('button', { name: 'Indlæs fra fil' }));
    const rows = offers.reduce((n, o) => n + o.rates.length, 0);
    expect(await screen.findByText(new RegExp(`Afstemning: ${rows} rækker ind = 6 placeret`))).toBeTruthy();
    expect(screen.getByText('Syntetisk tilbud 01 → blok 1 (ny blok)')).toBeTruthy();
    // A 2027-only table: the pane says 2026 is not covered, and what to do, before anything is written.
    expect(screen.getByText('Filerne dækker ikke 2026')).toBeTruthy();
    expect(screen.getByText(/Filerne dækker kun 2027: indlæs også sidste års eksport for 2026 \(vælg filerne sammen\)/)).toBeTruthy();
    expect(port.writeCount).toBe(0);
    await user.click(screen.getByRole('button', { name: /^Udfyld \d+ celler$/ }));
    expect(await screen.findByText(/celler udfyldt fra syntetisk.csv/)).toBeTruthy();
    expect(port.writeCount).toBe(1);
    const sheet = readWorkbook(await port.readGrids()).sheets[0];
    expect(sheet.blocks[5].y2!.takster.map((t) => t.value).filter((v) => v !== null)).toEqual(offers[5].rates);
    // The prefill tab now offers to undo this write too; here it is undone at once.
    await user.click(screen.getByRole('tab', { name: 'Udfyld sidste år' }));
    expect(await screen.findByRole('button', { name: /^Fortryd udfyldning/ }, { timeout: 30_000 })).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Indlæs fra fil' }));
    await user.click(screen.getByRole('button', { name: 'Fortryd indlæsningen' }));
    expect(await screen.findByText(/^Fortrudt: \d+ celler har deres tidligere indhold igen\.$/)).toBeTruthy();
    expect(readWorkbook(await port.readGrids()).sheets[0].blocks.every((b) => b.tilbud.value === null)).toBe(true);
    expect(port.writeCount).toBe(2);
  });

  it('matches a CSV’s columns in the pane when it has no mapping: guessed, changeable, remembered, downloadable', async () => {
    localStorage.clear();
    const offers = syntheticOffers(3);
    const {
      user,
      inputs: [exportInput],
    } = await openImport(4);
    await user.upload(exportInput, new File([new Uint8Array(windows1252(syntheticCsv(offers)))], 'udtraek.csv'));
    await user.click(screen.getByRole('button', { name: 'Indlæs fra fil' }));
    const step = await screen.findByRole('region', { name: 'Kolonner i tabellen' });
    // Guessed from the headers: every column of the synthetic table, as its mapping file says.
    const select = (field: string) => step.querySelector<HTMLSelectElement>(`select[name="${field}"]`)!;
    expect(select('tilbud').value).toBe('Tilbud');
    expect(select('year').value).toBe('År');
    expect(select('rate').value).toBe('Takst');
    expect(select('oh').value).toBe('OH');
    const link = await within(step).findByRole('link', { name: /Gem valget som fil \(kolonner\.json\)/ });
    expect(link.getAttribute('download')).toBe('kolonner.json');
    // Danish labels only: no internal field name and no command-line option where a user reads.
    expect(step.textContent).not.toMatch(/--mapping|takst fill|\btakst\d+\b|\bbelaegning\b|\bsaerlige/);
    // Each dropdown is labelled (the field's name) for a screen reader.
    expect(within(step).getByLabelText('Tilbud (skal vælges)')).toBe(select('tilbud'));
    // A choice the user changes is kept: Regulering not read.
    await user.selectOptions(select('regulering'), '');
    await user.click(within(step).getByRole('button', { name: 'Brug kolonnerne' }));
    const rows = offers.reduce((n, o) => n + o.rates.length, 0);
    expect(await screen.findByText(new RegExp(`Afstemning: ${rows} rækker ind = 3 placeret`))).toBeTruthy();
    const saved = Object.keys(localStorage).filter((k) => k.startsWith('takstskema:kolonner:'));
    expect(saved).toHaveLength(1);
    expect(JSON.parse(localStorage.getItem(saved[0])!)).toEqual({
      ...Object.fromEntries(Object.entries(SYNTHETIC_MAPPING.columns).filter(([h]) => h !== 'Regulering')),
    });
  });

  it('gives a tidy table saved as .xlsx the same matching step, and refuses a .txt that is no table', async () => {
    localStorage.clear();
    const offers = syntheticOffers(3);
    const csvRows = syntheticCsv(offers)
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '')
      .map((l) => l.split(';'));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Udtræk');
    for (const r of csvRows) ws.addRow(r);
    const {
      port,
      user,
      inputs: [exportInput],
    } = await openImport(4);
    await user.upload(exportInput, new File([new Uint8Array(await workbookBytes(wb))], 'udtraek.xlsx'));
    await user.click(screen.getByRole('button', { name: 'Indlæs fra fil' }));
    const step = await screen.findByRole('region', { name: 'Kolonner i tabellen' });
    expect(step.querySelector<HTMLSelectElement>('select[name="tilbud"]')!.value).toBe('Tilbud');
    expect(screen.queryByText(/giv en kolonneoversættelse/)).toBeNull();
    await user.click(within(step).getByRole('button', { name: 'Annullér' }));
    await user.upload(exportInput, new File(['hej\n'], 'noter.txt', { type: 'text/plain' }));
    await user.click(screen.getByRole('button', { name: 'Indlæs fra fil' }));
    expect(await screen.findByText(/noter\.txt er ikke en tabel/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Kolonner i tabellen' })).toBeNull();
    expect(port.writeCount).toBe(0);
  });

  it.each([
    ['zip-bombe', /udpakker til mere end 400 MB/],
    ['adgangskode', /adgangskodebeskyttet/],
    ['tekst-omdoebt', /ikke en Excel-arbejdsbog/],
    ['afkortet', /beskadiget/],
    ['beskadiget-midte', /beskadiget/],
    ['csv-binaer', /ikke en tekstfil/],
    ['csv-tom', /er tom/],
  ])('refuses the corpus file %s with a Danish sentence, before loading it', async (id, message) => {
    const c = CORPUS.find((x) => x.id === id)!;
    const port = new MemoryWorkbook([{ name: 'Ark1', cells: [], merges: [] }]);
    const { user, container } = renderTaskPane(port);
    await user.click(screen.getByRole('tab', { name: 'Indlæs fra fil' }));
    await screen.findByRole('region', { name: 'Indlæs fra fil' });
    const [exportInput, mappingInput] = Array.from(container.querySelectorAll<HTMLInputElement>('section[aria-label="Indlæs fra fil"] input[type=file]'));
    await user.upload(exportInput, new File([new Uint8Array(await c.build())], c.file));
    await user.upload(mappingInput, new File([JSON.stringify(SYNTHETIC_MAPPING)], 'kolonner.json', { type: 'application/json' }));
    await user.click(screen.getByRole('button', { name: 'Indlæs fra fil' }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(port.writeCount).toBe(0);
  });
});

describe('Indlæs fra fil into another operator’s skema', () => {
  it('warns that the file is the region’s and the skema Mariagerfjord’s before anything is written', async () => {
    const offers = syntheticOffers(3);
    const {
      port,
      user,
      inputs: [exportInput],
    } = await openImport(2, 'Mariagerfjord Kommune');
    const file = new File([new Uint8Array(await workbookBytes(syntheticOldWorkbook(offers, { budgetYear: 2027, previous: true })))], 'region-2027.xlsx');
    await user.upload(exportInput, [file]);
    await user.click(screen.getByRole('button', { name: 'Indlæs fra fil' }));
    expect(await screen.findByText('Udtrækket er fra en anden driftsherre')).toBeTruthy();
    expect(screen.getByText(/region-2027\.xlsx er Region Nordjyllands udtræk, men skemaet er Mariagerfjord Kommunes/)).toBeTruthy();
    expect(port.writeCount).toBe(0);
  });
});

describe('Indlæs fra fil, long work', () => {
  /** A picked file whose bytes arrive only when the test says so (a big file on a slow disk). */
  function slowFile(bytes: Uint8Array, name: string) {
    const file = new File([new Uint8Array(bytes)], name);
    let release!: () => void;
    const arrived = new Promise<void>((r) => (release = r));
    Object.defineProperty(file, 'arrayBuffer', {
      value: async () => (await arrived, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
    });
    return { file, release };
  }

  it('shows which file of how many it reads, with a bar, and Annullér stops it with nothing written', async () => {
    const offers = syntheticOffers(3);
    const {
      port,
      user,
      inputs: [exportInput],
    } = await openImport(3);
    const bytes = async (year: number) => new Uint8Array(await workbookBytes(syntheticOldWorkbook(offers, { budgetYear: year, previous: true })));
    const first = slowFile(await bytes(2026), 'eksport-2026.xlsx');
    const second = slowFile(await bytes(2027), 'eksport-2027.xlsx');
    await user.upload(exportInput, [first.file, second.file]);
    await user.click(screen.getByRole('button', { name: 'Indlæs fra fil' }));
    const bar = await screen.findByRole('progressbar', { name: 'Læser fil 1 af 2: eksport-2026.xlsx …' });
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('3');
    first.release();
    expect(await screen.findByRole('progressbar', { name: 'Læser fil 2 af 2: eksport-2027.xlsx …' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Annullér' }));
    expect(await screen.findByText('Indlæsningen er annulleret. Intet er skrevet i skemaet.')).toBeTruthy();
    second.release();
    await new Promise((r) => setTimeout(r, 50));
    // The reading that was cancelled shows no plan when its file arrives, and nothing was written.
    expect(screen.queryByRole('button', { name: /^Udfyld \d+ celler$/ })).toBeNull();
    expect(screen.queryByText(/Afstemning/)).toBeNull();
    expect(screen.getByText('Indlæsningen er annulleret. Intet er skrevet i skemaet.')).toBeTruthy();
    expect(port.writeCount).toBe(0);
  });
});

describe('Indlæs fra fil with two exports into a sheet with too few blocks (issue 19)', () => {
  it('fills both years from last year’s and this year’s export after adding the blocks the offers lack', async () => {
    const offers = syntheticOffers(12);
    const {
      port,
      user,
      inputs: [exportInput],
    } = await openImport(5);
    const file = async (year: number) =>
      new File([new Uint8Array(await workbookBytes(syntheticOldWorkbook(offers, { budgetYear: year, previous: true })))], `eksport-${year}.xlsx`);
    await user.upload(exportInput, [await file(2026), await file(2027)]);
    await user.click(screen.getByRole('button', { name: 'Indlæs fra fil' }));
    expect(await screen.findByText('7 tilbud mangler en blok')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Tilføj 7 blokke' }));
    const rows = 2 * offers.reduce((n, o) => n + o.rates.length, 0);
    expect(
      await screen.findByText(new RegExp(`Afstemning: ${rows} rækker ind = 12 placeret \\+ ${rows - 12} lagt sammen med et tilbud \\+ 0 rapporteret`)),
    ).toBeTruthy();
    expect(screen.queryByText(/mangler en blok/)).toBeNull();
    expect(screen.queryByText(/Filerne dækker ikke/)).toBeNull(); // both years given
    // The header's 2026 overhead is proposed from the 2026 export, shown as computed before anything is written.
    expect(screen.getByRole('list', { name: 'Arkets hoved' }).textContent).toMatch(
      /Overhead driftsherre 2026 = \d+,\d{2} % \(beregnet: gennemsnit af 12 tilbuds OH %\)/,
    );
    await user.click(screen.getByRole('button', { name: /^Udfyld \d+ celler$/ }));
    expect(await screen.findByText(/celler udfyldt fra eksport-2026.xlsx og eksport-2027.xlsx/)).toBeTruthy();
    const sheet = readWorkbook(await port.readGrids()).sheets[0];
    expect(sheet.blocks).toHaveLength(12);
    const last = sheet.blocks[11];
    expect(last.y1!.takster.map((t) => t.value).filter((v) => v !== null)).toEqual(ratesFor(offers[11], 2026));
    expect(last.y2!.takster.map((t) => t.value).filter((v) => v !== null)).toEqual(offers[11].rates);
    expect(last.y1!.budget.value).not.toBeNull();
    // Fortryd puts the cells back and says plainly that the 7 added blocks stay, and why.
    await user.click(screen.getByRole('button', { name: 'Fortryd indlæsningen' }));
    expect(await screen.findByText(/De 7 blokke, indlæsningen tilføjede, bliver stående, fordi Fortryd kun sætter celler tilbage/)).toBeTruthy();
    expect(readWorkbook(await port.readGrids()).sheets[0].blocks[11].y2!.takster[0].value).toBeNull();
  });
});
