import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/core/rules/index';
import { renderRulesDoc } from '../../src/core/rules/doc';

describe('docs/rules.md', () => {
  it('is up to date with the rules (run npm run docs:rules)', () => {
    expect(readFileSync(join(__dirname, '..', '..', 'docs', 'rules.md'), 'utf8')).toBe(renderRulesDoc(RULES));
  });

  it('lists every rule once, with a unique id and Danish messages', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) expect(Object.keys(r.meta.messages).length).toBeGreaterThan(0);
  });
});
