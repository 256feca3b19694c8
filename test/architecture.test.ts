import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sourceFiles } from './fixtures/source-files';

const files = (dir: string) => sourceFiles(dir, /\.ts$/);

describe('src/core is pure', () => {
  it('imports nothing from Office, React, exceljs, the file system or the adapters', () => {
    const offenders: string[] = [];
    for (const f of files(join(__dirname, '..', 'src', 'core'))) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/from\s+['"]([^'"]+)['"]/g)) {
        const mod = m[1];
        if (/^(exceljs|react|react-dom|@fluentui\/|fs|path|os|node:)/.test(mod) || /(adapters|cli|taskpane)\//.test(mod)) offenders.push(`${f}: ${mod}`);
      }
      if (/\b(Excel|Office)\.\w/.test(text)) offenders.push(`${f}: uses Office.js`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('docs/architecture.md', () => {
  it('names every folder of src/ in its table, and no folder that is gone', () => {
    const root = join(__dirname, '..');
    const folders = (dir: string): string[] =>
      readdirSync(join(root, dir)).flatMap((f) => {
        const p = `${dir}/${f}`;
        return statSync(join(root, p)).isDirectory() ? [`${p}/`, ...folders(p)] : [];
      });
    const doc = readFileSync(join(root, 'docs', 'architecture.md'), 'utf8');
    const table = doc.slice(doc.indexOf('## Folders'), doc.indexOf('## Where a change goes'));
    const named = [...table.matchAll(/^\| `(src\/[^`]+\/)`/gm)].map((m) => m[1]);
    expect(named.sort()).toEqual(folders('src').sort());
    for (const f of named) expect(statSync(join(root, f)).isDirectory()).toBe(true);
  });
});
