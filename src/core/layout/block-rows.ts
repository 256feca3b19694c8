// Block detection: the block header rows (by their column texts) and the rows each block spans, classified as
// year, Ændring, places and other rows.
import { colsOf, isBlank, wideColsOf, type Grid } from '../grid';
import type { UnplacedKind } from '../model/takstskema';
import { columnKeyOf, MIN_OTHER_HEADERS, type ColumnKey } from './columns';
import { rowLabelOf, type RowLabel } from './labels';
import { readYear } from './parse';
import { type HeaderRow, SheetReader } from './sheet-reader';

/** Blank rows that end a block when no further block header follows. */
const BLOCK_END_BLANK_ROWS = 3;

export function findHeaderRows(sr: SheetReader): HeaderRow[] {
  const found: HeaderRow[] = [];
  // Each header row's columns, collected here; a row laid out as one of the last few headers shares that header's
  // map (a map of 25 columns is made in several steps, and a region's sheet has 660 header rows in one or two
  // layouts), and with it its reading plan (plan.ts). Only the last few are compared, so a sheet of all different
  // layouts stays linear.
  const keys: ColumnKey[] = [];
  const at: number[] = [];
  const recent: Array<Map<ColumnKey, number>> = [];
  for (let r = 0; r < sr.rows; r++) {
    const row = sr.grid.cells[r];
    if (!row || !mayBeHeader(row)) continue;
    keys.length = 0;
    at.length = 0;
    const unknown: Array<{ col: number; text: string }> = [];
    for (const c of colsOf(row)) {
      const t = sr.text(r, c);
      if (t === null) continue;
      const key = columnKeyOf(t);
      if (key && !keys.includes(key)) {
        keys.push(key);
        at.push(c);
      } else unknown.push({ col: c, text: t });
    }
    if (!keys.includes('tilbud') || !keys.includes('aar') || keys.length - 2 < MIN_OTHER_HEADERS) continue;
    let cols = recent.find((m) => sameColumns(m, keys, at));
    if (cols === undefined) {
      cols = new Map<ColumnKey, number>();
      for (let i = 0; i < keys.length; i++) cols.set(keys[i], at[i]);
      if (recent.length >= RECENT_LAYOUTS) recent.shift();
      recent.push(cols);
    }
    found.push({ row: r, cols, unknown });
  }
  return found;
}

const RECENT_LAYOUTS = 4;

/**
 * Whether a header's map holds these keys in these columns. Both were filled column by column, left to right, so the
 * same pairs are in the same order.
 */
function sameColumns(cols: Map<ColumnKey, number>, keys: ColumnKey[], at: number[]): boolean {
  if (cols.size !== keys.length) return false;
  for (let i = 0; i < keys.length; i++) if (cols.get(keys[i]) !== at[i]) return false;
  return true;
}

/**
 * Whether a row can be a block header row: it names Tilbud and År in texts. Only a text can name a column (a number
 * or a truth value never does), so a row of figures is passed over without reading its cells as labels.
 */
function mayBeHeader(row: NonNullable<Grid['cells'][number]>): boolean {
  let tilbud = false;
  let aar = false;
  const wide = wideColsOf(row);
  for (let i = 0, n = wide ? wide.length : row.length; i < n; i++) {
    const v = row[wide ? wide[i] : i]?.value;
    if (typeof v !== 'string') continue;
    const key = columnKeyOf(v);
    if (key === 'tilbud') tilbud = true;
    else if (key === 'aar') aar = true;
    if (tilbud && aar) return true;
  }
  return false;
}

export type RowKind = RowLabel | 'year' | 'data' | 'other' | 'blank';

export interface Classified {
  kind: RowKind;
  labelCol?: number;
}

/** The kinds without a label column, made once: classify is asked for every row of every block. */
const BLANK: Classified = { kind: 'blank' };
const YEAR: Classified = { kind: 'year' };
const DATA: Classified = { kind: 'data' };
const OTHER: Classified = { kind: 'other' };

