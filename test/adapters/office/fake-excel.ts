// A small Excel for the Office.js adapter's tests, built on office-addin-mock: every range the adapter reads is an
// OfficeMockObject, so a property read without load() + sync() gives the mock's error text instead of the value;
// writes are queued and applied at sync, as in Excel. It counts syncs and the bytes of each request.
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-this-alias -- a mock of a dynamic object model, closures over the fake */
import ExcelJS from 'exceljs';
import { OfficeMockObject } from 'office-addin-mock';
import { a1, parseRange, type Grid } from '../../../src/core/grid';
import { workbookToGrids } from '../../../src/adapters/exceljs/grid';
import { conditionalFormatsOf } from '../../../src/adapters/exceljs/marks';
import { shiftFormula } from '../../../src/core/plans/blocks';
import type { OfficeHost } from '../../../src/adapters/office/workbook';

export interface FakeFormat {
  fill: string | null;
  font: string;
  border: string;
  numberFormat: string;
}

export interface FakeCf {
  id: string;
  sheet: string;
  range: string;
  type: 'Custom';
  formula: string;
  fill: string | null;
  font: string | null;
  priority: number;
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden';
  /** Protected: every write to it fails at sync, after the operations before it were applied (as Excel does). */
  protected?: boolean;
  grid: Grid;
  formats: Map<string, FakeFormat>;
  cfs: FakeCf[];
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  syncs = 0;
  /** Rough bytes of each sync's request: the JSON of the queued writes. */
  requestBytes: number[] = [];
  selection: { sheet: string; cell: string } | null = null;
  /** Every conditional format deleted, in order: a test sees whether a template rule went. */
  deleted: FakeCf[] = [];
  active: string | null = null;
  apiVersion = 13;
  /** The workbook's structure is protected: no sheet can be added. */
  structureProtected = false;
  /** Cells one range read may return; above it `values` comes back null, as Excel's does above 5 million. */
  readCellLimit = 5_000_000;
  /** Excel on the web refuses a request over 5 MB; the fake does too, before applying any of it. */
  requestLimit = 5 * 1024 * 1024;
  private nextId = 1;
  private queue: Array<() => void> = [];
  private queuedBytes = 0;

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

  host(): OfficeHost {
    return {
      run: async (batch) => batch(this.context() as unknown as Excel.RequestContext),
      isSetSupported: (set, version) => set === 'ExcelApi' && Number(version.split('.')[1]) <= this.apiVersion,
    };
  }

  /**
   * Queues an operation with its request bytes: `weight` is what office.js's serializer writes for it (measured:
   * a conditional format added 1.920 bytes, deleted 760, a cell write 460-570), else the JSON of what it carries.
   */
  private enqueue(bytes: unknown, op: () => void, weight?: number): void {
    this.queuedBytes += weight ?? JSON.stringify(bytes).length + 60;
    this.queue.push(op);
  }

  private denyIfProtected(sheet: FakeSheet): void {
    if (sheet.protected) throw Object.assign(new Error(`AccessDenied: ${sheet.name} is protected`), { code: 'AccessDenied' });
  }

