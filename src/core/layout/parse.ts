// Reading numbers and percentages as Danish economists type them: 1.234,5 · 98 % · 0,98 with a % format.
import type { GridCell, Scalar } from '../grid';
import { trimText } from '../text';

/** Why a value could not be taken at face value; the validation rules turn these into findings. */
export type ValueIssue = 'text-number' | 'not-a-number' | 'error-value';

export interface ReadNumber {
  readonly value: number | null;
  readonly issue?: ValueIssue;
}

const YEAR_MIN = 1990;
const YEAR_MAX = 2100;

/**
 * Parses a number typed as text, Danish or English: "1.234,5", "1,234.5", "1 234", "-571.416",
 * "kr. 498", "3,10%". Returns null when the text is not a number.
 * A single "." followed by exactly three digits is a Danish thousands separator ("8.912" is 8912).
 */
export function parseLocaleNumber(text: string): number | null {
  let s = text
    .normalize('NFKC')
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .trim();
  s = s.replace(/^kr\.?\s*/i, '').replace(/\s*kr\.?$/i, '');
  s = s.replace(/\s*(%|pct\.?|procent)$/i, '').trim();
  let sign = 1;
  if (/^[+-]/.test(s)) {
    if (s[0] === '-') sign = -1;
    s = s.slice(1).trim();
  }
  // Spaces as thousands separators: "1 234 567".
  if (/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) s = s.replace(/ /g, '');
  if (!/^(\d[\d.,]*|[.,]\d+)$/.test(s)) return null;

  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let intPart: string;
  let fracPart = '';
  let groupSep: string | null = null;

  if (lastDot >= 0 && lastComma >= 0) {
    const dec = lastDot > lastComma ? '.' : ',';
    groupSep = dec === '.' ? ',' : '.';
    const at = s.lastIndexOf(dec);
    intPart = s.slice(0, at);
    fracPart = s.slice(at + 1);
    if (fracPart.includes(groupSep) || fracPart.includes(dec)) return null;
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const count = s.split(sep).length - 1;
    const after = s.slice(s.lastIndexOf(sep) + 1);
    const before = s.slice(0, s.lastIndexOf(sep));
    const thousands = count > 1 || (sep === '.' && after.length === 3 && /^[1-9]\d{0,2}$/.test(before));
    if (thousands) {
      groupSep = sep;
      intPart = s;
    } else {
      intPart = before;
      fracPart = after;
    }
  } else {
    intPart = s;
  }

  if (groupSep) {
    const groups = intPart.split(groupSep);
    if (!/^\d{1,3}$/.test(groups[0]) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return null;
    intPart = groups.join('');
  }
  if (intPart === '') intPart = '0';
  if (!/^\d+$/.test(intPart) || !/^\d*$/.test(fracPart)) return null;
  const n = Number(fracPart ? `${intPart}.${fracPart}` : intPart);
  return Number.isFinite(n) ? sign * n : null;
}

export function hasPercentFormat(cell: GridCell | undefined): boolean {
  return !!cell?.numFmt && formatKind(cell.numFmt).percent;
}

/**
 * A date or time number format ("d-m-yyyy", "[$-406]d. mmmm yyyy", "h:mm"): a number under it is a date, not a
 * figure. Colours, locales and quoted text are ignored; "mm" alone is not enough (it is also minutes).
 */
export function isDateFormat(numFmt: string | undefined): boolean {
  return !!numFmt && formatKind(numFmt).date;
}

/**
 * What a number format says of its numbers, worked out once per format: a sheet has a few formats and 50.000 number
 * cells at region scale, and the checks' regular expressions made a string per cell.
 */
function formatKind(numFmt: string): { date: boolean; percent: boolean } {
  return memo(FORMATS, numFmt, kindOfFormat);
}

function kindOfFormat(code: string): { date: boolean; percent: boolean } {
  const f = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').toLowerCase();
  const date = /[dy]/.test(f) || /h+\s*:\s*m/.test(f) || /m+\s*:\s*s/.test(f);
  return { date, percent: /%/.test(code.replace(/"[^"]*"/g, '')) };
}

const FORMATS = new Map<string, { date: boolean; percent: boolean }>();

/** Reads a plain number (places, kroner, rates). Text that parses is returned with issue "text-number". */
export function readNumber(cell: GridCell | undefined): ReadNumber {
  const n = plainNumber(cell);
  if (n !== undefined) return { value: n };
  if (!cell) return EMPTY;
  if (cell.error) return ERROR_VALUE;
  if (typeof cell.value === 'number' && isDateFormat(cell.numFmt)) return NOT_A_NUMBER;
  return readScalarNumber(cell.value);
}

/**
 * The number of a cell that holds a plain one (no error, not under a date format): what readNumber reads without an
 * issue. A number field takes it without making a reading first: most of a sheet's number cells are such.
 */
export function plainNumber(cell: GridCell | undefined): number | undefined {
  if (cell === undefined || cell.error) return undefined;
  const v = cell.value;
  return typeof v === 'number' && Number.isFinite(v) && !isDateFormat(cell.numFmt) ? v : undefined;
}

/** The readings without a number, one object each (a blank cell is the most common reading of all). */
const EMPTY: ReadNumber = Object.freeze({ value: null });
const ERROR_VALUE: ReadNumber = Object.freeze({ value: null, issue: 'error-value' });
const NOT_A_NUMBER: ReadNumber = Object.freeze({ value: null, issue: 'not-a-number' });

function readScalarNumber(v: Scalar): ReadNumber {
  if (v === null) return EMPTY;
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v } : NOT_A_NUMBER;
  if (typeof v === 'boolean') return NOT_A_NUMBER;
  const t = trimText(v);
  if (t === '' || t === '-') return EMPTY;
  const n = parseLocaleNumber(t);
  return n === null ? NOT_A_NUMBER : { value: n, issue: 'text-number' };
}

export interface PercentOptions {
  /**
   * Read a bare number at or below this size (no % sign, no % format) as a fraction: 0,98 → 98.
   * Only for fields where a fraction is the one sensible meaning (occupancy); see docs/decisions.md.
   */
  fractionUpTo?: number;
}

/** Reads a percentage as a percent number: 98 for 98 %, whatever the notation. */
export function readPercent(cell: GridCell | undefined, opts: PercentOptions = NO_OPTIONS): ReadNumber {
  if (!cell) return EMPTY;
  if (cell.error) return ERROR_VALUE;
  const v = cell.value;
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || isDateFormat(cell.numFmt)) return NOT_A_NUMBER;
    if (hasPercentFormat(cell)) return { value: scalePercent(v) };
    return { value: applyFraction(v, opts) };
  }
  if (typeof v === 'string') {
    const t = trimText(v);
    const r = readScalarNumber(t);
    if (r.value === null) return r;
    if (/%\s*$/.test(t) || /(pct\.?|procent)\s*$/i.test(t)) return { value: r.value, issue: 'text-number' };
    return { value: applyFraction(r.value, opts), issue: 'text-number' };
  }
  return readScalarNumber(v);
}

