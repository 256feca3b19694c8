// What every command shares: reading a workbook into the model, and turning errors into one line and an exit code.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Snapshot } from '../core/model/snapshot';
import { hashedContent, SNAPSHOT_SCHEMA_VERSION } from '../core/model/canonical-json';
import { checkXlsxBytes, LIMITS, MB } from '../adapters/exceljs/zip-check';
import { inputFileStats } from '../adapters/exceljs/guard';
import { readGridsFile } from '../adapters/xlsx/file';
import type { Grid } from '../core/grid';
import { NOT_A_TAKSTSKEMA_REASON, readWorkbook } from '../core/layout/discover';
import { readOldSheet } from '../core/layout/old-layout';
import type { WorkbookModel } from '../core/model/takstskema';
import type ExcelJS from 'exceljs';
import { inputErrorValue } from '../core/rules/input-error-value';
import { formulaWithoutResult } from '../core/rules/formula-without-result';
import { notANumber } from '../core/rules/not-a-number';
import { checkSheet } from '../core/rules/runner';
import { looksBinary } from '../core/import/text';

export { EXIT } from '../core/errors';
export { oneLine, stdio, unexpectedError, type Output } from './output';
import { oneLine, unexpectedError, type Output } from './output';
import { EXIT, RUN_ERRORS, RunError, type RunErrorCode } from '../core/errors';
import { runError } from '../core/run-messages';

/**
 * Reads a file's takstskema sheets, for the commands that only read: the guard keeps the parts it inflates and
 * adapters/xlsx parses them straight into grids, without exceljs's in-memory workbook (several times faster, a
 * fraction of the memory). Refuses a workbook without a takstskema sheet.
 */
export async function readTakstskemaFile(file: string, sheet?: string): Promise<{ model: WorkbookModel; bytes: Buffer }> {
  const { bytes, grids } = await readGridsFile(file);
  return { model: takstskemaOf(grids, file, sheet), bytes };
}

/**
 * As readTakstskemaFile, for the commands that write the file back (prefill, fill --into, validate --out): the model
 * (and so the plan and the findings) comes from the same reading as readTakstskemaFile's, and the file is loaded into
 * exceljs only to apply the plan, after its reading of the sheets was checked to be the same. A file exceljs cannot
 * load, or reads differently, is one refusal ("kan læse …, men ikke skrive i den sikkert"), the same for every
 * command.
 */
export async function openTakstskemaFile(
  file: string,
  sheet?: string,
): Promise<{ workbook: ExcelJS.Workbook; model: WorkbookModel; grids: Grid[]; bytes: Buffer }> {
  const { bytes, grids } = await readGridsFile(file);
  const model = takstskemaOf(grids, file, sheet);
  // exceljs is loaded only here: the commands that only read never load it.
  const { default: ExcelJS } = await import('exceljs');
  const { assertSameReading, unwritable } = await import('../adapters/exceljs/agree');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw unwritable(file, `skriveren kan ikke åbne den (${(e as Error).message})`);
  }
  assertSameReading(
    file,
    grids,
    workbook,
    model.sheets.map((s) => s.sheet),
  );
  // A copy that would lose charts, pivot tables or external links is refused; custom properties are carried over.
  const { keepParts } = await import('../adapters/exceljs/carry');
  const check = checkXlsxBytes(bytes);
  await keepParts(file, workbook, bytes, check.ok ? check.names : []);
  return { workbook, model, grids, bytes };
}

/** The takstskema sheets of grids already read (refused as readTakstskemaFile refuses a workbook without one). */
export function takstskemaOf(all: Grid[], file: string, sheet?: string): WorkbookModel {
  let grids = all;
  if (sheet !== undefined) {
    grids = grids.filter((g) => g.name === sheet);
    if (grids.length === 0) {
      const names = all.map((g) => `"${g.name}"`).join(', ');
      throw runError('sheetNotInFile', { sheet, file, names });
    }
  }
  const model = readWorkbook(grids);
  if (model.sheets.length === 0) {
    throw runError('noTakstskema', { file, sheet, reason: NOT_A_TAKSTSKEMA_REASON, oldLayout: grids.some((g) => readOldSheet(g) !== null) });
  }
  return model;
}

/**
 * The rules that say a cell holds something that could not be read as its figure (an error value, text or a date
 * in a number cell, a formula without a calculated result): the figure is missing from whatever a command prints
 * or writes. Empty cells are not this.
 */
export const READ_RULES = [inputErrorValue, notANumber, formulaWithoutResult];

/**
 * Commands other than validate still do their work on a sheet with unreadable cells, but say so in one line on
 * stderr and return exit code 1, so that neither a person nor a script takes the output as complete.
 */
export function reportReadProblems(io: Output, model: WorkbookModel, file?: string): number {
  const findings = model.sheets.flatMap((s) => checkSheet(s, READ_RULES));
  if (findings.length === 0) return EXIT.ok;
  const shown = findings
    .slice(0, 3)
    .map((f) => `${f.sheet}!${f.cell ?? '?'} (${f.ruleId})`)
    .join(', ');
  io.err(
    `takst: ${file ? `${file}: ` : ''}${findings.length} ${findings.length === 1 ? 'celle' : 'celler'} kunne ikke læses og mangler i resultatet: ${shown}${findings.length > 3 ? ' …' : ''}; takst validate viser dem / ${findings.length} cell(s) could not be read`,
  );
  return EXIT.findings;
}

/**
 * The bytes of a text input (a JSON file, a CSV table); a missing, too large, empty, xlsx/zip or binary file is
 * an input error with this code, saying it is not `what` ("en JSON-fil", "en CSV-tabel"), plus `advice` if given.
 */
