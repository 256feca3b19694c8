// The entry burden measured on the test municipality, and the figures docs/bench.md states.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measure } from '../../scripts/entry-burden';

describe('entry burden', () => {
  it('prefill leaves only the cells the snapshot cannot know, and docs/bench.md states the measured figures', () => {
    const m = measure();
    expect(m.prefilled).toBeGreaterThan(0);
    // Every prefilled cell is one the user would otherwise type.
    expect(m.withPrefill).toBe(m.without - m.prefilled);
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'bench.md'), 'utf8');
    expect(doc).toContain(`| without prefill | **${m.without}** |`);
    expect(doc).toContain(`| with prefill from the bundled snapshot | **${m.withPrefill}** (${m.prefilled} prefilled`);
  });
});
