// The project's own export read back from each form `takst export` writes: the xlsx (Takster, Kontrol, Forklaring,
// Metadata sheets) and the CSV (the Takster rows alone), found by their header texts, so that the secretariat can
// consolidate whichever file an operator sent. The JSON form is read by its schema at the border (ExportJsonSchema).
import type { Grid } from '../grid';
import { parseLocaleNumber } from '../layout/parse';
import { runError } from '../run-messages';
import { COMPONENT_LABELS } from '../explain/explain';
import { SEVERITY_WORDS, type Severity } from '../model/finding';
import { firstIssue } from '../model/issue';
import { parseCsv } from '../import/tidy';
import type { ExportJson, ExportRow } from '../export/tidy-export';
import { ExportJsonSchema, ExportRowSchema } from '../export/export-schema';
import { EXPORT_COLUMNS } from '../export/tidy-export';
import { exportHeader, headerOf, norm, valueOf, type Cell } from './export-header';

export { isExportCsv } from './export-header';

/** The forms of one export; the first holds the most (metadata, findings, explanations), the last only the rows. */
export const EXPORT_FORMATS = ['json', 'xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The keys of an export row that hold text (the others are numbers), from the row's own schema. */
const TEXT_KEYS = new Set(EXPORT_COLUMNS.map(([k]) => k).filter((k) => ExportRowSchema.shape[k].safeParse('x').success));

/**
 * The export's number as written: a number cell (a number typed as text in the xlsx, "1.234,5", read as Danish),
 * or the CSV's Danish (";"-separated) or English text, strictly.
 */
type Notation = 'danish' | 'english' | 'cells';
function numberOf(v: Cell, notation: Notation): number | null | undefined {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return v;
  const t = String(v).trim();
  if (t === '') return null;
  if (notation === 'cells') return parseLocaleNumber(t) ?? undefined;
  const text = notation === 'danish' ? (/^-?\d+(,\d+)?$/.test(t) ? t.replace(',', '.') : null) : /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(t) ? t : null;
  const n = text === null ? NaN : Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** A text cell as written, without the leading quote the CSV adds against formula injection. */
function textOf(v: Cell): string | null {
  if (v === null || v === undefined) return null;
  const t = String(v);
  if (t.trim() === '') return null;
  return /^'[=+\-@\t\r']/.test(t) ? t.slice(1) : t;
}

/** The Takster table's rows; a row that is not an export row is refused with its line, never dropped. */
function rowsOf(table: Cell[][], at: Map<keyof ExportRow, number>, notation: Notation, where: (i: number) => string): ExportRow[] {
  const out: ExportRow[] = [];
  for (let i = 1; i < table.length; i++) {
    const raw = table[i] ?? [];
    if (raw.every((c) => c === null || c === undefined || String(c).trim() === '')) continue;
    const row: Record<string, unknown> = {};
    for (const [k] of EXPORT_COLUMNS) {
      const c = at.get(k);
      const v = c === undefined ? null : raw[c];
      if (TEXT_KEYS.has(k)) row[k] = textOf(v);
      else {
        const n = numberOf(v, notation);
        if (n === undefined) throw runError('exportNotANumber', { where: where(i), value: String(v), column: EXPORT_COLUMNS.find(([x]) => x === k)![1] });
        row[k] = n;
      }
    }
    const r = ExportRowSchema.safeParse(row);
    if (!r.success) throw runError('exportBadRow', { where: where(i), detail: firstIssue(r.error) });
    out.push(r.data);
  }
  return out;
}

/** What an export without metadata (the CSV) can say of itself: the rows' operator, nothing else. */
function bareMetadata(rows: ExportRow[], name: string, sha256: string): ExportJson['metadata'] {
  return {
    driftsherre: rows.find((r) => r.driftsherre)?.driftsherre ?? null,
    sourceName: name,
    sourceSha256: sha256,
    productVersion: '',
    rulesVersion: '',
    snapshot: null,
    createdAt: '',
    forced: false,
    pl: { kommuner: null, regioner: null },
    thresholds: { rateRisePp: null, occupancyPct: null },
  };
}

/** The export's CSV (as `takst export --format csv` writes it) back as an export; `sha256` is the file's own. */
export function exportFromCsv(text: string, name: string, sha256: string): ExportJson {
  const csv = parseCsv(text.replace(/^\uFEFF/, ''));
  const at = exportHeader(csv.rows[0] ?? []);
  if (!at) throw runError('notAnExportCsv', { file: name });
  const bad = [...csv.problems.entries()][0];
  if (bad) throw runError('exportCsvLine', { file: name, line: csv.lines[bad[0]] ?? bad[0] + 1, problem: bad[1] });
  const danish = (text.split(/\r\n|\n/, 1)[0] ?? '').includes(';');
  const rows = rowsOf(csv.rows, at, danish ? 'danish' : 'english', (i) => `${name} linje ${csv.lines[i]}`);
  return ExportJsonSchema.parse({ schemaVersion: 1, metadata: bareMetadata(rows, name, sha256), rows, findings: [], explanations: [] });
}

const tableOf = (g: Grid): Cell[][] => g.cells.map((row) => (row ?? []).map(valueOf));

/** A sheet's table as objects keyed by its header texts (lowercase). */
function records(g: Grid | undefined): Array<Map<string, Cell>> {
  if (!g) return [];
  const t = tableOf(g);
  const head = (t[0] ?? []).map(norm);
  return t.slice(1).map((r) => new Map(head.map((h, i) => [h, r[i]])));
}

const SEVERITY_OF = new Map(Object.entries(SEVERITY_WORDS).map(([k, w]) => [w.tag.toLowerCase(), k as Severity]));
const str = (v: Cell): string | null => (v === null || v === undefined || String(v).trim() === '' ? null : String(v));
const num = (v: Cell): number | null => (typeof v === 'number' ? v : null);

/** "6,30 %" (or a number) as a percent number. */
function percentOf(v: Cell): number | null {
  if (typeof v === 'number') return v;
  const m = /^\s*(-?\d+(?:,\d+)?)\s*%?\s*$/.exec(String(v ?? ''));
  return m ? Number(m[1].replace(',', '.')) : null;
}

function metadataOf(g: Grid | undefined, rows: ExportRow[], name: string, sha256: string): ExportJson['metadata'] {
  const md = bareMetadata(rows, name, sha256);
  const kv = new Map(records(g).map((r) => [norm(r.get('felt')), r.get('værdi')]));
  const text = (k: string) => str(kv.get(k) ?? null);
  md.driftsherre = text('driftsherre') ?? md.driftsherre;
  md.sourceName = text('kildefil') ?? name;
  md.sourceSha256 = text('kildefilens sha-256') ?? sha256;
  md.productVersion = text('produktversion') ?? '';
  md.rulesVersion = text('regelversion') ?? '';
  md.createdAt = text('tidspunkt') ?? '';
  md.forced = norm(kv.get('eksporteret trods fejl')) === 'ja';
  md.pl = { kommuner: percentOf(kv.get('p/l kommuner')), regioner: percentOf(kv.get('p/l regioner')) };
  md.thresholds = { rateRisePp: percentOf(kv.get('grænseværdi takststigning over p/l')), occupancyPct: percentOf(kv.get('grænseværdi belægning')) };
  md.overheadDriftsherre = [...kv.entries()].flatMap(([k, v]) => {
    const y = /^overhead driftsherre (\d{4})$/.exec(k);
    return y ? [{ year: Number(y[1]), pct: percentOf(v) }] : [];
  });
  const snap = /^(\d{4}) \((delvist|fuldt)\), sha-256 ([0-9a-f]{64})$/i.exec(text('øjebliksbillede') ?? '');
  md.snapshot = snap ? { budgetYear: Number(snap[1]), partial: snap[2] === 'delvist', sha256: snap[3] } : null;
  return md;
}

/**
 * An xlsx of `takst export` back as an export (null when the workbook is not one): the Takster rows, the Kontrol
 * findings, the Forklaring components and the Metadata; `sha256` is the file's own, kept when the Metadata lacks its
 * source's.
 */
export function exportFromGrids(grids: Grid[], name: string, sha256: string): ExportJson | null {
  const takster = grids.map((g) => ({ g, at: exportHeader(headerOf(g)) })).find((x) => x.at !== null);
  if (!takster?.at) return null;
  const byHeader = (...heads: string[]) => grids.find((g) => g !== takster.g && heads.every((h) => headerOf(g).map(norm).includes(h)));
  const rows = rowsOf(tableOf(takster.g), takster.at, 'cells', (i) => `${name}, arket ${takster.g.name} række ${i + 1}`);
  const findings = records(byHeader('alvor', 'besked')).flatMap((r) => {
    const severity = SEVERITY_OF.get(norm(r.get('alvor')));
    const message = str(r.get('besked') ?? null);
    if (!severity || !message) return [];
    const index = num(r.get('blok') ?? null);
    return [
      {
        ruleId: str(r.get('regel') ?? null) ?? '',
        severity,
        sheet: str(r.get('ark') ?? null) ?? '',
        cell: str(r.get('celle') ?? null),
        message,
        block: index === null ? null : { index: index - 1, tilbud: str(r.get('tilbud') ?? null), afdeling: str(r.get('afdeling') ?? null) },
      },
    ];
  });
  const components = Object.entries(COMPONENT_LABELS).map(([k, label]) => [k, label.toLowerCase()] as const);
  const explanations = records(byHeader('hvorfor ikke forklaret')).flatMap((r) => {
    const block = num(r.get('blok') ?? null);
    if (block === null) return [];
    const values = components.map(([k, label]) => [k, num(r.get(label) ?? null)] as const);
    return [
      {
        sheet: str(r.get('ark') ?? null) ?? '',
        block,
        tilbud: str(r.get('tilbud') ?? null),
        afdeling: str(r.get('afdeling') ?? null),
        total: num(r.get('ændring i alt (pct.)') ?? null),
        components: values.every(([, v]) => v !== null) ? Object.fromEntries(values) : null,
        reason: str(r.get('hvorfor ikke forklaret') ?? null),
      },
    ];
  });
  const md = metadataOf(byHeader('felt', 'værdi'), rows, name, sha256);
  const r = ExportJsonSchema.safeParse({ schemaVersion: 1, metadata: md, rows, findings, explanations });
  if (!r.success) throw runError('exportXlsxUnreadable', { file: name, detail: firstIssue(r.error) });
  return r.data;
}
