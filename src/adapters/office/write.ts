// Writing cells inside Excel with their undo record: the record first (kept in a very hidden sheet), then the
// cells in chunks under the request limit; texts under the text format so that Excel never parses them.
import { runError } from '../../core/run-messages';
import type { CellWrite } from '../../core/model/cell-write';
import { UNDO_SHEET, undoChunks, type UndoRecord } from '../../core/plans/undo';
import { BYTES_PER_CELL, chunkByBytes, utf8Length, connect, noteProtection, UNDO_CHUNK_BYTES, WRITE_BUDGET, type OfficeHost, type OfficeState } from './host';

/** A text that Excel would parse when written as a value (a formula, a number in en-US form): written as text. */
function parsedByExcel(text: string): boolean {
  return /^[=+\-@]/.test(text) || /^\s*[-+]?[\d.,]+\s*%?\s*$/.test(text) || /^\s*(true|false|sand|falsk)\s*$/i.test(text);
}

/** A cell write's request bytes: the fixed part and its own text as JSON writes it (a cell address, a formula). */
export function cellBytes(w: CellWrite): number {
  return BYTES_PER_CELL + w.cell.length * 2 + utf8Length(JSON.stringify(w.formula ?? w.value ?? '')) + (w.numFmt?.length ?? 0);
}

/**
 * The undo record, then the cells. Excel applies a batch operation by operation and keeps what went before a
 * failure, so the record goes first: a failure half-way leaves a record that restores every written cell. A
 * protected sheet (or a workbook whose structure is protected, where the record's sheet cannot be added) is
 * refused before anything is written. A text is written under the text format, set before the value, so that
 * Excel never parses it ("=1+1" stays text, "1.234" is not the number 1,234).
 */
export async function write(host: OfficeHost, st: OfficeState, writes: CellWrite[], undo: UndoRecord | null): Promise<void> {
  if (st.names === null) await connect(host, st);
  await host.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    // Protection as the read before this write found it (the plan is always made from a read); read it here
    // only when no read has been made in this session.
    if (st.bookProtected === null) {
      const targets = [...new Set(writes.map((w) => w.sheet))];
      const protections = targets.map((name) => ({ name, protection: sheets.getItem(name).protection }));
      protections.forEach((x) => x.protection.load('protected'));
      const book = ctx.workbook.protection;
      book.load('protected');
      await ctx.sync();
      protections.forEach((x) => noteProtection(st, x));
      st.bookProtected = book.protected;
    }
    const locked = [...new Set(writes.map((w) => w.sheet))].filter((n) => st.locked.has(n));
    if (locked.length > 0) throw runError('sheetsProtected', { sheets: locked.map((n) => `"${n}"`).join(', ') });
    if (st.bookProtected && !(st.names ?? []).includes(UNDO_SHEET) && undo !== null) {
      throw runError('bookProtected');
    }
    const sync = async () => {
      st.lastWrite = Date.now();
      await ctx.sync();
    };
    const record = undoChunks(undo);
    const perRequest = Math.max(1, Math.floor(WRITE_BUDGET / (UNDO_CHUNK_BYTES + 100)));
    for (let i = 0; i === 0 || i < record.length; i += perRequest) {
      queueUndo(st, ctx, record.slice(i, i + perRequest), i, record.length);
      if (record.length > perRequest) await sync();
    }
    const chunks = chunkByBytes(
      writes.map((w) => ({ kind: 'add' as const, w })),
      WRITE_BUDGET - (record.length > perRequest ? 0 : record.length * UNDO_CHUNK_BYTES),
      ({ w }) => cellBytes(w),
    );
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
    st.lastWrite = Date.now();
  });
}

/**
 * Keeps the record in a very hidden sheet (created on first use), chunked down column A: `part` are the chunks
 * from index `from` of `total`; the column is cleared with the first part.
 */
function queueUndo(st: OfficeState, ctx: Excel.RequestContext, part: string[], from: number, total: number): void {
  const sheets = ctx.workbook.worksheets;
  const exists = st.names?.includes(UNDO_SHEET) ?? false;
  if (!exists && total === 0) return;
  let ws: Excel.Worksheet;
  if (exists) {
    ws = sheets.getItem(UNDO_SHEET);
    if (from === 0) ws.getRange('A:A').clear();
  } else {
    ws = sheets.add(UNDO_SHEET);
    ws.visibility = 'VeryHidden';
    st.names = [...(st.names ?? []), UNDO_SHEET];
  }
  if (part.length > 0) {
    // Text first: a chunk of the record may start with "-", "+" or "=", which Excel would parse.
    const range = ws.getRange(`A${from + 1}:A${from + part.length}`);
    range.numberFormat = part.map(() => ['@']);
    range.values = part.map((c) => [c]);
  }
}

/** The undo record kept in the workbook, or null when there is none. */
export async function readUndo(host: OfficeHost, st: OfficeState): Promise<UndoRecord | null> {
  const text = await host.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    st.names = sheets.items.map((s) => s.name);
    if (!st.names.includes(UNDO_SHEET)) return null;
    // Read in bands under the answer's 5 MB (a fill of a whole region's sheet has a record of many megabytes); the
    // first band with the record's length, so that a usual record is one more sync.
    const ws = sheets.getItem(UNDO_SHEET);
    const band = Math.max(1, Math.floor(WRITE_BUDGET / UNDO_CHUNK_BYTES));
    const used = ws.getUsedRange(true);
    used.load('rowCount');
    const parts: string[] = [];
    for (let from = 0, rows = band; from < rows; from += band) {
      const part = ws.getRange(`A${from + 1}:A${from + band}`);
      part.load('values');
      await ctx.sync();
      rows = used.rowCount;
      parts.push(...part.values.map((r) => (typeof r[0] === 'string' ? r[0] : '')));
    }
    return parts.join('');
  });
  if (text === null) return null;
  // The schema (zod) is loaded with the first Fortryd, not with the pane.
  const { parseUndo } = await import(/* webpackChunkName: "undo" */ '../../core/plans/undo-schema');
  return parseUndo(text);
}
