// Grid → typed model: finds the sheet header and every block by their label texts, never by fixed addresses.
import { a1, cellAt, colCount, colLetters, compareA1, isBlank, MergeIndex, rowCount, type Grid, type GridCell } from '../grid';
import {
  TAKST_LEVELS,
  type UnplacedKind,
  type Block,
  type NumberField,
  type PlacesRow,
  type SheetChangeRow,
  type SheetModel,
  type TextField,
  type Unplaced,
  type WorkbookModel,
  type YearRow,
  type YearValue,
} from '../model/takstskema';
import { computeChange } from '../compute/change';
import { columnKeyOf, MIN_OTHER_HEADERS, takstKey, type ColumnKey } from './columns';
import { looksLikeOperator, rowLabelOf, sheetLabelOf, type RowLabel, type SheetLabel } from './labels';
import { cellText, readNumber, readPercent, readYear, type PercentOptions, type ReadNumber } from './parse';

/** Occupancy typed as a bare fraction (0,98) is read as 98 %; see docs/decisions.md. */
const OCCUPANCY: PercentOptions = { fractionUpTo: 1.5 };
/** Blank rows that end a block when no further block header follows. */
const BLOCK_END_BLANK_ROWS = 3;

interface HeaderRow {
  row: number;
  cols: Map<ColumnKey, number>;
  unknown: Array<{ col: number; text: string }>;
  /** No header row of its own: the block is read with the columns of the block above. */
  missing?: boolean;
}

type Reader = (cell: GridCell | undefined) => ReadNumber;

class SheetReader {
  readonly merges: MergeIndex;
  readonly rows: number;
  readonly cols: number;
  readonly unplaced: Unplaced[] = [];

  constructor(readonly grid: Grid) {
    this.merges = new MergeIndex(grid.merges);
    this.rows = rowCount(grid);
    this.cols = colCount(grid);
  }

  at(r: number, c: number): GridCell | undefined {
    return cellAt(this.grid, r, c);
  }

  /** The cell that holds the value for (r, c): the top-left of its merged area. */
  owner(r: number, c: number): { r: number; c: number } {
    const m = this.merges.areaOf(r, c);
    return m ? { r: m.top, c: m.left } : { r, c };
  }

  text(r: number, c: number): string | null {
    const t = cellText(this.at(r, c));
    return t === null ? null : t.trim() === '' ? null : t;
  }

  numberField(r: number, c: number | undefined, read: Reader = readNumber): NumberField {
    if (c === undefined) return { cell: null, value: null, raw: null };
    const cell = this.at(r, c);
    const res = read(cell);
    return {
      cell: a1(r, c),
      value: res.value,
      raw: cell?.value ?? null,
      ...(cell?.formula ? { formula: cell.formula } : {}),
      ...(cell?.error ? { error: cell.error } : {}),
      ...(res.issue ? { issue: res.issue } : {}),
    };
  }

  textField(r: number, c: number | undefined): TextField {
    if (c === undefined) return { cell: null, value: null, raw: null };
    const cell = this.at(r, c);
    const t = cellText(cell);
    return {
      cell: a1(r, c),
      value: t === null || t.trim() === '' ? null : t.trim(),
      raw: cell?.value ?? null,
      ...(cell?.formula ? { formula: cell.formula } : {}),
      ...(cell?.error ? { error: cell.error } : {}),
    };
  }

  /**
   * Columns of row r with content, leaving out cells of a merge that starts in another row (they show that
   * row's value). Content under a merge within the row is kept, so that nothing typed goes unreported.
   */
  filledCells(r: number): number[] {
    const out: number[] = [];
    const width = this.grid.cells[r]?.length ?? 0;
    for (let c = 0; c < width; c++) if (!isBlank(this.at(r, c)) && this.owner(r, c).r === r) out.push(c);
    return out;
  }

  unplace(r: number, c: number, reason: string, kind: UnplacedKind): void {
    const cell = this.at(r, c);
    this.unplaced.push({ cell: a1(r, c), value: cell?.error ?? cell?.value ?? null, reason, kind });
  }
}

function findHeaderRows(sr: SheetReader): HeaderRow[] {
  const found: HeaderRow[] = [];
  for (let r = 0; r < sr.rows; r++) {
    const cols = new Map<ColumnKey, number>();
    const unknown: Array<{ col: number; text: string }> = [];
    const row = sr.grid.cells[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const t = sr.text(r, c);
      if (t === null) continue;
      const key = columnKeyOf(t);
      if (key && !cols.has(key)) cols.set(key, c);
      else unknown.push({ col: c, text: t });
    }
    if (cols.has('tilbud') && cols.has('aar') && cols.size - 2 >= MIN_OTHER_HEADERS) found.push({ row: r, cols, unknown });
  }
  return found;
}

