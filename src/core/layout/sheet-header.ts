// The sheet header above and beside the blocks: Driftsherre, P/L, thresholds and Overhead driftsherre, found by
// their label texts.
import { a1, colsOf, isBlank, type GridCell } from '../grid';
import type { NumberField, TextField, YearValue } from '../model/takstskema';
import { looksLikeOperator, sheetLabelOf, type SheetLabel } from './labels';
import { readPercent, readYear } from './parse';
import { type Reader, SheetReader, textRightOf } from './sheet-reader';

export interface LabelHit {
  row: number;
  col: number;
}

export function findSheetLabels(sr: SheetReader, outside: (r: number) => boolean): Map<SheetLabel, LabelHit> {
  const hits = new Map<SheetLabel, LabelHit>();
  for (let r = 0; r < sr.rows; r++) {
    if (!outside(r)) continue;
    const row = sr.grid.cells[r];
    if (!row) continue;
    for (const c of colsOf(row)) {
      const t = sr.text(r, c);
      if (t === null) continue;
      const l = sheetLabelOf(t);
      if (l && !hits.has(l)) hits.set(l, { row: r, col: c });
    }
  }
  return hits;
}

export function isYearCell(cell: GridCell | undefined): boolean {
  return !!cell && readYear(cell) !== null && !(cell.numFmt ?? '').includes('%');
}

/** The first number beside a label, skipping year headings; stops at another text. */
export function numberBeside(sr: SheetReader, hit: LabelHit, dir: 1 | -1, read: Reader, maxSteps = 5): NumberField | null {
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
    // Looking left, a percent just after a year is that year's (Overhead driftsherre's pairs), never this label's.
    if (dir === -1 && c > 0 && isYearCell(sr.at(hit.row, sr.owner(hit.row, c - 1).c))) return null;
    return sr.numberField(hit.row, c, read);
  }
  return null;
}

export function labelRightOf(sr: SheetReader, r: number, c: number): boolean {
  const area = sr.merges.areaOf(r, c);
  const t = sr.text(r, (area?.right ?? c) + 1);
  return t !== null && sheetLabelOf(t) !== null;
}

export function labelledNumber(sr: SheetReader, hit: LabelHit | undefined, read: Reader, leftFirst = false): NumberField {
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
  const c = leftFirst ? (area?.left ?? hit.col) - 1 : (area?.right ?? hit.col) + 1;
  return { cell: a1(hit.row, Math.max(0, c)), value: null, raw: null };
}

/** The percent a cell holds (or an error value in it, to be reported there); null for anything else. */
export function percentAt(sr: SheetReader, r: number, c: number): NumberField | null {
  const f = sr.numberField(r, c, (x) => readPercent(x));
  return f.value !== null || f.issue === 'error-value' ? f : null;
}

/** The first percent right of a year cell (skipping blanks, two steps at most); null at a text or another year. */
export function percentRightOf(sr: SheetReader, r: number, c: number, taken: Set<string>): NumberField | null {
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
export function overheadValues(
  sr: SheetReader,
  hit: LabelHit | undefined,
  taken: Set<string>,
  outside: (r: number) => boolean,
): { y1: YearValue; y2: YearValue } {
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
      if (!v && !belowTaken && r + 1 < sr.rows && !isYearCell(sr.at(below.r, below.c)) && !isBlank(sr.at(below.r, below.c)))
        v = percentAt(sr, below.r, below.c);
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

export function findDriftsherre(sr: SheetReader, labels: Map<SheetLabel, LabelHit>, firstHeader: number): TextField {
  const hit = labels.get('driftsherre');
  if (hit) {
    const f = textRightOf(sr, hit.row, hit.col);
    if (f.value !== null) return f;
  }
  for (let r = 0; r < firstHeader; r++) {
    const row = sr.grid.cells[r];
    if (!row) continue;
    for (const c of colsOf(row)) {
      const t = sr.text(r, c);
      if (t !== null && looksLikeOperator(t)) return sr.textField(r, c);
    }
  }
  return hit ? textRightOf(sr, hit.row, hit.col) : { cell: null, value: null, raw: null };
}
