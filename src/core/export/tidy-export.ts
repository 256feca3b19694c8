// The clean export for the secretariat: one row per block, year and level (Basis, Time, Takst n) with the block's
// figures, the findings, and metadata; the JSON form's zod schema is export-schema.ts (docs/export.schema.json),
// loaded only where a JSON is read, so that building an export does not load zod.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { Block, SheetModel, YearRow } from '../model/takstskema';
import { hasFigures, isEmptyBlock } from '../model/queries';
import { RULES } from '../rules';
import { renderedFinding, type Finding } from '../model/finding';
import { TAKST_LEVELS } from '../model/figures';
import { COLUMN_FIGURES, figureValues, YEAR_FIGURES, type YearFigure } from '../model/figures';
import type { ExportJson, ExportRow } from './export-schema';

const exportHeader = (k: YearFigure): string => {
  const s: { label: string; exportHeader?: string } = YEAR_FIGURES[k];
  return s.exportHeader ?? s.label;
};

export type { ExportJson, ExportRow } from './export-schema';

/** A short fingerprint of the rule set (ids and severities), so an export says which rules checked it. */
export function rulesVersion(): string {
  const text = RULES.map((r) => `${r.meta.id}:${r.meta.severity}`)
    .sort()
    .join(',');
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, 12);
}

function levelsOf(y: YearRow): Array<{ level: string; rate: number; index: number | null }> {
  const out: Array<{ level: string; rate: number; index: number | null }> = [];
  if (y.basis.value !== null) out.push({ level: 'Basis', rate: y.basis.value, index: null });
  if (y.time.value !== null) out.push({ level: 'Time', rate: y.time.value, index: null });
  y.takster.slice(0, TAKST_LEVELS).forEach((t, i) => {
    if (t.value !== null) out.push({ level: `Takst ${i + 1}`, rate: t.value, index: i });
  });
  return out;
}

export function exportRows(sheet: SheetModel): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const b of sheet.blocks) {
    if (isEmptyBlock(b)) continue;
    for (const y of [b.y1, b.y2]) {
      if (!y || !hasFigures(y) || y.year.value === null) continue;
      const year = y.year.value;
      const places = (list: Block['anvendte'], i: number | null) => (i === null ? null : (list.find((p) => p.year === year)?.levels[i]?.value ?? null));
      const base = {
        driftsherre: sheet.driftsherre.value,
        sheet: sheet.sheet,
        block: b.index + 1,
        tilbud: b.tilbud.value,
        afdeling: b.afdeling.value,
        paragraf: b.paragraf.value,
        enhed: b.enhed.value ?? y.enhed.value,
        year,
        ...figureValues(
          (k) => y[k].value,
          () => null,
          COLUMN_FIGURES,
        ),
        bemaerkning: b.bemaerkning.value,
        saerligeForhold: b.saerligeForhold.value,
      };
      const levels = levelsOf(y);
      if (levels.length === 0) rows.push({ ...base, level: null, rate: null, anvendte: null, solgte: null });
      for (const l of levels) rows.push({ ...base, level: l.level, rate: l.rate, anvendte: places(b.anvendte, l.index), solgte: places(b.solgte, l.index) });
    }
  }
  return rows;
}

export function exportFindings(findings: Finding[]): ExportJson['findings'] {
  return findings.map(renderedFinding);
}

/** CSV/xlsx headers in Danish, in column order, with the row key each shows. */
export const EXPORT_COLUMNS: Array<[keyof ExportRow, string]> = [
  ['driftsherre', 'Driftsherre'],
  ['sheet', 'Ark'],
  ['block', 'Blok'],
  ['tilbud', 'Tilbud'],
  ['afdeling', 'Afdeling'],
  ['paragraf', '§§'],
  ['enhed', 'Enhed'],
  ['year', 'År'],
  ['level', 'Niveau'],
  ['rate', 'Takst'],
  ...COLUMN_FIGURES.map((k): [keyof ExportRow, string] => [k, exportHeader(k)]),
  ['anvendte', 'Anvendte pladser'],
  ['solgte', 'Heraf solgte pladser'],
  ['bemaerkning', 'Bemærkning'],
  ['saerligeForhold', 'Særlige forhold'],
];

/**
 * OWASP's rule against CSV formula injection: a text cell starting with = + - @ tab or CR gets a leading quote; so
 * does one that starts with a quote itself, so that reading the CSV back takes exactly one quote off.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r']/.test(text) ? `'${text}` : text;
}

/** Made when a CSV is first written: the first Intl format of a process loads the locale (20 ms in consolidate). */
let danish: Intl.NumberFormat | undefined;
const danishNumber = (v: number): string => (danish ??= new Intl.NumberFormat('da-DK', { maximumFractionDigits: 10, useGrouping: false })).format(v);

/** UTF-8 CSV with a BOM, ";" and Danish decimals; text neutralised, numbers never altered. */
export function toCsv(rows: ExportRow[], locale: 'da' | 'en' = 'da'): string {
  const sep = locale === 'da' ? ';' : ',';
  const cell = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return locale === 'da' ? danishNumber(v) : String(v);
    const t = neutralise(String(v));
    return /[";,\r\n']/.test(t) || t !== t.trim() ? `"${t.replace(/"/g, '""')}"` : t;
  };
  const lines = [EXPORT_COLUMNS.map(([, h]) => cell(h)).join(sep), ...rows.map((r) => EXPORT_COLUMNS.map(([k]) => cell(r[k])).join(sep))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
