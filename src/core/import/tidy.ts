// A tidy table (CSV or a sheet): one row per offer, year and level, or per offer and year with level columns,
// read through a JSON column mapping (validated by zod). Every row is accounted for: it becomes part of an offer
// or is reported with its reason.
import Papa from 'papaparse';
import { z } from 'zod';
import { parseLocaleNumber } from '../layout/parse';
import { mapLovgrundlag, mapTakstenhed } from '../model/mappings';
import { TAKST_LEVELS } from '../model/figures';
import { normalizeName } from '../model/match';
import type { FillOffer } from '../model/fill-offer';
import type { SnapshotFigures } from '../model/snapshot';
import { firstIssue } from '../model/issue';
import { runError } from '../run-messages';
import { isPercentFigure, SNAPSHOT_SCALARS } from '../model/figures';

const TAKST_FIELDS = Array.from({ length: TAKST_LEVELS }, (_, i) => `takst${i + 1}`) as [string, ...string[]];

export const FIELDS = [
  'driftsherre',
  'tilbud',
  'afdeling',
  'paragraf',
  'enhed',
  'year',
  ...SNAPSHOT_SCALARS,
  'level',
  'rate',
  'bemaerkning',
  ...TAKST_FIELDS,
] as const;
export type TidyField = (typeof FIELDS)[number];

export const MappingSchema = z.object({
  /** Column header in the file → field. */
  columns: z.record(z.string(), z.enum(FIELDS as unknown as [string, ...string[]])),
  /** How numbers are written: "da" 1.234,5 · "en" 1,234.5. */
  locale: z.enum(['da', 'en']).default('da'),
  /** Percent fields (belaegning, oh) as percent numbers (98) or fractions (0,98). */
  percent: z.enum(['number', 'fraction']).default('number'),
  /** Rows to skip before the header row (titles above the table). */
  skipRows: z.number().int().min(0).default(0),
  /** For an xlsx: the sheet to read (else the first). */
  sheet: z.string().optional(),
});
export type Mapping = z.infer<typeof MappingSchema>;

/** Keys JavaScript gives a meaning of its own: a column by that name would be dropped or change the object. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Checks a mapping (kolonneoversættelse) and says, in Danish and English, which key is wrong and what it should be;
 * a reserved key (`__proto__`, `constructor`) is refused by name rather than silently dropped.
 */
export function parseMapping(json: unknown): Mapping {
  const example = '{"columns": {"Tilbud": "tilbud", "År": "year", "Takst": "rate"}}';
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw runError('mappingNotObject', { example });
  const columns = (json as Record<string, unknown>).columns;
  if (!columns || typeof columns !== 'object' || Array.isArray(columns)) throw runError('mappingNoColumns', { example });
  for (const key of [...Object.keys(json as object), ...Object.keys(columns)]) if (RESERVED_KEYS.has(key)) throw runError('mappingReservedKey', { key });
  for (const [header, field] of Object.entries(columns))
    if (typeof field !== 'string' || !(FIELDS as readonly string[]).includes(field))
      throw runError('mappingUnknownField', { header, field: typeof field === 'string' ? field : undefined, fields: FIELDS.join(', ') });
  const r = MappingSchema.safeParse(json);
  if (!r.success) throw runError('mappingFormat', { detail: firstIssue(r.error) });
  const fields = Object.values(r.data.columns);
  for (const need of ['tilbud', 'year'] as const) if (!fields.includes(need)) throw runError('mappingMissingField', { field: need });
  return r.data;
}

/** Excel's limit on the characters of one cell. */
export const CELL_TEXT_LIMIT = 32_767;
/** A figure larger than this is no rate, budget or place count: a typo or an overflow ("1e308"). */
const LARGEST_FIGURE = 1e12;

export interface CsvTable {
  rows: string[][];
  /** 1-based line of each row in the file (a "sep=;" line and quoted line breaks shift them). */
  lines: number[];
  /** Row index → why the row cannot be used (a quote that is not closed, a field too many or too few). */
  problems: Map<number, string>;
}

/**
 * CSV text to rows. Line endings are made one kind first (a file with CRLF, LF and CR lines keeps every row); an
 * Excel "sep=;" first line names the separator, else papaparse detects ";" or ","; papaparse's own errors are
 * kept by row, never dropped.
 */
export function parseCsv(text: string): CsvTable {
  let body = text.replace(/\r\n?/g, '\n');
  let delimiter = '';
  let offset = 1;
  const sep = /^sep=(.)\n/i.exec(body);
  if (sep) {
    delimiter = sep[1];
    body = body.slice(sep[0].length);
    offset = 2;
  }
  const r = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const rows = r.data.map((row) => row.map((c) => (c ?? '').toString()));
  const lines: number[] = [];
  let line = offset;
  for (const row of rows) {
    lines.push(line);
    line += 1 + row.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
  }
  const problems = new Map<number, string>();
  for (const e of r.errors) {
    if (e.type === 'Delimiter') continue; // a one-column file: nothing to split
    const at = e.row ?? rows.length - 1;
    const why = e.type === 'Quotes' ? 'et citationstegn (") lukkes ikke, så resten af rækken kan ikke læses' : e.message;
    problems.set(at, problems.has(at) ? `${problems.get(at)}; ${why}` : why);
  }
  return { rows, lines, problems };
}

