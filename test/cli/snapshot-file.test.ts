// The CLI reads the bundled snapshot by its hash alone (no zod at start): it must give what the schema gives. Every
// other snapshot (and a bundled one whose hash does not match) goes through the schema, which refuses bad content.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_SNAPSHOT, readSnapshotFile } from '../../src/cli/io';
import { parseSnapshot } from '../../src/core/model/snapshot';

describe('readSnapshotFile', () => {
  it('reads the bundled snapshot as the schema reads it', async () => {
    const raw = JSON.parse(readFileSync(BUNDLED_SNAPSHOT, 'utf8'));
    const viaSchema = parseSnapshot(raw);
    expect(await readSnapshotFile(BUNDLED_SNAPSHOT)).toEqual(viaSchema);
    expect(viaSchema.operators.length).toBeGreaterThan(0);
  });

  it('checks any other snapshot against the schema, the same content too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'takst-snap-'));
    const copy = join(dir, 'kopi.json');
    copyFileSync(BUNDLED_SNAPSHOT, copy);
    expect(await readSnapshotFile(copy)).toEqual(await readSnapshotFile(BUNDLED_SNAPSHOT));
    const raw = JSON.parse(readFileSync(BUNDLED_SNAPSHOT, 'utf8'));
    writeFileSync(copy, JSON.stringify({ ...raw, budgetYear: 'sidste år' }));
    await expect(readSnapshotFile(copy)).rejects.toMatchObject({ code: 'bad-snapshot' });
    // Content that no longer matches its hash is refused.
    writeFileSync(copy, JSON.stringify({ ...raw, budgetYear: raw.budgetYear + 1 }));
    await expect(readSnapshotFile(copy)).rejects.toMatchObject({ code: 'bad-snapshot' });
  });
});
