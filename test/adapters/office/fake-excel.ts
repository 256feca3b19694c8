// A workbook for the Office.js adapter's tests, as Excel would hold it: sheets, cells, formats, conditional formats,
// protection. The adapter reaches it only through Microsoft's own office.js, whose requests a RichApi host answers
// from it (richapi-host.ts), so the counts below are of real requests: syncs and the bytes office.js serialized.
import ExcelJS from 'exceljs';
import { workbookToGrids } from '../../../src/adapters/exceljs/grid';
import { conditionalFormatsOf } from '../../../src/adapters/exceljs/marks';
import type { OfficeHost } from '../../../src/adapters/office/workbook';
import type { EmuBook, EmuCf, EmuFormat, EmuSheet } from '../../../src/preview/richapi-host';
import { officeJsHost } from './office-js';

export type FakeFormat = EmuFormat;
export type FakeCf = EmuCf;
export type FakeSheet = EmuSheet;

/** Every workbook made in the running test: after it, none may have sent what the host does not model. */
const made: FakeExcel[] = [];
if (typeof afterEach === 'function')
  afterEach(() => {
    const unmodelled = made.flatMap((f) => f.unmodelled);
    made.length = 0;
    if (unmodelled.length > 0) throw new Error(`The RichApi host was sent what it does not model: ${[...new Set(unmodelled)].join('; ')}`);
  });

export class FakeExcel implements EmuBook {
  sheets: FakeSheet[] = [];
  syncs = 0;
  /** Bytes of each request office.js sent. */
  requestBytes: number[] = [];
  responseBytes: number[] = [];
  selection: { sheet: string; cell: string } | null = null;
  /** Every conditional format deleted, in order: a test sees whether a template rule went. */
  deleted: FakeCf[] = [];
  active: string | null = null;
  apiVersion = 13;
  /** The workbook's structure is protected: no sheet can be added. */
  structureProtected = false;
  /** Cells one range read may return; above it `values` comes back null, as Excel's does above 5 million. */
  readCellLimit = 5_000_000;
  /** Excel on the web refuses a request or an answer over 5 MB; the host does too. */
  requestLimit = 5 * 1024 * 1024;
  responseLimit = 5 * 1024 * 1024;
  unmodelled: string[] = [];
  apiRefusals: string[] = [];
  faults: string[] = [];

  constructor() {
    made.push(this);
  }

  static async fromWorkbook(wb: ExcelJS.Workbook): Promise<FakeExcel> {
    const fake = new FakeExcel();
    const grids = workbookToGrids(wb);
    wb.worksheets.forEach((ws, i) => {
      const formats = new Map<string, FakeFormat>();
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (c) =>
          formats.set(c.address, {
            fill: (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null,
            font: JSON.stringify(c.font ?? {}),
            border: JSON.stringify(c.border ?? {}),
            numberFormat: c.numFmt ?? 'General',
          }),
        ),
      );
      const cfs: FakeCf[] = conditionalFormatsOf(ws).map((cf, k) => ({
        id: `template-${i}-${k}`,
        sheet: ws.name,
        range: cf.ref,
        type: 'Custom',
        formula: `=${String((cf.rules[0] as { formulae?: unknown[] }).formulae?.[0] ?? '')}`,
        fill: null,
        font: 'FF0000',
        priority: k,
      }));
      fake.sheets.push({ name: ws.name, visibility: ws.state === 'visible' ? 'Visible' : 'Hidden', grid: grids[i], formats, cfs });
    });
    return fake;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw Object.assign(new Error(`ItemNotFound: ${name}`), { code: 'ItemNotFound' });
    return s;
  }

  /** Formats and conditional formats of every sheet, as plain data to compare. */
  snapshot(): unknown {
    return this.sheets.map((s) => ({ name: s.name, formats: [...s.formats.entries()].sort(), cfs: s.cfs.map((c) => ({ ...c })) }));
  }

  /** The adapter's host: Microsoft's office.js, its requests answered from this workbook (richapi-host.ts). */
  host(): OfficeHost {
    return officeJsHost(this);
  }
}
