// End-to-end: the preview page in a real browser (Debian's chromium, driven by playwright-core; never downloaded).
// Builds the pages with webpack (once for both e2e suites, site.ts), serves them on 127.0.0.1, checks the sample, finds the expected counts, clicks a
// finding, sees its cell selected in the grid, clears, and saves a screenshot (artifacts/preview.png).
import * as acorn from 'acorn';
import type { Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtPages, serve } from './site';
import { chromium, type Browser, type Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { renderWorkbook, saveWorkbook } from '../../src/adapters/exceljs/write';
import { buildTemplate } from '../../src/core/template/build';
import { syntheticOffers, syntheticOldWorkbook } from '../fixtures/synthetic-export';

jest.setTimeout(300_000);

const ROOT = join(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const ARTIFACTS = join(ROOT, 'artifacts');
let out: string;
let server: Server;
let base: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!CHROMIUM) throw new Error('Chromium mangler: apt-get install -y --no-install-recommends chromium (eller sæt CHROMIUM_PATH)');
  out = await builtPages();
  ({ server, base } = await serve(out));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'da-DK' });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
});

describe('the preview in Chromium', () => {
  it('checks the sample, jumps to a finding, clears the marks, and saves a screenshot', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // No workbook data leaves the machine: every request the page makes goes to the server that serves it.
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${base}preview.html`);
    await page.getByRole('button', { name: 'Kontrollér' }).click();
    await page.getByRole('button', { name: '4 fejl' }).waitFor();
    await expectVisible(page, '4 advarsler');
    await expectVisible(page, '4 info');
    const findings = page.locator('button[data-severity]');
    expect(await findings.count()).toBe(12);
    const marked = page.locator('td[data-mark]');
    expect(await marked.count()).toBeGreaterThan(0);
    expect(await page.locator('td[data-mark="error"]').count()).toBeGreaterThan(0);

    const target = findings.filter({ has: page.locator('text=Fejl') }).first();
    const cell = await target.getAttribute('data-cell');
    expect(cell).toMatch(/^[A-Z]+\d+$/);
    await target.click();
    await expect(page.getByTestId('name-box')).toHaveTextEventually(cell!);
    const td = page.locator(`td[data-address="${cell}"]`);
    expect(await td.getAttribute('aria-selected')).toBe('true');
    expect(await td.isVisible()).toBe(true);

    // The picture for the README: the pane from its top (counts and filter), the grid at the selected cell.
    await page.getByRole('complementary', { name: 'Opgaverude' }).evaluate((el) => el.scrollTo(0, 0));
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'preview.png') });
    if (process.env.UPDATE_SCREENSHOTS) copyFileSync(join(ARTIFACTS, 'preview.png'), join(ROOT, 'docs', 'images', 'preview.png'));

    await page.getByRole('button', { name: 'Ryd markeringer' }).click();
    await page.getByText(/markeringer fjernet/).waitFor();
    expect(await marked.count()).toBe(0);
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(2);
    expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  });

  it('re-checks after a value is typed into the grid', async () => {
    await page.goto(`${base}preview.html`);
    await page.getByRole('button', { name: 'Kontrollér' }).click();
    await page.getByRole('button', { name: '4 fejl' }).waitFor();
    const before = await page.locator('button[data-severity]').count();
    // An unknown paragraf in the first block: one more warning, without pressing Kontrollér.
    const para = page.locator('td', { hasText: /^SEL § \d+$/ }).first();
    await para.click();
    await page.getByLabel('Cellens indhold').fill('§ 999');
    await page.getByLabel('Cellens indhold').press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('button[data-severity]').length === n + 1, before, { timeout: 10_000 });
    expect(await page.locator('button[data-severity]').count()).toBe(before + 1);
    expect(await page.locator('button[data-severity="warning"]', { hasText: '§ 999' }).count()).toBe(1);
  });

  it('fills a 5-block skema from the region’s two exports: adds the 55 blocks, fills both years, every row accounted for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'takst-e2e-region-'));
    const skema = join(dir, 'region-5-blokke.xlsx');
    await saveWorkbook(renderWorkbook(buildTemplate({ driftsherre: 'Region Nordjylland', year: 2027, blocks: 5 }).spec), skema);
    const exports = [2026, 2027].map((year) => join(dir, `eksport-${year}.xlsx`));
    for (const [i, year] of [2026, 2027].entries()) await saveWorkbook(syntheticOldWorkbook(undefined, { budgetYear: year, previous: true }), exports[i]);
    await page.goto(`${base}preview.html`);
    await page.getByRole('button', { name: 'Kontrollér' }).waitFor();
    await page.locator('header input[type=file]').setInputFiles(skema);
    await page.getByText('region-5-blokke.xlsx', { exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Indlæs fra fil' }).click();
    await page.locator('section[aria-label="Indlæs fra fil"] input[type=file]').first().setInputFiles(exports);
    await page.getByRole('button', { name: 'Indlæs fra fil' }).click();
    await page.getByRole('button', { name: 'Tilføj 55 blokke' }).click();
    const rows = 2 * syntheticOffers().reduce((n, o) => n + o.rates.length, 0);
    await page.getByText(`Afstemning: ${rows} rækker ind = 60 placeret + ${rows - 60} lagt sammen med et tilbud + 0 rapporteret`).waitFor();
    expect(await page.getByText(/mangler en blok/).count()).toBe(0);
    await page.getByRole('button', { name: /^Udfyld [\d.]+ celler$/ }).click();
    await page.getByText(/celler udfyldt fra eksport-2026.xlsx og eksport-2027.xlsx/).waitFor();
    expect(await page.getByText(/celler udfyldt fra/).count()).toBe(1);
  });

  it('is edited as a sheet: typing on a cell, Enter, and Gem som .xlsx downloads the workbook with the typed value', async () => {
    await page.goto(`${base}preview.html`);
    await page.getByRole('button', { name: 'Kontrollér' }).waitFor();
    const para = page.locator('td', { hasText: /^SEL § \d+$/ }).first();
    const address = (await para.getAttribute('data-address'))!;
    await para.click();
    await page.keyboard.type('SEL § 998');
    await page.keyboard.press('Enter');
    await expect(page.locator(`td[data-address="${address}"]`)).toHaveTextEventually('SEL § 998');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gem som .xlsx' }).click()]);
    expect(download.suggestedFilename()).toBe('eksempel-2027 (redigeret).xlsx');
    const saved = join(mkdtempSync(join(tmpdir(), 'takst-e2e-save-')), 'gemt.xlsx');
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const ws = wb.worksheets.find((w) => w.state !== 'veryHidden' && w.state !== 'hidden')!;
    expect(ws.getCell(address).value).toBe('SEL § 998');
  });

  it('opens a sheet of 150.000 rows without freezing: only the rows in view are drawn, and a far cell is reached', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'takst-e2e-big-'));
    const big = join(dir, 'stort-ark.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ark1');
    for (let r = 1; r <= 150_000; r++) ws.getRow(r).values = [`Række ${r}`, r];
    await wb.xlsx.writeFile(big);
    await page.goto(`${base}preview.html`);
    await page.getByRole('button', { name: 'Kontrollér' }).waitFor();
    await page.locator('header input[type=file]').setInputFiles(big);
    await page.getByText('stort-ark.xlsx', { exact: true }).waitFor({ timeout: 120_000 });
    expect(await page.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(120);
    // The page answers at once while the big sheet is shown: a scroll to the bottom draws the last rows.
    const started = Date.now();
    await page.getByTestId('sheet').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.locator('td[data-address="A150000"]').waitFor({ state: 'attached' });
    // Every drawn row is as high as the view assumes, so the rows drawn are the rows in view.
    const heights = await page.locator('tbody tr[aria-rowindex]').evaluateAll((rows) => [...new Set(rows.map((r) => r.getBoundingClientRect().height))]);
    expect(heights).toEqual([21]);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await page.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(120);
  });

  it('is readable at 300 px: no horizontal scrolling in the pane', async () => {
    await page.goto(`${base}preview.html`);
    await page.getByRole('button', { name: 'Kontrollér' }).click();
    await page.getByRole('button', { name: '4 fejl' }).waitFor();
    const pane = page.getByRole('complementary', { name: 'Opgaverude' });
    await pane.evaluate((el) => ((el as HTMLElement).style.width = '300px'));
    await pane.evaluate((el) => ((el as HTMLElement).style.flex = '0 0 300px'));
    const overflow = await pane.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('serves the pane under a Content-Security-Policy: scripts only from itself and Microsoft’s Office CDN, no inline script, no eval', () => {
    for (const page of ['taskpane.html', 'preview.html']) {
      const html = readFileSync(join(out, page), 'utf8');
      const csp = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
      const script = /script-src ([^;]+)/.exec(csp)?.[1].trim().split(/\s+/) ?? [];
      expect(script.length).toBeGreaterThan(0);
      expect(script.every((s) => s === "'self'" || s === 'https://appsforoffice.microsoft.com')).toBe(true);
      expect(csp).toMatch(/default-src 'self'/);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });

  it('ships bundles that parse as ES2020 (the oldest webview the README names), a Danish text before the pane starts, and lets office.js frame its host', () => {
    for (const f of readdirSync(out).filter((n) => n.endsWith('.js'))) {
      expect(() => acorn.parse(readFileSync(join(out, f), 'utf8'), { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
    }
    // A syntax the old webview cannot parse is caught by the same check.
    expect(() => acorn.parse('class A { static { } }', { ecmaVersion: 2020 })).toThrow();
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    expect(html).toMatch(/<div id="?root"?><p[^>]*>Takstskema indlæses … Står denne tekst længe, kan ruden ikke starte/);
    expect(/frame-src ([^;"]+)/.exec(html)?.[1]).toMatch(/https:\/\/appsforoffice\.microsoft\.com/);
  });

  it('keeps exceljs out of the Office pane’s initial bundle', () => {
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((s) => !s.startsWith('http'));
    expect(scripts.length).toBeGreaterThan(0);
    // exceljs's own part name (the pane's zip check names xl/workbook.xml, so that is no marker of exceljs).
    const marker = 'xl/sharedStrings.xml';
    for (const s of scripts) expect(readFileSync(join(out, s), 'utf8')).not.toContain(marker);
    const preview = readdirSync(out).filter((f) => f.startsWith('preview.') && f.endsWith('.js'));
    expect(preview.some((f) => readFileSync(join(out, f), 'utf8').includes(marker))).toBe(true);
  });
});

async function expectVisible(p: Page, name: string): Promise<void> {
  expect(await p.getByRole('button', { name }).isVisible()).toBe(true);
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      toHaveTextEventually(text: string): Promise<R>;
    }
  }
}

expect.extend({
  async toHaveTextEventually(locator: { textContent(): Promise<string | null> }, text: string) {
    const until = Date.now() + 5000;
    let last: string | null = null;
    while (Date.now() < until) {
      last = await locator.textContent();
      if (last === text) return { pass: true, message: () => `expected text not to be ${text}` };
      await new Promise((r) => setTimeout(r, 50));
    }
    return { pass: false, message: () => `expected "${text}", got "${last}"` };
  },
});
