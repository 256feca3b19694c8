// More blocks for more offers: copies of the sheet's last block (the template's own rows, with their formats,
// formulas, merges, dropdowns and conditional formats) below it, their input cells emptied. Computed here from the
// model; applied by an adapter (exceljs copies rows; the Office adapter uses Range.copyFrom).
import { a1, isBlank, parseA1, type Grid } from '../grid';
import type { Block, SheetModel } from '../model/takstskema';
import { figureCells } from '../model/queries';

export interface BlockCopy {
  sheet: string;
  /** 0-based rows of the block copied (its header row to its last row). */
  top: number;
  bottom: number;
  /** Rows from one block's header to the next one's. */
  stride: number;
  count: number;
  /** Columns of the block's rows (from A), so that an adapter can name the rows as a range. */
  width: number;
  /** The input cells of the copies, to empty after copying (A1). */
  clear: string[];
}

function inputCells(b: Block): string[] {
  const cells = [b.tilbud, b.afdeling, b.paragraf, b.enhed, b.bemaerkning, b.saerligeForhold].map((f) => f.cell);
  for (const y of [b.y1, b.y2]) if (y) cells.push(...figureCells(y).map((f) => f.cell));
  for (const p of [...b.anvendte, ...b.solgte]) cells.push(...p.levels.map((l) => l.cell));
  return cells.filter((c): c is string => c !== null);
}

/**
 * The copy that gives `count` more blocks, or a Danish reason why the sheet cannot take them (no block to copy,
 * something typed below the last block, where the copies would go).
 */
export function planBlockCopies(sheet: SheetModel, grid: Grid, count: number): BlockCopy | { reason: string } {
  const last = sheet.blocks[sheet.blocks.length - 1];
  if (!last || count <= 0) return { reason: 'Arket har ingen blok at kopiere.' };
  const prev = sheet.blocks[sheet.blocks.length - 2];
  const top = last.headerRow - 1;
  const bottom = last.lastRow - 1;
  const gap = prev ? Math.max(0, last.headerRow - prev.lastRow - 1) : 1;
  const stride = bottom - top + 1 + gap;
  const end = bottom + count * stride;
  for (let r = bottom + 1; r <= end; r++) {
    const row = grid.cells[r];
    if (row?.some((c) => !isBlank(c) || c?.formula)) {
      return {
        reason: `Under den sidste blok (række ${r + 1}) står der noget, hvor de nye blokke skulle stå; flyt det, eller tilføj blokkene i selve Excel-arket.`,
      };
    }
  }
  const own = inputCells(last).map(parseA1);
  const clear: string[] = [];
  for (let k = 1; k <= count; k++) for (const c of own) clear.push(a1(c.row + k * stride, c.col));
  let width = 1;
  for (let r = top; r <= bottom; r++) width = Math.max(width, grid.cells[r]?.length ?? 0);
  for (const m of grid.merges) if (m.top >= top && m.bottom <= bottom) width = Math.max(width, m.right + 1);
  return { sheet: sheet.sheet, top, bottom, stride, count, width, clear };
}

/**
 * A formula moved down by `rows`: relative row references shift, absolute ones ($5) stay, as Excel does when a
 * row is copied. Names followed by "(" (LOG10) and text in quotes are left alone.
 */
export function shiftFormula(formula: string, rows: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g, (m, d1: string, col: string, d2: string, row: string) =>
            d2 ? m : `${d1}${col}${Number(row) + rows}`,
          ),
    )
    .join('');
}
