// docs/snapshot.schema.json is generated from the zod schema; it must be current, and the bundled snapshot valid.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { snapshotJsonSchema } from '../../src/core/prefill/json-schema';
import { bundledSnapshotContent } from '../../scripts/make-snapshot';

describe('snapshot JSON Schema', () => {
  it('is current (npm run docs:schemas)', () => {
    const doc = JSON.parse(readFileSync(join(__dirname, '..', '..', 'docs', 'snapshot.schema.json'), 'utf8'));
    expect(doc).toEqual(snapshotJsonSchema());
  });

  it('the bundled snapshot is what its script makes from the seeds (npm run snapshot:bundled)', () => {
    const bundled = JSON.parse(readFileSync(join(__dirname, '..', '..', 'assets', 'snapshot-2026.json'), 'utf8'));
    expect(bundled).toEqual(bundledSnapshotContent());
  });

  it('names every field of the bundled snapshot', () => {
    const schema = snapshotJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    const bundled = JSON.parse(readFileSync(join(__dirname, '..', '..', 'assets', 'snapshot-2026.json'), 'utf8'));
    expect(Object.keys(bundled).every((k) => k in schema.properties)).toBe(true);
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'budgetYear', 'sha256', 'operators']));
  });
});
