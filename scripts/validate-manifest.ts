// `npm run validate-manifest [manifest.xml] [--base URL]`: the offline manifest check; exit 1 on any problem.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkManifest } from './manifest-check';

const args = process.argv.slice(2);
const baseAt = args.indexOf('--base');
const base = baseAt >= 0 ? args.splice(baseAt, 2)[1] : process.env.ADDIN_URL || 'https://localhost:3000/';
const file = resolve(args[0] ?? 'manifest.xml');
const root = resolve(join(__dirname, '..'));

const problems = checkManifest(readFileSync(file, 'utf8'), {
  base,
  readAsset: (p) => {
    const path = join(root, p);
    return existsSync(path) ? readFileSync(path) : null;
  },
});
if (problems.length === 0) {
  process.stdout.write(`${file}: manifestet er i orden (velformet, påkrævede elementer, unikke id'er, https, ikoner).\n`);
} else {
  for (const p of problems) process.stderr.write(`${file}: ${p.where}: ${p.problem}\n`);
  process.exitCode = 1;
}
