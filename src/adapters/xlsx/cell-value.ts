// One cell of a worksheet part, as the sheet reader collected it, → the grid's cell, as exceljs reads it: its value
// by its type (a shared string, an inline or formula text, a boolean, an error, an ISO date, a number, a number
// under a date format), a formula's cached result, a shared formula slid to its cell.
import type { GridCell, Scalar } from '../../core/grid';
import { corruptFile as corrupt } from '../exceljs/errors';
import type { CellStyle } from './styles';

/** What a collected cell is: blank (kept for its style), a value, a formula, or a merged area's other cell. */
export const NULL = 0;
export const VALUE = 1;
export const FORMULA = 2;
export const MERGE = 3;

/** A cell as the reader found it in the XML: its attributes and the texts of its elements. */
export interface RawCell {
  ref: string | undefined;
  styleId: number | undefined;
  type: string | undefined;
  formula: string | undefined;
  shareType: string | undefined;
  si: string | undefined;
  isMaster: boolean;
  value: string | undefined;
  rich: string[] | null;
}

/** What a cell's value needs of the workbook. */
export interface ValueContext {
  strings: readonly string[];
  date1904: boolean;
  /** The file, for the messages. */
  file: string;
}

/** A cell address's column, 0-based (its letters; "$" skipped); -1 when the address is not letters then digits. */
export function decodeCol(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
    else if (c !== 36) break;
  }
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 36)) return -1;
  }
  return col - 1;
}

const XML_ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' };
/** exceljs decodes a formula's text result once more after the XML parser did (utils.xmlDecode). */
const xmlDecodeAgain = (text: string): string => text.replace(/&([a-z]*);/g, (c) => XML_ENTITIES[c] ?? c);

/** exceljs's slideFormula: a shared formula moved from its master cell to another cell. */
export function slideFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }): string {
  return formula.replace(/(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi, (match: string, sheet: string | undefined, _s: string, part: string, paren: string) => {
    if (paren) return match;
    const m = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i.exec(part);
    if (!m) return match;
    const letters = m[2].toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return match;
    let col = 0;
    for (const ch of letters) col = col * 26 + ch.charCodeAt(0) - 64;
    let row = parseInt(m[4], 10);
    if (!m[1]) col += to.col - from.col;
    if (!m[3]) row += to.row - from.row;
    let text = '';
    for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
    return `${sheet ?? ''}${m[1] ?? ''}${text}${m[3] ?? ''}${row}`;
  });
}

/** The error value of a date outside what a date can hold. */
export const OUT_OF_RANGE = '#NUM!';

/**
 * A date cell's value as exceljs gives it (an ISO text), or null for a serial no JavaScript date can hold (Excel
 * shows ##### there): then the cell is the error #NUM!, on both readers (adapters/exceljs/grid.ts says the same).
 */
function dateText(serial: number, date1904: boolean): string | null {
  // Multiplied step by step as exceljs does (utils.excelToDate): × 86.400.000 at once rounds differently for some
  // serials, a millisecond apart from the grid exceljs gives.
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Not kept: a cell element with neither value, formula nor style (exceljs does not keep it, nor count it as a cell). */
export const NONE = -1;

/** The cell's kind: a formula, a value, a blank kept for its style (NULL), or NONE. */
export function cellKind(raw: RawCell): number {
  if (raw.formula || raw.shareType) return FORMULA;
  if (raw.value !== undefined || raw.rich) return VALUE;
  return raw.styleId ? NULL : NONE;
}

/** What a cell element says: its value, or its error. */
export interface Said {
  value: Scalar;
  error: string | undefined;
}

/** The value and error of a cell element of a kind other than NONE (its grid cell is made once the formula is known). */
export function cellValue(raw: RawCell, kind: number, style: CellStyle | undefined, ctx: ValueContext): Said {
  const said: Said = { value: null, error: undefined };
  if (kind === FORMULA) {
    const result = formulaResult(raw, said);
    if (typeof result === 'number' && style?.date) {
      const date = dateText(result, ctx.date1904);
      if (date === null) said.error = OUT_OF_RANGE;
      if (date !== null) said.value = date;
    } else if (result !== undefined) said.value = result as Scalar;
  } else if (kind === VALUE) typedValue(raw.rich ? raw.rich.join('') : (raw.value as string), raw.type, style, ctx, said);
  return said;
}

/**
 * A grid cell made with all its properties at once, in the order the grid has them (value, error, formula, number
 * format, fill): a property added to an object after it is made goes into a second object, and a 660-block sheet has
 * 110.000 cells.
 */
export function makeCell(
  value: Scalar,
  error: string | undefined,
  formula: string | undefined,
  numFmt: string | undefined,
  fill: string | undefined,
): GridCell {
  let cell: GridCell;
  if (error === undefined) {
    // Made with value null and given its value after: the value's slot then holds numbers, texts and null alike (made
    // with a number first, V8 would keep numbers in it unboxed, and box each one anew where the core reads it).
    if (formula === undefined) {
      if (numFmt) cell = fill ? { value: null, numFmt, fill } : { value: null, numFmt };
      else cell = fill ? { value: null, fill } : { value: null };
    } else if (numFmt) cell = fill ? { value: null, formula, numFmt, fill } : { value: null, formula, numFmt };
    else cell = fill ? { value: null, formula, fill } : { value: null, formula };
    cell.value = value;
    return cell;
  }
  cell = { value, error };
  if (formula !== undefined) cell.formula = formula;
  if (numFmt) cell.numFmt = numFmt;
  if (fill) cell.fill = fill;
  return cell;
}

/** A formula's cached result by its type; an error goes into the cell. */
function formulaResult(raw: RawCell, cell: Said): unknown {
  const { value, type } = raw;
  if (!value) return undefined;
  if (type === 'str') return xmlDecodeAgain(value);
  if (type === 'b') return parseInt(value, 10) !== 0;
  if (type === 'e') {
    cell.error = value;
    return undefined;
  }
  // A result that is no number (an inline string under a formula): no result, as exceljs reads it.
  const n = parseFloat(value);
  return Number.isNaN(n) ? undefined : n;
}

/** A value cell's text by its type, into the cell. */
function typedValue(text: string, type: string | undefined, style: CellStyle | undefined, ctx: ValueContext, cell: Said): void {
  switch (type) {
    case 's': {
      const s = ctx.strings[parseInt(text, 10)];
      if (s === undefined) throw corrupt(ctx.file, `en delt tekst ${text} findes ikke`);
      cell.value = s;
      return;
    }
    case 'str':
      cell.value = xmlDecodeAgain(text);
      return;
    case 'inlineStr':
      cell.value = text;
      return;
    case 'b':
      cell.value = parseInt(text, 10) !== 0;
      return;
    case 'e':
      cell.error = text;
      return;
    case 'd': {
      // An ISO 8601 date cell (valid OOXML): a date, never the number its first digits make ("2027-01-01" is not
      // 2027), so a date where a figure belongs is a finding that quotes it.
      const ms = Date.parse(text);
      cell.value = Number.isNaN(ms) ? text : new Date(ms).toISOString();
      return;
    }
  }
  const n = parseFloat(text);
  // "-INF", "1e309", "NaN": not a finite number; kept as written, so a finding quotes it (never "Infinity").
  if (!Number.isFinite(n)) {
    cell.value = text;
    return;
  }
  const date = style?.date ? dateText(n, ctx.date1904) : undefined;
  if (date === null) {
    cell.value = null;
    cell.error = OUT_OF_RANGE;
  } else cell.value = date ?? n;
}
