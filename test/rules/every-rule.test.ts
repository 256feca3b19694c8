// Every rule has its own test file, named by its id, as ESLint keeps one per rule, and it is a RuleTester table
// (testRule: valid and invalid cases, each finding's cell and message id); every message a rule declares is one
// some invalid case of that file expects.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/core/rules';

it.each(RULES.map((r) => r.meta.id))('%s has test/rules/%s.test.ts, a testRule table', (id) => {
  const file = join(__dirname, `${id}.test.ts`);
  expect(existsSync(file)).toBe(true);
  expect(readFileSync(file, 'utf8')).toMatch(/\btestRule\(/);
});

it('every message id a rule declares is expected by a case of its test', () => {
  const untested = RULES.flatMap((r) => {
    const text = readFileSync(join(__dirname, `${r.meta.id}.test.ts`), 'utf8');
    return Object.keys(r.meta.messages)
      .filter((id) => !new RegExp(`messageId: '${id}'`).test(text))
      .map((id) => `${r.meta.id}/${id}`);
  });
  expect(untested).toEqual([]);
});
