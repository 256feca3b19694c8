// Every rule has its own test file, named by its id, as ESLint keeps one per rule.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/core/rules';

it.each(RULES.map((r) => r.meta.id))('%s has test/rules/%s.test.ts', (id) => {
  expect(existsSync(join(__dirname, `${id}.test.ts`))).toBe(true);
});
