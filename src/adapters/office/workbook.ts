// The workbook port inside Excel (Office.js). One context.sync() reads every sheet; one more writes every mark.
// Marks are tagged conditional formats (ExcelApi 1.6), so no cell format of the template is ever written.
import { parseRange, type Grid, type GridCell, type MergedArea, type Scalar } from '../../core/grid';
import { isMarkFormula, MARK_STYLES, markFormula, type Mark } from '../../core/plans/marks';
import type { CellWrite } from '../../core/model/cell-write';
import { parseUndo, UNDO_CHUNK, UNDO_SHEET, undoChunks, type UndoRecord } from '../../core/plans/undo';
import type { MarkResult, WorkbookPort } from '../../core/port';

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
/** Excel returns no values for a range of more cells than this (office-js-docs-pr#5821). */
export const READ_CELL_LIMIT = 5_000_000;
/**
 * Request bytes of one mark (add, formula, two colours, priority) and of one delete, as office.js's own request
 * serializer writes them (measured: 1.920 and 760 bytes), with a margin.
 */
export const BYTES_PER_MARK = 2100;
export const BYTES_PER_DELETE = 850;
/** Bytes of one chunk of the undo record in a request (a chunk is at most this many characters). */
const UNDO_CHUNK_BYTES = UNDO_CHUNK * 3;
/** Request bytes of one cell write with its number format (measured: 460-570 bytes), with a margin. */
export const BYTES_PER_CELL = 650;
/** Edits within this time after our own write are our own (conditional formats fire onChanged in some hosts). */
const OWN_WRITE_QUIET_MS = 1500;

interface SheetRead {
  name: string;
  used: Excel.Range;
  fills: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  merges: Excel.RangeAreas | null;
  cfs: Excel.ConditionalFormatCollection | null;
  protection: Excel.WorksheetProtection | null;
}

/**
 * One of this tool's conditional formats, as the last read found it. Its id is its position in the sheet's
 * collection (the reference defines it so), valid only until the collection changes: never kept past a write.
 */
interface OwnMark {
  sheet: string;
  id: string;
}

/** Why a sheet's cells cannot be written, in Danish. */
const PROTECTED_SHEET = 'arket er beskyttet, så cellerne kan ikke markeres eller udfyldes; fjern beskyttelsen (Gennemse → Fjern arkbeskyttelse) og kontrollér igen.';

/** A text that Excel would parse when written as a value (a formula, a number in en-US form): written as text. */
function parsedByExcel(text: string): boolean {
  return /^[=+\-@]/.test(text) || /^\s*[-+]?[\d.,]+\s*%?\s*$/.test(text) || /^\s*(true|false|sand|falsk)\s*$/i.test(text);
}

type WriteOp = { kind: 'delete'; mark: OwnMark } | { kind: 'add'; mark: Mark };

