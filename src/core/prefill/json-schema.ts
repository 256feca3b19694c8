// The snapshot's JSON Schema, generated from the zod schema so the two never disagree.
import { z } from 'zod';
import { SnapshotSchema } from '../model/snapshot';

export function snapshotJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://takstskema.local/schemas/snapshot-v1.json',
    title: 'Takstskema: øjebliksbillede af sidste års godkendte tal',
    ...z.toJSONSchema(SnapshotSchema, { target: 'draft-2020-12' }),
  };
}
