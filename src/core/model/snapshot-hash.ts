// A snapshot's content hash, apart from its schema (zod): SHA-256 of what canonical-json.ts says it covers.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { hashedContent } from './canonical-json';

export { canonicalJson, hashedContent } from './canonical-json';

/** SHA-256 of the canonical JSON of everything but the hash itself. */
export function snapshotHash(s: object): string {
  return bytesToHex(sha256(utf8ToBytes(hashedContent(s))));
}