export class OfficeWorkbook implements WorkbookPort {
  /** Sheet names as last seen: lets a read be one sync. Refreshed by every read; reset when a sheet went missing. */
  private names: string[] | null = null;
  /** This tool's conditional formats as the last read found them; null when unknown (after any write). */
  private own: OwnMark[] | null = null;
  /** The marks last written, as one signature: a re-check with the same findings writes nothing. */
  private written: string | null = null;
  /** Sheets that cannot be written (protected), as the last read found them, with the reason. */
  private locked = new Map<string, string>();
  /** The workbook's structure is protected (no sheet can be added), as the last read found it; null before any. */
  private bookProtected: boolean | null = null;
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
      // A sheet renamed or deleted since the names were learned: learn them again and read once more. Anything
      // else (more merged areas than Excel returns, a rule Excel cannot describe) is recovered sheet by sheet.
      this.names = null;
      try {
        return await this.readOnce();
      } catch (again) {
        if (isPayloadLimit(again)) return this.readInBands();
        return this.readSheetBySheet();
      }
    }
  }

  /** One batch per sheet; a sheet whose merged areas or rules cannot be read is read without them, never dropped. */
  private async readSheetBySheet(): Promise<Grid[]> {
    const names = await this.host.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await ctx.sync();
      return sheets.items.map((x) => ({ name: x.name, hidden: x.visibility !== 'Visible' }));
    });
    this.names = names.map((n) => n.name);
    const grids: Grid[] = [];
    const own: OwnMark[] = [];
    for (const { name, hidden } of names.filter((n) => n.name !== UNDO_SHEET)) {
      for (const full of [true, false]) {
        try {
          const grid = await this.host.run(async (ctx) => {
            const r = this.queueRead(ctx, name, full);
            await ctx.sync();
            if (r.cfs) own.push(...ownMarksOf(name, r.cfs));
            this.noteProtection(r);
            return toGrid(r, hidden);
          });
          grids.push(grid);
          break;
        } catch (e) {
          if (isPayloadLimit(e)) return this.readInBands();
          if (!full) throw e;
        }
      }
    }
    this.own = own;
    return grids;
  }

  private noteProtection(r: SheetRead): void {
    if (r.protection?.protected) this.locked.set(r.name, PROTECTED_SHEET);
    else this.locked.delete(r.name);
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
      const book = ctx.workbook.protection;
      book.load('protected');
      await ctx.sync();
      this.bookProtected = book.protected;
      const now = sheets.items.map((s) => s.name).filter((n) => n !== UNDO_SHEET);
      const added = now.filter((n) => !names.includes(n));
      if (added.length > 0) {
        reads.push(...added.map((n) => this.queueRead(ctx, n)));
        await ctx.sync();
      }
      this.names = sheets.items.map((s) => s.name);
      const hidden = new Set(sheets.items.filter((s) => s.visibility !== 'Visible').map((s) => s.name));
      this.own = reads.flatMap((r) => (r.cfs ? ownMarksOf(r.name, r.cfs) : []));
      reads.forEach((r) => this.noteProtection(r));
      const byName = new Map(reads.map((r) => [r.name, r]));
      return now.map((n) => toGrid(byName.get(n)!, hidden.has(n)));
    });
  }

  /** Queues one sheet's read; `full` also reads merged areas and conditional formats (the parts that can fail). */
  private queueRead(ctx: Excel.RequestContext, name: string, full = true): SheetRead {
    const ws = ctx.workbook.worksheets.getItem(name);
    // valuesOnly: the template's formats reach far below the last block; only cells with values matter.
    const used = ws.getUsedRange(true);
    used.load('address,rowIndex,columnIndex,values,valueTypes,formulas,numberFormat');
    const fills = used.getCellProperties({ format: { fill: { color: true } } });
    let merges: Excel.RangeAreas | null = null;
    if (full && this.host.isSetSupported('ExcelApi', '1.13')) {
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
        // Rows per band: under the response budget and under the cells Excel returns values for in one read.
        const band = Math.max(1, Math.min(Math.floor(WRITE_BUDGET / (used.columnCount * 200)), Math.floor(READ_CELL_LIMIT / used.columnCount)));
        const grid: Grid = { name: s.name, hidden: s.visibility !== 'Visible', cells: [], merges: [] };
        for (let r = 0; r < used.rowCount; r += band) {
          const rows = Math.min(band, used.rowCount - r);
          const part = s.getRangeByIndexes(used.rowIndex + r, used.columnIndex, rows, used.columnCount);
          part.load('address,rowIndex,columnIndex,values,valueTypes,formulas,numberFormat');
          const fills = part.getCellProperties({ format: { fill: { color: true } } });
          await ctx.sync();
          const g = toGrid({ name: s.name, used: part, fills, merges: null, cfs, protection: null }, false);
          g.cells.forEach((row, i) => (grid.cells[i] = row ?? grid.cells[i]));
        }
        grids.push(grid);
      }
      this.names = sheets.items.map((s) => s.name);
      this.own = own;
      return grids;
    });
  }

  async setMarks(marks: Mark[]): Promise<MarkResult> {
    // A protected sheet is left as it is (Excel would fail the batch half-way); its findings are still shown.
    const unmarked = [...this.locked].map(([sheet, reason]) => ({ sheet, reason }));
    const writable = marks.filter((m) => !this.locked.has(m.sheet));
    // The same marks as last written, all still there: nothing to write (a co-author's edit that changed no finding).
    const signature = writable.map((m) => `${m.sheet}!${m.cell}:${m.severity}`).sort().join('|');
    if (this.own !== null && signature === this.written && this.own.length === writable.length) return { unmarked };
    await this.writeMarks(writable);
    this.written = signature;
    return { unmarked };
  }

  async clearMarks(): Promise<number> {
    this.own = null;
    const before = await this.writeMarks([]);
    this.written = '';
    return before;
  }

  /**
   * Deletes this tool's marks, found by their own rule formula in the freshest read, and adds these. A mark's id is
   * its position, so deletions go from the last position to the first (an earlier one keeps its id), and no id is
   * kept after the write: the next write reads the rules again.
   */
  private async writeMarks(marks: Mark[]): Promise<number> {
    return this.host.run(async (ctx) => {
      const own = (this.own ?? (await this.readOwnMarks(ctx))).filter((m) => !this.locked.has(m.sheet));
      this.own = null;
      const deletes = [...own].sort((a, b) => a.sheet.localeCompare(b.sheet) || Number(b.id) - Number(a.id));
      const ops: WriteOp[] = [...deletes.map((m) => ({ kind: 'delete' as const, mark: m })), ...marks.map((m) => ({ kind: 'add' as const, mark: m }))];
      for (const chunk of chunkByBytes(ops)) {
        for (const op of chunk) {
          if (op.kind === 'delete') ctx.workbook.worksheets.getItem(op.mark.sheet).getRange().conditionalFormats.getItem(op.mark.id).delete();
          else queueMark(ctx, op.mark);
        }
        this.lastWrite = Date.now();
        await ctx.sync();
      }
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
      const protection = s.protection;
      protection.load('protected');
      return { name: s.name, cfs, protection };
    });
    await ctx.sync();
    this.names = sheets.items.map((s) => s.name);
    for (const s of all) {
      if (s.protection.protected) this.locked.set(s.name, PROTECTED_SHEET);
      else this.locked.delete(s.name);
    }
    return all.flatMap((s) => ownMarksOf(s.name, s.cfs));
  }

  /**
   * The undo record, then the cells. Excel applies a batch operation by operation and keeps what went before a
   * failure, so the record goes first: a failure half-way leaves a record that restores every written cell. A
   * protected sheet (or a workbook whose structure is protected, where the record's sheet cannot be added) is
   * refused before anything is written. A text is written under the text format, set before the value, so that
   * Excel never parses it ("=1+1" stays text, "1.234" is not the number 1,234).
   */
  async write(writes: CellWrite[], undo: UndoRecord | null): Promise<void> {
    if (this.names === null) await this.connect();
    await this.host.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      // Protection as the read before this write found it (the plan is always made from a read); read it here
      // only when no read has been made in this session.
      if (this.bookProtected === null) {
        const targets = [...new Set(writes.map((w) => w.sheet))];
        const protections = targets.map((name) => ({ name, p: sheets.getItem(name).protection }));
        protections.forEach((x) => x.p.load('protected'));
        const book = ctx.workbook.protection;
        book.load('protected');
        await ctx.sync();
        protections.forEach((x) => (x.p.protected ? this.locked.set(x.name, PROTECTED_SHEET) : this.locked.delete(x.name)));
        this.bookProtected = book.protected;
      }
      const locked = [...new Set(writes.map((w) => w.sheet))].filter((n) => this.locked.has(n));
      if (locked.length > 0) throw new WriteRefused(`Arket ${locked.map((n) => `"${n}"`).join(', ')} er beskyttet; intet er skrevet. Fjern beskyttelsen (Gennemse → Fjern arkbeskyttelse), og prøv igen.`);
      if (this.bookProtected && !(this.names ?? []).includes(UNDO_SHEET) && undo !== null) {
        throw new WriteRefused('Arbejdsbogens struktur er beskyttet, så fortrydelsesarket kan ikke oprettes; intet er skrevet. Fjern beskyttelsen (Gennemse → Beskyt projektmappe), og prøv igen.');
      }
      const sync = async () => {
        this.lastWrite = Date.now();
        await ctx.sync();
      };
      const record = undoChunks(undo);
      const perRequest = Math.max(1, Math.floor(WRITE_BUDGET / (UNDO_CHUNK_BYTES + 100)));
      for (let i = 0; i === 0 || i < record.length; i += perRequest) {
        this.queueUndo(ctx, record.slice(i, i + perRequest), i, record.length);
        if (record.length > perRequest) await sync();
      }
      const chunks = chunkByBytes(writes.map((w) => ({ kind: 'add' as const, w })), WRITE_BUDGET - (record.length > perRequest ? 0 : record.length * UNDO_CHUNK_BYTES), BYTES_PER_CELL);
      for (const chunk of chunks) {
        for (const { w } of chunk) {
          const range = sheets.getItem(w.sheet).getRange(w.cell);
          const text = typeof w.value === 'string' && w.formula === undefined;
          const numFmt = text && parsedByExcel(w.value as string) ? '@' : (w.numFmt ?? (text ? '@' : undefined));
          if (numFmt) range.numberFormat = [[numFmt]];
          if (w.formula !== undefined) range.formulas = [[`=${w.formula}`]];
          else range.values = [[w.value ?? '']];
        }
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
    if (part.length > 0) {
      // Text first: a chunk of the record may start with "-", "+" or "=", which Excel would parse.
      const range = ws.getRange(`A${from + 1}:A${from + part.length}`);
      range.numberFormat = part.map(() => ['@']);
      range.values = part.map((c) => [c]);
    }
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
      handler = ctx.workbook.worksheets.onChanged.add(async (args) => {
        // ExcelApi 1.14 says who changed the cells: this add-in's own writes are not edits. Where it does not, a
        // change just after our own write is taken as ours. A co-author's edit (source Remote) is checked like any.
        const trigger = (args as { triggerSource?: string }).triggerSource;
        if (trigger === 'ThisLocalAddin') return;
        if (trigger === undefined && Date.now() - this.lastWrite < OWN_WRITE_QUIET_MS) return;
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
  // Above the template's own rules (its red text), so the mark shows. Its id (a position) is not kept.
  cf.priority = 0;
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

/** A write Excel would refuse half-way (a protected sheet): refused before anything is written, with the reason. */
export class WriteRefused extends Error {
  override name = 'WriteRefused';
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

