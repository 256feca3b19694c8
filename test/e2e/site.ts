// The built pages for the Chromium tests, built once per test run and shared by every e2e suite (a development
// build takes about a minute; each suite building its own made npm test pay for it twice), and served on
// 127.0.0.1. The first suite to ask builds under a lock; the others wait for it. The build's folder is keyed by the
// test run (jest's process) and a fingerprint of the sources, so a changed source is never served from an old build.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import webpack from 'webpack';

const ROOT = join(__dirname, '..', '..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.xlsx': 'application/octet-stream',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

function fingerprint(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const f of readdirSync(dir).sort()) {
      const p = join(dir, f);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else hash.update(`${p}:${s.size}:${s.mtimeMs}\n`);
    }
  };
  walk(join(ROOT, 'src'));
  for (const f of ['webpack.config.js', 'package-lock.json', 'samples/eksempel-2027.xlsx', 'manifest.xml']) {
    const s = statSync(join(ROOT, f));
    hash.update(`${f}:${s.size}:${s.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

async function build(dir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = await require('../../webpack.config.js')({ outDir: dir }, { mode: 'development' });
  config.devtool = false;
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => (err ? reject(err) : stats?.hasErrors() ? reject(new Error(stats.toString('errors-only'))) : resolve())),
  );
}

/** The folder of the built pages (taskpane.html, preview.html and their scripts). */
export async function builtPages(): Promise<string> {
  const dir = join(tmpdir(), `takst-e2e-${process.ppid}-${fingerprint()}`);
  const done = join(`${dir}.lock`, 'done');
  const failed = join(`${dir}.lock`, 'failed');
  let mine = false;
  try {
    mkdirSync(`${dir}.lock`); // atomic: the one suite that creates it builds
    mine = true;
  } catch {
    /* another suite builds */
  }
  if (mine) {
    try {
      await build(dir);
      writeFileSync(done, '');
    } catch (e) {
      writeFileSync(failed, String((e as Error).message));
      throw e;
    }
    return dir;
  }
  const until = Date.now() + 280_000;
  while (!existsSync(done)) {
    if (existsSync(failed)) throw new Error(`Byggeriet af siderne mislykkedes: ${readFileSync(failed, 'utf8')}`);
    if (Date.now() > until) throw new Error('Siderne blev ikke bygget i tide');
    await new Promise((r) => setTimeout(r, 250));
  }
  return dir;
}

/** Serves a folder's files on 127.0.0.1 (nothing outside it); resolves with the server and its base URL. */
export async function serve(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const file = join(dir, normalize(decodeURIComponent((req.url ?? '/').split('?')[0])).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  return { server, base: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/` };
}
