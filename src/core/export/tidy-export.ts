// The clean export for the secretariat: one row per block, year and level (Basis, Time, Takst n) with the block's
// figures, the findings, and metadata; the JSON form is validated by a zod schema (docs/export.schema.json).
import { z } from 'zod';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { Block, SheetModel, YearRow } from '../model/takstskema';
import { hasFigures, isEmptyBlock } from '../model/queries';
import { RULES } from '../rules';
import { renderedFinding, type Finding } from '../model/finding';
import { TAKST_LEVELS } from '../model/figures';
import { COLUMN_FIGURES, figureShape, figureValues, YEAR_FIGURES, type YearFigure } from '../model/figures';

const exportHeader = (k: YearFigure): string => {
  const s: { label: string; exportHeader?: string } = YEAR_FIGURES[k];
  return s.exportHeader ?? s.label;
};

const num = z.number().nullable();

export const ExportRowSchema = z.object({
  driftsherre: z.string().nullable(),
  sheet: z.string(),
  /** 1-based block number in the sheet. */
  block: z.number().int().positive(),
  tilbud: z.string().nullable(),
  afdeling: z.string().nullable(),
  paragraf: z.string().nullable(),
  enhed: z.string().nullable(),
  year: z.number().int(),
  /** "Basis", "Time", "Takst 1" … "Takst 10", or null for a year row without rates. */
  level: z.string().nullable(),
  rate: num,
  /** The year's figures that are not rates (model/figures.ts); percent figures as percent numbers. */
  ...figureShape(num, num, COLUMN_FIGURES),
  /** Places at this level in this year, from the Anvendte / Heraf solgte rows. */
  anvendte: num,
  solgte: num,
  bemaerkning: z.string().nullable(),
  saerligeForhold: z.string().nullable(),
});
export type ExportRow = z.infer<typeof ExportRowSchema>;

export const ExportMetadataSchema = z.object({
  driftsherre: z.string().nullable(),
  sourceName: z.string(),
  /** SHA-256 (hex) of the source workbook's bytes. */
  sourceSha256: z.string(),
  productVersion: z.string(),
  rulesVersion: z.string(),
  snapshot: z.object({ budgetYear: z.number().int(), sha256: z.string(), partial: z.boolean() }).nullable(),
  createdAt: z.string(),
  /** True when the sheet had errors and the export was forced. */
  forced: z.boolean(),
  /** Percent numbers, as the sheet states them. */
  pl: z.object({ kommuner: num, regioner: num }),
  /** Overhead driftsherre: the percent for each year the sheet's header writes (optional: exports before it lack it). */
  overheadDriftsherre: z.array(z.object({ year: num, pct: num })).optional(),
  /** The sheet's thresholds: rate rise above P/L in points, occupancy in percent. */
  thresholds: z.object({ rateRisePp: num, occupancyPct: num }),
});

export const ExportExplanationSchema = z.object({
  sheet: z.string(),
  block: z.number().int().positive(),
  tilbud: z.string().nullable(),
  afdeling: z.string().nullable(),
  total: num,
  components: z
    .object({ pl: z.number(), realGrowth: z.number(), overhead: z.number(), regulering: z.number(), pladser: z.number(), belaegning: z.number() })
    .nullable(),
  reason: z.string().nullable(),
});

export const ExportFindingSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  sheet: z.string(),
  cell: z.string().nullable(),
  message: z.string(),
  block: z.object({ index: z.number().int(), tilbud: z.string().nullable(), afdeling: z.string().nullable() }).nullable(),
});

export const ExportJsonSchema = z.object({
  schemaVersion: z.literal(1),
  metadata: ExportMetadataSchema,
  rows: z.array(ExportRowSchema),
  findings: z.array(ExportFindingSchema),
  explanations: z.array(ExportExplanationSchema),
});
export type ExportJson = z.infer<typeof ExportJsonSchema>;

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

const danish = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 10, useGrouping: false });

/** UTF-8 CSV with a BOM, ";" and Danish decimals; text neutralised, numbers never altered. */
export function toCsv(rows: ExportRow[], locale: 'da' | 'en' = 'da'): string {
  const sep = locale === 'da' ? ';' : ',';
  const cell = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return locale === 'da' ? danish.format(v) : String(v);
    const t = neutralise(String(v));
    return /[";,\r\n']/.test(t) || t !== t.trim() ? `"${t.replace(/"/g, '""')}"` : t;
  };
  const lines = [EXPORT_COLUMNS.map(([, h]) => cell(h)).join(sep), ...rows.map((r) => EXPORT_COLUMNS.map(([k]) => cell(r[k])).join(sep))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