  /** A request context: office-addin-mock's object with our worksheets, and a sync that applies the queue. */
  private context(): OfficeMockObject & Record<string, unknown> {
    const ctx = new OfficeMockObject({ workbook: { worksheets: {} } }) as OfficeMockObject & Record<string, any>;
    let epoch = 0;
    const children: OfficeMockObject[] = [];
    const fake = this;
    const mockSync = ctx.sync.bind(ctx);
    ctx.sync = async () => {
      fake.syncs++;
      fake.requestBytes.push(fake.queuedBytes);
      const over = fake.queuedBytes > fake.requestLimit;
      fake.queuedBytes = 0;
      const ops = fake.queue;
      fake.queue = [];
      if (over) throw Object.assign(new Error('PayloadSizeLimitExceeded'), { code: 'PayloadSizeLimitExceeded' });
      // Not a transaction: each operation is applied in turn, and those before a failing one stay applied.
      for (const op of ops) op();
      await mockSync();
      for (const c of children) await c.sync();
      // office-addin-mock resolves nested loads in later microtasks: let them all run.
      await new Promise((r) => setTimeout(r, 0));
      epoch++;
    };
    const after = (loadedAt: number, what: string) => {
      if (epoch <= loadedAt) throw new Error(`${what} read before context.sync()`);
    };
    // Objects the adapter gets from methods (ranges, merged areas) are mocks of their own, synced with the context.
    const child = (data: Record<string, unknown>) => {
      const m = new OfficeMockObject(data as never) as OfficeMockObject & Record<string, any>;
      children.push(m);
      return m;
    };

    const cfCollection = (sheet: FakeSheet, range: string | null) => {
      let loadedAt = -1;
      let items: unknown[] | null = null;
      return {
        load(props: string) {
          if (!/items\/id/.test(props) || !/customOrNullObject\/rule\/formula/.test(props)) throw new Error(`unexpected load: ${props}`);
          loadedAt = epoch;
          fake.enqueue({ load: props }, () => {
            // A conditional format's id is its position in the collection, as the reference defines it.
            items = sheet.cfs
              .map((c, position) => ({ c, position }))
              .filter(({ c }) => range === null || intersects(c.range, range))
              .map(({ c, position }) => ({ id: String(position), type: c.type, customOrNullObject: { isNullObject: false, rule: { formula: c.formula } } }));
          });
        },
        get items() {
          after(loadedAt, 'conditionalFormats.items');
          return items;
        },
        getItem(id: string) {
          return {
            delete() {
              fake.enqueue(
                { delete: id },
                () => {
                  fake.denyIfProtected(sheet);
                  const i = Number(id);
                  if (!Number.isInteger(i) || i < 0 || i >= sheet.cfs.length)
                    throw Object.assign(new Error(`ItemNotFound: conditional format ${id}`), { code: 'ItemNotFound' });
                  fake.deleted.push(sheet.cfs[i]);
                  sheet.cfs.splice(i, 1);
                },
                760,
              );
            },
          };
        },
        add(type: string) {
          if (range === null) throw new Error('add on the whole sheet');
          const id = `mark-${fake.nextId++}`;
          let addedAt = Infinity;
          const cf = {
            custom: { rule: { formula: '' }, format: { fill: { color: '' }, font: { color: '' } } },
            priority: -1,
            load() {},
            get id() {
              after(addedAt, 'conditionalFormat.id');
              return id;
            },
          };
          addedAt = epoch;
          fake.enqueue(
            { add: type, range, formula: '=LEN("x")>0', fill: '#FFFFFF', font: '#FFFFFF', priority: 0 },
            () => {
              if (type !== 'Custom') throw new Error(`unexpected type ${type}`);
              fake.denyIfProtected(sheet);
              const entry: FakeCf = {
                id,
                sheet: sheet.name,
                range,
                type: 'Custom',
                formula: cf.custom.rule.formula,
                fill: cf.custom.format.fill.color,
                font: cf.custom.format.font.color,
                priority: cf.priority,
              };
              if (entry.priority === 0) sheet.cfs.unshift(entry);
              else sheet.cfs.push(entry);
            },
            1920,
          );
          return cf;
        },
      };
    };

    const formatWriter = (sheet: FakeSheet, range: string) => ({
      fill: {
        set color(c: string) {
          fake.enqueue({ range, fill: c }, () => forEachCell(range, (addr) => (format(sheet, addr).fill = c)));
        },
      },
      font: {
        set color(c: string) {
          fake.enqueue({ range, font: c }, () => forEachCell(range, (addr) => (format(sheet, addr).font = c)));
        },
      },
      set numberFormat(f: string) {
        fake.enqueue({ range, f }, () => forEachCell(range, (addr) => (format(sheet, addr).numberFormat = f)));
      },
    });

    const usedRangeOf = (sheet: FakeSheet, bounds?: { top: number; left: number; bottom: number; right: number }) => {
      const g = sheet.grid;
      let top = Infinity;
      let left = Infinity;
      let bottom = 0;
      let right = 0;
      g.cells.forEach((row, r) =>
        row?.forEach((c, k) => {
          if (!c || (c.value === null && !c.error)) return;
          top = Math.min(top, r);
          left = Math.min(left, k);
          bottom = Math.max(bottom, r);
          right = Math.max(right, k);
        }),
      );
      if (top === Infinity) [top, left, bottom, right] = [0, 0, 0, 0];
      if (bounds) ({ top, left, bottom, right } = bounds);
      // Excel returns no values for a range over its cell limit (office-js-docs-pr#5821): null, not an error.
      const tooLarge = (bottom - top + 1) * (right - left + 1) > fake.readCellLimit;
      const values: unknown[][] = [];
      const types: string[][] = [];
      const formulas: unknown[][] = [];
      const numFmts: string[][] = [];
      for (let r = top; r <= bottom; r++) {
        const vr: unknown[] = [];
        const tr: string[] = [];
        const fr: unknown[] = [];
        const nr: string[] = [];
        for (let c = left; c <= right; c++) {
          const cell = g.cells[r]?.[c];
          const v = cell?.error ?? cell?.value ?? '';
          vr.push(v);
          tr.push(cell?.error ? 'Error' : v === '' ? 'Empty' : typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String');
          fr.push(cell?.formula ? `=${cell.formula}` : v);
          nr.push(sheet.formats.get(a1(r, c))?.numberFormat ?? 'General');
        }
        values.push(vr);
        types.push(tr);
        formulas.push(fr);
        numFmts.push(nr);
      }
      const address = `${sheet.name}!${a1(top, left)}:${a1(bottom, right)}`;
      const m = child({
        address,
        rowIndex: top,
        columnIndex: left,
        rowCount: bottom - top + 1,
        columnCount: right - left + 1,
        values,
        valueTypes: types,
        formulas,
        numberFormat: numFmts,
      });
      if (tooLarge) Object.defineProperty(m, 'values', { get: () => null });
      m.format = formatWriter(sheet, `${a1(top, left)}:${a1(bottom, right)}`);
      m.getCellProperties = (opts: unknown) => {
        if (fake.apiVersion < 9) throw new Error('getCellProperties needs ExcelApi 1.9');
        const at = epoch;
        fake.enqueue({ getCellProperties: opts }, () => undefined);
        return {
          get value() {
            after(at, 'getCellProperties().value');
            const out: unknown[][] = [];
            for (let r = top; r <= bottom; r++) {
              const row: unknown[] = [];
              for (let c = left; c <= right; c++) {
                const f = sheet.formats.get(a1(r, c))?.fill;
                row.push({ format: { fill: { color: f ? `#${f.slice(-6)}` : '#FFFFFF' } } });
              }
              out.push(row);
            }
            return out;
          },
        };
      };
      m.getMergedAreasOrNullObject = () => {
        if (fake.apiVersion < 13) throw new Error('getMergedAreasOrNullObject needs ExcelApi 1.13');
        const inside = g.merges.filter((x) => x.top >= top && x.bottom <= bottom && x.left >= left && x.right <= right);
        const areas = child({ address: inside.map((x) => `${sheet.name}!${a1(x.top, x.left)}:${a1(x.bottom, x.right)}`).join(', ') });
        areas.isNullObject = inside.length === 0;
        return areas;
      };
      return m;
    };

    const setCells = (sheet: FakeSheet, address: string, rows: unknown[][], what: 'value' | 'formula' | 'numFmt') => {
      const cells = rows.reduce((n, row) => n + row.length, 0);
      fake.enqueue(
        { address, rows },
        () => {
          fake.denyIfProtected(sheet);
          const r = parseRange(address);
          rows.forEach((row, i) =>
            row.forEach((v, j) => {
              const line = (sheet.grid.cells[r.top + i] ??= []);
              const cell = { ...(line[r.left + j] ?? { value: null }) };
              const fmt = format(sheet, a1(r.top + i, r.left + j));
              if (what === 'numFmt') {
                cell.numFmt = String(v);
                fmt.numberFormat = String(v);
              } else if (what === 'formula') {
                cell.formula = String(v).replace(/^=/, '');
                cell.value = null;
              } else if (typeof v === 'string' && fmt.numberFormat !== '@') {
                // Range.values parses a text as if typed, with en-US rules, unless the cell's format is text.
                delete cell.formula;
                if (/^[=+-]/.test(v)) {
                  if (!/^[=+-][\d\s+\-*/().]+$/.test(v))
                    throw Object.assign(new Error(`InvalidArgument: "${v}" is not a formula`), { code: 'InvalidArgument' });
                  cell.formula = v.replace(/^=/, '');
                  cell.value = null;
                } else if (/^\d+(\.\d+)?$/.test(v.trim())) cell.value = Number(v);
                else cell.value = v === '' ? null : v;
              } else if (typeof v === 'number' && fmt.numberFormat === '@') {
                // A number written into a text-formatted cell is stored as its text, as Excel does.
                cell.value = String(v);
                delete cell.formula;
              } else {
                cell.value = v === '' ? null : (v as never);
                delete cell.formula;
              }
              line[r.left + j] = cell;
            }),
          );
        },
        what === 'numFmt' ? 60 * cells : 520 * cells,
      );
    };

    const worksheet = (name: string) => {
      const sheet = fake.sheet(name);
      return {
        name,
        get visibility() {
          return sheet.visibility;
        },
        set visibility(v: string) {
          fake.enqueue({ visibility: v }, () => (sheet.visibility = v as FakeSheet['visibility']));
        },
        getUsedRange: () => usedRangeOf(sheet),
        getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
          usedRangeOf(sheet, { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }),
        get protection() {
          let at = Infinity;
          return {
            load() {
              at = epoch;
              fake.enqueue({ load: 'protection' }, () => undefined);
            },
            get protected() {
              after(at, 'protection.protected');
              return !!sheet.protected;
            },
          };
        },
        getRange: (address?: string) => ({
          conditionalFormats: cfCollection(sheet, address ?? null),
          format: formatWriter(sheet, address ?? 'A1:XFD1048576'),
          select: () => fake.enqueue({ select: address }, () => (fake.selection = { sheet: name, cell: address ?? 'A1' })),
          set values(rows: unknown[][]) {
            setCells(sheet, address!, rows, 'value');
          },
          set formulas(rows: unknown[][]) {
            setCells(sheet, address!, rows, 'formula');
          },
          set numberFormat(rows: unknown[][]) {
            setCells(sheet, address!, rows, 'numFmt');
          },
          clear: (applyTo?: string) =>
            fake.enqueue({ clear: address, applyTo }, () => {
              fake.denyIfProtected(sheet);
              if (applyTo === 'Contents') {
                // Values and formulas go; the cell's format stays.
                forEachCell(address!, (addr) => {
                  const { top: row, left: col } = parseRange(addr);
                  const cell = sheet.grid.cells[row]?.[col];
                  if (cell) sheet.grid.cells[row]![col] = { value: null, ...(cell.numFmt ? { numFmt: cell.numFmt } : {}) };
                });
                return;
              }
              const col = address === 'A:A' ? 0 : parseRange(address!).left;
              sheet.grid.cells.forEach((row) => row && delete row[col]);
            }),
          // Range.copyFrom (ExcelApi 1.9): values, formulas moved by the row offset, formats and merges of the source.
          copyFrom: (source: string, type: string) => {
            if (fake.apiVersion < 9) throw new Error('copyFrom needs ExcelApi 1.9');
            fake.enqueue({ copyFrom: source, to: address, type }, () => {
              fake.denyIfProtected(sheet);
              const from = parseRange(source);
              const to = parseRange(address!);
              const rows = to.top - from.top;
              for (let r = from.top; r <= from.bottom; r++) {
                const src = sheet.grid.cells[r] ?? [];
                sheet.grid.cells[r + rows] = src.map((c) => (c ? { ...c, ...(c.formula ? { formula: shiftFormula(c.formula, rows) } : {}) } : c));
                for (let c = from.left; c <= from.right; c++) {
                  const f = sheet.formats.get(a1(r, c));
                  if (f) sheet.formats.set(a1(r + rows, c), { ...f });
                }
              }
              for (const m of sheet.grid.merges.filter((x) => x.top >= from.top && x.bottom <= from.bottom))
                sheet.grid.merges.push({ ...m, top: m.top + rows, bottom: m.bottom + rows });
            });
          },
        }),
        activate: () => fake.enqueue({ activate: name }, () => (fake.active = name)),
      };
    };

    let sheetsLoadedAt = -1;
    let sheetItems: unknown[] | null = null;
    Object.assign(ctx.workbook.worksheets, {
      load(props: string) {
        sheetsLoadedAt = epoch;
        fake.enqueue({ load: props }, () => (sheetItems = fake.sheets.map((s) => worksheet(s.name))));
      },
      add: (name: string) => {
        // The sheet exists at once for the proxies that follow in the same batch, as in Excel.
        if (fake.sheets.some((x) => x.name === name)) throw new Error(`sheet ${name} exists`);
        if (fake.structureProtected)
          fake.enqueue({ add: name }, () => {
            throw Object.assign(new Error('AccessDenied: the workbook structure is protected'), { code: 'AccessDenied' });
          });
        fake.sheets.push({ name, visibility: 'Visible', grid: { name, cells: [], merges: [] }, formats: new Map(), cfs: [] });
        return worksheet(name);
      },
      getItem: (name: string) => {
        // Excel fails the whole batch at sync when the sheet is missing.
        if (!fake.sheets.some((s) => s.name === name)) fake.enqueue({ getItem: name }, () => fake.sheet(name));
        return fake.sheets.some((s) => s.name === name) ? worksheet(name) : worksheet(fake.sheets[0].name);
      },
      onChanged: { add: () => ({ context: ctx, remove() {} }) },
    });
    let bookLoadedAt = Infinity;
    ctx.workbook.protection = {
      load() {
        bookLoadedAt = epoch;
        fake.enqueue({ load: 'workbook.protection' }, () => undefined);
      },
      get protected() {
        after(bookLoadedAt, 'workbook.protection.protected');
        return fake.structureProtected;
      },
    };
    Object.defineProperty(ctx.workbook.worksheets, 'items', {
      get() {
        after(sheetsLoadedAt, 'worksheets.items');
        return sheetItems;
      },
    });
    return ctx;
  }
}

function format(sheet: FakeSheet, addr: string): FakeFormat {
  let f = sheet.formats.get(addr);
  if (!f) {
    f = { fill: null, font: '{}', border: '{}', numberFormat: 'General' };
    sheet.formats.set(addr, f);
  }
  return f;
}

function forEachCell(range: string, fn: (addr: string) => void): void {
  const r = parseRange(range);
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) fn(a1(row, col));
}

function intersects(a: string, b: string): boolean {
  const areasA = a.split(/[ ,]+/).map(parseRange);
  const rb = parseRange(b);
  return areasA.some((ra) => ra.top <= rb.bottom && rb.top <= ra.bottom && ra.left <= rb.right && rb.left <= ra.right);
}
