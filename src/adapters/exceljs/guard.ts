// Refuses files that are too big, not xlsx, encrypted or zip bombs, before exceljs loads them.
import { promises as fs, type Stats } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import * as yauzl from 'yauzl';
import { corruptFile as corrupt } from './errors';
import { runError } from '../../core/run-messages';
import { checkXlsxBytes, LIMITS, MB } from './zip-check';
import { eachNewMatch, SheetCounter, sheetOverLimit, STREAM_CHUNK } from './sheet-counter';

export { SheetCounter } from './sheet-counter';

export { LIMITS };

/** Checks a file before it is loaded; returns its bytes. */
export async function guardXlsxFile(path: string, limits = LIMITS): Promise<Buffer> {
  return (await guardXlsxFileParts(path, limits)).bytes;
}

/**
 * Checks a file and keeps, inflated, the parts `keep` names (the guard inflates every entry once anyway): the
 * reader of the commands that only read parses them without inflating the zip a second time. A kept worksheet's
 * rows and cells are left to that reader to count (`parseSheet` refuses past the same limits, as it parses).
 */
export async function guardXlsxFileParts(
  path: string,
  limits = LIMITS,
  keep?: (part: string) => boolean,
): Promise<{ bytes: Buffer; parts: Map<string, Buffer> }> {
  const stat = await inputFileStats(path);
  if (stat.size > limits.fileBytes) {
    throw runError('fileTooLarge', { path, size: MB(stat.size), limit: MB(limits.fileBytes) });
  }
  const bytes = await fs.readFile(path);
  const parts = await guardXlsxBytes(bytes, path, limits, keep);
  return { bytes, parts };
}

/** An input file's stats; a path that does not exist or is no file is refused (every reader of an input, alike). */
export async function inputFileStats(path: string): Promise<Stats> {
  const stat = await fs.stat(path).catch(() => null);
  if (!stat) throw runError('fileNotFound', { path });
  if (!stat.isFile()) throw runError('notAFile', { path });
  return stat;
}

/** Refuses bytes that are not a safe xlsx; returns the inflated parts `keep` names (none without it). */
export async function guardXlsxBytes(bytes: Buffer, name: string, limits = LIMITS, keep?: (part: string) => boolean): Promise<Map<string, Buffer>> {
  // The header and the central directory first (shared with the pane): refused before anything is inflated.
  const check = checkXlsxBytes(bytes, limits.uncompressedBytes);
  if (!check.ok) {
    if (check.reason === 'encrypted') {
      throw runError('encrypted', { file: name });
    }
    if (check.reason === 'not-xlsx') {
      throw runError('notXlsx', { file: name });
    }
    if (check.reason === 'zip-bomb') {
      throw runError('zipBomb', { file: name, limit: MB(limits.uncompressedBytes) });
    }
    // A damaged central directory: yauzl says what exactly (opening it rejects with the detail).
    (await openZip(bytes, name)).close();
    throw corrupt(name, 'zip-kataloget kan ikke læses');
  }
  // The sizes and the workbook part are checked above; this pass inflates what the headers declared.
  const zip = await openZip(bytes, name);
  const parts = new Map<string, Buffer>();
  try {
    for await (const entry of entries(zip, name)) {
      // Every entry is inflated once here, so that a size the headers lie about fails now (each entry's bytes are
      // held to its declared size) and not inside exceljs; a sheet that is not kept is counted while it streams, so
      // a sheet that lies about its size is stopped at the limit, in bounded memory.
      const isSheet = /^[^/]+\/worksheets\/[^/]+\.xml$/.test(entry.fileName);
      const keepIt = keep?.(entry.fileName) ?? false;
      // A part is kept (and parsed) only up to its own bound, by its declared size, which yauzl holds it to.
      const cap = isSheet ? PART_LIMITS.sheetBytes : PART_LIMITS.partBytes;
      if (keepIt && entry.uncompressedSize > cap)
        throw runError('partTooLarge', { file: name, part: entry.fileName, size: MB(entry.uncompressedSize), limit: MB(cap) });
      const counted = keepIt ? PART_COUNTS.find(([re]) => re.test(entry.fileName)) : undefined;
      // A kept sheet is counted by its parser (adapters/xlsx/sheet.ts), element by element, with the same refusal:
      // counting it here too cost a regular-expression pass over its text.
      if (keepIt) parts.set(entry.fileName, await readKept(zip, entry, name, counted && new TagCounter(counted[1], counted[2], counted[3])));
      else await readEntry(zip, entry, name, isSheet ? limits : null);
    }
  } finally {
    zip.close();
  }
  return parts;
}

/** Bounds on the parts besides a sheet's rows and cells, so that no part costs more than its size allows. */
export const PART_LIMITS = {
  /** A worksheet part, inflated (a national-scale skema of 6.600 blocks is about 60 MB). */
  sheetBytes: 200 * 1024 * 1024,
  /** Any other part read (workbook, relationships, shared strings, styles). */
  partBytes: 64 * 1024 * 1024,
};

