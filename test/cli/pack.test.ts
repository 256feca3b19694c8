// The CLI as the region installs it: `npm pack` holds the built lib/, the bin and the bundled snapshot, and none
// of the tests, sources or CI files; every file the command needs at run time is among them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

describe('npm pack', () => {
  it('ships bin/, lib/ and the bundled snapshot, and no tests, sources or CI', () => {
    // lib/ is built by `npm ci` (prepare); pack is asked not to build again.
    expect(existsSync(join(ROOT, 'lib', 'cli', 'main.js'))).toBe(true);
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0].files.map((f) => f.path);
    for (const needed of ['bin/takst.js', 'lib/cli/main.js', 'lib/cli/commands/consolidate.run.js', 'assets/snapshot-2026.json', 'package.json'])
      expect(files).toContain(needed);
    expect(files.filter((f) => /^(test|src|\.ci|scripts|docs|samples)\//.test(f))).toEqual([]);
    // Every module lib/ loads is in the package: each relative require of a shipped file resolves to a shipped file.
    const shipped = new Set(files);
    for (const f of files.filter((x) => x.startsWith('lib/') && x.endsWith('.js'))) {
      const code = readFileSync(join(ROOT, f), 'utf8');
      for (const m of code.matchAll(/require\("(\.{1,2}\/[^"]+)"\)/g)) {
        const target = join(f, '..', m[1]);
        const candidates = [target, `${target}.js`, `${target}.json`, join(target, 'index.js')];
        expect([f, candidates.some((c) => shipped.has(c))]).toEqual([f, true]);
      }
    }
  });
});