export async function readTextInput(path: string, code: RunErrorCode, what: string, advice = ''): Promise<Buffer> {
  const s = await inputFileStats(path);
  if (s.size > LIMITS.fileBytes) throw runError('textFileTooLarge', { path, what, limit: MB(LIMITS.fileBytes) });
  const bytes = await readFile(path);
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) throw runError('xlsxNotText', { path, what, advice }, code);
  if (bytes.length === 0) throw runError('emptyFile', { path, what }, code);
  if (looksBinary(bytes)) throw runError('binaryFile', { path, what, advice }, code);
  return bytes;
}

/** Reads a JSON file; anything that is not JSON (an xlsx, binary, too large) is an input error with this code. */
export async function readJsonFile(path: string, code: RunErrorCode): Promise<unknown> {
  const bytes = await readTextInput(path, code, 'en JSON-fil');
  try {
    return JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw runError('invalidJson', { path, detail: (e as Error).message }, code);
  }
}

/**
 * Reads the input files of a batch command one by one: progress on stderr when there is more than one; a file
 * that cannot be used (an RunError) is listed and the others go on. When none can be used, nothing is to be
 * written: the one file's own message, or a line saying none could be read, as an input error (exit code 2).
 */
export async function readEach<T>(io: Output, files: string[], read: (file: string) => Promise<T>): Promise<{ read: T[]; failed: string[] }> {
  const out: T[] = [];
  const failed: string[] = [];
  /** The one file's own refusal, said of that file, when there is only one. */
  let only: RunError | undefined;
  for (const [i, file] of files.entries()) {
    if (files.length > 1) io.err(`[${i + 1}/${files.length}] ${file}`);
    try {
      out.push(await read(file));
    } catch (e) {
      if (!(e instanceof RunError)) throw e;
      const said = e.in(file);
      if (files.length === 1) only = said;
      const why = said.bilingual;
      failed.push(why);
      if (files.length > 1) io.err(`takst: ikke læst: ${oneLine(why)}`);
    }
  }
  if (out.length === 0) throw only ?? runError('noneReadable', { count: files.length });
  return { read: out, failed };
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'findes ikke',
  EACCES: 'ingen adgang',
  EPERM: 'ikke tilladt (er filen åben i Excel?)',
  EISDIR: 'er en mappe',
  ENOTDIR: 'en del af stien er ikke en mappe',
  ENOSPC: 'disken er fuld',
  EROFS: 'skrivebeskyttet drev',
  EEXIST: 'findes allerede',
  EBUSY: 'filen er i brug (er den åben i Excel?)',
};

function fileErrorText(err: NodeJS.ErrnoException): string {
  const what = FILE_ERRORS[err.code ?? ''];
  return `${what ? `${what}: ` : ''}${err.path ?? err.message}; ${err.code}`;
}

/** Refuses a --format other than text or json. */
export function textOrJson(format: string): asserts format is 'text' | 'json' {
  if (format !== 'text' && format !== 'json') throw runError('textOrJson', { format });
}

/** Runs a command body; known input problems become one line on stderr and exit code 2, never a stack trace. */
export async function runCommand(io: Output, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof RunError) {
      io.err(`takst: ${oneLine(e.bilingual)}`);
      return e.exit;
    }
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === 'string' && /^E[A-Z]+$/.test(err.code)) {
      io.err(`takst: ${oneLine(runError('fileError', { detail: fileErrorText(err) }).bilingual)}`);
      return RUN_ERRORS['file-error'].exit;
    }
    io.err(unexpectedError(e));
    return RUN_ERRORS.unexpected.exit;
  }
}

/**
 * The snapshot bundled with the tool: the newest assets/snapshot-YYYY.json (a release may bundle another year's);
 * assets/ sits two levels above this file, both in src/cli and in lib/cli.
 */
export const BUNDLED_SNAPSHOT = ((dir: string) => {
  const newest = readdirSync(dir)
    .filter((f) => /^snapshot-\d{4}\.json$/.test(f))
    .sort()
    .pop();
  return join(dir, newest ?? 'snapshot-2026.json');
})(join(__dirname, '..', '..', 'assets'));

/** Reads and checks a snapshot file; anything else is a bad-snapshot input error. */
export async function readSnapshotFile(path: string): Promise<Snapshot> {
  const json = await readJsonFile(path, 'bad-snapshot');
  // The bundled snapshot ships with the tool: it was checked against the schema when it was sealed (and a test
  // checks it again), so its hash alone says it is that content. Any other snapshot is checked against the schema,
  // which loads zod (about 50 ms): a plain `takst validate` starts without it.
  if (resolve(path) === BUNDLED_SNAPSHOT && isSealed(json)) return json;
  const { parseSnapshot } = await import('../core/model/snapshot');
  return parseSnapshot(json, path);
}

/**
 * SHA-256 as hex, with Node's own (native): of a file's bytes, or of a text in UTF-8. node:crypto is loaded when
 * first asked (6 ms): a validate without a snapshot never needs it.
 */
export function sha256Hex(data: Buffer | string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded when first used, not with the module
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(data).digest('hex');
}

/** A snapshot-shaped object whose hash matches its content. */
export function isSealed(json: unknown): json is Snapshot {
  if (!json || typeof json !== 'object') return false;
  const o = json as { sha256?: unknown; schemaVersion?: unknown };
  // The core's snapshotHash with Node's SHA-256: @noble/hashes took 15 ms of a plain validate to load.
  return o.schemaVersion === SNAPSHOT_SCHEMA_VERSION && typeof o.sha256 === 'string' && o.sha256 === sha256Hex(hashedContent(o));
}