/** Elements counted while a part streams: more than the limit is refused before the part is parsed. */
const PART_COUNTS: Array<[RegExp, string, number, string]> = [
  [/sharedStrings\.xml$/, 'si', LIMITS.sheetCells, 'delte tekster'],
  [/styles\.xml$/, 'xf', 65_536, 'celleformater'],
  [/\.rels$/, 'Relationship', 65_536, 'relationer'],
];

/** Counts one element's start tags across stream chunks (a tag may be cut between two). */
class TagCounter {
  count = 0;
  private tail = '';
  private readonly re: RegExp;
  constructor(
    readonly tag: string,
    readonly limit: number,
    readonly what: string,
  ) {
    this.re = new RegExp(`<(?:\\w+:)?${tag}(?=[\\s>/])`, 'g');
  }
  push(chunk: string): boolean {
    this.tail = eachNewMatch(this.tail, chunk, this.re, 64, () => this.count++);
    return this.count <= this.limit;
  }
}

function openZip(bytes: Buffer, name: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) reject(corrupt(name, err?.message ?? 'ukendt fejl'));
      else resolve(zip);
    });
  });
}

async function* entries(zip: yauzl.ZipFile, name: string): AsyncGenerator<yauzl.Entry> {
  while (true) {
    const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
      const onEntry = (e: yauzl.Entry) => {
        cleanup();
        resolve(e);
      };
      const onEnd = () => {
        cleanup();
        resolve(null);
      };
      const onError = (err: Error) => {
        cleanup();
        reject(corrupt(name, err.message));
      };
      const cleanup = () => {
        zip.off('entry', onEntry);
        zip.off('end', onEnd);
        zip.off('error', onError);
      };
      zip.on('entry', onEntry);
      zip.on('end', onEnd);
      zip.on('error', onError);
      zip.readEntry();
    });
    if (!entry) return;
    yield entry;
  }
}

/**
 * A kept entry: its compressed bytes read, then inflated in one call, at most a chunk past its declared size (which
 * bounds the memory), and held to that size as yauzl holds a stream to it, with yauzl's words. Streamed, the same
 * inflating came in some hundred chunks and cost half as much again (a 5 MB sheet: 118 against 72 ms).
 */
function readKept(zip: yauzl.ZipFile, entry: yauzl.Entry, name: string, tags?: TagCounter): Promise<Buffer> {
  const compressed = entry.compressionMethod === 8;
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, compressed ? { decompress: false } : {}, (err, stream) => {
      if (err || !stream) return reject(corrupt(name, err?.message ?? 'ukendt fejl'));
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (e: Error) => reject(corrupt(name, e.message)));
      stream.on('end', () => {
        try {
          const bytes = compressed ? inflateDeclared(Buffer.concat(chunks), entry.uncompressedSize, name) : Buffer.concat(chunks);
          if (tags && !tags.push(bytes.toString('latin1'))) {
            throw runError('partTooManyElements', { file: name, part: entry.fileName, limit: tags.limit, what: tags.what, tag: tags.tag });
          }
          resolve(bytes);
        } catch (e) {
          reject(e);
        }
      });
    });
  });
}

/**
 * Raw deflate data inflated to exactly `declared` bytes; more or fewer is a corrupt file, said as yauzl's stream
 * says it (so the message is the same as before: "got at least" the bytes up to the chunk past the declared size).
 */
function inflateDeclared(raw: Buffer, declared: number, name: string): Buffer {
  const bound = (Math.floor(declared / STREAM_CHUNK) + 1) * STREAM_CHUNK;
  const tooMany = (got: number) => corrupt(name, `too many bytes in the stream. expected ${declared}. got at least ${got}`);
  let out: Buffer;
  try {
    // Into one buffer of the bound's size: zlib's default 16 KiB pieces are joined into a second copy at the end, and
    // every page of memory first written costs (15 µs a page on this machine: 2.600 for a 5 MB sheet; docs/bench.md).
    out = inflateRawSync(raw, { maxOutputLength: bound, chunkSize: bound });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooMany(bound);
    throw corrupt(name, (e as Error).message);
  }
  if (out.length > declared) throw tooMany(out.length);
  if (out.length < declared) throw corrupt(name, `not enough bytes in the stream. expected ${declared}. got only ${out.length}`);
  return out;
}

/**
 * Inflates an entry that is not kept to its end (checking its real size against the declared one), in bounded
 * memory; a sheet is counted as it streams.
 */
function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, name: string, limits: typeof LIMITS | null): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(corrupt(name, err?.message ?? 'ukendt fejl'));
      const counter = limits ? new SheetCounter() : null;
      stream.on('data', (chunk: Buffer) => {
        if (!counter || !limits) return;
        counter.push(chunk.toString('latin1'));
        const over = sheetOverLimit(counter, limits, name);
        if (over) {
          stream.destroy();
          reject(over);
        }
      });
      stream.on('end', () => resolve());
      stream.on('error', (e: Error) => reject(corrupt(name, e.message)));
    });
  });
}
