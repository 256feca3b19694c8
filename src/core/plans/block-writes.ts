// Which cells to write for a block's figures in a known layout: a plan, computed here and applied by an adapter.
import { a1, type Scalar } from '../grid';
import { TAKST_LEVELS } from '../model/takstskema';
import { takstKey } from '../layout/columns';
import type { TemplateLayout } from '../template/build';

export interface YearFigures {
  pladser?: number | null;
  /** Percent number (98). */
  belaegning?: number | null;
  budget?: number | null;
  regulering?: number | null;
  /** Percent number (6.5). */
  oh?: number | null;
  basis?: number | null;
  time?: number | null;
  takster?: Array<number | null>;
  tomgang?: number | null;
}

export interface BlockFigures {
  tilbud?: string | null;
  afdeling?: string | null;
  paragraf?: string | null;
  enhed?: string | null;
  bemaerkning?: string | null;
  saerligeForhold?: string | null;
  y1?: YearFigures;
  y2?: YearFigures;
  anvendte?: Array<number | null>;
  solgte?: Array<number | null>;
  /** The year in the places rows' labels ("Anvendte pladser - 2026"), when not the template's year 2. */
  placesYear?: number;
}

export interface HeaderFigures {
  driftsherre?: string;
  overheadY1?: number | null;
  overheadY2?: number | null;
  plKommuner?: number | null;
  plRegioner?: number | null;
}

export interface CellWrite {
  sheet: string;
  cell: string;
  value: Scalar;
  /** Set when the value's notation needs its own format (a bare percent number, a text number). */
  numFmt?: string;
  /** A formula to write instead of the value (without "="), as an undo restores it. */
  formula?: string;
}

/** How values are typed: the template's own way (fractions under a % format), or as people type them. */
export interface Notation {
  percent: 'fraction' | 'number' | 'text';
  numbers: 'number' | 'danish-text';
}

export const TEMPLATE_NOTATION: Notation = { percent: 'fraction', numbers: 'number' };

const danish = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 10 });

function numberValue(v: number, n: Notation): { value: Scalar; numFmt?: string } {
  return n.numbers === 'danish-text' ? { value: danish.format(v), numFmt: '@' } : { value: v };
}

function percentValue(v: number, n: Notation): { value: Scalar; numFmt?: string } {
  switch (n.percent) {
    case 'fraction':
      return { value: Number((v / 100).toPrecision(15)) };
    case 'number':
      return { value: v, numFmt: 'General' };
    case 'text':
      return { value: `${danish.format(v)} %`, numFmt: '@' };
  }
}

export function planHeaderWrites(layout: TemplateLayout, h: HeaderFigures, n: Notation = TEMPLATE_NOTATION): CellWrite[] {
  const out: CellWrite[] = [];
  const sheet = layout.sheetName;
  const put = (p: { row: number; col: number }, v: { value: Scalar; numFmt?: string }) => out.push({ sheet, cell: a1(p.row, p.col), ...v });
  if (h.driftsherre !== undefined) put(layout.header.driftsherre, { value: h.driftsherre });
  for (const [key, pos] of [
    ['overheadY1', layout.header.overheadY1],
    ['overheadY2', layout.header.overheadY2],
    ['plKommuner', layout.header.plKommuner],
    ['plRegioner', layout.header.plRegioner],
  ] as const) {
    const v = h[key];
    if (v === undefined) continue;
    put(pos, v === null ? { value: null } : percentValue(v, n));
  }
  return out;
}

export function planBlockWrites(layout: TemplateLayout, index: number, f: BlockFigures, n: Notation = TEMPLATE_NOTATION): CellWrite[] {
  const L = layout.blocks[index];
  if (!L) throw new RangeError(`Skabelonen har ingen blok nr. ${index + 1}`);
  const cols = layout.columns;
  const sheet = layout.sheetName;
  const out: CellWrite[] = [];
  const text = (row: number, col: number, v: string | null | undefined) => {
    if (v !== undefined) out.push({ sheet, cell: a1(row, col), value: v });
  };
  const num = (row: number, col: number, v: number | null | undefined, percent = false) => {
    if (v === undefined) return;
    if (v === null) out.push({ sheet, cell: a1(row, col), value: null });
    else out.push({ sheet, cell: a1(row, col), ...(percent ? percentValue(v, n) : numberValue(v, n)) });
  };
  text(L.y1Row, cols.tilbud, f.tilbud);
  text(L.y1Row, cols.afdeling, f.afdeling);
  text(L.y1Row, cols.paragraf, f.paragraf);
  text(L.y1Row, cols.enhed, f.enhed);
  text(L.y1Row, cols.bemaerkning, f.bemaerkning);
  text(L.saerligeRow, L.saerligeValueCol, f.saerligeForhold);
  for (const [row, y] of [[L.y1Row, f.y1], [L.y2Row, f.y2]] as const) {
    if (!y) continue;
    num(row, cols.pladser, y.pladser);
    num(row, cols.belaegning, y.belaegning, true);
    num(row, cols.budget, y.budget);
    num(row, cols.regulering, y.regulering);
    num(row, cols.oh, y.oh, true);
    num(row, cols.basis, y.basis);
    num(row, cols.time, y.time);
    y.takster?.slice(0, TAKST_LEVELS).forEach((v, i) => num(row, cols[takstKey(i + 1)], v));
    num(row, cols.tomgang, y.tomgang);
  }
  if (f.placesYear !== undefined) {
    out.push({ sheet, cell: a1(L.anvendteRow, L.labelCol), value: `Anvendte pladser - ${f.placesYear}` });
    out.push({ sheet, cell: a1(L.solgteRow, L.labelCol), value: `Heraf solgte pladser - ${f.placesYear}` });
  }
  f.anvendte?.slice(0, TAKST_LEVELS).forEach((v, i) => num(L.anvendteRow, cols[takstKey(i + 1)], v));
  f.solgte?.slice(0, TAKST_LEVELS).forEach((v, i) => num(L.solgteRow, cols[takstKey(i + 1)], v));
  return out;
}
