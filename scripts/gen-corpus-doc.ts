// Writes docs/corpus.md from the corpus (test/corpus/cases.ts); test/corpus/doc.test.ts checks it is current.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCorpusDoc } from '../test/corpus/doc';

const target = join(__dirname, '..', 'docs', 'corpus.md');
writeFileSync(target, renderCorpusDoc());
process.stdout.write(`Skrev ${target}\n`);
