// A sheet's rows and cells counted in its XML text as it streams, chunk by chunk, and refused past the limits: the
// guard's count of a sheet it does not keep, and the number a refusal names (browser-safe: no Node modules).
import type { RunError } from '../../core/errors';
import { runError } from '../../core/run-messages';

/** zlib's chunk: a stream of an inflated part comes in pieces of this size. */
export const STREAM_CHUNK = 16 * 1024;

export interface SheetLimits {
  /** Rows per sheet beyond this are refused (its row numbers, its row elements, its dimension). */
  sheetRows: number;
  /** Cells per sheet beyond this are refused (its cell elements, and its merged cells). */
  sheetCells: number;
}

/**
 * Calls `each` for every match of `re` in a stream chunk, reading the end of the chunk before (`tail`) again, as a tag
 * may be cut between two chunks; a match that ended inside the tail was counted with that chunk. Returns the new
 * tail (the last `keep` characters).
 */
export function eachNewMatch(tail: string, chunk: string, re: RegExp, keep: number, each: (m: RegExpMatchArray) => void): string {
  const text = tail + chunk;
  for (const m of text.matchAll(re)) if ((m.index ?? 0) + m[0].length > tail.length) each(m);
  return text.slice(-keep);
}

/** The refusal of a sheet counted past a limit so far (rows first), or null while it is within both. */
export function sheetOverLimit(counter: SheetCounter, limits: SheetLimits, name: string): RunError | null {
  const over =
    counter.rows > limits.sheetRows
      ? { n: counter.rows, limit: limits.sheetRows, unit: 'rows' as const }
      : counter.cells > limits.sheetCells
        ? { n: counter.cells, limit: limits.sheetCells, unit: 'cells' as const }
        : null;
  if (!over) return null;
  return runError('sheetOverLimit', { file: name, ...over });
}

/** Counts a sheet's rows and cells across stream chunks: the largest of its row elements, its row numbers and its <dimension>. */
export class SheetCounter {
  rows = 0;
  cells = 0;
  private rowElements = 0;
  private tail = '';

  push(chunk: string): void {
    // Only whole tags (closed by ">") count; a tag cut at the chunk's end is counted with the next chunk.
    this.tail = eachNewMatch(this.tail, chunk, /<(?:\w+:)?(row|c|dimension)(?=[\s>/])([^>]*)>/g, 256, (m) => {
      if (m[1] === 'c') this.cells++;
      else {
        const n = m[1] === 'row' ? /\br="(\d+)"/.exec(m[2]) : /ref="[^"]*?(\d+)"/.exec(m[2]);
        if (m[1] === 'row') this.rowElements++;
        if (n) this.rows = Math.max(this.rows, Number(n[1]));
        this.rows = Math.max(this.rows, this.rowElements);
      }
    });
  }
}

/**
 * The refusal the guard gives a sheet part counted as it streams (its inflated bytes in zlib's chunks, each
 * counted whole), or null within the limits. The reader, which counts as it parses, names the sheet's count with
 * this when it refuses, so that the message is the guard's, chunk for chunk.
 */
export function countAsStreamed(bytes: Uint8Array, limits: SheetLimits, name: string): RunError | null {
  const counter = new SheetCounter();
  const latin1 = new TextDecoder('latin1');
  for (let at = 0; at < bytes.length; at += STREAM_CHUNK) {
    counter.push(latin1.decode(bytes.subarray(at, at + STREAM_CHUNK)));
    const over = sheetOverLimit(counter, limits, name);
    if (over) return over;
  }
  return null;
}
