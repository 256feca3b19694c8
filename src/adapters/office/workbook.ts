// The workbook port inside Excel (Office.js). One context.sync() reads every sheet; one more writes every mark.
// Marks are tagged conditional formats (ExcelApi 1.6), so no cell format of the template is ever written.
import { parseRange, type Grid, type GridCell, type MergedArea, type Scalar } from '../../core/grid';
import { isMarkFormula, MARK_STYLES, markFormula, type Mark } from '../../core/plans/marks';
import type { CellWrite } from '../../core/plans/block-writes';
import { parseUndo, UNDO_CHUNK, UNDO_SHEET, undoChunks, type UndoRecord } from '../../core/plans/undo';
import type { WorkbookPort } from '../../core/port';

/** What the adapter needs of Office: Excel.run and the requirement-set check. Tests pass a mock. */
export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(set: string, version: string): boolean;
}

export function officeHost(): OfficeHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
  };
}

/** Excel on the web refuses a request or response over 5 MB; writes are cut into chunks below this budget. */
export const REQUEST_LIMIT = 5 * 1024 * 1024;
export const WRITE_BUDGET = 4 * 1024 * 1024;
/** Estimated request bytes of one mark (add, formula, two colours, priority, load id) and of one delete. */
export const BYTES_PER_MARK = 900;
export const BYTES_PER_DELETE = 300;
/** Bytes of one chunk of the undo record in a request (a chunk is at most this many characters). */
const UNDO_CHUNK_BYTES = UNDO_CHUNK * 3;
/** Estimated request bytes of one cell write (address, value, maybe a number format). */
export const BYTES_PER_CELL = 250;
/** Edits within this time after our own write are our own (conditional formats fire onChanged in some hosts). */
const OWN_WRITE_QUIET_MS = 1500;

interface SheetRead {
  name: string;
  used: Excel.Range;
  fills: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  merges: Excel.RangeAreas | null;
  cfs: Excel.ConditionalFormatCollection;
}

interface OwnMark {
  sheet: string;
  id: string;
}

type WriteOp = { kind: 'delete'; mark: OwnMark } | { kind: 'add'; mark: Mark };

export class OfficeWorkbook implements WorkbookPort {
  /** Sheet names as last seen: lets a read be one sync. Refreshed by every read; reset when a sheet went missing. */
  private names: string[] | null = null;
  /** This tool's conditional formats as last seen (by a read or our own write); null when unknown. */
  private own: OwnMark[] | null = null;
  /** Merged areas are read where ExcelApi 1.13 is there, until a sheet has more than Excel returns (512). */
  private readMerges = true;
  private lastWrite = 0;

  constructor(private readonly host: OfficeHost = officeHost()) {}