type RowKind = RowLabel | 'year' | 'data' | 'other' | 'blank';

interface Classified {
  kind: RowKind;
  labelCol?: number;
}

const NUMERIC_KEYS: ColumnKey[] = [
  'pladser',
  'belaegning',
  'budget',
  'regulering',
  'oh',
  'basis',
  'time',
  ...Array.from({ length: TAKST_LEVELS }, (_, i) => takstKey(i + 1)),
  'tomgang',
];

function classify(sr: SheetReader, h: HeaderRow, r: number): Classified {
  const firstRateCol = Math.min(...[h.cols.get('basis'), h.cols.get('takst1'), sr.cols].filter((x): x is number => x !== undefined));
  let anything = false;
  const row = sr.grid.cells[r];
  const width = row?.length ?? 0;
  for (let c = 0; c < width; c++) {
    if (isBlank(sr.at(r, c))) continue;
    anything = true;
    if (c < firstRateCol) {
      const t = sr.text(r, c);
      const label = t ? rowLabelOf(t) : null;
      if (label) return { kind: label, labelCol: c };
    }
  }
  if (!anything) return { kind: 'blank' };
  const yearCol = h.cols.get('aar');
  if (yearCol !== undefined && readYear(sr.at(r, yearCol)) !== null) return { kind: 'year' };
  if (NUMERIC_KEYS.some((k) => h.cols.has(k) && !isBlank(sr.at(r, h.cols.get(k)!)))) return { kind: 'data' };
  return { kind: 'other' };
}

