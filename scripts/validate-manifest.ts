// `npm run validate-manifest [manifest.xml | release-dir | web.zip] [--base URL]`: the offline manifest check; exit 1
// on any problem. Given a folder or the release's web zip, the manifest is checked against the files beside it, as
// the site ships: every URL must be one of them (not the repo's own assets/).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { checkManifest } from './manifest-check';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const baseAt = args.indexOf('--base');
  const given = baseAt >= 0 ? args.splice(baseAt, 2)[1] : undefined;
  const target = resolve(args[0] ?? 'manifest.xml');
  let xml: string;
  let readAsset: (p: string) => Buffer | null;
  let site = false;
  if (target.endsWith('.zip')) {
    const zip = await JSZip.loadAsync(readFileSync(target));
    const files = new Map<string, Buffer>();
    for (const f of Object.values(zip.files)) if (!f.dir) files.set(f.name, await f.async('nodebuffer'));
    xml = files.get('manifest.xml')?.toString('utf8') ?? '';
    readAsset = (p) => files.get(p) ?? null;
    site = true;
  } else if (existsSync(target) && statSync(target).isDirectory()) {
    xml = existsSync(join(target, 'manifest.xml')) ? readFileSync(join(target, 'manifest.xml'), 'utf8') : '';
    readAsset = (p) => (existsSync(join(target, p)) && statSync(join(target, p)).isFile() ? readFileSync(join(target, p)) : null);
    site = true;
  } else {
    xml = readFileSync(target, 'utf8');
    const root = resolve(join(__dirname, '..'));
    readAsset = (p) => (existsSync(join(root, p)) ? readFileSync(join(root, p)) : null);
  }
  if (!xml) {
    process.stderr.write(`${target}: ingen manifest.xml / no manifest.xml\n`);
    process.exitCode = 1;
    return;
  }
  // A shipped site's base is where its task pane is; the repo's is the dev server (or ADDIN_URL).
  const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml)?.[1];
  const base = given ?? (site && source ? source.replace(/[^/]*$/, '') : process.env.ADDIN_URL || 'https://localhost:3000/');
  const problems = checkManifest(xml, { base, readAsset, site });
  if (problems.length === 0) {
    process.stdout.write(
      `${target}: manifestet er i orden (velformet, påkrævede elementer, unikke id'er, https, én oprindelse, ikoner${site ? ', alle adresser findes i udgivelsen' : ''}).\n`,
    );
  } else {
    for (const p of problems) process.stderr.write(`${target}: ${p.where}: ${p.problem}\n`);
    process.exitCode = 1;
  }
}

void main();
