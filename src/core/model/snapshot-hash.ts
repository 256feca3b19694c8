// A snapshot's content hash and seal, apart from its schema (zod, snapshot.ts): SHA-256 of what canonical-json.ts
// says it covers. Consolidation seals next year's snapshot without loading zod.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { hashedContent } from './canonical-json';

export { canonicalJson, hashedContent, SNAPSHOT_SCHEMA_VERSION } from './canonical-json';

/** SHA-256 of the canonical JSON of everything but the hash itself. */
export function snapshotHash(s: object): string {
  return bytesToHex(sha256(utf8ToBytes(hashedContent(s))));
}

/** An object with its hash filled in (snapshot.ts's sealSnapshot, typed as a snapshot). */
export function withHash<T extends object>(s: T): T & { sha256: string } {
  return { ...s, sha256: snapshotHash(s) };
}
