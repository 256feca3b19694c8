// The release as the secretariat's IT person meets it: `npm run release` for a host, the web zip unpacked and
// served by a plain static server with the headers the release ships, opened in Chromium (the help page, the
// preview checking the sample, the task pane's Danish fallback outside Excel, and a new release removing the
// scripts a pane has not loaded yet), and the CLI package installed into an empty prefix.
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import JSZip from 'jszip';
import { chromium, type Browser, type Page } from 'playwright-core';
import { release, releaseInput } from '../../scripts/release';
import { headerRules, headersFor, IMMUTABLE, NO_CACHE, paneCsp } from '../../scripts/release-headers';
import { checkManifest } from '../../scripts/manifest-check';

const ROOT = join(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const URL_BASE = 'https://takst.example.dk/takstskema/';
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.xml': 'text/xml',
  '.xlsx': 'application/octet-stream',
};

const work = mkdtempSync(join(tmpdir(), 'takst-udgivelse-'));
const site = join(work, 'site');
/** Files taken off the server, as a new release that removed old hashed files would. */
const removed = new Set<string>();
let files: string[];
let server: Server;
let base: string;
let browser: Browser;

async function unzip(zipFile: string, into: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(zipFile));
  const names: string[] = [];
  for (const f of Object.values(zip.files)) {
    if (f.dir) continue;
    mkdirSync(dirname(join(into, f.name)), { recursive: true });
    writeFileSync(join(into, f.name), await f.async('nodebuffer'));
    names.push(f.name);
  }
  return names.sort();
}

beforeAll(async () => {
  if (!CHROMIUM) throw new Error('Chromium mangler: apt-get install -y --no-install-recommends chromium (eller sæt CHROMIUM_PATH)');
  files = await release(releaseInput({ ADDIN_URL: URL_BASE, SUPPORT_EMAIL: 'takst@example.dk' }), join(work, 'release'));
  const names = await unzip(files[0], site);
  const rules = headerRules(paneCsp(readFileSync(join(site, 'taskpane.html'), 'utf8')));
  // A plain static server under /takstskema/, with the headers the release's configs give each file.
  server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/takstskema\//, '');
    if (!names.includes(path) || removed.has(path)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', ...headersFor(rules, path) }).end(readFileSync(join(site, path)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/takstskema/`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
}, 420_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
});

/** A page that records its console errors and every request outside the host; office.js is answered empty. */
async function open(path: string): Promise<{ page: Page; errors: string[]; outside: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'da-DK' });
  const errors: string[] = [];
  const outside: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(base) && !u.startsWith('blob:') && !u.startsWith('data:') && !u.startsWith('https://appsforoffice.microsoft.com/')) outside.push(u);
  });
  // Outside Excel there is no Office host: the CDN's office.js is answered with an empty script (no network here).
  await page.route('https://appsforoffice.microsoft.com/**', (r) => r.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
  await page.goto(`${base}${path}`);
  return { page, errors, outside };
}

