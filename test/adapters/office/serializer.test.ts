/**
 * @jest-environment jsdom
 */
// Request sizes as office.js itself writes them: Microsoft's Excel JavaScript library (the npm package
// @microsoft/office-js, Excel on the web's build) is loaded in jsdom, its HTTP executor is given a stand-in that
// records each request body, and the adapter's chunks are serialized by it. No Excel and no network: the
// library's own request serializer measures what the adapter's estimates must cover.
import { readFileSync } from 'node:fs';
import { BYTES_PER_DELETE, BYTES_PER_MARK, chunkByBytes, REQUEST_LIMIT, WRITE_BUDGET } from '../../../src/adapters/office/workbook';
import { cellBytes } from '../../../src/adapters/office/write';
import { markFormula, MARK_STYLES } from '../../../src/core/plans/marks';

type Lib = { Excel: typeof Excel; OfficeExtension: { HttpUtility: { sendRequest: (r: { body: unknown }) => Promise<unknown> } } };
const lib = globalThis as unknown as Lib;
const bodies: number[] = [];

beforeAll(() => {
  const source = readFileSync(require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js'), 'utf8');
  // Indirect eval: the library defines Excel and OfficeExtension on the (jsdom) global, as in a task pane.
  (0, eval)(source);
  lib.OfficeExtension.HttpUtility.sendRequest = (r) => {
    bodies.push(typeof r.body === 'string' ? r.body.length : JSON.stringify(r.body).length);
    return Promise.resolve({ statusCode: 200, headers: {}, body: JSON.stringify({ Results: [] }) });
  };
});

/** The bytes of the one request office.js sends for these queued operations. */
async function requestBytes(queue: (ctx: Excel.RequestContext) => void): Promise<number> {
  bodies.length = 0;
  const ctx = new lib.Excel.RequestContext('https://example.invalid/');
  queue(ctx);
  await ctx.sync().catch(() => undefined); // the stand-in's answer carries no results; the request is what counts
  expect(bodies).toHaveLength(1);
  return bodies[0];
}

const SHEET = 'Takster 2027';

function addMark(ctx: Excel.RequestContext, i: number): void {
  const cf = ctx.workbook.worksheets
    .getItem(SHEET)
    .getRange(`X${i + 8}`)
    .conditionalFormats.add('Custom');
  cf.custom.rule.formula = `=${markFormula('error')}`;
  cf.custom.format.fill.color = `#${MARK_STYLES.error.fill}`;
  cf.custom.format.font.color = `#${MARK_STYLES.error.font}`;
  cf.priority = 0;
}

function deleteMark(ctx: Excel.RequestContext, i: number): void {
  ctx.workbook.worksheets.getItem(SHEET).getRange().conditionalFormats.getItem(String(i)).delete();
}

const TEXT = 'Bo og Aktivitetstilbud Kærvej – syntetisk tekst';

function writeText(ctx: Excel.RequestContext, i: number): void {
  const r = ctx.workbook.worksheets.getItem(SHEET).getRange(`AB${i + 1}`);
  r.numberFormat = [['@']];
  r.values = [[TEXT]];
}

describe('office.js request sizes (the library’s own serializer)', () => {
  it('a mark, a deletion and a cell write cost no more than the adapter estimates', async () => {
    const per = async (n: number, op: (ctx: Excel.RequestContext, i: number) => void) =>
      (await requestBytes((ctx) => Array.from({ length: n }, (_, i) => op(ctx, i)))) / n;
    const [mark, del, cell] = [await per(200, addMark), await per(200, deleteMark), await per(200, writeText)];
    // Measured here: about 1.650, 770 and 590 bytes.
    expect(mark).toBeGreaterThan(1000);
    expect(mark).toBeLessThan(BYTES_PER_MARK);
    expect(del).toBeLessThan(BYTES_PER_DELETE);
    expect(cell).toBeLessThan(cellBytes({ sheet: SHEET, cell: 'AB10000', value: TEXT }));
  });

  it('a 2.000-mark re-check (every mark deleted and added) and a 10.000-cell write go in requests under 5 MB', async () => {
    const ops = [
      ...Array.from({ length: 2000 }, (_, i) => ({ kind: 'delete' as const, i })),
      ...Array.from({ length: 2000 }, (_, i) => ({ kind: 'add' as const, i })),
    ];
    const markChunks = chunkByBytes(ops);
    expect(markChunks.length).toBeGreaterThan(1);
    for (const chunk of markChunks) {
      const bytes = await requestBytes((ctx) => chunk.forEach((op) => (op.kind === 'add' ? addMark(ctx, op.i) : deleteMark(ctx, op.i))));
      expect(bytes).toBeLessThan(REQUEST_LIMIT);
    }
    const cells = Array.from({ length: 10_000 }, (_, i) => ({ kind: 'add' as const, i }));
    const cellChunks = chunkByBytes(cells, WRITE_BUDGET, (op) => cellBytes({ sheet: SHEET, cell: `AB${op.i + 1}`, value: TEXT }));
    expect(cellChunks.length).toBeGreaterThan(1);
    for (const chunk of cellChunks) {
      expect(await requestBytes((ctx) => chunk.forEach((op) => writeText(ctx, op.i)))).toBeLessThan(REQUEST_LIMIT);
    }
  });
});
