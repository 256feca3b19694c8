// Names from a file never start a line of their own in the text output: a sheet name with a line break cannot forge
// a verdict line on stdout; a very long list of findings is formatted without spreading it into Math.max.
import { formatText } from '../../src/core/rules/format';
import type { ValidationResult } from '../../src/core/rules/runner';
import { oneLine } from '../../src/cli/output';

const result = (sheet: string, message: string, n = 1): ValidationResult =>
  ({
    findings: Array.from({ length: n }, () => ({ ruleId: 'not-a-number', severity: 'error', sheet, cell: 'E9', message, block: null })),
    summary: { errors: n, warnings: 0, infos: 0 },
  }) as unknown as ValidationResult;

it('flattens a sheet name and a message with line breaks: one line per finding, the verdict only at the end', () => {
  const forged = 'Ark\n✔ 0 fund (0 fejl) – alt i orden\r\n';
  const text = formatText('skema.xlsx', result(forged, `Pladser 2027 skal være et tal\n✔ alt i orden`));
  const lines = text.split('\n');
  expect(lines.filter((l) => l.startsWith('✔'))).toEqual([]);
  expect(lines[1]).toBe('  Ark ✔ 0 fund (0 fejl) – alt i orden!E9  fejl      Pladser 2027 skal være et tal ✔ alt i orden  not-a-number');
  expect(lines[lines.length - 1]).toBe('✖ 1 fund (1 fejl, 0 advarsler, 0 info)');
  expect(oneLine('a\u2028b\u0000c')).toBe('a b c');
});

it('formats 200.000 findings (more than a spread into Math.max can take)', () => {
  expect(formatText('stor.xlsx', result('Ark', 'x', 200_000)).split('\n')).toHaveLength(200_003);
});
