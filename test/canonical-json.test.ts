// The text a snapshot's hash covers: keys sorted at every level, byte for byte what it was when each object was
// made into a string of its own (a sealed snapshot's hash must not change with the implementation).
import fc from 'fast-check';
import { canonicalJson } from '../src/core/model/canonical-json';
import './fast-check-seed';

/** canonicalJson as it was written first. */
function before(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(before).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${before(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

describe('canonicalJson', () => {
  it('gives the text it gave before for any JSON value, undefined members and odd keys included', () => {
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(fc.constant(null), fc.constant(undefined), fc.boolean(), fc.double(), fc.integer(), fc.string(), fc.constant(-0)),
      node: fc.oneof(
        { maxDepth: 4 },
        tie('leaf'),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('Æ', 'å', 'a', 'B', '10', '9', '__proto__x')), tie('node'), { maxKeys: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(before(v));
      }),
      { numRuns: 3000 },
    );
    expect(canonicalJson({ b: [1, undefined, { d: 2, c: 'x' }], a: null, z: undefined })).toBe('{"a":null,"b":[1,,{"c":"x","d":2}]}');
  });
});
