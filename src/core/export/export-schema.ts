// The export's JSON form as a zod schema (docs/export.schema.json is generated from it): read where a JSON export
// comes in (consolidate, export's own check, an export workbook read back), apart from tidy-export.ts, so that the
// commands that only build an export do not load zod.
import { z } from 'zod';
import { COLUMN_FIGURES, figureShape } from '../model/figures';

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
