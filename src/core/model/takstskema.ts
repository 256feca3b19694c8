// The typed model of a 2027 takstskema sheet: zod schemas are the single source of the types.
import { z } from 'zod';
import { changeShape, figureShape, TAKST_LEVELS } from './figures';

export { TAKST_LEVELS };

export const ValueIssueSchema = z.enum(['text-number', 'not-a-number', 'error-value']);

const RawSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** A number read from one cell; `cell` is its A1 address (null when the sheet has no such column). */
export const NumberFieldSchema = z.object({
  cell: z.string().nullable(),
  value: z.number().nullable(),
  raw: RawSchema,
  formula: z.string().optional(),
  error: z.string().optional(),
  issue: ValueIssueSchema.optional(),
});
export type NumberField = z.infer<typeof NumberFieldSchema>;

export const TextFieldSchema = z.object({
  cell: z.string().nullable(),
  value: z.string().nullable(),
  raw: RawSchema,
  formula: z.string().optional(),
  error: z.string().optional(),
});
export type TextField = z.infer<typeof TextFieldSchema>;

/** The year-1 ("indeværende år") or year-2 ("kommende år") row of a block. */
export const YearRowSchema = z.object({
  row: z.number().int().positive(),
  year: NumberFieldSchema,
  /** Each figure of model/figures.ts; percent figures as percent numbers (98 for 98 %). */
  ...figureShape(NumberFieldSchema, z.array(NumberFieldSchema).length(TAKST_LEVELS)),
  /** The Enhed cell of this row (merged over both rows in the draft, so usually the block's). */
  enhed: TextFieldSchema,
});
export type YearRow = z.infer<typeof YearRowSchema>;

/** The Ændring row as typed in the sheet (formulas or values), kept to compare with the computed change. */
export const SheetChangeRowSchema = z.object({
  row: z.number().int().positive(),
  ...changeShape(NumberFieldSchema, z.array(NumberFieldSchema).length(TAKST_LEVELS)),
});
export type SheetChangeRow = z.infer<typeof SheetChangeRowSchema>;

/** The computed change year 1 → year 2, unrounded; null where either year is blank. */
/** Differences are in the figure's own unit (points for Belægning and OH %); percent changes end in "Pct". */
export const ChangeSchema = z.object(changeShape(z.number().nullable(), z.array(z.number().nullable()).length(TAKST_LEVELS)));
export type Change = z.infer<typeof ChangeSchema>;

/** "Anvendte pladser - 2027" or "Heraf solgte pladser - 2027": places per tariff level. */
export const PlacesRowSchema = z.object({
  row: z.number().int().positive(),
  label: TextFieldSchema,
  year: z.number().int().nullable(),
  levels: z.array(NumberFieldSchema).length(TAKST_LEVELS),
});
export type PlacesRow = z.infer<typeof PlacesRowSchema>;

export const BlockSchema = z.object({
  index: z.number().int().nonnegative(),
  /** 1-based row of the block's column header row. */
  headerRow: z.number().int().positive(),
  /** The block has no header row of its own (deleted); it was read with the columns of the block above. */
  headerMissing: z.boolean().optional(),
  lastRow: z.number().int().positive(),
  /** Field → column letters, as found in this block's own header row. */
  columns: z.record(z.string(), z.string()),
  tilbud: TextFieldSchema,
  afdeling: TextFieldSchema,
  paragraf: TextFieldSchema,
  enhed: TextFieldSchema,
  bemaerkning: TextFieldSchema,
  saerligeForhold: TextFieldSchema,
  y1: YearRowSchema.nullable(),
  y2: YearRowSchema.nullable(),
  aendring: SheetChangeRowSchema.nullable(),
  change: ChangeSchema,
  anvendte: z.array(PlacesRowSchema),
  solgte: z.array(PlacesRowSchema),
});
export type Block = z.infer<typeof BlockSchema>;

export const UnplacedKindSchema = z.enum(['unknown-header', 'unknown-column', 'extra-row', 'stray-row', 'locked-cell']);
export type UnplacedKind = z.infer<typeof UnplacedKindSchema>;

export const UnplacedSchema = z.object({
  cell: z.string(),
  value: RawSchema,
  reason: z.string(),
  /** locked-cell: typed into a cell that is not to be filled; the others: content the reader could not place. */
  kind: UnplacedKindSchema,
});
export type Unplaced = z.infer<typeof UnplacedSchema>;

export const YearValueSchema = NumberFieldSchema.extend({ year: z.number().int().nullable() });
export type YearValue = z.infer<typeof YearValueSchema>;

export const SheetModelSchema = z.object({
  sheet: z.string(),
  hidden: z.boolean(),
  driftsherre: TextFieldSchema,
  overheadDriftsherre: z.object({ y1: YearValueSchema, y2: YearValueSchema }),
  /** Percent numbers: 3.1 for 3,10 %. */
  plKommuner: NumberFieldSchema,
  plRegioner: NumberFieldSchema,
  thresholds: z.object({
    /** Percentage points above P/L that require a Bemærkning (2.0 in the draft). */
    rateRisePp: NumberFieldSchema,
    /** Occupancy percent below which Bemærkning and Tomgang are required (95 in the draft). */
    occupancyPct: NumberFieldSchema,
  }),
  /**
   * The sheet's two years: year 2 is the year most year rows point to (with the year before it), year 1 the year
   * before; null when no row has a year. A block's row with another year is a typo (rule year-in-sheet).
   */
  years: z.object({ y1: z.number().int().nullable(), y2: z.number().int().nullable() }),
  blocks: z.array(BlockSchema),
  unplaced: z.array(UnplacedSchema),
});
export type SheetModel = z.infer<typeof SheetModelSchema>;

export const SkippedSheetSchema = z.object({ sheet: z.string(), reason: z.string() });

export const WorkbookModelSchema = z.object({
  sheets: z.array(SheetModelSchema),
  skipped: z.array(SkippedSheetSchema),
});
export type WorkbookModel = z.infer<typeof WorkbookModelSchema>;
