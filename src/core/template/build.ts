// The 2027 takstskema as the draft lays it out: sheet header, N blocks, colour roles, live Ændring formulas.
import { a1, colLetters } from '../grid';
import { TAKST_LEVELS } from '../model/takstskema';
import { ENHEDER, PARAGRAFFER } from '../model/lists';
import { DRAFT_HEADERS, takstKey, type ColumnKey } from '../layout/columns';
import { ROLE_TEXTS, type CellRole, type CellSpec, type SheetSpec, type WorkbookSpec } from './spec';
import { buildGuideSheet } from './guide';

export interface TemplateOptions {
  driftsherre: string;
  /** The reporting year (year 2, "kommende år"); year 1 is the year before. */
  year: number;
  blocks: number;
  /** P/L percent numbers (3.1 for 3,10 %); the draft's figures for 2027 when not given. */
  plKommuner?: number | null;
  plRegioner?: number | null;
  /** Threshold cells: percentage points above P/L, and occupancy percent. */
  thresholdRatePp?: number;
  thresholdOccupancyPct?: number;
  sheetName?: string;
  /** Where the sheet starts (0-based); the draft starts at A1. Tests move it to prove the reader does not care. */
  origin?: { row: number; col: number };
  /** Blank rows between blocks. */
  gapRows?: number;
  /** Extra column headers after Bemærkning, as a real workbook may have. */
  extraColumns?: string[];
  /** Include the "Vejledning" sheet. */
  guide?: boolean;
}

export interface BlockLayout {
  headerRow: number;
  y1Row: number;
  y2Row: number;
  changeRow: number;
  saerligeRow: number;
  saerligeValueCol: number;
  /** Column of the Særlige forhold and places labels. */
  labelCol: number;
  anvendteRow: number;
  solgteRow: number;
}

export interface TemplateLayout {
  sheetName: string;
  year1: number;
  year2: number;
  columns: Record<ColumnKey, number>;
  header: {
    driftsherre: { row: number; col: number };
    overheadY1: { row: number; col: number };
    overheadY2: { row: number; col: number };
    plKommuner: { row: number; col: number };
    plRegioner: { row: number; col: number };
    thresholdRate: { row: number; col: number };
    thresholdOccupancy: { row: number; col: number };
  };
  blocks: BlockLayout[];
}

/** The draft's P/L for the 2027 reporting (June 2026 figures): kommuner 3,10 %, regioner 2,46 %. */
const DRAFT_PL_2027 = { kommuner: 3.1, regioner: 2.46 };

const FMT = {
  int: '#,##0',
  dec2: '#,##0.00',
  places: '#,##0.##;-#,##0.##;0',
  pct1: '0.0%',
  pct2: '0.00%',
  diff: '#,##0;-#,##0;0',
  changePct: '+0.0%;-0.0%;0.0%',
};

export const BLOCK_HEIGHT = 7;

