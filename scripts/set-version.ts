// `npm run version:set -- x.y.z`: raises the version everywhere it is written — package.json, package-lock.json
// and the manifest's <Version> (x.y.z.0) — and adds a CHANGELOG.md heading to fill in. `takst --version`, the pane's
// "Om" line and the help page read package.json when built; test/version.test.ts keeps them equal.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const version = process.argv[2];
if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
  process.stderr.write('version:set: skriv versionen som x.y.z, fx npm run version:set -- 0.2.0\n');
  process.exit(2);
}
const json = (f: string) => JSON.parse(readFileSync(join(ROOT, f), 'utf8'));
const pkg = json('package.json');
pkg.version = version;
writeFileSync(join(ROOT, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
const lock = json('package-lock.json');
lock.version = version;
if (lock.packages?.['']) lock.packages[''].version = version;
writeFileSync(join(ROOT, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8').replace(/<Version>[^<]*<\/Version>/, `<Version>${version}.0</Version>`);
writeFileSync(join(ROOT, 'manifest.xml'), manifest);
const log = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
if (!new RegExp(`^## ${version.replace(/\./g, '\\.')}\\b`, 'm').test(log)) {
  const at = log.indexOf('\n## ');
  const entry = `\n## ${version}\n\n- (skriv, hvad udgivelsen ændrer)\n`;
  writeFileSync(join(ROOT, 'CHANGELOG.md'), at < 0 ? `${log.trimEnd()}\n${entry}` : `${log.slice(0, at)}${entry}${log.slice(at)}`);
}
process.stdout.write(`Version ${version}: package.json, package-lock.json, manifest.xml (${version}.0) og CHANGELOG.md.\n`);
