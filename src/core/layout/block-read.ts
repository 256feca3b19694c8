// Reading one block's rows into the model: identity, the two year rows, the Ændring row and the places rows.
import {
  CHANGE_FIGURES,
  changeValues,
  figureValues,
  isPercentChange,
  isPercentFigure,
  percentOptions,
  SCALAR_FIGURES,
  YEAR_FIGURE_KEYS,
  type ChangeFigure,
  type ScalarFigure,
} from '../model/figures';
import type { Block, PlacesRow, SheetChangeRow, TextField, YearRow } from '../model/takstskema';
import { computeChange } from '../compute/change';
import type { ColumnKey } from './columns';
import { rowLabelOf } from './labels';
import { readNumber, readPercent, readYear } from './parse';
import type { BlockRows } from './block-rows';
import { type HeaderRow, type Reader, SheetReader, textRightOf } from './sheet-reader';

/** How each figure of a year row is read: a percent figure with its bare-fraction bound, the others as numbers. */
const YEAR_READERS = Object.fromEntries(
  SCALAR_FIGURES.map((k): [ScalarFigure, Reader] => {
    if (!isPercentFigure(k)) return [k, readNumber];
    const opts = percentOptions(k);
    return [k, (c) => readPercent(c, opts)];
  }),
) as Record<ScalarFigure, Reader>;

const readPct: Reader = (c) => readPercent(c);

/** How each figure of the Ændring row is read: a percent figure's points and a rate's percent change as percents. */
const CHANGE_READERS = Object.fromEntries(
  CHANGE_FIGURES.map((k): [ChangeFigure, Reader] => [k, isPercentChange(k) || isPercentFigure(k) ? readPct : readNumber]),
) as Record<ChangeFigure, Reader>;

export function readYearRow(sr: SheetReader, h: HeaderRow, r: number): YearRow {
  const col = (k: ColumnKey) => h.cols.get(k);
  const plan = sr.plans.of(h.cols);
  const year = sr.numberField(r, col('aar'), (cell) => {
    const y = readYear(cell);
    if (y === null) return readNumber(cell);
    return typeof cell?.value === 'string' ? { value: y, issue: 'text-number' } : { value: y };
  });
  const enhedCol = col('enhed');
  const enhedOwner = enhedCol === undefined ? undefined : sr.owner(r, enhedCol);
  // The figures go straight into the row, after its number and year and before its unit (the inspect JSON's order).
  const y = figureValues(
    (k) => sr.numberField(r, col(k), YEAR_READERS[k]),
    () => plan.levelCols.map((c) => sr.numberField(r, c)),
    YEAR_FIGURE_KEYS,
    { row: r + 1, year },
  ) as unknown as YearRow;
  y.enhed = enhedOwner ? sr.textField(enhedOwner.r, enhedOwner.c) : sr.textField(r, undefined);
  return y;
}

export function readChangeRow(sr: SheetReader, h: HeaderRow, r: number): SheetChangeRow {
  const col = (k: ColumnKey) => h.cols.get(k);
  const plan = sr.plans.of(h.cols);
  // Anything typed outside the figure columns is in a cell not to be filled. Tomgang counts as a figure
  // column: the skema does not compute its change, but a sheet that does is not wrong.
  for (const c of sr.filledCells(r)) {
    if (plan.numericSet.has(c)) continue;
    const t = sr.text(r, c);
    if (t !== null && rowLabelOf(t) === 'aendring') continue;
    sr.unplace(r, c, 'Værdi i Ændring-rækken uden for ændringskolonnerne (skal ikke udfyldes)', 'locked-cell');
  }
  return changeValues(
    (k) => sr.numberField(r, col(k), CHANGE_READERS[k]),
    () => plan.levelCols.map((c) => sr.numberField(r, c, CHANGE_READERS.takster)),
    { row: r + 1 },
  ) as SheetChangeRow;
}

/** A block-level cell (merged over the year rows in the draft): the first filled one among the rows. */
export function identityField(sr: SheetReader, rows: number[], c: number | undefined, joinAll = false): TextField {
  if (c === undefined || rows.length === 0) return { cell: null, value: null, raw: null };
  if (!joinAll) {
    // The first filled one, read as a field only when found (an owner met again, a merged cell, is as empty as before).
    for (const r of rows) {
      const o = sr.owner(r, c);
      if (sr.text(o.r, o.c) !== null || sr.at(o.r, o.c)?.error) return sr.textField(o.r, o.c);
    }
  } else {
    const seen = new Set<number>();
    const fields: TextField[] = [];
    for (const r of rows) {
      const o = sr.owner(r, c);
      const key = o.r * MAX_COLUMNS + o.c;
      if (seen.has(key)) continue;
      seen.add(key);
      const f = sr.textField(o.r, o.c);
      if (f.value !== null || f.error) fields.push(f);
    }
    if (fields.length === 1) return fields[0];
    if (fields.length > 1) {
      const distinct = [...new Set(fields.map((f) => f.value).filter((v): v is string => v !== null))];
      return { ...fields[0], value: distinct.join('\n') };
    }
  }
  // None filled: the first row's cell, empty as it is.
  const o = sr.owner(rows[0], c);
  return sr.textField(o.r, o.c);
}

/** Excel's columns: a cell's row and column as one number. */
const MAX_COLUMNS = 16384;

export function readPlacesRow(sr: SheetReader, h: HeaderRow, at: { row: number; col: number }): PlacesRow {
  const label = sr.textField(at.row, at.col);
  let year: number | null = null;
  const m = /(\d{4})/.exec(label.value ?? '');
  if (m) year = Number(m[1]);
  const plan = sr.plans.of(h.cols);
  const levels = plan.levelCols.map((c) => sr.numberField(at.row, c));
  for (const c of sr.filledCells(at.row)) {
    if (c === at.col || plan.levelSet.has(c)) continue;
    if (year === null && readYear(sr.at(at.row, c)) !== null && c > at.col) {
      year = readYear(sr.at(at.row, c));
      continue;
    }
    sr.unplace(at.row, c, 'Værdi uden for takstkolonnerne i en pladsrække (skal ikke udfyldes)', 'locked-cell');
  }
  return { row: at.row + 1, label, year, levels };
}

export function readBlock(sr: SheetReader, b: BlockRows, index: number, years: { max: number | null }): Block {
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
  const identityRows = b.yearRows.slice().sort((x, y) => x - y);
  for (let r = h.row + 1; r <= stop; r++) if (!identityRows.includes(r)) identityRows.push(r);

  const saerlige = b.saerlige ? textRightOf(sr, b.saerlige.row, b.saerlige.col) : { cell: null, value: null, raw: null };
  const anvendte = b.anvendte.map((a) => readPlacesRow(sr, h, a));
  const solgte = b.solgte.map((a) => readPlacesRow(sr, h, a));

  // Cells in the year rows under no known header.
  const plan = sr.plans.of(h.cols);
  for (const r of b.yearRows) {
    for (const c of sr.filledCells(r)) if (!plan.mapped.has(c)) sr.unplace(r, c, 'Værdi i en kolonne uden kendt overskrift', 'unknown-column');
  }

  return {
    index,
    headerRow: h.row + 1,
    ...(h.missing ? { headerMissing: true } : {}),
    lastRow: b.lastRow + 1,
    columns: plan.columns,
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