describe('the release', () => {
  it('writes the web zip, the CLI package and SHA256SUMS over both', () => {
    expect(files.map((f) => f.split('/').pop())).toEqual([`takstskema-${version}-web.zip`, `takstskema-${version}.tgz`, 'SHA256SUMS']);
    const sums = readFileSync(files[2], 'utf8').trim().split('\n');
    expect(sums.map((l) => l.split(/\s+/)[1])).toEqual([`takstskema-${version}-web.zip`, `takstskema-${version}.tgz`]);
    for (const f of ['web.config', 'staticwebapp.config.json', 'nginx-takstskema.conf', 'hjaelp.html', 'manifest.xml', 'taskpane.html', 'preview.html'])
      expect(existsSync(join(site, f))).toBe(true);
  });

  it('keeps the pane’s first bundle under its budget and free of exceljs (scripts/bundle-size.js on the release’s own build)', () => {
    // CI's separate production build used to check this; the release is that same build.
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bundle-size.js'), site], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const gzipKb = Number(/gzip ([\d,]+) KB/.exec(r.stdout)?.[1].replace(',', '.'));
    expect(gzipKb).toBeGreaterThan(50);
    expect(gzipKb).toBeLessThan(350);
  });

  it('has a manifest whose every URL is a file of the zip, at ADDIN_URL, with the package’s version', () => {
    const xml = readFileSync(join(site, 'manifest.xml'), 'utf8');
    expect(xml).toContain(`<Version>${version}.0</Version>`);
    expect(xml).not.toContain('localhost');
    const problems = checkManifest(xml, { base: URL_BASE, site: true, readAsset: (p) => (existsSync(join(site, p)) ? readFileSync(join(site, p)) : null) });
    expect(problems).toEqual([]);
    // A manifest URL outside the release, or an icon missing from it, fails the check.
    const broken = checkManifest(xml.replace(`${URL_BASE}hjaelp.html`, `${URL_BASE}mangler.html`), {
      base: URL_BASE,
      site: true,
      readAsset: (p) => (p === 'assets/icon-80.png' ? null : existsSync(join(site, p)) ? readFileSync(join(site, p)) : null),
    }).map((p) => p.problem);
    expect(broken).toEqual(expect.arrayContaining(['filen findes ikke i udgivelsen: mangler.html', 'ikonfilen findes ikke']));
  });

  it('ships headers: pages and manifest no-cache, hashed scripts immutable, the pane’s CSP as a header', async () => {
    const get = (p: string) => fetch(`${base}${p}`);
    expect((await get('taskpane.html')).headers.get('cache-control')).toBe(NO_CACHE);
    expect((await get('taskpane.html')).headers.get('content-security-policy')).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
    expect((await get('manifest.xml')).headers.get('cache-control')).toBe(NO_CACHE);
    const script = readdirSync(site).find((f) => /^taskpane\.[0-9a-f]+\.js$/.test(f))!;
    expect((await get(script)).headers.get('cache-control')).toBe(IMMUTABLE);
    const webConfig = readFileSync(join(site, 'web.config'), 'utf8');
    expect(webConfig).toContain(`<location path="${script}">`);
    expect(webConfig).toContain(IMMUTABLE);
    const swa = JSON.parse(readFileSync(join(site, 'staticwebapp.config.json'), 'utf8'));
    expect(swa.routes).toContainEqual({ route: '/taskpane.html', headers: expect.objectContaining({ 'Cache-Control': NO_CACHE }) });
    expect(readFileSync(join(site, 'nginx-takstskema.conf'), 'utf8')).toMatch(/add_header Cache-Control "no-cache" always;/);
  });

  it('shows the help page with the version and the snapshot’s year, loading nothing from elsewhere', async () => {
    const { page, errors, outside } = await open('hjaelp.html');
    await expect(page.locator('#version').textContent()).resolves.toMatch(
      new RegExp(`Version ${version.replace(/\./g, '\\.')}\\. Sidste års godkendte tal i denne udgave: 2026`),
    );
    expect(await page.getByText('takst@example.dk').count()).toBeGreaterThan(0);
    expect(await page.getByText(/%LOCALAPPDATA%/).count()).toBe(1);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('checks the sample in the production preview, its Om line naming the version', async () => {
    const { page, errors, outside } = await open('preview.html');
    await page.getByRole('button', { name: 'Kontrollér' }).click();
    await page.getByRole('button', { name: '4 fejl' }).waitFor();
    expect(await page.locator('button[data-severity]').count()).toBe(12);
    expect(await page.getByText(`Om: Takstskema ${version} · sidste års tal: 2026`).count()).toBe(1);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('shows the task pane’s Danish fallback outside Excel, never a blank pane', async () => {
    const { page, errors, outside } = await open('taskpane.html');
    await page.getByText('Office.js kunne ikke indlæses. Åbn ruden fra Excel.').waitFor();
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('says in Danish that Takstskema was updated, with Genindlæs, in every tab whose script a new release removed', async () => {
    const { page } = await open('preview.html');
    await page.getByRole('button', { name: 'Kontrollér' }).waitFor();
    // What the page has fetched so far stays (the browser has it); every other script is gone from the server.
    for (const f of readdirSync(site).filter((x) => x.endsWith('.js')))
      if (!(await page.evaluate((n) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/${n}`)), f))) removed.add(f);
    expect(removed.size).toBeGreaterThan(2);
    try {
      for (const tab of ['Hvorfor?', 'Udfyld sidste år', 'Indlæs fra fil']) {
        await page.getByRole('tab', { name: tab }).click();
        const alert = page.getByRole('alert').filter({ hasText: 'Takstskema er blevet opdateret' });
        await alert.waitFor();
        expect(await alert.getByRole('button', { name: 'Genindlæs' }).count()).toBe(1);
      }
      // The Kontrol tab still checks: what was loaded keeps working.
      await page.getByRole('tab', { name: 'Kontrol' }).click();
      await page.getByRole('button', { name: 'Kontrollér' }).click();
      await page.getByRole('button', { name: '4 fejl' }).waitFor();
    } finally {
      removed.clear();
      await page.close();
    }
  });

  it('installs the CLI package into an empty prefix: takst --version is the package’s, validate of the sample exits 1', () => {
    const prefix = join(work, 'prefix');
    execFileSync('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', files[1]], { stdio: 'ignore', timeout: 300_000 });
    const takst = join(prefix, 'bin', 'takst');
    expect(execFileSync(takst, ['--version'], { encoding: 'utf8' }).trim()).toBe(version);
    const v = spawnSync(takst, ['validate', join(ROOT, 'samples', 'eksempel-2027.xlsx')], { encoding: 'utf8' });
    expect(v.status).toBe(1);
    expect(v.stdout).toMatch(/12 fund \(4 fejl/);
    const installed = join(prefix, 'lib', 'node_modules', 'takstskema');
    expect(readdirSync(installed).sort()).toEqual(['CHANGELOG.md', 'README.md', 'assets', 'bin', 'lib', 'node_modules', 'package.json']);
  }, 320_000);
});

describe('npm run release refuses bad input', () => {
  it.each([
    ['no ADDIN_URL', {}, /ADDIN_URL mangler/],
    ['http://', { ADDIN_URL: 'http://takst.example.dk/' }, /skal være https/],
    ['localhost', { ADDIN_URL: 'https://localhost:3000/' }, /må ikke være localhost/],
    ['a snapshot that fails its schema', { ADDIN_URL: URL_BASE, SNAPSHOT: join(ROOT, 'package.json') }, /SNAPSHOT kan ikke bruges/],
  ])('%s: one Danish line, exit 2, nothing in release/', (_, env, message) => {
    const cwd = mkdtempSync(join(tmpdir(), 'takst-udgivelse-afvist-'));
    const listing = () =>
      existsSync(join(ROOT, 'release')) ? readdirSync(join(ROOT, 'release')).map((f) => `${f}:${statSync(join(ROOT, 'release', f)).mtimeMs}`) : null;
    const before = listing();
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'release.ts')], {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(listing()).toEqual(before);
  });
});
