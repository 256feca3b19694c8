// A snapshot's content hash and seal, apart from its schema (zod, snapshot.ts): SHA-256 of what canonical-json.ts
// says it covers. Consolidation seals next year's snapshot without loading zod.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { hashedContent } from './canonical-json';
import type { Snapshot } from './snapshot';

export const SNAPSHOT_SCHEMA_VERSION = 1;

export { canonicalJson, hashedContent } from './canonical-json';

/** SHA-256 of the canonical JSON of everything but the hash itself. */
export function snapshotHash(s: object): string {
  return bytesToHex(sha256(utf8ToBytes(hashedContent(s))));
}

/** A snapshot with its hash filled in. */
export function sealSnapshot(s: Omit<Snapshot, 'sha256'>): Snapshot {
  return { ...s, sha256: snapshotHash(s) };
}
