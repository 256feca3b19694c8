import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from './cases';
import { renderCorpusDoc } from './doc';

describe('docs/corpus.md', () => {
  it('is up to date with the corpus (run npm run docs:corpus)', () => {
    expect(readFileSync(join(__dirname, '..', '..', 'docs', 'corpus.md'), 'utf8')).toBe(renderCorpusDoc());
  });

  it('has at least 40 cases with unique ids and file names', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.map((c) => c.id)).size).toBe(CORPUS.length);
    expect(new Set(CORPUS.map((c) => c.file)).size).toBe(CORPUS.length);
  });
});
