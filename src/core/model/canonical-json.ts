// The text a snapshot's hash is taken of, apart from the hash itself: the CLI hashes it with Node's own SHA-256
// (native, no module to load) and the rest with @noble/hashes (snapshot-hash.ts), which runs in the pane too.

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

/** What a snapshot's hash covers: the canonical JSON of everything but the hash itself. */
export function hashedContent(s: object): string {
  const { sha256: _omit, ...content } = s as { sha256?: unknown };
  void _omit;
  return canonicalJson(content);
}
