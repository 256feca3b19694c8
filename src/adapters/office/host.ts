// What the Office adapter needs of Office, its limits, and the state it keeps between calls. The adapter's jobs
// are in read.ts (sheets into grids), marks.ts (conditional formats) and write.ts (cells with their undo record);
// workbook.ts joins them into the workbook port.
import { UNDO_CHUNK } from '../../core/plans/undo';

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
 * Request bytes of one mark (add, formula, two colours, priority) and of one delete, as office.js writes them in
 * Excel.run (its _KeepReference included; measured on the real library: 2.062 and 977 bytes on a 660-block
 * sheet), with a margin.
 */
export const BYTES_PER_MARK = 2400;
export const BYTES_PER_DELETE = 1150;
/** Bytes of one chunk of the undo record in a request (a chunk is at most this many characters). */
export const UNDO_CHUNK_BYTES = UNDO_CHUNK * 3;
/**
 * Request bytes of one cell write besides its own text: the range's path, office.js's _KeepReference for the range
 * (Excel.run tracks it), the number format and the value (measured with the real library: 744 bytes around a
 * 90-character text), with a margin. The text itself is counted as JSON writes it.
 */
export const BYTES_PER_CELL = 800;
/** Edits within this time after our own write are our own (conditional formats fire onChanged in some hosts). */
export const OWN_WRITE_QUIET_MS = 1500;

/**
 * One of this tool's conditional formats, as the last read found it. Its id is its position in the sheet's
 * collection (the reference defines it so), valid only until the collection changes: never kept past a write.
 */
export interface OwnMark {
  sheet: string;
  id: string;
}

/** Why a sheet's cells cannot be written, in Danish. */
export const PROTECTED_SHEET =
  'arket er beskyttet, så cellerne kan ikke markeres eller udfyldes; fjern beskyttelsen (Gennemse → Fjern arkbeskyttelse) og kontrollér igen.';

/** What the adapter remembers between calls; every field is as the last read or write left it. */
export interface OfficeState {
  /** Sheet names as last seen: lets a read be one sync. Refreshed by every read; reset when a sheet went missing. */
  names: string[] | null;
  /** This tool's conditional formats as the last read found them; null when unknown (after any write). */
  own: OwnMark[] | null;
  /** The marks last written, as one signature: a re-check with the same findings writes nothing. */
  written: string | null;
  /** Sheets that cannot be written (protected), as the last read found them, with the reason. */
  locked: Map<string, string>;
  /** The workbook's structure is protected (no sheet can be added), as the last read found it; null before any. */
  bookProtected: boolean | null;
  /** When this adapter last synced a write (its own edits are not the user's). */
  lastWrite: number;
  /** A whole read passed the host's payload limit: later reads go in bands at once (Excel on the web, a big sheet). */
  bands: boolean;
}

export function newOfficeState(): OfficeState {
  return { names: null, own: null, written: null, locked: new Map(), bookProtected: null, lastWrite: 0, bands: false };
}

/** Remembers whether a sheet is protected, as a read just found it (a protected sheet is never written). */
export function noteProtection(st: OfficeState, r: { name: string; protection: { protected: boolean } | null }): void {
  if (r.protection?.protected) st.locked.set(r.name, PROTECTED_SHEET);
  else st.locked.delete(r.name);
}

/** Learns the sheet names (one sync), so that every later check reads in a single sync. */
export async function connect(host: OfficeHost, st: OfficeState): Promise<void> {
  await host.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    st.names = sheets.items.map((s) => s.name);
  });
}

/** Bytes of a text in UTF-8, as a request carries it (TextEncoder is not in every webview's test double). */
export function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // 2 bytes to 0x7FF, 3 above; a surrogate pair is 4 bytes, 2 per half.
    if (c > 0x7f) n += c <= 0x7ff || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return n;
}

/** A mark's or a deletion's request bytes. */
const markBytes = (op: { kind: 'delete' | 'add' }) => (op.kind === 'add' ? BYTES_PER_MARK : BYTES_PER_DELETE);

/** Splits write operations so that no request passes the budget; one chunk for any realistic sheet. */
export function chunkByBytes<T extends { kind: 'delete' | 'add' }>(ops: T[], budget = WRITE_BUDGET, bytesOf: (op: T) => number = markBytes): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const op of ops) {
    const size = bytesOf(op);
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

export function isPayloadLimit(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code ?? '';
  return /PayloadSizeLimitExceeded/i.test(code);
}
