// Last year's approved figures as a versioned snapshot: the zod schema (also the source of the JSON Schema in
// docs/), the content hash, and reading a snapshot with clear Danish errors.
import { z } from 'zod';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { hashedContent, SNAPSHOT_SCHEMA_VERSION } from './canonical-json';
import { figureShape, SNAPSHOT_FIGURES, TAKST_LEVELS } from './figures';
import { firstIssue } from './issue';
import type { RunError } from '../errors';
import { runError } from '../run-messages';

export { canonicalJson, SNAPSHOT_SCHEMA_VERSION } from './canonical-json';

const num = z.number().finite().nullable();
const levels = z.array(num).max(TAKST_LEVELS);

export const SnapshotFiguresSchema = z
  .object({
    /** The figures of model/figures.ts a snapshot carries; percent figures as percent numbers (98 for 98 %). */
    ...figureShape(num, levels, SNAPSHOT_FIGURES),
    anvendte: levels,
    solgte: levels,
  })
  .partial()
  .describe("One year's figures of an offer; a missing key is not known, null is known to be blank.");
export type SnapshotFigures = z.infer<typeof SnapshotFiguresSchema>;

export const SnapshotOfferSchema = z.object({
  tilbud: z.string().min(1),
  afdeling: z.string().nullable(),
  paragraf: z.string().nullable(),
  enhed: z.string().nullable(),
  figures: SnapshotFiguresSchema,
  /** The block's Særlige forhold as typed (it rarely changes from one year to the next). */
  saerligeForhold: z.string().nullable().optional(),
  /** Where the figures come from: a workbook cell, a seed text. */
  source: z.string().optional(),
});
export type SnapshotOffer = z.infer<typeof SnapshotOfferSchema>;

export const SnapshotOperatorSchema = z.object({
  driftsherre: z.string().min(1),
  /** The sheet header's Overhead driftsherre, percent numbers, for the years the header names. */
  overheadDriftsherre: z.array(z.object({ year: z.number().int(), pct: z.number().finite() })).optional(),
  offers: z.array(SnapshotOfferSchema),
});
export type SnapshotOperator = z.infer<typeof SnapshotOperatorSchema>;

export const SnapshotSchema = z.object({
  schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
  /** The year the figures are for (year 1 of the skema they prefill). */
  budgetYear: z.number().int().min(2000).max(2100),
  source: z.string(),
  createdAt: z.string().datetime({ offset: true }),
  /** True when the snapshot does not hold every operator's every offer. */
  partial: z.boolean(),
  note: z.string().optional(),
  /** SHA-256 (hex) of the snapshot without this field, as canonical JSON (keys sorted). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  operators: z.array(SnapshotOperatorSchema),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** SHA-256 of the canonical JSON of everything but the hash itself (canonical-json.ts), with @noble/hashes. */
export function snapshotHash(s: object): string {
  return bytesToHex(sha256(utf8ToBytes(hashedContent(s))));
}

/** A snapshot with its hash filled in. */
export function sealSnapshot(s: Omit<Snapshot, 'sha256'>): Snapshot {
  return { ...s, sha256: snapshotHash(s) };
}

/**
 * Parses and checks a snapshot: its schema, then its hash (a hand-edited or damaged file is refused, as a
 * bad-snapshot run error said of `source`, the file it was read from, when given).
 */
export function parseSnapshot(json: unknown, source?: string): Snapshot {
  const refuse = (e: RunError) => (source === undefined ? e : e.in(source));
  const r = SnapshotSchema.safeParse(json);
  if (!r.success) throw refuse(runError('snapshotFormat', { version: SNAPSHOT_SCHEMA_VERSION, detail: firstIssue(r.error) }));
  // The hash is taken of the file's own content, not of what the schema kept: a key added by hand is a change too.
  const expected = snapshotHash(json as Snapshot);
  if (expected !== r.data.sha256) throw refuse(runError('snapshotHash'));
  return r.data;
}
