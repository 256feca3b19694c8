// The undo record's schema, and the parser of a stored record (see undo.ts, whose UndoRecord is this schema's type).
import { z } from 'zod';

const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const UndoRecordSchema = z.object({
  schemaVersion: z.literal(1),
  action: z.string(),
  createdAt: z.string(),
  cells: z.array(
    z.object({
      sheet: z.string(),
      cell: z.string(),
      value: Scalar,
      formula: z.string().optional(),
      numFmt: z.string().optional(),
      /** What the write put in the cell (absent in records from before it was kept). */
      written: Scalar.optional(),
    }),
  ),
  /** Blocks the write added to the sheet first (an import's): they stay after Fortryd. */
  addedBlocks: z.number().int().nonnegative().optional(),
});

/** Parses a stored record; null when there is none or it cannot be read. */
export function parseUndo(text: string | null): z.infer<typeof UndoRecordSchema> | null {
  if (!text) return null;
  try {
    const r = UndoRecordSchema.safeParse(JSON.parse(text));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