export function buildTemplate(opts: TemplateOptions): { spec: WorkbookSpec; layout: TemplateLayout } {
  if (!Number.isInteger(opts.year) || opts.year < 2000 || opts.year > 2100) throw new RangeError(`Ugyldigt år: ${opts.year}`);
  if (!Number.isInteger(opts.blocks) || opts.blocks < 1 || opts.blocks > 5000) throw new RangeError(`Antal blokke skal være 1-5000: ${opts.blocks}`);
  const r0 = opts.origin?.row ?? 0;
  const c0 = opts.origin?.col ?? 0;
  const gap = opts.gapRows ?? 1;
  const year2 = opts.year;
  const year1 = opts.year - 1;
  const firstYear = year2 <= 2027;
  const y1Role: CellRole = firstYear ? 'input' : 'prefilled';
  const sheetName = opts.sheetName ?? `Takster ${year2}`;

  const columns = {} as Record<ColumnKey, number>;
  DRAFT_HEADERS.forEach((h, i) => (columns[h.key] = c0 + i));
  const lastCol = c0 + DRAFT_HEADERS.length - 1;
  const extra = opts.extraColumns ?? [];

  const cells: CellSpec[] = [];
  const merges: string[] = [];
  const put = (cell: CellSpec) => cells.push(cell);
  const range = (r1: number, c1: number, r2: number, c2: number) => `${a1(r1, c1)}:${a1(r2, c2)}`;

  // Sheet header.
  const plDefault = year2 === 2027 ? DRAFT_PL_2027 : { kommuner: null, regioner: null };
  const plK = opts.plKommuner !== undefined ? opts.plKommuner : plDefault.kommuner;
  const plR = opts.plRegioner !== undefined ? opts.plRegioner : plDefault.regioner;
  const header: TemplateLayout['header'] = {
    driftsherre: { row: r0, col: c0 },
    overheadY1: { row: r0 + 1, col: c0 + 4 },
    overheadY2: { row: r0 + 2, col: c0 + 4 },
    plKommuner: { row: r0, col: c0 + 8 },
    plRegioner: { row: r0 + 1, col: c0 + 8 },
    thresholdRate: { row: r0, col: c0 + 10 },
    thresholdOccupancy: { row: r0 + 1, col: c0 + 10 },
  };
  put({ row: r0, col: c0, value: opts.driftsherre, role: 'input', bold: true, size: 14, border: true });
  merges.push(range(r0, c0, r0, c0 + 1));
  put({ row: r0, col: c0 + 3, value: 'Overhead driftsherre (rammeaftaletilbud)', role: 'constant', bold: true, wrap: true, border: true });
  merges.push(range(r0, c0 + 3, r0, c0 + 5));
  // The operator's overhead for the two last years with accounts, as the draft writes them (2025 and 2026 for 2027).
  put({ row: r0 + 1, col: c0 + 3, value: year2 - 2, role: 'constant', border: true, align: 'center' });
  put({ row: r0 + 2, col: c0 + 3, value: year2 - 1, role: 'constant', border: true, align: 'center' });
  put({ row: r0 + 1, col: c0 + 4, value: null, role: 'input', numFmt: FMT.pct2, border: true });
  put({ row: r0 + 2, col: c0 + 4, value: null, role: 'input', numFmt: FMT.pct2, border: true });
  put({ row: r0, col: c0 + 7, value: 'P/L - Kommuner', role: 'constant', bold: true, border: true });
  put({ row: r0 + 1, col: c0 + 7, value: 'P/L - Regioner', role: 'constant', bold: true, border: true });
  put({ row: r0, col: c0 + 8, value: plK === null ? null : plK / 100, role: 'prefilled', numFmt: FMT.pct2, border: true });
  put({ row: r0 + 1, col: c0 + 8, value: plR === null ? null : plR / 100, role: 'prefilled', numFmt: FMT.pct2, border: true });
  put({ row: r0, col: c0 + 10, value: (opts.thresholdRatePp ?? 2) / 100, role: 'constant', numFmt: FMT.pct1, border: true });
  put({ row: r0, col: c0 + 11, value: 'Grænseværdi for krav om bemærkning - Takststigning over P/L', role: 'constant' });
  merges.push(range(r0, c0 + 11, r0, c0 + 17));
  put({ row: r0 + 1, col: c0 + 10, value: (opts.thresholdOccupancyPct ?? 95) / 100, role: 'constant', numFmt: FMT.pct1, border: true });
  put({ row: r0 + 1, col: c0 + 11, value: 'Grænseværdi for krav om bemærkning - Belægningsprocent', role: 'constant' });
  merges.push(range(r0 + 1, c0 + 11, r0 + 1, c0 + 17));

  // Colour legend, as the draft shows it above the blocks.
  put({ row: r0 + 3, col: c0, value: 'Farver i takstskema', bold: true });
  const roles: CellRole[] = ['constant', 'prefilled', 'input', 'locked'];
  roles.forEach((role, i) => {
    const col = c0 + 1 + i * 3;
    put({ row: r0 + 3, col, value: ROLE_TEXTS[role], role, wrap: true, border: true, valign: 'middle' });
    merges.push(range(r0 + 3, col, r0 + 3, col + 2));
  });
  put({ row: r0 + 4, col: c0, italic: true, value: firstYear
    ? `*Dog ikke første år (${year1}-${year2}): her udfylder kommunerne og regionen selv alle blå felter, også ${year1}.`
    : '*Forudfyldes af sekretariatet med sidste års godkendte tal.' });

  const rowHeights: Record<number, number> = { [r0 + 3]: 30 };
  const redText: SheetSpec['redText'] = [];
  const validations: SheetSpec['validations'] = [];
  const blocks: BlockLayout[] = [];
  const plRef = `IF(ISNUMBER(SEARCH("region",${abs(header.driftsherre)})),${abs(header.plRegioner)},${abs(header.plKommuner)})`;

  let r = r0 + 6;
  for (let b = 0; b < opts.blocks; b++) {
    const L: BlockLayout = {
      headerRow: r,
      y1Row: r + 1,
      y2Row: r + 2,
      changeRow: r + 3,
      saerligeRow: r + 4,
      saerligeValueCol: c0 + 3,
      labelCol: c0,
      anvendteRow: r + 5,
      solgteRow: r + 6,
    };
    blocks.push(L);
    rowHeights[L.headerRow] = 30;
    // Header row.
    for (const h of DRAFT_HEADERS) put({ row: L.headerRow, col: columns[h.key], value: h.text, role: 'constant', bold: true, wrap: true, border: true, align: 'center', valign: 'middle' });
    extra.forEach((t, i) => put({ row: L.headerRow, col: lastCol + 1 + i, value: t, role: 'constant', bold: true, border: true }));

    // Year rows.
    for (const [row, year, role] of [[L.y1Row, year1, y1Role], [L.y2Row, year2, 'input']] as Array<[number, number, CellRole]>) {
      put({ row, col: columns.aar, value: year, role: 'constant', border: true, align: 'center' });
      put({ row, col: columns.pladser, role, numFmt: FMT.places, border: true });
      put({ row, col: columns.belaegning, role, numFmt: FMT.pct1, border: true });
      put({ row, col: columns.budget, role, numFmt: FMT.int, border: true });
      put({ row, col: columns.regulering, role, numFmt: FMT.int, border: true });
      put({ row, col: columns.oh, role, numFmt: FMT.pct1, border: true });
      put({ row, col: columns.basis, role, numFmt: FMT.int, border: true });
      put({ row, col: columns.time, role, numFmt: FMT.dec2, border: true });
      for (let i = 1; i <= TAKST_LEVELS; i++) put({ row, col: columns[takstKey(i)], role, numFmt: FMT.int, border: true });
      put({ row, col: columns.tomgang, role, numFmt: FMT.places, border: true });
      redText.push({ range: a1(row, columns.belaegning), formula: `AND(ISNUMBER(${a1(row, columns.belaegning)}),${a1(row, columns.belaegning)}<${abs(header.thresholdOccupancy)})` });
    }
    // Block identity and remark: merged over both year rows, value in the top-left cell.
    for (const key of ['tilbud', 'afdeling', 'paragraf', 'enhed', 'bemaerkning'] as ColumnKey[]) {
      const c = columns[key];
      put({ row: L.y1Row, col: c, role: 'input', wrap: true, border: true, valign: 'top' });
      put({ row: L.y2Row, col: c, role: 'input', border: true });
      merges.push(range(L.y1Row, c, L.y2Row, c));
    }
    validations.push({ row: L.y1Row, col: columns.paragraf, list: PARAGRAFFER, title: 'Lovgrundlag (§§)', message: 'Vælg lovgrundlaget fra listen.' });
    validations.push({ row: L.y1Row, col: columns.enhed, list: ENHEDER, title: 'Takstenhed', message: 'Vælg enheden fra listen.' });

    // Ændring: live formulas.
    put({ row: L.changeRow, col: columns.aar, value: 'Ændring', role: 'constant', bold: true, border: true });
    const y1 = (c: number) => a1(L.y1Row, c);
    const y2 = (c: number) => a1(L.y2Row, c);
    const diff = (c: number) => `IF(AND(ISNUMBER(${y1(c)}),ISNUMBER(${y2(c)})),${y2(c)}-${y1(c)},"")`;
    const pct = (c: number) => `IF(AND(ISNUMBER(${y1(c)}),ISNUMBER(${y2(c)}),${y1(c)}<>0),${y2(c)}/${y1(c)}-1,"")`;
    put({ row: L.changeRow, col: columns.pladser, formula: diff(columns.pladser), role: 'constant', numFmt: FMT.places, border: true });
    put({ row: L.changeRow, col: columns.belaegning, formula: diff(columns.belaegning), role: 'constant', numFmt: FMT.pct1, border: true });
    put({ row: L.changeRow, col: columns.budget, formula: diff(columns.budget), role: 'constant', numFmt: FMT.diff, border: true });
    put({ row: L.changeRow, col: columns.regulering, formula: diff(columns.regulering), role: 'constant', numFmt: FMT.diff, border: true });
    put({ row: L.changeRow, col: columns.oh, formula: diff(columns.oh), role: 'constant', numFmt: FMT.pct1, border: true });
    const rateCols = [columns.basis, columns.time, ...Array.from({ length: TAKST_LEVELS }, (_, i) => columns[takstKey(i + 1)])];
    for (const c of rateCols) put({ row: L.changeRow, col: c, formula: pct(c), role: 'constant', numFmt: FMT.changePct, border: true });
    const firstRate = a1(L.changeRow, columns.basis);
    redText.push({
      range: `${firstRate}:${a1(L.changeRow, columns.takst10)}`,
      formula: `AND(ISNUMBER(${firstRate}),${firstRate}>${plRef}+${abs(header.thresholdRate)})`,
    });
    for (const c of [columns.tilbud, columns.afdeling, columns.paragraf, columns.enhed, columns.tomgang, columns.bemaerkning]) {
      put({ row: L.changeRow, col: c, role: 'locked', border: true });
    }

    // Særlige forhold vedrørende tilbuddet.
    put({ row: L.saerligeRow, col: c0, value: 'Særlige forhold vedrørende tilbuddet', role: 'constant', bold: true, wrap: true, border: true });
    merges.push(range(L.saerligeRow, c0, L.saerligeRow, c0 + 2));
    put({ row: L.saerligeRow, col: L.saerligeValueCol, role: 'input', wrap: true, border: true, valign: 'top' });
    merges.push(range(L.saerligeRow, L.saerligeValueCol, L.saerligeRow, lastCol));
    rowHeights[L.saerligeRow] = 30;

    // Places per tariff level.
    for (const [row, text] of [[L.anvendteRow, `Anvendte pladser - ${year2}`], [L.solgteRow, `Heraf solgte pladser - ${year2}`]] as Array<[number, string]>) {
      put({ row, col: c0, value: text, role: 'constant', bold: true, border: true });
      merges.push(range(row, c0, row, c0 + 2));
      for (let c = c0 + 3; c <= lastCol; c++) {
        const isLevel = c >= columns.takst1 && c <= columns.takst10;
        put({ row, col: c, role: isLevel ? 'input' : 'locked', numFmt: isLevel ? FMT.places : undefined, border: true });
      }
    }
    r += BLOCK_HEIGHT + gap;
  }

  const columnWidths: Record<number, number> = {};
  const widths: Partial<Record<ColumnKey, number>> = {
    tilbud: 28, afdeling: 24, paragraf: 14, aar: 9, pladser: 9, belaegning: 11, budget: 14, regulering: 12, oh: 8,
    enhed: 12, basis: 9, time: 10, tomgang: 9, bemaerkning: 44,
  };
  for (const h of DRAFT_HEADERS) columnWidths[columns[h.key]] = widths[h.key] ?? 9;
  extra.forEach((_, i) => (columnWidths[lastCol + 1 + i] = 16));

  const sheet: SheetSpec = {
    name: sheetName,
    cells,
    merges,
    validations,
    redText,
    columnWidths,
    rowHeights,
    freeze: { rows: r0 + 5, cols: c0 + 4 },
    print: {
      landscape: true,
      titleRows: `${r0 + 1}:${r0 + 3}`,
      header: `&L${escapeHeader(opts.driftsherre)}&CTakstskema ${year2}`,
      footer: '&RSide &P af &N',
    },
  };
  const sheets = [sheet];
  if (opts.guide !== false) sheets.push(buildGuideSheet());
  return {
    spec: { title: `Takstskema ${year2} - ${opts.driftsherre}`, sheets },
    layout: { sheetName, year1, year2, columns, header, blocks },
  };
}

function abs(p: { row: number; col: number }): string {
  return `$${colLetters(p.col)}$${p.row + 1}`;
}

function escapeHeader(s: string): string {
  return s.replace(/&/g, '&&');
}

