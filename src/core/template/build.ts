// The 2027 takstskema as the draft lays it out: sheet header, N blocks, colour roles, live Ændring formulas.
import { DRAFT_HEADERS, type ColumnKey } from '../layout/columns';
import { ROLE_TEXTS, type CellRole, type SheetSpec, type WorkbookSpec } from './spec';
import { buildGuideSheet } from './guide';
import { abs, Drawing, drawBlock, FMT } from './draw';
import type { BlockLayout, TemplateLayout } from './layout';

export type { BlockLayout, TemplateLayout } from './layout';

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

/** The draft's P/L for the 2027 reporting (June 2026 figures): kommuner 3,10 %, regioner 2,46 %. */
const DRAFT_PL_2027 = { kommuner: 3.1, regioner: 2.46 };

export const BLOCK_HEIGHT = 7;

/** A national-scale sheet (98 municipalities and 5 regions, about 6.600 blocks) fits, within the reader's limits. */
export const MAX_BLOCKS = 10_000;

export function buildTemplate(opts: TemplateOptions): { spec: WorkbookSpec; layout: TemplateLayout } {
  if (!Number.isInteger(opts.year) || opts.year < 2000 || opts.year > 2100) throw new RangeError(`Ugyldigt år: ${opts.year}`);
  if (!Number.isInteger(opts.blocks) || opts.blocks < 1 || opts.blocks > MAX_BLOCKS)
    throw new RangeError(`Antal blokke skal være 1-${MAX_BLOCKS}: ${opts.blocks}`);
  const r0 = opts.origin?.row ?? 0;
  const c0 = opts.origin?.col ?? 0;
  const year2 = opts.year;
  const year1 = opts.year - 1;
  const sheetName = opts.sheetName ?? `Takster ${year2}`;
  const columns = {} as Record<ColumnKey, number>;
  DRAFT_HEADERS.forEach((h, i) => (columns[h.key] = c0 + i));
  const lastCol = c0 + DRAFT_HEADERS.length - 1;
  const extra = opts.extraColumns ?? [];

  const d = new Drawing();
  const header = drawSheetHeader(d, opts, r0, c0);
  drawLegend(d, r0, c0, year1, year2);
  const plRef = `IF(ISNUMBER(SEARCH("region",${abs(header.driftsherre)})),${abs(header.plRegioner)},${abs(header.plKommuner)})`;
  const blocks: BlockLayout[] = [];
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
    drawBlock(d, L, { columns, c0, lastCol, extra, year1, year2, header, plRef });
    r += BLOCK_HEIGHT + (opts.gapRows ?? 1);
  }

  const columnWidths: Record<number, number> = {};
  const widths: Partial<Record<ColumnKey, number>> = {
    tilbud: 28,
    afdeling: 24,
    paragraf: 14,
    aar: 9,
    pladser: 9,
    belaegning: 11,
    budget: 14,
    regulering: 12,
    oh: 8,
    enhed: 12,
    basis: 9,
    time: 10,
    tomgang: 9,
    bemaerkning: 44,
  };
  for (const h of DRAFT_HEADERS) columnWidths[columns[h.key]] = widths[h.key] ?? 9;
  extra.forEach((_, i) => (columnWidths[lastCol + 1 + i] = 16));

  const sheet: SheetSpec = {
    name: sheetName,
    cells: d.cells,
    merges: d.merges,
    validations: d.validations,
    redText: d.redText,
    columnWidths,
    rowHeights: d.rowHeights,
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

/** Driftsherre, Overhead driftsherre for the two last years with accounts, P/L and the two thresholds. */
function drawSheetHeader(d: Drawing, opts: TemplateOptions, r0: number, c0: number): TemplateLayout['header'] {
  const year2 = opts.year;
  const plDefault = year2 === 2027 ? DRAFT_PL_2027 : { kommuner: null, regioner: null };
  const plK = opts.plKommuner !== undefined ? opts.plKommuner : plDefault.kommuner;
  const plR = opts.plRegioner !== undefined ? opts.plRegioner : plDefault.regioner;
  d.put({ row: r0, col: c0, value: opts.driftsherre, role: 'input', bold: true, size: 14, border: true });
  d.merge(r0, c0, r0, c0 + 1);
  d.put({ row: r0, col: c0 + 3, value: 'Overhead driftsherre (rammeaftaletilbud)', role: 'constant', bold: true, wrap: true, border: true });
  d.merge(r0, c0 + 3, r0, c0 + 5);
  // The operator's overhead for the two last years with accounts, as the draft writes them (2025 and 2026 for 2027).
  d.put({ row: r0 + 1, col: c0 + 3, value: year2 - 2, role: 'constant', border: true, align: 'center' });
  d.put({ row: r0 + 2, col: c0 + 3, value: year2 - 1, role: 'constant', border: true, align: 'center' });
  d.put({ row: r0 + 1, col: c0 + 4, value: null, role: 'input', numFmt: FMT.pct2, border: true });
  d.put({ row: r0 + 2, col: c0 + 4, value: null, role: 'input', numFmt: FMT.pct2, border: true });
  d.put({ row: r0, col: c0 + 7, value: 'P/L - Kommuner', role: 'constant', bold: true, border: true });
  d.put({ row: r0 + 1, col: c0 + 7, value: 'P/L - Regioner', role: 'constant', bold: true, border: true });
  d.put({ row: r0, col: c0 + 8, value: plK === null ? null : plK / 100, role: 'prefilled', numFmt: FMT.pct2, border: true });
  d.put({ row: r0 + 1, col: c0 + 8, value: plR === null ? null : plR / 100, role: 'prefilled', numFmt: FMT.pct2, border: true });
  d.put({ row: r0, col: c0 + 10, value: (opts.thresholdRatePp ?? 2) / 100, role: 'constant', numFmt: FMT.pct1, border: true });
  d.put({ row: r0, col: c0 + 11, value: 'Grænseværdi for krav om bemærkning - Takststigning over P/L', role: 'constant' });
  d.merge(r0, c0 + 11, r0, c0 + 17);
  d.put({ row: r0 + 1, col: c0 + 10, value: (opts.thresholdOccupancyPct ?? 95) / 100, role: 'constant', numFmt: FMT.pct1, border: true });
  d.put({ row: r0 + 1, col: c0 + 11, value: 'Grænseværdi for krav om bemærkning - Belægningsprocent', role: 'constant' });
  d.merge(r0 + 1, c0 + 11, r0 + 1, c0 + 17);
  return {
    driftsherre: { row: r0, col: c0 },
    overheadY1: { row: r0 + 1, col: c0 + 4 },
    overheadY2: { row: r0 + 2, col: c0 + 4 },
    plKommuner: { row: r0, col: c0 + 8 },
    plRegioner: { row: r0 + 1, col: c0 + 8 },
    thresholdRate: { row: r0, col: c0 + 10 },
    thresholdOccupancy: { row: r0 + 1, col: c0 + 10 },
  };
}

/** The colour legend, as the draft shows it above the blocks. */
function drawLegend(d: Drawing, r0: number, c0: number, year1: number, year2: number): void {
  d.put({ row: r0 + 3, col: c0, value: 'Farver i takstskema', bold: true });
  const roles: CellRole[] = ['constant', 'prefilled', 'input', 'locked'];
  roles.forEach((role, i) => {
    const col = c0 + 1 + i * 3;
    d.put({ row: r0 + 3, col, value: ROLE_TEXTS[role], role, wrap: true, border: true, valign: 'middle' });
    d.merge(r0 + 3, col, r0 + 3, col + 2);
  });
  d.put({
    row: r0 + 4,
    col: c0,
    italic: true,
    value:
      year2 <= 2027
        ? `*Dog ikke første år (${year1}-${year2}): her udfylder kommunerne og regionen selv alle blå felter, også ${year1}.`
        : '*Forudfyldes af sekretariatet med sidste års godkendte tal.',
  });
  d.rowHeights[r0 + 3] = 30;
}

function escapeHeader(s: string): string {
  return s.replace(/&/g, '&&');
}
