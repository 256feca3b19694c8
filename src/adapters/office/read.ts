// Reading inside Excel: every sheet's used range (values, formulas, number formats, fills), merged areas,
// protection and this tool's own marks, in one sync; bands of rows or sheet by sheet when Excel refuses that.
import { parseRange, type Grid, type GridCell, type MergedArea, type Scalar } from '../../core/grid';
import { UNDO_SHEET } from '../../core/plans/undo';
import { isPayloadLimit, READ_CELL_LIMIT, WRITE_BUDGET, type OfficeHost, type OfficeState, type OwnMark, noteProtection } from './host';
import { ownMarksOf } from './marks';

interface SheetRead {
  name: string;
  used: Excel.Range;
  fills: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  merges: Excel.RangeAreas | null;
  cfs: Excel.ConditionalFormatCollection | null;
  protection: Excel.WorksheetProtection | null;
}

/** Every sheet as a grid, in one sync; past a payload limit in bands, past a failing part sheet by sheet. */
export async function readGrids(host: OfficeHost, st: OfficeState): Promise<Grid[]> {
  if (st.bands) return readInBands(host, st);
  try {
    return await readOnce(host, st);
  } catch (e) {
    if (isPayloadLimit(e)) return readInBands(host, st);
    // A sheet renamed or deleted since the names were learned: learn them again and read once more. Anything
    // else (more merged areas than Excel returns, a rule Excel cannot describe) is recovered sheet by sheet.
    st.names = null;
    try {
      return await readOnce(host, st);
    } catch (again) {
      if (isPayloadLimit(again)) return readInBands(host, st);
      return readSheetBySheet(host, st);
    }
  }
}

/** One batch per sheet; a sheet whose merged areas or rules cannot be read is read without them, never dropped. */
async function readSheetBySheet(host: OfficeHost, st: OfficeState): Promise<Grid[]> {
  const names = await host.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    await ctx.sync();
    return sheets.items.map((x) => ({ name: x.name, hidden: x.visibility !== 'Visible' }));
  });
  st.names = names.map((n) => n.name);
  const grids: Grid[] = [];
  const own: OwnMark[] = [];
  for (const { name, hidden } of names.filter((n) => n.name !== UNDO_SHEET)) {
    for (const full of [true, false]) {
      try {
        const grid = await host.run(async (ctx) => {
          const r = queueRead(host, ctx, name, full);
          await ctx.sync();
          if (r.cfs) own.push(...ownMarksOf(name, r.cfs));
          noteProtection(st, r);
          return toGrid(r, hidden);
        });
        grids.push(grid);
        break;
      } catch (e) {
        if (isPayloadLimit(e)) return readInBands(host, st);
        if (!full) throw e;
      }
    }
  }
  st.own = own;
  return grids;
}

async function readOnce(host: OfficeHost, st: OfficeState): Promise<Grid[]> {
  return host.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    let names = st.names;
    if (names === null) {
      await ctx.sync();
      names = sheets.items.map((s) => s.name);
    }
    const reads = names.filter((n) => n !== UNDO_SHEET).map((n) => queueRead(host, ctx, n));
    const book = ctx.workbook.protection;
    book.load('protected');
    await ctx.sync();
    st.bookProtected = book.protected;
    const now = sheets.items.map((s) => s.name).filter((n) => n !== UNDO_SHEET);
    const added = now.filter((n) => !names.includes(n));
    if (added.length > 0) {
      reads.push(...added.map((n) => queueRead(host, ctx, n)));
      await ctx.sync();
    }
    st.names = sheets.items.map((s) => s.name);
    const hidden = new Set(sheets.items.filter((s) => s.visibility !== 'Visible').map((s) => s.name));
    st.own = reads.flatMap((r) => (r.cfs ? ownMarksOf(r.name, r.cfs) : []));
    reads.forEach((r) => noteProtection(st, r));
    const byName = new Map(reads.map((r) => [r.name, r]));
    return now.map((n) => toGrid(byName.get(n)!, hidden.has(n)));
  });
}

/** Queues one sheet's read; `full` also reads merged areas and conditional formats (the parts that can fail). */
function queueRead(host: OfficeHost, ctx: Excel.RequestContext, name: string, full = true): SheetRead {
  const ws = ctx.workbook.worksheets.getItem(name);
  // valuesOnly: the template's formats reach far below the last block; only cells with values matter.
  const used = ws.getUsedRange(true);
  used.load('rowIndex,columnIndex,values,valueTypes,formulas,numberFormat');
  const fills = used.getCellProperties({ format: { fill: { color: true } } });
  let merges: Excel.RangeAreas | null = null;
  if (full && host.isSetSupported('ExcelApi', '1.13')) {
    merges = used.getMergedAreasOrNullObject();
    merges.load('address');
  }
  let cfs: Excel.ConditionalFormatCollection | null = null;
  if (full) {
    cfs = ws.getRange().conditionalFormats;
    cfs.load('items/id,items/type,items/customOrNullObject/rule/formula');
  }
  const protection = ws.protection;
  protection.load('protected');
  return { name, used, fills, merges, cfs, protection };
}

