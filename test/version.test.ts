// One version everywhere: package.json x.y.z, the manifest's <Version>x.y.z.0</Version>, `takst --version`, the
// pane's "Om" line (built in by webpack from package.json: test/taskpane/about.test.tsx) and the help page
// (test/e2e/release.test.ts); `npm run version:set` raises them
// together, and CHANGELOG.md has the version's entry (the release refuses one without).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './cli/run';

const ROOT = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const manifestVersion = (xml: string) => /<Version>([^<]+)<\/Version>/.exec(xml)?.[1];

describe('one version everywhere', () => {
  it('package.json, package-lock.json, the manifest, takst --version, the pane’s Om line and the CHANGELOG agree', async () => {
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
    expect([lock.version, lock.packages[''].version]).toEqual([pkg.version, pkg.version]);
    expect(manifestVersion(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'))).toBe(`${pkg.version}.0`);
    expect((await cli(['--version'])).out.trim()).toBe(pkg.version);
    expect(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')).toMatch(new RegExp(`^## ${pkg.version.replace(/\./g, '\\.')}\\b`, 'm'));
  });

  it('version:set raises package.json, the lock file and the manifest together and opens a CHANGELOG entry', () => {
    const copy = mkdtempSync(join(tmpdir(), 'takst-version-'));
    for (const f of ['package.json', 'package-lock.json', 'manifest.xml', 'CHANGELOG.md', 'scripts']) cpSync(join(ROOT, f), join(copy, f), { recursive: true });
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(copy, 'scripts', 'set-version.ts'), '9.8.7'], {
      stdio: 'ignore',
    });
    const read = (f: string) => readFileSync(join(copy, f), 'utf8');
    expect(JSON.parse(read('package.json')).version).toBe('9.8.7');
    expect(JSON.parse(read('package-lock.json')).packages[''].version).toBe('9.8.7');
    expect(manifestVersion(read('manifest.xml'))).toBe('9.8.7.0');
    expect(read('CHANGELOG.md')).toMatch(/^## 9\.8\.7$/m);
    // The copy's own scripts ran; the project is untouched.
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version).toBe(pkg.version);
  });
});
