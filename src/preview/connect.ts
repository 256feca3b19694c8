// Connects Microsoft's office.js to RichApi hosts: the library's HTTP executor is answered by the host whose URL the
// request is sent to, and Excel.run(url, …) on that URL is an Office host for the adapter. One routing for the
// preview (the page's library) and the tests and bench (the library loaded into the process).
import type { OfficeHost } from '../adapters/office/host';
import { RichApiHost, type EmuBook } from './richapi-host';

type Answer = { statusCode: number; headers: Record<string, string>; body: string };

/** What of office.js the routing touches: Excel.run, and the executor every context.sync() sends through. */
export interface OfficeLibrary {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
}

type Executor = { HttpUtility: { sendRequest: (r: { url: string; body: unknown }) => Promise<Answer> } };

const routes = new WeakMap<OfficeLibrary, Map<string, (body: string) => Answer>>();
let counter = 0;

function routesOf(lib: OfficeLibrary): Map<string, (body: string) => Answer> {
  const known = routes.get(lib);
  if (known) return known;
  const found = new Map<string, (body: string) => Answer>();
  routes.set(lib, found);
  (lib.OfficeExtension as unknown as Executor).HttpUtility.sendRequest = async (r) => {
    const url = String(r.url);
    const answer = [...found].find(([prefix]) => url.startsWith(prefix))?.[1];
    if (!answer) return { statusCode: 404, headers: {}, body: JSON.stringify({ error: { code: 'ItemNotFound', message: `no host at ${url}` } }) };
    return answer(typeof r.body === 'string' ? r.body : JSON.stringify(r.body));
  };
  return found;
}

/**
 * An Office host over `book`: Excel.run of the library, its requests answered by a RichApi host on the book.
 * `base` names the URL (never resolvable); `answered` runs after each answer (the preview mirrors its view there).
 */
export function connectHost(lib: OfficeLibrary, book: EmuBook, opts: { base: string; answered?: () => void }): OfficeHost & { url: string } {
  const host = new RichApiHost(book);
  const url = `${opts.base}${++counter}/`;
  routesOf(lib).set(url, (body) => {
    const answer = host.answer(body);
    opts.answered?.();
    return answer;
  });
  return {
    url,
    run: (batch) => (lib.Excel.run as unknown as (url: string, b: typeof batch) => Promise<never>)(url, batch),
    isSetSupported: (set, version) => set === 'ExcelApi' && Number(version.split('.')[1]) <= book.apiVersion,
  };
}
