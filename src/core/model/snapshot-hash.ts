// A snapshot's content hash, apart from its schema (zod): the CLI checks the bundled snapshot by its hash alone.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/** JSON with keys sorted at every level: the same content always gives the same bytes. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** SHA-256 of the canonical JSON of everything but the hash itself. */
export function snapshotHash(s: object): string {
  const { sha256: _omit, ...content } = s as { sha256?: unknown };
  void _omit;
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(content))));
}
