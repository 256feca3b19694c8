// `ADDIN_URL=https://host/path/ npm run release`: one release in release/ — the web site as a zip (the pages,
// assets, help page, the manifest with every URL under ADDIN_URL, and header configs for IIS, Azure Static Web Apps
// and nginx), the CLI as an npm package, and SHA256SUMS over both. Options from the environment: SNAPSHOT (the
// snapshot to bundle, checked against its schema), RELEASE_CHANNEL=test (a staging add-in with its own Id and name),
// SUPPORT_EMAIL (the help page's contact). Bad input is one Danish line, exit 2, and nothing written to release/.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import JSZip from 'jszip';
import { parseSnapshot } from '../src/core/model/snapshot';
import { headerRules, nginxSnippet, paneCsp, staticWebAppConfig, webConfig } from './release-headers';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bundledSnapshotFile } = require('./build-info') as { bundledSnapshotFile: () => string };

const ROOT = join(__dirname, '..');

class Refusal extends Error {}

/** What the release is made from, checked before anything is built or written. */
export interface ReleaseInput {
  addinUrl: string;
  channel: 'production' | 'test';
  snapshot: string | null;
  supportEmail: string | null;
  version: string;
}

export function releaseInput(env: NodeJS.ProcessEnv): ReleaseInput {
  const url = env.ADDIN_URL?.trim();
  if (!url) throw new Refusal('ADDIN_URL mangler: skriv den adresse, siden skal ligge på, fx ADDIN_URL=https://takst.example.dk/takstskema/ npm run release');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Refusal(`ADDIN_URL er ikke en adresse: ${url}`);
  }
  if (parsed.protocol !== 'https:') throw new Refusal(`ADDIN_URL skal være https (Office indlæser kun tilføjelsesprogrammer over https): ${url}`);
  if (/^(localhost|127\.|\[::1\]|0\.0\.0\.0)/i.test(parsed.hostname))
    throw new Refusal(`ADDIN_URL må ikke være localhost: en udgivelse skal ligge på en server, brugerne kan nå: ${url}`);
  if (parsed.search || parsed.hash) throw new Refusal(`ADDIN_URL må ikke have ? eller #: ${url}`);
  const channel = (env.RELEASE_CHANNEL ?? 'production').trim();
  if (channel !== 'production' && channel !== 'test') throw new Refusal(`RELEASE_CHANNEL skal være "test" eller udeladt, ikke "${channel}"`);
  const email = env.SUPPORT_EMAIL?.trim() || null;
  if (email && !/^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i.test(email)) throw new Refusal(`SUPPORT_EMAIL er ikke en e-mailadresse: ${email}`);
  let snapshot: string | null = null;
  if (env.SNAPSHOT) {
    snapshot = resolve(env.SNAPSHOT);
    if (!existsSync(snapshot)) throw new Refusal(`SNAPSHOT findes ikke: ${env.SNAPSHOT}`);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(snapshot, 'utf8'));
    } catch (e) {
      throw new Refusal(`SNAPSHOT er ikke gyldig JSON (${(e as Error).message}): ${env.SNAPSHOT}`);
    }
    try {
      parseSnapshot(json);
    } catch (e) {
      throw new Refusal(`SNAPSHOT kan ikke bruges: ${(e as Error).message}`);
    }
  }
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const changelog = existsSync(join(ROOT, 'CHANGELOG.md')) ? readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8') : '';
  if (!new RegExp(`^## ${version.replace(/\./g, '\\.')}\\b`, 'm').test(changelog))
    throw new Refusal(`CHANGELOG.md har intet afsnit "## ${version}": skriv, hvad udgivelsen ændrer, før den laves`);
  return { addinUrl: url.endsWith('/') ? url : `${url}/`, channel, snapshot, supportEmail: email, version };
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full).map((f) => `${name}/${f}`));
    else out.push(name);
  }
  return out.sort();
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Builds the site into `site/` with webpack (production), and adds the header configs. */
function buildSite(input: ReleaseInput, site: string): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--env', `outDir=${site}`], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      ADDIN_URL: input.addinUrl,
      RELEASE_CHANNEL: input.channel,
      SUPPORT_EMAIL: input.supportEmail ?? '',
      ...(input.snapshot ? { SNAPSHOT: input.snapshot } : {}),
    },
  });
  const rules = headerRules(paneCsp(readFileSync(join(site, 'taskpane.html'), 'utf8')));
  const files = filesUnder(site);
  writeFileSync(join(site, 'web.config'), webConfig(rules, files));
  writeFileSync(join(site, 'staticwebapp.config.json'), staticWebAppConfig(rules, files));
  writeFileSync(join(site, 'nginx-takstskema.conf'), nginxSnippet(rules));
}