export function classify(sr: SheetReader, h: HeaderRow, r: number): Classified {
  const plan = sr.plans.of(h.cols);
  const firstRateCol = Math.min(sr.cols, plan.rateCol);
  let anything = false;
  const row = sr.grid.cells[r];
  const wide = row ? wideColsOf(row) : null;
  for (let i = 0, n = !row ? 0 : wide ? wide.length : row.length; i < n; i++) {
    const c = wide ? wide[i] : i;
    const cell = row![c];
    if (isBlank(cell)) continue;
    anything = true;
    // Only a text is a label (as in mayBeHeader): a year row's figures are not made into strings to be matched.
    if (c >= firstRateCol || typeof cell!.value !== 'string') continue;
    const t = sr.text(r, c);
    const label = t ? rowLabelOf(t) : null;
    if (label) return { kind: label, labelCol: c };
  }
  if (!anything) return BLANK;
  const yearCol = h.cols.get('aar');
  if (yearCol !== undefined && readYear(sr.at(r, yearCol)) !== null) return YEAR;
  for (const c of plan.numericCols) if (!isBlank(sr.at(r, c))) return DATA;
  return OTHER;
}

export interface BlockRows {
  header: HeaderRow;
  yearRows: number[];
  aendring: number | null;
  saerlige: { row: number; col: number } | null;
  anvendte: Array<{ row: number; col: number }>;
  solgte: Array<{ row: number; col: number }>;
  lastRow: number;
  /** A year row after this block's own rows: the start of a block whose header row is missing. */
  nextStart: number | null;
}

export function collectBlockRows(sr: SheetReader, h: HeaderRow, limit: number): BlockRows {
  const b: BlockRows = { header: h, yearRows: [], aendring: null, saerlige: null, anvendte: [], solgte: [], lastRow: h.row, nextStart: null };
  const closed = () => b.yearRows.length > 0 && (b.aendring !== null || b.saerlige !== null || b.anvendte.length > 0 || b.solgte.length > 0);
  let blankRun = 0;
  for (let r = h.row + 1; r <= limit; r++) {
    const k = classify(sr, h, r);
    if (k.kind === 'blank') {
      blankRun++;
      if (blankRun >= BLOCK_END_BLANK_ROWS) break;
      continue;
    }
    blankRun = 0;
    if (k.kind === 'year' && closed()) {
      // The block's rows are done (Ændring, særlige forhold or places seen) and a new year row starts: a block
      // whose header row was deleted. It is read with this block's columns rather than lost as extra rows.
      b.nextStart = r;
      break;
    }
    b.lastRow = r;
    switch (k.kind) {
      case 'year':
      case 'data':
        // A row with figures but no year counts as a year row only before the Ændring row.
        if (k.kind === 'data' && (b.yearRows.length >= 2 || b.aendring !== null)) {
          unplaceRow(sr, r, 'Række med tal uden år efter blokkens årsrækker');
        } else if (b.yearRows.length >= 2) {
          unplaceRow(sr, r, 'Mere end to årsrækker i blokken');
        } else b.yearRows.push(r);
        break;
      case 'aendring':
        if (b.aendring === null) b.aendring = r;
        else unplaceRow(sr, r, 'Blokken har mere end én Ændring-række');
        break;
      case 'saerlige':
        if (b.saerlige === null) b.saerlige = { row: r, col: k.labelCol! };
        else unplaceRow(sr, r, 'Blokken har mere end én række med særlige forhold');
        break;
      case 'anvendte':
        b.anvendte.push({ row: r, col: k.labelCol! });
        break;
      case 'solgte':
        b.solgte.push({ row: r, col: k.labelCol! });
        break;
      default:
        unplaceRow(sr, r, 'Række, som ikke kan placeres i blokken', 'stray-row');
    }
  }
  return b;
}

export function unplaceRow(sr: SheetReader, r: number, reason: string, kind: UnplacedKind = 'extra-row'): void {
  for (const c of sr.filledCells(r)) sr.unplace(r, c, reason, kind);
}
