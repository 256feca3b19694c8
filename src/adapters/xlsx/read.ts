// An xlsx's parts → the core's grids, for the commands that only read (validate, inspect, explain, export,
// consolidate, snapshot build, an export to fill from). Browser-safe: the zip is opened by the caller (the guard,
// which inflates every entry once anyway, keeps the parts this needs).
import type { Grid } from '../../core/grid';
import { RunError } from '../../core/errors';
import { corruptFile as corrupt } from '../exceljs/errors';
import { officeDocumentOf, parseBook } from './book';
import { parseSheet } from './sheet';
import { parseSharedStrings } from './strings';
import { parseStyles, Styles } from './styles';
import { countAsStreamed, type SheetLimits } from '../exceljs/sheet-counter';

/**
 * The parts read: the package's relationships (which name the workbook part), the workbook, its relationships, the
 * shared strings, the styles and the worksheets, in xl/ or wherever the package puts the workbook (one folder deep).
 */
export const NEEDED_PART = /^(_rels\/\.rels|[^/]+\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml))$/;

/** Rows and cells per sheet beyond which a sheet is refused: the guard's limits (sheet-counter.ts). */
export type ReadLimits = SheetLimits;

/** Each part's text by its path in the zip. */
export type Parts = ReadonlyMap<string, Uint8Array>;

const decoder = new TextDecoder('utf-8');
const text = (parts: Parts, path: string): string | undefined => {
  const bytes = parts.get(path);
  return bytes ? decoder.decode(bytes) : undefined;
};

/** Bytes a chunk of a large part holds, about: its text stays a small string, made where memory is already in use. */
export const CHUNK_BYTES = 32 * 1024;
const LT = 0x3c;

/**
 * A part's text in chunks, decoded as the scanner asks for them, each cut before a "<" (never inside a UTF-8
 * sequence: the byte "<" is no part of one), so each decodes alone to what the whole would hold there. A worksheet
 * of 660 blocks is 5 MB: decoded whole, it is one string in memory never used before (1.300 pages, each first
 * written at a cost: 15 µs a page on this machine, docs/bench.md); in chunks, each is garbage once read.
 */
export function* textChunks(bytes: Uint8Array): Generator<string> {
  if (bytes.length <= 2 * CHUNK_BYTES) {
    yield decoder.decode(bytes);
    return;
  }
  let from = 0;
  while (from < bytes.length) {
    let to = from + CHUNK_BYTES;
    if (to >= bytes.length) to = bytes.length;
    else {
      const lt = bytes.lastIndexOf(LT, to);
      if (lt > from) to = lt;
      else {
        // No "<" in the window (a long text): to the next one, or the end.
        const next = bytes.indexOf(LT, to);
        to = next < 0 ? bytes.length : next;
      }
    }
    yield decoder.decode(bytes.subarray(from, to));
    from = to;
  }
}

/** Every worksheet of the workbook as a grid, in the workbook's order; a malformed part is a "corrupt" run error. */
export function gridsFromParts(parts: Parts, file: string, limits: ReadLimits): Grid[] {
  // A part's text whole, or in chunks for the large ones (the shared strings and the worksheets).
  const read = <T>(path: string, parse: (xml: string) => T): T | undefined => parsed(path, (bytes) => decoder.decode(bytes), parse);
  const readChunked = <T>(path: string, parse: (xml: Iterable<string>) => T): T | undefined => parsed(path, textChunks, parse);
  const parsed = <X, T>(path: string, decode: (bytes: Uint8Array) => X, parse: (xml: X) => T): T | undefined => {
    const bytes = parts.get(path);
    if (bytes === undefined) return undefined;
    try {
      return parse(decode(bytes));
    } catch (e) {
      if (e instanceof RunError) throw e;
      throw corrupt(file, `${path}: ${(e as Error).message}`);
    }
  };
  // The workbook part: where the package's relationships say (a file may keep it outside xl/), else xl/workbook.xml.
  const main = read('_rels/.rels', officeDocumentOf) ?? 'xl/workbook.xml';
  if (!parts.has(main)) throw corrupt(file, `${main} mangler`);
  const dir = main.includes('/') ? main.slice(0, main.lastIndexOf('/')) : '';
  const base = main.slice(dir.length + (dir ? 1 : 0));
  const book = read(main, (xml) => parseBook(xml, text(parts, `${dir ? `${dir}/` : ''}_rels/${base}.rels`), dir))!;
  const styles = read(`${dir}/styles.xml`, parseStyles) ?? Styles.empty();
  const strings = readChunked(`${dir}/sharedStrings.xml`, parseSharedStrings) ?? [];
  const grids: Grid[] = [];
  for (const sheet of book.sheets) {
    const grid = readChunked(sheet.part, (xml) =>
      overLimitAsStreamed(parts.get(sheet.part)!, file, limits, () =>
        parseSheet(xml, {
          name: sheet.name,
          hidden: sheet.hidden,
          styles,
          strings,
          date1904: book.date1904,
          file,
          maxRows: limits.sheetRows,
          maxCells: limits.sheetCells,
        }),
      ),
    );
    if (grid) grids.push(grid);
  }
  return grids;
}

/**
 * A sheet parsed, its refusal past the row or cell limit named as the guard names it: the parser stops at the first
 * row or cell past the limit, the guard counted a stream chunk by chunk (the count at the end of the chunk).
 */
function overLimitAsStreamed<T>(bytes: Uint8Array, file: string, limits: ReadLimits, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof RunError && e.messageId === 'sheetOverLimit') throw countAsStreamed(bytes, limits, file) ?? e;
    throw e;
  }
}