async function zipSite(site: string, file: string): Promise<void> {
  const zip = new JSZip();
  for (const f of filesUnder(site)) zip.file(f, readFileSync(join(site, f)), { date: new Date('2026-01-01T00:00:00Z') });
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' }));
}

/** The CLI as an npm package: bin/, the built lib/, the one snapshot it bundles, and a package.json without dev parts. */
function packCli(input: ReleaseInput, work: string, into: string): string {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  const stage = join(work, 'cli');
  mkdirSync(join(stage, 'assets'), { recursive: true });
  cpSync(join(ROOT, 'bin'), join(stage, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'lib'), join(stage, 'lib'), { recursive: true });
  const snapshotFile = input.snapshot ?? bundledSnapshotFile();
  const year = (JSON.parse(readFileSync(snapshotFile, 'utf8')) as { budgetYear: number }).budgetYear;
  cpSync(snapshotFile, join(stage, 'assets', `snapshot-${year}.json`));
  for (const f of ['README.md', 'CHANGELOG.md']) cpSync(join(ROOT, f), join(stage, f));
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  const shipped = Object.fromEntries(
    ['name', 'version', 'description', 'license', 'engines', 'bin', 'dependencies'].map((k) => [k, pkg[k]]).filter(([, v]) => v !== undefined),
  );
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify({ ...shipped, files: ['bin/', 'lib/', 'assets/', 'CHANGELOG.md'] }, null, 2)}\n`);
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', into], { cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return (JSON.parse(out) as Array<{ filename: string }>)[0].filename;
}

export async function release(input: ReleaseInput, outDir = join(ROOT, 'release')): Promise<string[]> {
  const work = mkdtempSync(join(tmpdir(), 'takstskema-release-'));
  try {
    const ready = join(work, 'ud');
    mkdirSync(ready);
    const site = join(work, 'site');
    buildSite(input, site);
    const suffix = input.channel === 'test' ? '-test' : '';
    const zipName = `takstskema-${input.version}${suffix}-web.zip`;
    await zipSite(site, join(ready, zipName));
    const tgz = packCli(input, work, ready);
    const tgzName = `takstskema-${input.version}.tgz`;
    if (tgz !== tgzName) renameSync(join(ready, tgz), join(ready, tgzName));
    const sums = [zipName, tgzName].map((f) => `${sha256(readFileSync(join(ready, f)))}  ${f}`).join('\n');
    writeFileSync(join(ready, 'SHA256SUMS'), `${sums}\n`);
    // The files land in release/ only now, all three, replacing the same names from an earlier run.
    mkdirSync(outDir, { recursive: true });
    const names = [zipName, tgzName, 'SHA256SUMS'];
    for (const f of names) {
      rmSync(join(outDir, f), { force: true });
      cpSync(join(ready, f), join(outDir, f));
    }
    return names.map((f) => join(outDir, f));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  let input: ReleaseInput;
  try {
    input = releaseInput(process.env);
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    process.stderr.write(`release: ${e.message}. Intet er skrevet i release/.\n`);
    process.exit(2);
  }
  const snap = JSON.parse(readFileSync(input.snapshot ?? bundledSnapshotFile(), 'utf8')) as { budgetYear: number; sha256: string };
  process.stdout.write(
    `Udgivelse ${input.version} (${input.channel === 'test' ? 'testkanal: "Takstskema (test)"' : 'produktion'}) til ${input.addinUrl}\n` +
      `Øjebliksbillede: ${snap.budgetYear}, SHA-256 ${snap.sha256}${input.snapshot ? ` (${relative(process.cwd(), input.snapshot)})` : ' (det medfølgende)'}\n`,
  );
  const files = await release(input);
  for (const f of files) process.stdout.write(`  ${relative(process.cwd(), f)}\n`);
  process.stdout.write(readFileSync(files[2], 'utf8'));
}

if (require.main === module) void main();
