// Writes docs/rules.md from the rules' meta and docs/errors.md from the run errors' catalogue.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../src/core/rules/index';
import { renderRulesDoc } from '../src/core/rules/doc';
import { renderErrorsDoc } from '../src/core/run-messages';

writeFileSync(join(__dirname, '..', 'docs', 'rules.md'), renderRulesDoc(RULES));
writeFileSync(join(__dirname, '..', 'docs', 'errors.md'), renderErrorsDoc());
process.stdout.write('Skrev docs/rules.md og docs/errors.md\n');
