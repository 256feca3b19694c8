import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT, RUN_ERRORS, RunError } from '../src/core/errors';
import { renderErrorsDoc, RUN_MESSAGES, runError } from '../src/core/run-messages';
import { parseMapping } from '../src/core/import/tidy';
import { parseSnapshot } from '../src/core/model/snapshot';
import { describeError } from '../src/taskpane/errors';
import { cli } from './cli/run';
import { sourceFiles as sources } from './fixtures/source-files';

const SRC = join(__dirname, '..', 'src');
const CATALOGUE = join(SRC, 'core', 'run-messages.ts');
const ERRORS = join(SRC, 'core', 'errors.ts');

const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
};

describe('the run errors catalogue', () => {
  it('is what docs/errors.md lists (run npm run docs:rules)', () => {
    expect(readFileSync(join(__dirname, '.', '..', 'docs', 'errors.md'), 'utf8')).toBe(renderErrorsDoc());
  });

  it('gives every refusal of the core and the adapters its code, exit code and message id', () => {
    const mapping = thrown(() => parseMapping({ columns: {} }));
    expect(mapping).toBeInstanceOf(RunError);
    expect(mapping).toMatchObject({ code: 'bad-mapping', exit: EXIT.input, messageId: 'mappingMissingField', data: { field: 'tilbud' } });
    const snapshot = thrown(() => parseSnapshot({}, 'sidste-år.json'));
    expect(snapshot).toMatchObject({ code: 'bad-snapshot', exit: RUN_ERRORS['bad-snapshot'].exit, messageId: 'snapshotFormat' });
    expect((snapshot as RunError).message).toMatch(/^sidste-år\.json: Øjebliksbilledet følger ikke formatet/);
    expect(runError('sheetsProtected', { sheets: '"X"' })).toMatchObject({ code: 'write-refused' });
  });

  it('is the only place a run error is made or its text written: no throw site writes its own', () => {
    const offenders = sources(SRC)
      .filter((f) => f !== CATALOGUE && f !== ERRORS)
      .flatMap((f) => (/new RunError\(|extends RunError\b/.test(readFileSync(f, 'utf8')) ? [f.slice(SRC.length + 1)] : []));
    expect(offenders).toEqual([]);
  });

  it('has no message that nothing throws, each in Danish and English apart', () => {
    const code = sources(SRC)
      .filter((f) => f !== CATALOGUE)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = Object.keys(RUN_MESSAGES).filter((id) => !code.includes(`'${id}'`));
    expect(unused).toEqual([]);
    const names = new Proxy({}, { get: (_, k) => `‹${String(k)}›` });
    for (const [id, m] of Object.entries(RUN_MESSAGES)) {
      const { da, en } = m as { da: (d: unknown) => string; en: (d: unknown) => string };
      // The Danish half never carries its English (the CLI joins them) and neither half is empty.
      expect([id, / \/ [A-Z]/.test(da(names)), da(names).length > 0, en(names).length > 0]).toEqual([id, false, true, true]);
    }
  });

  it('says a refusal of a file that was read without its name of that file, once', () => {
    const e = runError('corrupt', { file: 'a.xlsx', detail: 'x' });
    expect(e.in('a.xlsx')).toBe(e);
    const csv = runError('csvNeedsMapping').in('b.csv');
    expect(csv.message).toMatch(/^b\.csv: En CSV-fil kræver en kolonneoversættelse/);
    expect(csv).toMatchObject({ code: 'bad-mapping', messageId: 'csvNeedsMapping', english: 'Mapping error' });
  });

  it('shows the pane the Danish message alone, without "Noget gik galt"; the CLI says both', () => {
    const e = runError('mappingMissingField', { field: 'tilbud' });
    expect(describeError(e)).toBe('Kolonneoversættelsen mangler en kolonne for feltet "tilbud"');
    expect(e.bilingual).toBe('Kolonneoversættelsen mangler en kolonne for feltet "tilbud" / The mapping has no column for "tilbud"');
    expect(describeError(new Error('boom'))).toBe('Noget gik galt: boom');
  });

  it('ends a CLI refusal with the catalogue exit code and one line, Danish then English', async () => {
    const file = join(__dirname, 'findes-ikke.xlsx');
    const r = await cli(['validate', file]);
    expect(r.code).toBe(RUN_ERRORS['not-found'].exit);
    expect(r.err.trim().split('\n')).toEqual([`takst: Filen findes ikke: ${file} / File not found: ${file}`]);
  });
});
