// The text a snapshot's hash is taken of, apart from the hash itself: the CLI hashes it with Node's own SHA-256
// (native, no module to load; consolidate is given it), snapshot.ts with @noble/hashes, which runs in the pane too.

/** The snapshot's schema version: the JSON's shape, which the hash's text follows. */
export const SNAPSHOT_SCHEMA_VERSION = 1;

/**
 * JSON with keys sorted at every level: the same content always gives the same bytes. Written into one list of
 * pieces joined once (next year's snapshot of 660 blocks is 30.000 objects; a string made per object took 26 ms).
 */
export function canonicalJson(v: unknown): string {
  // Nothing JSON can say (undefined alone) is JSON.stringify's undefined, as it always was.
  if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return JSON.stringify(v);
  const out: string[] = [];
  write(v, out);
  return out.join('');
}

function write(v: unknown, out: string[]): void {
  if (Array.isArray(v)) {
    out.push('[');
    for (let i = 0; i < v.length; i++) {
      if (i > 0) out.push(',');
      write(v[i], out);
    }
    out.push(']');
    return;
  }
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    // Sorted by UTF-16 code units, as the comparison of two strings with < does.
    const keys = Object.keys(o).sort();
    out.push('{');
    let first = true;
    for (const k of keys) {
      const x = o[k];
      if (x === undefined) continue;
      if (!first) out.push(',');
      first = false;
      out.push(JSON.stringify(k), ':');
      write(x, out);
    }
    out.push('}');
    return;
  }
  // undefined, a function or a symbol in an array: no text, as before (JSON.stringify gives undefined; join, '').
  const text = JSON.stringify(v) as string | undefined;
  if (text !== undefined) out.push(text);
}

/** What a snapshot's hash covers: the canonical JSON of everything but the hash itself. */
export function hashedContent(s: object): string {
  const { sha256: _omit, ...content } = s as { sha256?: unknown };
  void _omit;
  return canonicalJson(content);
}