/** The fallback when one read passes the host's payload limit: each sheet's used range, protection and marks, then bands of rows. */
async function readInBands(host: OfficeHost, st: OfficeState): Promise<Grid[]> {
  st.bands = true;
  return host.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    const book = ctx.workbook.protection;
    book.load('protected');
    await ctx.sync();
    st.bookProtected = book.protected;
    const grids: Grid[] = [];
    const own: OwnMark[] = [];
    // Whether some sheet needed more than one band: if none did (the sheet shrank), the next read is whole again.
    let banded = false;
    for (const s of sheets.items.filter((x) => x.name !== UNDO_SHEET)) {
      const used = s.getUsedRange(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      const cfs = s.getRange().conditionalFormats;
      cfs.load('items/id,items/type,items/customOrNullObject/rule/formula');
      const merges = host.isSetSupported('ExcelApi', '1.13') ? used.getMergedAreasOrNullObject() : null;
      merges?.load('address');
      // Protection too, as the whole read notes it: a write after a banded read is refused before it starts.
      const protection = s.protection;
      protection.load('protected');
      await ctx.sync();
      own.push(...ownMarksOf(s.name, cfs));
      noteProtection(st, { name: s.name, protection });
      // Rows per band: under the response budget and under the cells Excel returns values for in one read; halved
      // when Excel still returns no values for a band (its limit is not documented for every host).
      let band = Math.max(1, Math.min(Math.floor(WRITE_BUDGET / (used.columnCount * 200)), Math.floor(READ_CELL_LIMIT / used.columnCount)));
      const grid: Grid = {
        name: s.name,
        hidden: s.visibility !== 'Visible',
        cells: [],
        merges: merges && !merges.isNullObject ? parseAreas(merges.address) : [],
      };
      for (let r = 0; r < used.rowCount;) {
        const rows = Math.min(band, used.rowCount - r);
        const part = s.getRangeByIndexes(used.rowIndex + r, used.columnIndex, rows, used.columnCount);
        part.load('rowIndex,columnIndex,values,valueTypes,formulas,numberFormat');
        const fills = part.getCellProperties({ format: { fill: { color: true } } });
        await ctx.sync();
        if (!Array.isArray(part.values) && band > 1) {
          band = Math.ceil(band / 2);
          continue;
        }
        const g = toGrid({ name: s.name, used: part, fills, merges: null, cfs, protection: null }, false);
        g.cells.forEach((row, i) => (grid.cells[i] = row ?? grid.cells[i]));
        r += rows;
      }
      banded ||= used.rowCount > band;
      grids.push(grid);
    }
    st.names = sheets.items.map((s) => s.name);
    st.own = own;
    st.bands = banded;
    return grids;
  });
}

function scalar(v: unknown): Scalar {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** Excel returned no values for a range it found too large: read again in bands. */
class ValuesMissing extends Error {
  code = 'PayloadSizeLimitExceeded';
}

function toGrid(r: SheetRead, hidden: boolean): Grid {
  if (!Array.isArray(r.used.values)) throw new ValuesMissing(`Excel returnerede ingen værdier for ${r.name}`);
  const top = r.used.rowIndex;
  const left = r.used.columnIndex;
  const cells: Grid['cells'] = [];
  const fills = r.fills.value;
  r.used.values.forEach((row, i) => {
    const out: Array<GridCell | undefined> = [];
    row.forEach((v, j) => {
      const type = r.used.valueTypes[i]?.[j];
      const formula = r.used.formulas[i]?.[j];
      const numFmt = r.used.numberFormat[i]?.[j];
      const fill = fills[i]?.[j]?.format?.fill?.color;
      const hasFormula = typeof formula === 'string' && formula.startsWith('=');
      const hasFill = typeof fill === 'string' && fill.toUpperCase() !== '#FFFFFF';
      const general = typeof numFmt !== 'string' || numFmt === 'General';
      // A blank cell is kept for its number format only (a percent or text cell a plan will write into).
      if (type === 'Empty' && !hasFormula && !hasFill) {
        if (!general) out[left + j] = { value: null, numFmt: numFmt as string };
        return;
      }
      const cell: GridCell = { value: null };
      if (type === 'Error') cell.error = String(v);
      else if (type !== 'Empty') cell.value = scalar(v);
      if (hasFormula) cell.formula = (formula as string).slice(1);
      if (typeof numFmt === 'string' && numFmt !== 'General') cell.numFmt = numFmt;
      if (hasFill) cell.fill = (fill as string).replace('#', '').toUpperCase();
      out[left + j] = cell;
    });
    if (out.length > 0) cells[top + i] = out;
  });
  return { name: r.name, hidden, cells, merges: r.merges && !r.merges.isNullObject ? parseAreas(r.merges.address) : [] };
}

/** "Ark1!A1:B2, 'Ark 2'!C3" → merged areas (the sheet part is dropped). */
export function parseAreas(address: string): MergedArea[] {
  if (!address) return [];
  return address
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => parseRange(part.slice(part.lastIndexOf('!') + 1).replace(/\$/g, '')));
}
