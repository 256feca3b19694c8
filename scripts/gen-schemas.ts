// Writes docs/snapshot.schema.json from the zod schema (z.toJSONSchema); a test checks it is current.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { snapshotJsonSchema } from '../src/core/prefill/json-schema';
import { exportJsonSchema } from '../src/core/export/json-schema';

const target = join(__dirname, '..', 'docs', 'snapshot.schema.json');
writeFileSync(target, `${JSON.stringify(snapshotJsonSchema(), null, 2)}\n`);
process.stdout.write(`Skrev ${target}\n`);
const exportTarget = join(__dirname, '..', 'docs', 'export.schema.json');
writeFileSync(exportTarget, `${JSON.stringify(exportJsonSchema(), null, 2)}\n`);
process.stdout.write(`Skrev ${exportTarget}\n`);
