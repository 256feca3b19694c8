// Drawing the template's cells: the Drawing the parts are put into, the number formats, and one block (header row,
// both year rows, the live Ændring row, Særlige forhold and the places rows).
import { a1, colLetters } from '../grid';
import { TAKST_LEVELS } from '../model/figures';
import { YEAR_FIGURE_KEYS, type YearFigure } from '../model/figures';
import { ENHEDER, PARAGRAFFER } from '../model/lists';
import { DRAFT_HEADERS, takstKey, type ColumnKey } from '../layout/columns';
import type { CellRole, CellSpec, SheetSpec } from './spec';
import type { BlockLayout, TemplateLayout } from './layout';

export const FMT = {
  int: '#,##0',
  dec2: '#,##0.00',
  places: '#,##0.##;-#,##0.##;0',
  pct1: '0.0%',
  pct2: '0.00%',
  diff: '#,##0;-#,##0;0',
  changePct: '+0.0%;-0.0%;0.0%',
};

/** The cells, merges and formats a template is drawn into, with the helpers every part uses. */
export class Drawing {
  readonly cells: CellSpec[] = [];
  readonly merges: string[] = [];
  readonly redText: SheetSpec['redText'] = [];
  readonly validations: SheetSpec['validations'] = [];
  readonly rowHeights: Record<number, number> = {};

  put(cell: CellSpec): void {
    this.cells.push(cell);
  }

  merge(r1: number, c1: number, r2: number, c2: number): void {
    this.merges.push(`${a1(r1, c1)}:${a1(r2, c2)}`);
  }
}

/** Number format of each year figure's cell (the levels share Takst's). */
const FIGURE_FMT: Record<YearFigure, string> = {
  pladser: FMT.places,
  belaegning: FMT.pct1,
  budget: FMT.int,
  regulering: FMT.int,
  oh: FMT.pct1,
  basis: FMT.int,
  time: FMT.dec2,
  takster: FMT.int,
  tomgang: FMT.places,
};

export interface BlockContext {
  columns: Record<ColumnKey, number>;
  c0: number;
  lastCol: number;
  extra: string[];
  year1: number;
  year2: number;
  header: TemplateLayout['header'];
  /** The applicable P/L cell, as a formula (regioner for a region). */
  plRef: string;
}

