// Microsoft's Excel JavaScript library (@microsoft/office-js, Excel on the web's debug build) loaded into this
// process, its HTTP executor answered by a RichApi host: the Office adapter's tests and the bench run on the real
// client. In jest's jsdom environment the library goes into the test's window; in node (the bench, node tests) a
// jsdom document is lent to the global object first, as a task pane would give it one.
import { readFileSync } from 'node:fs';
import type { OfficeHost } from '../../../src/adapters/office/host';
import type { EmuBook } from '../../../src/preview/richapi-host';
import { connectHost, type OfficeLibrary } from '../../../src/preview/connect';

export type OfficeJs = OfficeLibrary;

let loaded: OfficeJs | null = null;

/** The library, loaded once per test file (or process). */
export function officeJs(): OfficeJs {
  if (loaded) return loaded;
  const g = globalThis as unknown as Record<string, unknown>;
  if (typeof g.document === 'undefined') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- jsdom only where no DOM is (node tests, the bench)
    const { JSDOM } = require('jsdom') as typeof import('jsdom');
    const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url: 'https://localhost/' });
    for (const k of ['document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'XMLHttpRequest', 'HTMLElement', 'Node'])
      if (!(k in g)) Object.defineProperty(g, k, { value: (dom.window as unknown as Record<string, unknown>)[k], configurable: true, writable: true });
    if (!('window' in g)) g.window = g;
  }
  const source = readFileSync(require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js'), 'utf8');
  // Indirect eval: the library defines Excel and OfficeExtension on the global object, as in a task pane.
  (0, eval)(source);
  loaded = { Excel: g.Excel, OfficeExtension: g.OfficeExtension } as unknown as OfficeJs;
  return loaded;
}

/** An Office host for the adapter: Excel.run of the real library, its requests answered from this book. */
export function officeJsHost(book: EmuBook): OfficeHost & { url: string } {
  return connectHost(officeJs(), book, { base: 'https://richapi-host.invalid/' });
}
