import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT, renderErrorsDoc, RUN_ERRORS, RunError } from '../src/core/errors';
import { MappingError, parseMapping } from '../src/core/import/tidy';
import { parseSnapshot, SnapshotError } from '../src/core/model/snapshot';
import { WriteRefused } from '../src/adapters/office/workbook';
import { describeError } from '../src/taskpane/errors';
import { cli } from './cli/run';

describe('the run errors catalogue', () => {
  it('is what docs/errors.md lists (run npm run docs:rules)', () => {
    expect(readFileSync(join(__dirname, '.', '..', 'docs', 'errors.md'), 'utf8')).toBe(renderErrorsDoc());
  });

  it('gives every refusal of the core and the adapters its code and exit code', () => {
    const thrown = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e;
      }
      throw new Error('did not throw');
    };
    const mapping = thrown(() => parseMapping({ columns: {} }));
    expect(mapping).toBeInstanceOf(MappingError);
    expect(mapping).toMatchObject({ code: 'bad-mapping', exit: EXIT.input });
    const snapshot = thrown(() => parseSnapshot({}));
    expect(snapshot).toBeInstanceOf(SnapshotError);
    expect(snapshot).toMatchObject({ code: 'bad-snapshot', exit: RUN_ERRORS['bad-snapshot'].exit });
    expect(new WriteRefused('Arket "X" er beskyttet.')).toMatchObject({ code: 'write-refused' });
  });

  it('shows the pane the same Danish message the CLI prints, without "Noget gik galt"', () => {
    const e = new RunError('bad-mapping', 'Kolonneoversættelsen mangler en kolonne for feltet "tilbud"');
    expect(describeError(e)).toBe('Kolonneoversættelsen mangler en kolonne for feltet "tilbud"');
    expect(describeError(new Error('boom'))).toBe('Noget gik galt: boom');
  });

  it('ends a CLI refusal with the catalogue exit code and one line', async () => {
    const r = await cli(['validate', join(__dirname, 'findes-ikke.xlsx')]);
    expect(r.code).toBe(RUN_ERRORS['not-found'].exit);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
