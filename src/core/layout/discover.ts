// Grid → typed model: finds the sheet header and every block by their label texts, never by fixed addresses.
// The reading itself is in sheet-reader.ts, block-rows.ts, block-read.ts and sheet-header.ts.
import { compareA1, type Grid } from '../grid';
import type { SheetModel, WorkbookModel } from '../model/takstskema';
import { OCCUPANCY_PERCENT, readPercent, readYear } from './parse';
import { readBlock } from './block-read';
import { type BlockRows, collectBlockRows, findHeaderRows } from './block-rows';
import { findDriftsherre, findSheetLabels, labelledNumber, overheadValues } from './sheet-header';
import { SheetReader } from './sheet-reader';

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
    occupancyPct: labelledNumber(sr, labels.get('thresholdOccupancy'), (c) => readPercent(c, OCCUPANCY_PERCENT), true),
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
export function sheetYear2(counts: Map<number, number>): number | null {
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