  /** Learns the sheet names (one sync), so that every later check reads in a single sync. */
  async connect(): Promise<void> {
    await this.host.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync();
      this.names = sheets.items.map((s) => s.name);
    });
  }

  async readGrids(): Promise<Grid[]> {
    try {
      return await this.readOnce();
    } catch (e) {
      if (isPayloadLimit(e)) return this.readInBands();
      // A sheet renamed or deleted since the names were learned, or more merged areas than Excel returns:
      // learn the names again and read once more without merged areas (Excel leaves a merge's other cells blank).
      this.names = null;
      this.readMerges = false;
      return this.readOnce();
    }
  }

  private async readOnce(): Promise<Grid[]> {
    return this.host.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      let names = this.names;
      if (names === null) {
        await ctx.sync();
        names = sheets.items.map((s) => s.name);
      }
      const reads = names.filter((n) => n !== UNDO_SHEET).map((n) => this.queueRead(ctx, n));
      await ctx.sync();
      const now = sheets.items.map((s) => s.name).filter((n) => n !== UNDO_SHEET);
      const added = now.filter((n) => !names.includes(n));
      if (added.length > 0) {
        reads.push(...added.map((n) => this.queueRead(ctx, n)));
        await ctx.sync();
      }
      this.names = sheets.items.map((s) => s.name);
      const hidden = new Set(sheets.items.filter((s) => s.visibility !== 'Visible').map((s) => s.name));
      this.own = reads.flatMap((r) => ownMarksOf(r.name, r.cfs));
      const byName = new Map(reads.map((r) => [r.name, r]));
      return now.map((n) => toGrid(byName.get(n)!, hidden.has(n)));
    });
  }

  private queueRead(ctx: Excel.RequestContext, name: string): SheetRead {
    const ws = ctx.workbook.worksheets.getItem(name);
    // valuesOnly: the template's formats reach far below the last block; only cells with values matter.
    const used = ws.getUsedRange(true);
    used.load('address,rowIndex,columnIndex,values,valueTypes,formulas,numberFormat');
    const fills = used.getCellProperties({ format: { fill: { color: true } } });
    let merges: Excel.RangeAreas | null = null;
    if (this.readMerges && this.host.isSetSupported('ExcelApi', '1.13')) {
      merges = used.getMergedAreasOrNullObject();
      merges.load('address');
    }
    const cfs = ws.getRange().conditionalFormats;
    cfs.load('items/id,items/type,items/customOrNullObject/rule/formula');
    return { name, used, fills, merges, cfs };
  }

  /** The fallback when one read passes the host's payload limit: the used range's address, then bands of rows. */
  private async readInBands(): Promise<Grid[]> {
    return this.host.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await ctx.sync();
      const grids: Grid[] = [];
      const own: OwnMark[] = [];
      for (const s of sheets.items.filter((x) => x.name !== UNDO_SHEET)) {
        const used = s.getUsedRange(true);
        used.load('rowIndex,columnIndex,rowCount,columnCount');
        const cfs = s.getRange().conditionalFormats;
        cfs.load('items/id,items/type,items/customOrNullObject/rule/formula');
        await ctx.sync();
        own.push(...ownMarksOf(s.name, cfs));
        const band = Math.max(1, Math.floor(WRITE_BUDGET / (used.columnCount * 200)));
        const grid: Grid = { name: s.name, hidden: s.visibility !== 'Visible', cells: [], merges: [] };
        for (let r = 0; r < used.rowCount; r += band) {
          const rows = Math.min(band, used.rowCount - r);
          const part = s.getRangeByIndexes(used.rowIndex + r, used.columnIndex, rows, used.columnCount);
          part.load('address,rowIndex,columnIndex,values,valueTypes,formulas,numberFormat');
          const fills = part.getCellProperties({ format: { fill: { color: true } } });
          await ctx.sync();
          const g = toGrid({ name: s.name, used: part, fills, merges: null, cfs }, false);
          g.cells.forEach((row, i) => (grid.cells[i] = row ?? grid.cells[i]));
        }
        grids.push(grid);
      }
      this.names = sheets.items.map((s) => s.name);
      this.own = own;
      return grids;
    });
  }

  async setMarks(marks: Mark[]): Promise<void> {
    try {
      await this.writeMarks(marks);
    } catch (e) {
      if (this.own === null) throw e;
      // A mark deleted by hand (or by undo) since we last looked: look again and write once more.
      this.own = null;
      await this.writeMarks(marks);
    }
  }

  async clearMarks(): Promise<number> {
    this.own = null;
    const before = await this.writeMarks([]);
    return before;
  }

  /** Deletes our known marks and adds these, in as few syncs as the request limit allows (one, in practice). */
  private async writeMarks(marks: Mark[]): Promise<number> {
    return this.host.run(async (ctx) => {
      const own = this.own ?? (await this.readOwnMarks(ctx));
      const ops: WriteOp[] = [...own.map((m) => ({ kind: 'delete' as const, mark: m })), ...marks.map((m) => ({ kind: 'add' as const, mark: m }))];
      const added: Array<{ sheet: string; cf: Excel.ConditionalFormat }> = [];
      for (const chunk of chunkByBytes(ops)) {
        for (const op of chunk) {
          if (op.kind === 'delete') {
            ctx.workbook.worksheets.getItem(op.mark.sheet).getRange().conditionalFormats.getItem(op.mark.id).delete();
          } else {
            const cf = queueMark(ctx, op.mark);
            added.push({ sheet: op.mark.sheet, cf });
          }
        }
        this.lastWrite = Date.now();
        await ctx.sync();
      }
      this.own = added.map((a) => ({ sheet: a.sheet, id: a.cf.id }));
      this.lastWrite = Date.now();
      return own.length;
    });
  }

  private async readOwnMarks(ctx: Excel.RequestContext): Promise<OwnMark[]> {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    const all = sheets.items.map((s) => {
      const cfs = s.getRange().conditionalFormats;
      cfs.load('items/id,items/type,items/customOrNullObject/rule/formula');
      return { name: s.name, cfs };
    });
    await ctx.sync();
    this.names = sheets.items.map((s) => s.name);
    return all.flatMap((s) => ownMarksOf(s.name, s.cfs));
  }

  /**
   * The cells and the undo record in one write. Past the request limit, the record goes first (in requests of its
   * own) and the cells follow in chunks: a failure half-way then leaves a record that restores every cell.
   */
  async write(writes: CellWrite[], undo: UndoRecord | null): Promise<void> {
    if (this.names === null) await this.connect();
    await this.host.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const chunks = chunkByBytes(writes.map((w) => ({ kind: 'add' as const, w })), WRITE_BUDGET, BYTES_PER_CELL);
      const record = undoChunks(undo);
      const recordBytes = record.reduce((n, c) => n + c.length + 100, 0);
      const together = chunks.length === 1 && chunks[0].length * BYTES_PER_CELL + recordBytes < WRITE_BUDGET;
      const sync = async () => {
        this.lastWrite = Date.now();
        await ctx.sync();
      };
      if (!together) {
        // The record alone, in groups of chunks under the budget.
        const perRequest = Math.max(1, Math.floor(WRITE_BUDGET / (UNDO_CHUNK_BYTES + 100)));
        this.queueUndo(ctx, record.slice(0, perRequest), 0, record.length);
        await sync();
        for (let i = perRequest; i < record.length; i += perRequest) {
          this.queueUndo(ctx, record.slice(i, i + perRequest), i, record.length);
          await sync();
        }
      }
      for (const chunk of chunks) {
        for (const { w } of chunk) {
          const range = sheets.getItem(w.sheet).getRange(w.cell);
          if (w.formula !== undefined) range.formulas = [[`=${w.formula}`]];
          else range.values = [[w.value ?? '']];
          if (w.numFmt) range.numberFormat = [[w.numFmt]];
        }
        if (together) this.queueUndo(ctx, record, 0, record.length);
        await sync();
      }
      this.lastWrite = Date.now();
    });
  }

  /**
   * Keeps the record in a very hidden sheet (created on first use), chunked down column A: `part` are the chunks
   * from index `from` of `total`; the column is cleared with the first part.
   */
  private queueUndo(ctx: Excel.RequestContext, part: string[], from: number, total: number): void {
    const sheets = ctx.workbook.worksheets;
    const exists = this.names?.includes(UNDO_SHEET) ?? false;
    if (!exists && total === 0) return;
    let ws: Excel.Worksheet;
    if (exists) {
      ws = sheets.getItem(UNDO_SHEET);
      if (from === 0) ws.getRange('A:A').clear();
    } else {
      ws = sheets.add(UNDO_SHEET);
      ws.visibility = 'VeryHidden';
      this.names = [...(this.names ?? []), UNDO_SHEET];
    }
    if (part.length > 0) ws.getRange(`A${from + 1}:A${from + part.length}`).values = part.map((c) => [c]);
  }

  async readUndo(): Promise<UndoRecord | null> {
    return this.host.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync();
      this.names = sheets.items.map((s) => s.name);
      if (!this.names.includes(UNDO_SHEET)) return null;
      const used = sheets.getItem(UNDO_SHEET).getUsedRange(true);
      used.load('values');
      await ctx.sync();
      return parseUndo(used.values.map((r) => (typeof r[0] === 'string' ? r[0] : '')).join(''));
    });
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
    });
  }

  /** Listens for edits in any sheet (ExcelApi 1.9); edits caused by our own marks are ignored. */
  async onEdit(listener: () => void): Promise<() => void> {
    let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
    await this.host.run(async (ctx) => {
      handler = ctx.workbook.worksheets.onChanged.add(async () => {
        if (Date.now() - this.lastWrite < OWN_WRITE_QUIET_MS) return;
        listener();
      });
      await ctx.sync();
    });
    return () => {
      const h = handler as OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null;
      if (!h) return;
      void Excel.run(h.context, async (ctx) => {
        h.remove();
        await ctx.sync();
      }).catch(() => undefined);
    };
  }
}