export interface RowStatus {
  /** 1-based row in the file. */
  row: number;
  offerKey: string | null;
  reason: string | null;
}

export interface TidyResult {
  driftsherre: string | null;
  offers: FillOffer[];
  rows: RowStatus[];
  /** Values kept out of a row that is used otherwise (an unmapped Enhed or §§), with the reason. */
  warnings: Array<{ row: number; reason: string }>;
}

/** A cell of a table: text from a CSV, or a number, text or blank from a sheet. */
export type TableCell = string | number | boolean | null;

function parseNumber(text: string | number, locale: 'da' | 'en'): number | null {
  if (typeof text === 'number') return Number.isFinite(text) ? text : null;
  const t = text.trim().replace(/\s*%$/, '');
  if (t === '') return null;
  if (locale === 'en') {
    const n = Number(t.replace(/,/g, '').replace(/\s/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  return parseLocaleNumber(t);
}

export interface TableSource {
  /** 1-based line in the file of each row (else the row number). */
  lines?: number[];
  /** Row index → why it cannot be used, found while parsing. */
  problems?: Map<number, string>;
  /** Every row must have the header's number of fields (CSV): a row with one too few is shifted, never guessed. */
  strictWidth?: boolean;
}

/** Each mapped field's column in the header row; a column the file lacks is refused, naming the columns it has. */
function columnsOf(header: string[], mapping: Mapping): Map<TidyField, number> {
  const cols = new Map<TidyField, number>();
  for (const [name, field] of Object.entries(mapping.columns)) {
    const i = header.findIndex((h) => h.trim().toLowerCase() === name.trim().toLowerCase());
    if (i < 0) {
      const shown = header.map((h) => h.trim()).filter((h) => h !== '');
      const list = shown
        .slice(0, 12)
        .map((h) => `"${h.length > 40 ? `${h.slice(0, 39)}…` : h}"`)
        .join(', ');
      throw runError('mappingColumnMissing', {
        column: name,
        field,
        found: shown.length ? `${list}${shown.length > 12 ? ` og ${shown.length - 12} flere` : ''}` : '',
      });
    }
    cols.set(field as TidyField, i);
  }
  return cols;
}

/** How a row's fields are read: texts cut at a cell's limit, numbers and percents checked, each problem warned. */
function fieldReaders(cols: Map<TidyField, number>, header: string[], mapping: Mapping, warn: (reason: string) => void) {
  const raw = (row: TableCell[], f: TidyField): string | number => {
    const i = cols.get(f);
    const v = i === undefined ? null : row[i];
    return typeof v === 'number' ? v : v === null || v === undefined ? '' : String(v).trim();
  };
  const columnName = new Map([...cols].map(([f, i]) => [f, header[i].trim()]));
  /** A text field, cut at Excel's cell limit (with a warning). */
  const get = (row: TableCell[], f: TidyField): string => {
    const t = String(raw(row, f));
    if (t.length <= CELL_TEXT_LIMIT) return t;
    warn(
      `kolonne "${columnName.get(f)}": teksten har ${t.length.toLocaleString('da-DK')} tegn; en Excel-celle rummer ${CELL_TEXT_LIMIT.toLocaleString('da-DK')}, så den er afkortet`,
    );
    return t.slice(0, CELL_TEXT_LIMIT);
  };
  /** A number field: blank is null; anything that is not a plausible figure is reported by row and column. */
  const num = (row: TableCell[], f: TidyField): number | null => {
    const v = raw(row, f);
    const n = parseNumber(v, mapping.locale);
    if (n !== null && Math.abs(n) <= LARGEST_FIGURE) return n;
    if (String(v).trim() !== '') warn(`kolonne "${columnName.get(f)}": "${String(v).slice(0, 40)}" er ikke et tal, der kan bruges; cellen er ikke udfyldt`);
    return null;
  };
  const pct = (row: TableCell[], f: TidyField) => {
    const n = num(row, f);
    if (n === null) return null;
    return mapping.percent === 'fraction' && !/%\s*$/.test(String(raw(row, f))) ? Number((n * 100).toPrecision(15)) : n;
  };
  return { raw, get, num, pct, columnName };
}

type Readers = ReturnType<typeof fieldReaders>;

/**
 * One row's figures into its offer's year: the scalars, Takst 1-10 (or a level and a rate, one per row). The same
 * figure twice for one offer and year with another value: the first is kept and the clash named. Returns why the
 * row cannot be used, or null.
 */
function rowFigures(
  row: TableCell[],
  f: SnapshotFigures,
  ctx: { tilbud: string; year: number; cols: Map<TidyField, number>; read: Readers; warn: (reason: string) => void },
): string | null {
  const { tilbud, year, cols, read, warn } = ctx;
  const keep = (k: string, before: number | null | undefined, v: number, put: () => void) => {
    if (before === undefined || before === null || before === v) put();
    else warn(`${tilbud}: ${k} for ${year} står allerede som ${before}; ${v} i denne række er ikke brugt (samme tilbud to gange?)`);
  };
  for (const percent of [false, true]) {
    for (const k of SNAPSHOT_SCALARS.filter((key) => isPercentFigure(key) === percent)) {
      const v = percent ? read.pct(row, k) : read.num(row, k);
      if (v !== null) keep(read.columnName.get(k) ?? k, f[k], v, () => (f[k] = v));
    }
  }
  const levels = (f.takster ??= []);
  let bad: string | null = null;
  TAKST_FIELDS.forEach((name, i) => {
    const v = read.num(row, name as TidyField);
    if (v !== null) keep(`Takst ${i + 1}`, levels[i], v, () => (levels[i] = v));
  });
  if (cols.has('level') || cols.has('rate')) {
    const levelText = read.get(row, 'level');
    const rate = read.num(row, 'rate');
    const level = levelText ? Number(/\d+/.exec(levelText)?.[0]) : levels.filter((x) => x !== undefined && x !== null).length + 1;
    if (rate !== null) {
      if (!Number.isInteger(level) || level < 1) bad = `${tilbud}: niveauet "${levelText}" er ikke et tal fra 1 til ${TAKST_LEVELS}`;
      else if (level > TAKST_LEVELS) bad = `${tilbud} har et takstniveau ${level}; skemaet har plads til ${TAKST_LEVELS}`;
      else keep(`Takst ${level}`, levels[level - 1], rate, () => (levels[level - 1] = rate));
    }
  }
  if (bad) return bad;
  for (let i = 0; i < levels.length; i++) if (levels[i] === undefined) levels[i] = null;
  if (levels.length === 0) delete f.takster;
  return null;
}

export function tidyToOffers(table: TableCell[][], mapping: Mapping, source: TableSource = {}): TidyResult {
  const header = (table[mapping.skipRows] ?? []).map((h) => (h === null ? '' : String(h)));
  const cols = columnsOf(header, mapping);
  const out: TidyResult = { driftsherre: null, offers: [], rows: [], warnings: [] };
  const byKey = new Map<string, FillOffer>();
  let line = 0;
  const warn = (reason: string) => out.warnings.push({ row: line, reason });
  const read = fieldReaders(cols, header, mapping, warn);
  const { get } = read;
  const width = header.length;
  for (let r = mapping.skipRows + 1; r < table.length; r++) {
    const row = table[r];
    line = source.lines?.[r] ?? r + 1;
    const report = (reason: string) => out.rows.push({ row: line, offerKey: null, reason });
    if (row.every((c) => c === null || String(c).trim() === '')) continue;
    const problem = source.problems?.get(r);
    if (problem) {
      report(`Rækken kan ikke læses: ${problem}`);
      continue;
    }
    if (source.strictWidth && row.length !== width) {
      report(`Rækken har ${row.length} felter, men overskriften har ${width}; den er ikke brugt, så intet tal havner i en forkert kolonne`);
      continue;
    }
    const tilbud = get(row, 'tilbud');
    const year = parseNumber(read.raw(row, 'year'), 'en');
    if (!tilbud) {
      report('Rækken har intet tilbudsnavn');
      continue;
    }
    if (year === null || !Number.isInteger(year) || year < 2000 || year > 2100) {
      report(`${tilbud}: året "${get(row, 'year')}" er ikke et årstal`);
      continue;
    }
    const drift = get(row, 'driftsherre');
    if (drift) out.driftsherre ??= drift;
    const afdeling = get(row, 'afdeling') || null;
    const rawEnhed = get(row, 'enhed');
    const enhed = rawEnhed ? mapTakstenhed(rawEnhed) : null;
    if (rawEnhed && !enhed) out.warnings.push({ row: line, reason: `${tilbud}: enheden "${rawEnhed}" findes ikke i skemaets liste og er ikke skrevet` });
    const rawPara = get(row, 'paragraf');
    const paragraf = rawPara ? mapLovgrundlag(rawPara) : null;
    if (rawPara && !paragraf)
      out.warnings.push({ row: line, reason: `${tilbud}: lovgrundlaget "${rawPara}" har ingen sikker oversættelse til skemaets liste og er ikke skrevet` });
    const key = [normalizeName(tilbud), normalizeName(afdeling), normalizeName(enhed)].join('|');
    let offer = byKey.get(key);
    if (!offer) {
      offer = { tilbud, afdeling, paragraf, enhed, years: {}, rows: [], key };
      byKey.set(key, offer);
      out.offers.push(offer);
    }
    offer.paragraf ??= paragraf;
    const note = get(row, 'bemaerkning');
    if (note && !offer.bemaerkning) offer.bemaerkning = note;
    const bad = rowFigures(row, (offer.years[year] ??= {}), { tilbud, year, cols, read, warn });
    if (bad) {
      report(bad);
      continue;
    }
    offer.rows!.push(String(line));
    out.rows.push({ row: line, offerKey: key, reason: null });
  }
  return out;
}
