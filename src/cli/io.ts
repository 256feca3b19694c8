// What every command shares: reading a workbook into the model, and turning errors into one line and an exit code.
import { readFile } from 'node:fs/promises';
import { InputError, type InputErrorCode } from '../adapters/exceljs/errors';
import { guardXlsxFile } from '../adapters/exceljs/guard';
import { loadWorkbookBytes, workbookToGrids } from '../adapters/exceljs/read';
import { NOT_A_TAKSTSKEMA_REASON, readWorkbook } from '../core/layout/discover';
import type { WorkbookModel } from '../core/model/takstskema';
import type ExcelJS from 'exceljs';

export const EXIT = { ok: 0, findings: 1, input: 2 } as const;

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const stdio: Output = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
};

/** Loads a file and reads its takstskema sheets; refuses a workbook without one. */
export async function readTakstskemaFile(file: string, sheet?: string): Promise<{ workbook: ExcelJS.Workbook; model: WorkbookModel; bytes: Buffer }> {
  // The guard reads the bytes once; they are loaded from memory and handed on (for a hash of the source).
  const bytes = await guardXlsxFile(file);
  const workbook = await loadWorkbookBytes(bytes, file, false);
  let grids = workbookToGrids(workbook);
  if (sheet !== undefined) {
    grids = grids.filter((g) => g.name === sheet);
    if (grids.length === 0) {
      const names = workbook.worksheets.map((w) => `"${w.name}"`).join(', ');
      throw new InputError('no-such-sheet', `Arket "${sheet}" findes ikke i ${file} (arkene er ${names}) / Sheet "${sheet}" not found`);
    }
  }
  const model = readWorkbook(grids);
  if (model.sheets.length === 0) {
    throw new InputError('no-takstskema', `${file}: ${sheet ? `arket "${sheet}" er ikke et takstskema` : 'intet af arkene er et takstskema'} (${NOT_A_TAKSTSKEMA_REASON}) / No takstskema sheet found`);
  }
  return { workbook, model, bytes };
}

/** Reads a JSON file; text that is not JSON is an input error with this code, naming the file. */
export async function readJsonFile(path: string, code: InputErrorCode): Promise<unknown> {
  const text = await readFile(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(code, `${path} er ikke gyldig JSON (${(e as Error).message}) / Not valid JSON`);
  }
}

/** Runs a command body; known input problems become one line on stderr and exit code 2, never a stack trace. */
export async function runCommand(io: Output, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`takst: ${e.message}`);
      return EXIT.input;
    }
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === 'string' && /^E[A-Z]+$/.test(err.code)) {
      io.err(`takst: Filen kunne ikke læses eller skrives (${err.code}: ${err.message}) / File error`);
      return EXIT.input;
    }
    io.err(`takst: Uventet fejl: ${(e as Error)?.message ?? String(e)} / Unexpected error${process.env.TAKST_DEBUG ? `\n${(e as Error)?.stack}` : ''}`);
    return EXIT.input;
  }
}