interface BlockRows {
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

function collectBlockRows(sr: SheetReader, h: HeaderRow, limit: number): BlockRows {
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

function unplaceRow(sr: SheetReader, r: number, reason: string, kind: UnplacedKind = 'extra-row'): void {
  for (const c of sr.filledCells(r)) sr.unplace(r, c, reason, kind);
}

function readYearRow(sr: SheetReader, h: HeaderRow, r: number): YearRow {
  const col = (k: ColumnKey) => h.cols.get(k);
  const year = sr.numberField(r, col('aar'), (cell) => {
    const y = readYear(cell);
    return y === null ? readNumber(cell) : { value: y, ...(typeof cell?.value === 'string' ? { issue: 'text-number' as const } : {}) };
  });
  const enhedCol = col('enhed');
  const enhedOwner = enhedCol === undefined ? undefined : sr.owner(r, enhedCol);
  return {
    row: r + 1,
    year,
    pladser: sr.numberField(r, col('pladser')),
    belaegning: sr.numberField(r, col('belaegning'), (c) => readPercent(c, OCCUPANCY)),
    budget: sr.numberField(r, col('budget')),
    regulering: sr.numberField(r, col('regulering')),
    oh: sr.numberField(r, col('oh'), (c) => readPercent(c)),
    enhed: enhedOwner ? sr.textField(enhedOwner.r, enhedOwner.c) : sr.textField(r, undefined),
    basis: sr.numberField(r, col('basis')),
    time: sr.numberField(r, col('time')),
    takster: Array.from({ length: TAKST_LEVELS }, (_, i) => sr.numberField(r, col(takstKey(i + 1)))),
    tomgang: sr.numberField(r, col('tomgang')),
  };
}

function readChangeRow(sr: SheetReader, h: HeaderRow, r: number): SheetChangeRow {
  const col = (k: ColumnKey) => h.cols.get(k);
  // Anything typed outside the figure columns is in a cell not to be filled. Tomgang counts as a figure
  // column: the skema does not compute its change, but a sheet that does is not wrong.
  const changeCols = new Set(NUMERIC_KEYS.map(col).filter((c): c is number => c !== undefined));
  for (const c of sr.filledCells(r)) {
    if (changeCols.has(c)) continue;
    const t = sr.text(r, c);
    if (t !== null && rowLabelOf(t) === 'aendring') continue;
    sr.unplace(r, c, 'Værdi i Ændring-rækken uden for ændringskolonnerne (skal ikke udfyldes)', 'locked-cell');
  }
  const pct = (c: GridCell | undefined) => readPercent(c);
  return {
    row: r + 1,
    pladser: sr.numberField(r, col('pladser')),
    belaegning: sr.numberField(r, col('belaegning'), pct),
    budget: sr.numberField(r, col('budget')),
    regulering: sr.numberField(r, col('regulering')),
    oh: sr.numberField(r, col('oh'), pct),
    basisPct: sr.numberField(r, col('basis'), pct),
    timePct: sr.numberField(r, col('time'), pct),
    taksterPct: Array.from({ length: TAKST_LEVELS }, (_, i) => sr.numberField(r, col(takstKey(i + 1)), pct)),
  };
}

/** A block-level cell (merged over the year rows in the draft): the first filled one among the rows. */
function identityField(sr: SheetReader, rows: number[], c: number | undefined, joinAll = false): TextField {
  if (c === undefined || rows.length === 0) return { cell: null, value: null, raw: null };
  const seen = new Set<string>();
  const fields: TextField[] = [];
  for (const r of rows) {
    const o = sr.owner(r, c);
    const key = `${o.r}:${o.c}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const f = sr.textField(o.r, o.c);
    if (f.value !== null || f.error) fields.push(f);
  }
  if (fields.length === 0) {
    const o = sr.owner(rows[0], c);
    return sr.textField(o.r, o.c);
  }
  if (!joinAll || fields.length === 1) return fields[0];
  const distinct = [...new Set(fields.map((f) => f.value).filter((v): v is string => v !== null))];
  return { ...fields[0], value: distinct.join('\n') };
}

/** The text right of a label (past its merged area), in the label's row or the rows it is merged over. */
function textRightOf(sr: SheetReader, r: number, c: number): TextField {
  const area = sr.merges.areaOf(r, c) ?? { top: r, left: c, bottom: r, right: c };
  for (let rr = area.top; rr <= area.bottom; rr++) {
    const width = sr.grid.cells[rr]?.length ?? 0;
    for (let cc = area.right + 1; cc < width; cc++) {
      const o = sr.owner(rr, cc);
      if (o.r !== rr || o.c !== cc) continue;
      if (!isBlank(sr.at(rr, cc))) return sr.textField(rr, cc);
    }
  }
  return sr.textField(area.top, area.right + 1);
}

function readPlacesRow(sr: SheetReader, h: HeaderRow, at: { row: number; col: number }): PlacesRow {
  const label = sr.textField(at.row, at.col);
  let year: number | null = null;
  const m = /(\d{4})/.exec(label.value ?? '');
  if (m) year = Number(m[1]);
  const levelCols = new Set<number>();
  const levels = Array.from({ length: TAKST_LEVELS }, (_, i) => {
    const c = h.cols.get(takstKey(i + 1));
    if (c !== undefined) levelCols.add(c);
    return sr.numberField(at.row, c);
  });
  for (const c of sr.filledCells(at.row)) {
    if (c === at.col || levelCols.has(c)) continue;
    if (year === null && readYear(sr.at(at.row, c)) !== null && c > at.col) {
      year = readYear(sr.at(at.row, c));
      continue;
    }
    sr.unplace(at.row, c, 'Værdi uden for takstkolonnerne i en pladsrække (skal ikke udfyldes)', 'locked-cell');
  }
  return { row: at.row + 1, label, year, levels };
}

function readBlock(sr: SheetReader, b: BlockRows, index: number, years: { max: number | null }): Block {
  const h = b.header;
  const col = (k: ColumnKey) => h.cols.get(k);

  // Year 1 is the earlier year; with one row only, the sheet's latest year tells which it is.
  let y1Row: number | null = null;
  let y2Row: number | null = null;
  if (b.yearRows.length === 2) {
    const [ra, rb] = b.yearRows;
    const ya = readYear(sr.at(ra, col('aar')!));
    const yb = readYear(sr.at(rb, col('aar')!));
    if (ya !== null && yb !== null && ya > yb) [y1Row, y2Row] = [rb, ra];
    else [y1Row, y2Row] = [ra, rb];
  } else if (b.yearRows.length === 1) {
    const y = readYear(sr.at(b.yearRows[0], col('aar')!));
    if (y !== null && years.max !== null && y === years.max) y2Row = b.yearRows[0];
    else y1Row = b.yearRows[0];
  }
  const y1 = y1Row === null ? null : readYearRow(sr, h, y1Row);
  const y2 = y2Row === null ? null : readYearRow(sr, h, y2Row);

  // Identity cells: the year rows first, then any row between the header and the Ændring row.
  const stop = b.aendring ?? (b.yearRows.length ? Math.max(...b.yearRows) : h.row);
  const identityRows = [...b.yearRows.slice().sort((x, y) => x - y)];
  for (let r = h.row + 1; r <= stop; r++) if (!identityRows.includes(r)) identityRows.push(r);

  const saerlige = b.saerlige ? textRightOf(sr, b.saerlige.row, b.saerlige.col) : { cell: null, value: null, raw: null };
  const anvendte = b.anvendte.map((a) => readPlacesRow(sr, h, a));
  const solgte = b.solgte.map((a) => readPlacesRow(sr, h, a));

  // Cells in the year rows under no known header.
  const mapped = new Set(h.cols.values());
  for (const r of b.yearRows) {
    for (const c of sr.filledCells(r)) if (!mapped.has(c)) sr.unplace(r, c, 'Værdi i en kolonne uden kendt overskrift', 'unknown-column');
  }

  const columns: Record<string, string> = {};
  for (const [k, c] of h.cols) columns[k] = colLetters(c);

  return {
    index,
    headerRow: h.row + 1,
    ...(h.missing ? { headerMissing: true } : {}),
    lastRow: b.lastRow + 1,
    columns,
    tilbud: identityField(sr, identityRows, col('tilbud')),
    afdeling: identityField(sr, identityRows, col('afdeling')),
    paragraf: identityField(sr, identityRows, col('paragraf')),
    enhed: identityField(sr, identityRows, col('enhed')),
    bemaerkning: identityField(sr, identityRows, col('bemaerkning'), true),
    saerligeForhold: saerlige,
    y1,
    y2,
    aendring: b.aendring === null ? null : readChangeRow(sr, h, b.aendring),
    change: computeChange(y1, y2),
    anvendte,
    solgte,
  };
}

interface LabelHit {
  row: number;
  col: number;
}

function findSheetLabels(sr: SheetReader, outside: (r: number) => boolean): Map<SheetLabel, LabelHit> {
  const hits = new Map<SheetLabel, LabelHit>();
  for (let r = 0; r < sr.rows; r++) {
    if (!outside(r)) continue;
    const row = sr.grid.cells[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const t = sr.text(r, c);
      if (t === null) continue;
      const l = sheetLabelOf(t);
      if (l && !hits.has(l)) hits.set(l, { row: r, col: c });
    }
  }
  return hits;
}

function isYearCell(cell: GridCell | undefined): boolean {
  return !!cell && readYear(cell) !== null && !(cell.numFmt ?? '').includes('%');
}

/** The first number beside a label, skipping year headings; stops at another text. */
function numberBeside(sr: SheetReader, hit: LabelHit, dir: 1 | -1, read: Reader, maxSteps = 5): NumberField | null {
  const area = sr.merges.areaOf(hit.row, hit.col) ?? { top: hit.row, left: hit.col, bottom: hit.row, right: hit.col };
  let c = dir === 1 ? area.right + 1 : area.left - 1;
  for (let step = 0; step < maxSteps && c >= 0 && c < sr.cols; step++, c += dir) {
    const o = sr.owner(hit.row, c);
    if (o.c !== c) continue;
    const cell = sr.at(hit.row, c);
    if (isBlank(cell) || isYearCell(cell)) continue;
    const res = read(cell);
    if (res.value === null && res.issue !== 'error-value') return null;
    // A number standing just before another label (as the thresholds do) belongs to that label.
    if (dir === 1 && step > 0 && labelRightOf(sr, hit.row, c)) return null;
    return sr.numberField(hit.row, c, read);
  }
  return null;
}

function labelRightOf(sr: SheetReader, r: number, c: number): boolean {
  const area = sr.merges.areaOf(r, c);
  const t = sr.text(r, (area?.right ?? c) + 1);
  return t !== null && sheetLabelOf(t) !== null;
}

function labelledNumber(sr: SheetReader, hit: LabelHit | undefined, read: Reader, leftFirst = false): NumberField {
  if (!hit) return { cell: null, value: null, raw: null };
  const order: Array<1 | -1> = leftFirst ? [-1, 1] : [1, -1];
  for (const d of order) {
    const f = numberBeside(sr, hit, d, read);
    if (f) return f;
  }
  // Below the label (a value under its heading).
  const below = sr.at(hit.row + 1, hit.col);
  if (!isBlank(below) && !isYearCell(below) && read(below).value !== null) return sr.numberField(hit.row + 1, hit.col, read);
  // Found the label but no value: point at where the value belongs.
  const area = sr.merges.areaOf(hit.row, hit.col);
  const c = (leftFirst ? (area?.left ?? hit.col) - 1 : (area?.right ?? hit.col) + 1);
  return { cell: a1(hit.row, Math.max(0, c)), value: null, raw: null };
}

/** The percent a cell holds (or an error value in it, to be reported there); null for anything else. */
function percentAt(sr: SheetReader, r: number, c: number): NumberField | null {
  const f = sr.numberField(r, c, (x) => readPercent(x));
  return f.value !== null || f.issue === 'error-value' ? f : null;
}

/** The first percent right of a year cell (skipping blanks, two steps at most); null at a text or another year. */
function percentRightOf(sr: SheetReader, r: number, c: number, taken: Set<string>): NumberField | null {
  const area = sr.merges.areaOf(r, c);
  for (let cc = (area?.right ?? c) + 1, step = 0; step < 2 && cc < sr.cols; cc++) {
    const o = sr.owner(r, cc);
    if (o.r !== r || o.c !== cc) continue;
    step++;
    const cell = sr.at(r, cc);
    if (isBlank(cell)) continue;
    if (isYearCell(cell) || taken.has(a1(r, cc))) return null;
    return percentAt(sr, r, cc);
  }
  return null;
}

/**
 * "Overhead driftsherre": the operator's overhead for the two years the header writes (the draft: 2025 and 2026),
 * as year/percent pairs wherever they stand near the label: under it (the draft), beside it on the label's row and
 * the row below, or as a small table (years in a row, percents under them). `taken` holds the cells that are
 * another label's value (P/L, thresholds), so a P/L's year heading is not read as an overhead year.
 */
function overheadValues(sr: SheetReader, hit: LabelHit | undefined, taken: Set<string>, outside: (r: number) => boolean): { y1: YearValue; y2: YearValue } {
  const empty: YearValue = { cell: null, value: null, raw: null, year: null };
  if (!hit) return { y1: empty, y2: empty };
  const area = sr.merges.areaOf(hit.row, hit.col) ?? { top: hit.row, left: hit.col, bottom: hit.row, right: hit.col };
  const found: Array<YearValue & { distance: number }> = [];
  for (let r = area.top; r <= Math.min(sr.rows - 1, area.bottom + 4); r++) {
    if (!outside(r)) continue;
    for (let c = Math.max(0, area.left - 3); c <= Math.min(sr.cols - 1, area.right + 8); c++) {
      if (r <= area.bottom && c >= area.left && c <= area.right) continue;
      const o = sr.owner(r, c);
      if (o.r !== r || o.c !== c) continue;
      const cell = sr.at(r, c);
      if (!isYearCell(cell) || taken.has(a1(r, c))) continue;
      const below = sr.owner(r + 1, c);
      const belowTaken = taken.has(a1(below.r, below.c));
      let v = percentRightOf(sr, r, c, taken);
      if (!v && !belowTaken && r + 1 < sr.rows && !isYearCell(sr.at(below.r, below.c)) && !isBlank(sr.at(below.r, below.c))) v = percentAt(sr, below.r, below.c);
      if (!v && belowTaken) continue; // the heading of a P/L value, not an overhead year
      const year = readYear(cell);
      const distance = Math.max(0, r - area.bottom) + (c < area.left ? area.left - c : Math.max(0, c - area.right));
      found.push({ ...(v ?? { cell: a1(r, c + 1), value: null, raw: null }), year, distance });
    }
  }
  // Two distinct years: those with a value first, then the nearest; earlier year first.
  const chosen: Array<YearValue & { distance: number }> = [];
  for (const f of found.sort((a, b) => Number(b.value !== null) - Number(a.value !== null) || a.distance - b.distance)) {
    if (chosen.length < 2 && !chosen.some((x) => x.year === f.year)) chosen.push(f);
  }
  const [a, b] = chosen.sort((x, y) => (x.year ?? 0) - (y.year ?? 0)).map(({ distance: _d, ...yv }) => yv);
  return { y1: a ?? empty, y2: b ?? empty };
}

function findDriftsherre(sr: SheetReader, labels: Map<SheetLabel, LabelHit>, firstHeader: number): TextField {
  const hit = labels.get('driftsherre');
  if (hit) {
    const f = textRightOf(sr, hit.row, hit.col);
    if (f.value !== null) return f;
  }
  for (let r = 0; r < firstHeader; r++) {
    const row = sr.grid.cells[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const t = sr.text(r, c);
      if (t !== null && looksLikeOperator(t)) return sr.textField(r, c);
    }
  }
  return hit ? textRightOf(sr, hit.row, hit.col) : { cell: null, value: null, raw: null };
}

/** Reads one sheet; null when it has no block header row (not a takstskema). */
export function discoverSheet(grid: Grid): SheetModel | null {
  const sr = new SheetReader(grid);
  const headers = findHeaderRows(sr);
  if (headers.length === 0) return null;

  const blockRows: BlockRows[] = [];
  headers.forEach((h, i) => {
    const limit = i + 1 < headers.length ? headers[i + 1].row - 1 : sr.rows - 1;
    let b = collectBlockRows(sr, h, limit);
    blockRows.push(b);
    while (b.nextStart !== null) {
      b = collectBlockRows(sr, { row: b.nextStart - 1, cols: h.cols, unknown: [], missing: true }, limit);
      blockRows.push(b);
    }
  });

  const counts = new Map<number, number>();
  for (const b of blockRows) {
    for (const r of b.yearRows) {
      const y = readYear(sr.at(r, b.header.cols.get('aar')!));
      if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
    }
    for (const u of b.header.unknown) sr.unplace(b.header.row, u.col, 'Ukendt kolonneoverskrift', 'unknown-header');
  }
  const year2 = sheetYear2(counts);
  const blocks = blockRows.map((b, i) => readBlock(sr, b, i, { max: year2 }));

  const inBlock = new Uint8Array(sr.rows);
  for (const b of blockRows) for (let r = b.header.row; r <= b.lastRow; r++) inBlock[r] = 1;
  const labels = findSheetLabels(sr, (r) => inBlock[r] === 0);

  const plKommuner = labelledNumber(sr, labels.get('plKommuner'), (c) => readPercent(c));
  const plRegioner = labelledNumber(sr, labels.get('plRegioner'), (c) => readPercent(c));
  const thresholds = {
    rateRisePp: labelledNumber(sr, labels.get('thresholdRate'), (c) => readPercent(c), true),
    occupancyPct: labelledNumber(sr, labels.get('thresholdOccupancy'), (c) => readPercent(c, OCCUPANCY), true),
  };
  const taken = new Set([plKommuner, plRegioner, thresholds.rateRisePp, thresholds.occupancyPct].filter((f) => f.value !== null).map((f) => f.cell!));
  return {
    sheet: grid.name,
    hidden: !!grid.hidden,
    driftsherre: findDriftsherre(sr, labels, headers[0].row),
    overheadDriftsherre: overheadValues(sr, labels.get('overhead'), taken, (r) => inBlock[r] === 0),
    plKommuner,
    plRegioner,
    thresholds,
    years: { y1: year2 === null ? null : year2 - 1, y2: year2 },
    blocks,
    unplaced: sr.unplaced.sort((x, y) => compareA1(x.cell, y.cell)),
  };
}

/**
 * Year 2 of the sheet: the year that, with the year before it, the most year rows have (ties: the later). A typo in
 * one block (20277, 2072) does not move it, so a single-year block is still read as year 1 or year 2 correctly.
 */
function sheetYear2(counts: Map<number, number>): number | null {
  let best: { year: number; n: number } | null = null;
  for (const y of counts.keys()) {
    const n = (counts.get(y) ?? 0) + (counts.get(y - 1) ?? 0);
    if (!best || n > best.n || (n === best.n && y > best.year)) best = { year: y, n };
  }
  return best?.year ?? null;
}

export const NOT_A_TAKSTSKEMA_REASON = 'ingen overskriftsrække med Tilbud, Afdeling, År, Pladser … Bemærkning blev fundet';
export const NOT_A_TAKSTSKEMA = `Arket er ikke et takstskema: ${NOT_A_TAKSTSKEMA_REASON}.`;

/** Reads every sheet that is a takstskema; the others are listed as skipped with the reason. */
export function readWorkbook(grids: Grid[]): WorkbookModel {
  const model: WorkbookModel = { sheets: [], skipped: [] };
  for (const g of grids) {
    const s = discoverSheet(g);
    if (s) model.sheets.push(s);
    else model.skipped.push({ sheet: g.name, reason: NOT_A_TAKSTSKEMA });
  }
  return model;
}
