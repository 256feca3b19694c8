// Writes docs/rules.md from the rules' meta.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../src/core/rules/index';
import { renderRulesDoc } from '../src/core/rules/doc';

writeFileSync(join(__dirname, '..', 'docs', 'rules.md'), renderRulesDoc(RULES));
process.stdout.write('Skrev docs/rules.md\n');
