// The export's JSON Schema, generated from the zod schema (docs/export.schema.json).
import { z } from 'zod';
import { ExportJsonSchema } from './export-schema';

export function exportJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://takstskema.local/schemas/export-v1.json',
    title: 'Takstskema: eksport til sekretariatet',
    ...z.toJSONSchema(ExportJsonSchema, { target: 'draft-2020-12' }),
  };
}