/** One block: header row, both year rows, the live Ændring row, Særlige forhold and the places rows. */
export function drawBlock(d: Drawing, L: BlockLayout, k: BlockContext): void {
  const { columns, c0, lastCol } = k;
  d.rowHeights[L.headerRow] = 30;
  for (const h of DRAFT_HEADERS)
    d.put({ row: L.headerRow, col: columns[h.key], value: h.text, role: 'constant', bold: true, wrap: true, border: true, align: 'center', valign: 'middle' });
  k.extra.forEach((t, i) => d.put({ row: L.headerRow, col: lastCol + 1 + i, value: t, role: 'constant', bold: true, border: true }));

  // Year rows: year 1 is the user's own the first year (2027), the secretariat's prefill after.
  const y1Role: CellRole = k.year2 <= 2027 ? 'input' : 'prefilled';
  for (const [row, year, role] of [
    [L.y1Row, k.year1, y1Role],
    [L.y2Row, k.year2, 'input'],
  ] as Array<[number, number, CellRole]>) {
    d.put({ row, col: columns.aar, value: year, role: 'constant', border: true, align: 'center' });
    for (const f of YEAR_FIGURE_KEYS) {
      const cols = f === 'takster' ? Array.from({ length: TAKST_LEVELS }, (_, i) => columns[takstKey(i + 1)]) : [columns[f]];
      for (const col of cols) d.put({ row, col, role, numFmt: FIGURE_FMT[f], border: true });
    }
    d.redText.push({
      range: a1(row, columns.belaegning),
      formula: `AND(ISNUMBER(${a1(row, columns.belaegning)}),${a1(row, columns.belaegning)}<${abs(k.header.thresholdOccupancy)})`,
    });
  }
  // Block identity and remark: merged over both year rows, value in the top-left cell.
  for (const key of ['tilbud', 'afdeling', 'paragraf', 'enhed', 'bemaerkning'] as ColumnKey[]) {
    const c = columns[key];
    d.put({ row: L.y1Row, col: c, role: 'input', wrap: true, border: true, valign: 'top' });
    d.put({ row: L.y2Row, col: c, role: 'input', border: true });
    d.merge(L.y1Row, c, L.y2Row, c);
  }
  d.validations.push({ row: L.y1Row, col: columns.paragraf, list: PARAGRAFFER, title: 'Lovgrundlag (§§)', message: 'Vælg lovgrundlaget fra listen.' });
  d.validations.push({ row: L.y1Row, col: columns.enhed, list: ENHEDER, title: 'Takstenhed', message: 'Vælg enheden fra listen.' });

  // Ændring: live formulas.
  d.put({ row: L.changeRow, col: columns.aar, value: 'Ændring', role: 'constant', bold: true, border: true });
  const y1 = (c: number) => a1(L.y1Row, c);
  const y2 = (c: number) => a1(L.y2Row, c);
  const diff = (c: number) => `IF(AND(ISNUMBER(${y1(c)}),ISNUMBER(${y2(c)})),${y2(c)}-${y1(c)},"")`;
  const pct = (c: number) => `IF(AND(ISNUMBER(${y1(c)}),ISNUMBER(${y2(c)}),${y1(c)}<>0),${y2(c)}/${y1(c)}-1,"")`;
  d.put({ row: L.changeRow, col: columns.pladser, formula: diff(columns.pladser), role: 'constant', numFmt: FMT.places, border: true });
  d.put({ row: L.changeRow, col: columns.belaegning, formula: diff(columns.belaegning), role: 'constant', numFmt: FMT.pct1, border: true });
  d.put({ row: L.changeRow, col: columns.budget, formula: diff(columns.budget), role: 'constant', numFmt: FMT.diff, border: true });
  d.put({ row: L.changeRow, col: columns.regulering, formula: diff(columns.regulering), role: 'constant', numFmt: FMT.diff, border: true });
  d.put({ row: L.changeRow, col: columns.oh, formula: diff(columns.oh), role: 'constant', numFmt: FMT.pct1, border: true });
  const rateCols = [columns.basis, columns.time, ...Array.from({ length: TAKST_LEVELS }, (_, i) => columns[takstKey(i + 1)])];
  for (const c of rateCols) d.put({ row: L.changeRow, col: c, formula: pct(c), role: 'constant', numFmt: FMT.changePct, border: true });
  const firstRate = a1(L.changeRow, columns.basis);
  d.redText.push({
    range: `${firstRate}:${a1(L.changeRow, columns.takst10)}`,
    formula: `AND(ISNUMBER(${firstRate}),${firstRate}>${k.plRef}+${abs(k.header.thresholdRate)})`,
  });
  for (const c of [columns.tilbud, columns.afdeling, columns.paragraf, columns.enhed, columns.tomgang, columns.bemaerkning])
    d.put({ row: L.changeRow, col: c, role: 'locked', border: true });

  // Særlige forhold vedrørende tilbuddet.
  d.put({ row: L.saerligeRow, col: c0, value: 'Særlige forhold vedrørende tilbuddet', role: 'constant', bold: true, wrap: true, border: true });
  d.merge(L.saerligeRow, c0, L.saerligeRow, c0 + 2);
  d.put({ row: L.saerligeRow, col: L.saerligeValueCol, role: 'input', wrap: true, border: true, valign: 'top' });
  d.merge(L.saerligeRow, L.saerligeValueCol, L.saerligeRow, lastCol);
  d.rowHeights[L.saerligeRow] = 30;

  // Places per tariff level.
  for (const [row, text] of [
    [L.anvendteRow, `Anvendte pladser - ${k.year2}`],
    [L.solgteRow, `Heraf solgte pladser - ${k.year2}`],
  ] as Array<[number, string]>) {
    d.put({ row, col: c0, value: text, role: 'constant', bold: true, border: true });
    d.merge(row, c0, row, c0 + 2);
    for (let c = c0 + 3; c <= lastCol; c++) {
      const isLevel = c >= columns.takst1 && c <= columns.takst10;
      d.put({ row, col: c, role: isLevel ? 'input' : 'locked', numFmt: isLevel ? FMT.places : undefined, border: true });
    }
  }
}

/** An absolute reference ($A$1) to a header cell, for the template's formulas. */
export function abs(p: { row: number; col: number }): string {
  return `$${colLetters(p.col)}$${p.row + 1}`;
}