const NO_OPTIONS: PercentOptions = Object.freeze({});

function applyFraction(v: number, opts: PercentOptions): number {
  return opts.fractionUpTo !== undefined && Math.abs(v) <= opts.fractionUpTo ? scalePercent(v) : v;
}

/** Fraction to percent without binary noise: 0.0310 → 3.1, not 3.0999999999999996. */
export function scalePercent(fraction: number): number {
  return Number((fraction * 100).toPrecision(15));
}

/** A year typed as a number or as text ("2027", "2027 (kommende år)"). */
export function readYear(cell: GridCell | undefined): number | null {
  if (!cell || cell.error) return null;
  const v = cell.value;
  if (typeof v === 'number') return isYear(v) ? v : null;
  if (typeof v === 'string') {
    // A date is no year: "2027-01-01" (an ISO date cell) is a finding, not 2027.
    if (/^\s*\d{4}-\d{2}-\d{2}/.test(v)) return null;
    const m = /^\s*(\d{4})\b/.exec(v);
    if (m && isYear(Number(m[1]))) return Number(m[1]);
  }
  return null;
}

export function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX;
}

/** The text of a cell for label matching and text fields; numbers become their plain string. */
export function cellText(cell: GridCell | undefined): string | null {
  if (!cell || cell.value === null) return null;
  if (typeof cell.value === 'string') return cell.value;
  return String(cell.value);
}

/** Label normal form: lower case, single spaces, no trailing colon or asterisk. */
export function normalizeLabel(text: string): string {
  return memo(LABELS, text, normalizeLabelUncached);
}

/**
 * A sheet repeats the same few texts in every block (headers, labels): their normal forms are kept, bounded,
 * so discovery stays linear and cheap at region scale (docs/bench.md).
 */
const LABELS = new Map<string, string>();
const COMPACT = new Map<string, string>();
const MEMO_LIMIT = 20_000;

/** The value kept for a text, or f's, kept: the caches of the layout reader, each bounded to MEMO_LIMIT texts. */
export function memo<V>(cache: Map<string, V>, key: string, f: (s: string) => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size >= MEMO_LIMIT) cache.clear();
    v = f(key);
    cache.set(key, v);
  }
  return v;
}

function normalizeLabelUncached(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[:*]+$/, '')
    .trim()
    .toLowerCase();
}

/** Label key without spaces and light punctuation, for header synonyms ("OH %" → "oh%"). */
export function compactLabel(text: string): string {
  return memo(COMPACT, text, (t) => normalizeLabel(t).replace(/[\s().:*_-]/g, ''));
}

/** Occupancy typed as a bare fraction (0,98) is read as 98 %; see docs/decisions.md. */
export const OCCUPANCY_PERCENT: PercentOptions = { fractionUpTo: 1.5 };