function queueMark(ctx: Excel.RequestContext, m: Mark): Excel.ConditionalFormat {
  const style = MARK_STYLES[m.severity];
  const cf = ctx.workbook.worksheets.getItem(m.sheet).getRange(m.cell).conditionalFormats.add('Custom');
  cf.custom.rule.formula = `=${markFormula(m.severity)}`;
  cf.custom.format.fill.color = `#${style.fill}`;
  cf.custom.format.font.color = `#${style.font}`;
  // Above the template's own rules (its red text), so the mark shows.
  cf.priority = 0;
  cf.load('id');
  return cf;
}

function ownMarksOf(sheet: string, cfs: Excel.ConditionalFormatCollection): OwnMark[] {
  return cfs.items
    .filter((cf) => cf.type === 'Custom' && !cf.customOrNullObject.isNullObject && isMarkFormula(cf.customOrNullObject.rule.formula))
    .map((cf) => ({ sheet, id: cf.id }));
}

/** Splits write operations so that no request passes the budget; one chunk for any realistic sheet. */
export function chunkByBytes<T extends { kind: 'delete' | 'add' }>(ops: T[], budget = WRITE_BUDGET, bytesPerAdd = BYTES_PER_MARK): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const op of ops) {
    const size = op.kind === 'add' ? bytesPerAdd : BYTES_PER_DELETE;
    if (current.length > 0 && bytes + size > budget) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += size;
  }
  if (current.length > 0 || chunks.length === 0) chunks.push(current);
  return chunks;
}

function isPayloadLimit(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code ?? '';
  return /PayloadSizeLimitExceeded/i.test(code);
}

function scalar(v: unknown): Scalar {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

function toGrid(r: SheetRead, hidden: boolean): Grid {
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
      if (type === 'Empty' && !hasFormula && !hasFill) return;
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

