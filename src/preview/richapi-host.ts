// A host that answers Microsoft's own Excel JavaScript library (@microsoft/office-js, excel-web-16.00) over its
// wire protocol, the RichApi request that one context.sync() sends, so that the Office adapter runs on the real
// client: its proxies, its load/select rules (PropertyNotLoaded), its request serializer, its result matching and
// its error objects.
//
// The protocol, as the library's debug build writes and reads it (ClientRequest, HttpRequestExecutor,
// ClientRequestContext.processRequestExecutorResponseMessage):
// - request `{ Actions: [{ Id, ActionType, Name, ObjectPathId, QueryInfo?, ArgumentInfo? }], ObjectPaths: { id:
//   { Id, ObjectPathType, Name, ParentObjectPathId?, ArgumentInfo? } } }`. ObjectPathType 1 is the global object
//   (the workbook), 3 a method that returns an object (GetRange), 4 a property (Worksheets), 5 an indexer
//   (getItem). ActionType 1 instantiates a path, 2 queries it (QueryInfo.Select: camelCase paths, "a/b/c" for
//   nested objects), 3 calls a method, 4 sets a property (Name is the PascalCase property), 5 is a trace.
// - answer `{ Results: [{ ActionId, Value }] }`: an instantiated object is `{}`, a null object `null`; a queried
//   object has its PascalCase properties, a collection `{ _Items: [...] }`. An action that fails stops the batch:
//   the results before it, and `Error: { Code, Message, HttpStatusCode, ActionIndex, Location }`. Excel applies
//   each action in turn and keeps what went before a failure (a batch is not a transaction).
// - a request over the request limit is refused whole, before any action (HTTP 413,
//   `{ error: { code: "RequestPayloadSizeLimitExceeded" } }`); an answer over the response limit likewise
//   (ResponsePayloadSizeLimitExceeded), after its actions ran, as the host has done the work.
//
// What it models: sheets (name, visibility, protection), the workbook's structure protection, cells (values,
// formulas, number formats, fills), the used range (values only), merged areas, conditional formats (custom
// rules, with ids as positions in the sheet's collection, as the reference defines them), Range.values parsing a
// text as if typed unless the cell's format is text, Range.copyFrom (values, formulas moved, formats, merges),
// clear, select/activate, the requirement set each member needs (a member above the host's version is
// ApiNotFound), and Excel's cap on the cells one read returns values for (values come back null above it).
// What it does not: calculation (a written formula has no value), events (onChanged: the library's event channel
// is not the RichApi request), co-authoring, data validation, the timing of anything. Anything else in a request
// (a path, a property, a method, an action type) is refused loudly: the answer is an error naming it, and it is
// kept in `unmodelled` so that a test fails even where the adapter recovers from the error.
import { a1, parseRange, type Grid, type GridCell, type MergedArea } from '../core/grid';
import { shiftFormula } from '../core/plans/blocks';
import { utf8Length } from '../adapters/office/host';

export interface EmuFormat {
  fill: string | null;
  font: string;
  border: string;
  numberFormat: string;
}

export interface EmuCf {
  id: string;
  sheet: string;
  range: string;
  type: 'Custom';
  formula: string;
  fill: string | null;
  font: string | null;
  priority: number;
}

export interface EmuSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Protected: every write to it fails (AccessDenied), after the actions before it were applied. */
  protected?: boolean;
  grid: Grid;
  formats: Map<string, EmuFormat>;
  cfs: EmuCf[];
}

/** The workbook the host answers from, and what it counts. */
export interface EmuBook {
  sheets: EmuSheet[];
  /** The structure is protected: no sheet can be added. */
  structureProtected: boolean;
  /** The ExcelApi minor version the host supports (1.x). */
  apiVersion: number;
  /** Cells one range read returns values for; above it `values` is null (office-js-docs-pr#5821). */
  readCellLimit: number;
  requestLimit: number;
  responseLimit: number;
  syncs: number;
  /** Bytes of each request as office.js serialized it, and of each answer. */
  requestBytes: number[];
  responseBytes: number[];
  selection: { sheet: string; cell: string } | null;
  active: string | null;
  /** Conditional formats deleted, in order. */
  deleted: EmuCf[];
  /** What a request held that the host does not model: a test fails on any. */
  unmodelled: string[];
  /** Every ApiNotFound answered (a member above the host's requirement set). */
  apiRefusals: string[];
  /** Members that fail with GeneralException ("range.GetMergedAreasOrNullObject"): a host's fault, injected. */
  faults?: string[];
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

type Obj =
  | { t: 'workbook' }
  | { t: 'worksheets' }
  | { t: 'worksheet'; sheet: EmuSheet }
  | { t: 'sheetProtection'; sheet: EmuSheet }
  | { t: 'bookProtection' }
  | { t: 'range'; sheet: EmuSheet; r: Rect }
  | { t: 'rangeAreas'; sheet: EmuSheet; areas: MergedArea[] }
  | { t: 'cfs'; sheet: EmuSheet; r: Rect | null }
  | { t: 'cf'; sheet: EmuSheet; cf: EmuCf }
  | { t: 'custom'; sheet: EmuSheet; cf: EmuCf }
  | { t: 'rule'; sheet: EmuSheet; cf: EmuCf }
  | { t: 'cfFormat'; sheet: EmuSheet; cf: EmuCf }
  | { t: 'cfFill'; sheet: EmuSheet; cf: EmuCf }
  | { t: 'cfFont'; sheet: EmuSheet; cf: EmuCf };

type Kind = Obj['t'];
type Of<K extends Kind> = Extract<Obj, { t: K }>;

/** An error as Excel answers it. */
class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;
const WHOLE: Rect = { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };

/** A member of a kind: the requirement set it needs (ExcelApi 1.x) and what it does. */
interface Member<K extends Kind> {
  api: number;
  get?: (o: Of<K>) => unknown;
  set?: (o: Of<K>, v: unknown) => void;
  /** A navigation property (ObjectPathType 4) or a method returning an object (3): the object, or null. */
  nav?: (o: Of<K>, args: unknown[]) => Obj | null;
  /** A method action (ActionType 3): its value. */
  call?: (o: Of<K>, args: unknown[]) => unknown;
}

type Members<K extends Kind> = Record<string, Member<K>>;

export class RichApiHost {
  private readonly kinds: Kinds;

  constructor(private readonly book: EmuBook) {
    this.kinds = kinds(book);
  }

  /** Answers one request of office.js's HTTP executor. */
  answer(body: string): { statusCode: number; headers: Record<string, string>; body: string } {
    this.book.syncs++;
    const bytes = utf8Length(body);
    this.book.requestBytes.push(bytes);
    if (bytes > this.book.requestLimit) return httpError(413, 'RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    const request = JSON.parse(body) as Request;
    const run = new Run(this.book, this.kinds, request);
    const out = run.execute();
    const text = JSON.stringify(out);
    this.book.responseBytes.push(utf8Length(text));
    if (utf8Length(text) > this.book.responseLimit)
      return httpError(413, 'ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    return { statusCode: 200, headers: {}, body: text };
  }
}

function httpError(statusCode: number, code: string, message: string) {
  return { statusCode, headers: {}, body: JSON.stringify({ error: { code, message } }) };
}

interface PathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[] };
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
  ArgumentInfo?: { Arguments?: unknown[] };
}

interface Request {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, PathInfo>;
}

/** One request's execution: its paths resolved once each, in the order the actions need them. */
class Run {
  private readonly objects = new Map<number, Obj | null>();

  constructor(
    private readonly book: EmuBook,
    private readonly kinds: Kinds,
    private readonly request: Request,
  ) {}

  execute(): { Results: Array<{ ActionId: number; Value: unknown }>; Error?: unknown } {
    const results: Array<{ ActionId: number; Value: unknown }> = [];
    for (const [index, action] of this.request.Actions.entries()) {
      try {
        const value = this.act(action);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      } catch (e) {
        if (!(e instanceof HostError)) throw e;
        return {
          Results: results,
          Error: {
            Code: e.code,
            Message: e.message,
            HttpStatusCode: e.status,
            ActionIndex: index,
            Location: action.Name || pathName(this.request, action.ObjectPathId),
          },
        };
      }
    }
    return { Results: results };
  }

  private act(a: ActionInfo): unknown {
    switch (a.ActionType) {
      case 1:
        return this.resolve(a.ObjectPathId) === null ? null : {};
      case 2:
        return this.query(this.resolve(a.ObjectPathId), a.QueryInfo ?? {});
      case 3:
        // The library asks the host to keep a tracked proxy's object across requests (ranges, null objects
        // included): nothing to keep here, as every path is resolved again in each request.
        if (a.Name === '_KeepReference') {
          this.resolve(a.ObjectPathId);
          return null;
        }
        return this.method(this.mustResolve(a.ObjectPathId), a.Name, a.ArgumentInfo?.Arguments ?? []);
      case 4:
        this.setProperty(this.mustResolve(a.ObjectPathId), a.Name, a.ArgumentInfo?.Arguments?.[0]);
        return undefined;
      case 5:
        return undefined;
      default:
        throw this.unmodelled(`action type ${a.ActionType} (${a.Name}) on ${pathName(this.request, a.ObjectPathId)}`);
    }
  }

  private unmodelled(what: string): HostError {
    this.book.unmodelled.push(what);
    return new HostError('EmulatorDoesNotModel', `The RichApi host does not model ${what}`, 501);
  }

  private mustResolve(id: number): Obj {
    const o = this.resolve(id);
    if (o === null) throw new HostError('ItemNotFound', `The object ${pathName(this.request, id)} is a null object.`, 404);
    return o;
  }

  private resolve(id: number): Obj | null {
    if (this.objects.has(id)) return this.objects.get(id)!;
    const p = this.request.ObjectPaths[String(id)];
    if (!p) throw this.unmodelled(`object path ${id} (not in the request)`);
    const args = p.ArgumentInfo?.Arguments ?? [];
    let o: Obj | null;
    switch (p.ObjectPathType) {
      case 1:
        o = { t: 'workbook' };
        break;
      case 3:
      case 4:
        o = this.navigate(this.mustResolve(p.ParentObjectPathId!), p.Name, args, p.ObjectPathType === 3);
        break;
      case 5:
        o = this.index(this.mustResolve(p.ParentObjectPathId!), args);
        break;
      default:
        throw this.unmodelled(`object path type ${p.ObjectPathType} (${p.Name})`);
    }
    this.objects.set(id, o);
    return o;
  }

  private member(o: Obj, name: string, what: 'get' | 'set' | 'nav' | 'call'): Member<Kind> {
    const m = (this.kinds[o.t] as Members<Kind>)[name];
    if (!m || !m[what]) throw this.unmodelled(`${o.t}.${name} (${what})`);
    if (this.book.faults?.includes(`${o.t}.${name}`))
      throw new HostError('GeneralException', `An internal error has occurred (${o.t}.${name}, injected).`, 500);
    if (m.api > this.book.apiVersion) {
      this.book.apiRefusals.push(`${o.t}.${name}`);
      throw new HostError('ApiNotFound', `The API you are trying to use could not be found (${o.t}.${name} needs ExcelApi 1.${m.api}).`, 404);
    }
    return m;
  }

  private navigate(o: Obj, name: string, args: unknown[], isMethod: boolean): Obj | null {
    const m = this.member(o, name, 'nav');
    return m.nav!(o, isMethod ? args : []);
  }

  private index(o: Obj, args: unknown[]): Obj | null {
    const key = String(args[0]);
    if (o.t === 'worksheets') {
      this.member(o, 'GetItem', 'nav');
      const sheet = this.book.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase());
      if (!sheet) throw new HostError('ItemNotFound', `The requested resource doesn't exist (worksheet "${key}").`, 404);
      return { t: 'worksheet', sheet };
    }
    if (o.t === 'cfs') {
      this.member(o, 'GetItem', 'nav');
      const i = Number(key);
      if (!Number.isInteger(i) || i < 0 || i >= o.sheet.cfs.length)
        throw new HostError('ItemNotFound', `The requested resource doesn't exist (conditional format ${key}).`, 404);
      return { t: 'cf', sheet: o.sheet, cf: o.sheet.cfs[i] };
    }
    throw this.unmodelled(`indexer on ${o.t}`);
  }

  private method(o: Obj, name: string, args: unknown[]): unknown {
    const m = this.member(o, name, 'call');
    const v = m.call!(o, args);
    return v === undefined ? null : v;
  }

  private setProperty(o: Obj, name: string, value: unknown): void {
    this.member(o, name, 'set').set!(o, value);
  }

  /** A query's answer: the selected properties (camelCase paths, "a/b" for nested objects) in PascalCase. */
  private query(o: Obj | null, q: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number }): unknown {
    if (o === null) return null;
    if (q.Top !== undefined || q.Skip !== undefined) throw this.unmodelled(`top/skip on ${o.t}`);
    const items = itemsOf(o, this.book);
    const paths = [...(q.Select ?? []), ...(q.Expand ?? [])];
    if (items) return { _Items: items.map((item) => this.select(item, paths)) };
    return this.select(o, paths);
  }

  private select(o: Obj, paths: string[]): Record<string, unknown> | null {
    const out: Record<string, unknown> = {};
    const names =
      paths.length > 0
        ? paths
        : Object.keys(this.kinds[o.t])
            .filter((n) => (this.kinds[o.t] as Members<Kind>)[n].get)
            .map(camel);
    const nested = new Map<string, string[]>();
    for (const path of names) {
      const [head, ...rest] = path.split('/');
      const name = pascal(head);
      const m = (this.kinds[o.t] as Members<Kind>)[name];
      if (m?.get && rest.length === 0) {
        out[name] = this.member(o, name, 'get').get!(o);
      } else if (m?.nav) {
        nested.set(name, [...(nested.get(name) ?? []), ...(rest.length > 0 ? [rest.join('/')] : [])]);
      } else throw this.unmodelled(`property "${path}" of ${o.t}`);
    }
    for (const [name, sub] of nested) {
      const child = this.member(o, name, 'nav').nav!(o, []);
      out[name] = child === null ? null : this.select(child, sub);
    }
    return out;
  }
}

function pathName(req: Request, id: number): string {
  const names: string[] = [];
  for (let p = req.ObjectPaths[String(id)]; p; p = req.ObjectPaths[String(p.ParentObjectPathId)]) {
    const args = p.ArgumentInfo?.Arguments;
    names.unshift(
      p.ObjectPathType === 5
        ? `[${JSON.stringify(args?.[0])}]`
        : `${p.Name || 'workbook'}${p.ObjectPathType === 3 ? `(${(args ?? []).map((x) => JSON.stringify(x)).join(',')})` : ''}`,
    );
    if (p.ParentObjectPathId === undefined) break;
  }
  return names.join('.');
}

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const camel = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function itemsOf(o: Obj, book: EmuBook): Obj[] | null {
  if (o.t === 'worksheets') return book.sheets.map((sheet) => ({ t: 'worksheet' as const, sheet }));
  if (o.t === 'cfs') return o.sheet.cfs.filter((cf) => o.r === null || intersects(cf.range, o.r)).map((cf) => ({ t: 'cf' as const, sheet: o.sheet, cf }));
  return null;
}

function denyIfProtected(sheet: EmuSheet): void {
  if (sheet.protected) throw new HostError('AccessDenied', `You cannot perform the requested operation (the sheet "${sheet.name}" is protected).`, 403);
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function addressOf(sheet: EmuSheet, r: Rect): string {
  const from = a1(r.top, r.left);
  const to = a1(r.bottom, r.right);
  return `${quoteSheet(sheet.name)}!${from === to ? from : `${from}:${to}`}`;
}

/** "A1", "A1:B2", "A:A", "3:3" (a sheet part is not expected: the adapter asks each sheet for its ranges). */
function parseAddress(address: string): Rect {
  const a = address.replace(/\$/g, '');
  const cols = /^([A-Z]+):([A-Z]+)$/i.exec(a);
  if (cols) {
    const r = parseRange(`${cols[1]}1:${cols[2]}1`);
    return { top: 0, left: r.left, bottom: MAX_ROW, right: r.right };
  }
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: MAX_COL };
  if (!/^[A-Z]+\d+(:[A-Z]+\d+)?$/i.test(a)) throw new HostError('InvalidArgument', `The argument is invalid or missing (address "${address}").`, 400);
  return parseRange(a);
}

function format(sheet: EmuSheet, addr: string): EmuFormat {
  let f = sheet.formats.get(addr);
  if (!f) {
    f = { fill: null, font: '{}', border: '{}', numberFormat: 'General' };
    sheet.formats.set(addr, f);
  }
  return f;
}

function intersects(range: string, r: Rect): boolean {
  return range
    .split(/[ ,]+/)
    .map((x) => parseRange(x))
    .some((a) => a.top <= r.bottom && r.top <= a.bottom && a.left <= r.right && r.left <= a.right);
}

function cellsOf(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** Each cell of a rectangle, row by row: what a read of it returns. */
function grid2d<T>(r: Rect, fn: (row: number, col: number) => T): T[][] {
  if (cellsOf(r) > 20_000_000) throw new HostError('InvalidArgument', 'The range is too large to read cell by cell.', 400);
  const out: T[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: T[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(fn(row, col));
    out.push(line);
  }
  return out;
}

const cellAt = (sheet: EmuSheet, row: number, col: number): GridCell | undefined => sheet.grid.cells[row]?.[col];

function valueOf(c: GridCell | undefined): unknown {
  return c?.error ?? c?.value ?? '';
}

function valueType(c: GridCell | undefined): string {
  if (c?.error) return 'Error';
  const v = c?.value;
  if (v === null || v === undefined || v === '') return 'Empty';
  return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
}

/** The used range, values only: the cells with a value, an error or a formula; A1 on an empty sheet (as Excel). */
function usedRect(sheet: EmuSheet): Rect {
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
  sheet.grid.cells.forEach((row, r) => {
    if (!row) return;
    for (const k of Object.keys(row)) {
      const c = row[Number(k)];
      if (!c || (c.value === null && !c.error && !c.formula)) continue;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, Number(k));
      right = Math.max(right, Number(k));
    }
  });
  return bottom < 0 ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
}

/** Writes one of values/formulas/numberFormat over a range, as Excel applies Range.values and its siblings. */
function setCells(sheet: EmuSheet, r: Rect, rows: unknown, what: 'value' | 'formula' | 'numFmt'): void {
  denyIfProtected(sheet);
  if (!Array.isArray(rows) || rows.length !== r.bottom - r.top + 1 || rows.some((row) => !Array.isArray(row) || row.length !== r.right - r.left + 1))
    throw new HostError('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.", 400);
  (rows as unknown[][]).forEach((row, i) =>
    row.forEach((v, j) => {
      const line = (sheet.grid.cells[r.top + i] ??= []);
      const cell: GridCell = { ...(line[r.left + j] ?? { value: null }) };
      const fmt = format(sheet, a1(r.top + i, r.left + j));
      if (what === 'numFmt') {
        cell.numFmt = String(v);
        fmt.numberFormat = String(v);
      } else if (what === 'formula') {
        if (typeof v === 'string' && v.startsWith('=')) {
          cell.formula = v.slice(1);
          cell.value = null;
        } else {
          delete cell.formula;
          cell.value = v === '' ? null : (v as GridCell['value']);
        }
      } else if (typeof v === 'string' && fmt.numberFormat !== '@') {
        // Range.values parses a text as if typed, with en-US rules, unless the cell's format is text.
        delete cell.formula;
        if (/^[=+-]/.test(v)) {
          if (!/^[=+-][\d\s+\-*/().]+$/.test(v)) throw new HostError('InvalidArgument', `The argument is invalid or missing ("${v}" is not a formula).`, 400);
          cell.formula = v.replace(/^=/, '');
          cell.value = null;
        } else if (/^\d+(\.\d+)?$/.test(v.trim())) cell.value = Number(v);
        else cell.value = v === '' ? null : v;
      } else if (typeof v === 'number' && fmt.numberFormat === '@') {
        // A number written into a text-formatted cell is stored as its text.
        cell.value = String(v);
        delete cell.formula;
      } else {
        cell.value = v === '' || v === null ? null : (v as GridCell['value']);
        delete cell.formula;
      }
      line[r.left + j] = cell;
    }),
  );
}

function clearRange(sheet: EmuSheet, r: Rect, applyTo: unknown): void {
  denyIfProtected(sheet);
  const contentsOnly = applyTo === 'Contents';
  if (applyTo !== null && applyTo !== undefined && applyTo !== 'All' && !contentsOnly)
    throw new HostError('InvalidArgument', `The argument is invalid or missing (clear "${String(applyTo)}").`, 400);
  sheet.grid.cells.forEach((row, i) => {
    if (!row || i < r.top || i > r.bottom) return;
    for (const k of Object.keys(row).map(Number)) {
      if (k < r.left || k > r.right || !row[k]) continue;
      if (contentsOnly) row[k] = { value: null, ...(row[k]!.numFmt ? { numFmt: row[k]!.numFmt } : {}) };
      else delete row[k];
    }
  });
  if (!contentsOnly)
    for (const addr of [...sheet.formats.keys()]) {
      const c = parseRange(addr);
      if (c.top >= r.top && c.top <= r.bottom && c.left >= r.left && c.left <= r.right) sheet.formats.delete(addr);
    }
}

/** Range.copyFrom(source, "All"): values, formulas moved by the offset, formats and merges of the source. */
function copyFrom(sheet: EmuSheet, to: Rect, args: unknown[]): void {
  denyIfProtected(sheet);
  const [source, type] = args;
  if (typeof source !== 'string' || (type !== 'All' && type !== null && type !== undefined))
    throw new HostError('InvalidArgument', `The argument is invalid or missing (copyFrom ${JSON.stringify(args)}).`, 400);
  const from = parseAddress(source);
  const rows = to.top - from.top;
  const cols = to.left - from.left;
  if (cols !== 0) throw new HostError('InvalidArgument', 'The emulated copyFrom moves rows only.', 400);
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
}

type Kinds = { [K in Kind]: Members<K> };

/** A conditional format's formula or colour, read and set (never on a protected sheet). */
function cfProperty<K extends 'rule' | 'cfFill' | 'cfFont'>(key: 'formula' | 'fill' | 'font'): Member<K> {
  const member: Member<'rule'> = {
    api: 6,
    get: (o) => o.cf[key],
    set: (o, v) => {
      denyIfProtected(o.sheet);
      o.cf[key] = String(v);
    },
  };
  // The three kinds are the same shape ({ sheet, cf }).
  return member as unknown as Member<K>;
}

/** Every kind's members, over this book. */
// Longer than 80 lines, by reason: a table, one entry per member the host answers.
function kinds(book: EmuBook): Kinds {
  const tooLarge = (r: Rect) => cellsOf(r) > book.readCellLimit;
  return {
    workbook: {
      Worksheets: { api: 1, nav: () => ({ t: 'worksheets' }) },
      Protection: { api: 7, nav: () => ({ t: 'bookProtection' }) },
    },
    bookProtection: {
      Protected: { api: 7, get: () => book.structureProtected },
    },
    worksheets: {
      GetItem: { api: 1, nav: () => null },
      GetItemAt: {
        api: 1,
        nav: (_o, [i]) => {
          const sheet = book.sheets[Number(i)];
          if (!sheet) throw new HostError('ItemNotFound', `The requested resource doesn't exist (worksheet ${String(i)}).`, 404);
          return { t: 'worksheet', sheet };
        },
      },
      Add: {
        api: 1,
        nav: (_o, [name]) => {
          const n = String(name);
          if (book.structureProtected)
            throw new HostError('AccessDenied', 'You cannot perform the requested operation (the workbook structure is protected).', 403);
          if (book.sheets.some((x) => x.name.toLowerCase() === n.toLowerCase()))
            throw new HostError('ItemAlreadyExists', `A resource with the same name or identifier already exists ("${n}").`, 409);
          const sheet: EmuSheet = { name: n, visibility: 'Visible', grid: { name: n, cells: [], merges: [] }, formats: new Map(), cfs: [] };
          book.sheets.push(sheet);
          return { t: 'worksheet', sheet };
        },
      },
    },
    worksheet: {
      Name: { api: 1, get: (o) => o.sheet.name },
      Visibility: {
        api: 1,
        get: (o) => o.sheet.visibility,
        set: (o, v) => {
          if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden')
            throw new HostError('InvalidArgument', `The argument is invalid or missing (visibility ${String(v)}).`, 400);
          o.sheet.visibility = v;
        },
      },
      Protection: { api: 2, nav: (o) => ({ t: 'sheetProtection', sheet: o.sheet }) },
      GetUsedRange: { api: 1, nav: (o) => ({ t: 'range', sheet: o.sheet, r: usedRect(o.sheet) }) },
      GetRange: {
        api: 1,
        nav: (o, args) => ({ t: 'range', sheet: o.sheet, r: args[0] === null || args[0] === undefined ? WHOLE : parseAddress(String(args[0])) }),
      },
      Activate: { api: 1, call: (o) => void (book.active = o.sheet.name) },
      GetRangeByIndexes: {
        api: 7,
        nav: (o, [row, col, rows, cols]) => {
          const [t, l, h, w] = [row, col, rows, cols].map(Number);
          if (![t, l, h, w].every(Number.isInteger) || h < 1 || w < 1)
            throw new HostError('InvalidArgument', 'The argument is invalid or missing (getRangeByIndexes).', 400);
          return { t: 'range', sheet: o.sheet, r: { top: t, left: l, bottom: t + h - 1, right: l + w - 1 } };
        },
      },
    },
    sheetProtection: {
      Protected: { api: 2, get: (o) => !!o.sheet.protected },
    },
    range: {
      Address: { api: 1, get: (o) => addressOf(o.sheet, o.r) },
      RowIndex: { api: 1, get: (o) => o.r.top },
      ColumnIndex: { api: 1, get: (o) => o.r.left },
      RowCount: { api: 1, get: (o) => o.r.bottom - o.r.top + 1 },
      ColumnCount: { api: 1, get: (o) => o.r.right - o.r.left + 1 },
      Values: {
        api: 1,
        get: (o) => (tooLarge(o.r) ? null : grid2d(o.r, (r, c) => valueOf(cellAt(o.sheet, r, c)))),
        set: (o, v) => setCells(o.sheet, o.r, v, 'value'),
      },
      ValueTypes: { api: 1, get: (o) => (tooLarge(o.r) ? null : grid2d(o.r, (r, c) => valueType(cellAt(o.sheet, r, c)))) },
      Formulas: {
        api: 1,
        get: (o) =>
          tooLarge(o.r)
            ? null
            : grid2d(o.r, (r, c) => {
                const cell = cellAt(o.sheet, r, c);
                return cell?.formula ? `=${cell.formula}` : valueOf(cell);
              }),
        set: (o, v) => setCells(o.sheet, o.r, v, 'formula'),
      },
      NumberFormat: {
        api: 1,
        get: (o) => (tooLarge(o.r) ? null : grid2d(o.r, (r, c) => o.sheet.formats.get(a1(r, c))?.numberFormat ?? 'General')),
        set: (o, v) => setCells(o.sheet, o.r, v, 'numFmt'),
      },
      ConditionalFormats: { api: 6, nav: (o) => ({ t: 'cfs', sheet: o.sheet, r: o.r === WHOLE ? null : o.r }) },
      GetMergedAreasOrNullObject: {
        api: 13,
        nav: (o) => {
          const inside = o.sheet.grid.merges.filter((x) => x.top >= o.r.top && x.bottom <= o.r.bottom && x.left >= o.r.left && x.right <= o.r.right);
          return inside.length === 0 ? null : { t: 'rangeAreas', sheet: o.sheet, areas: inside };
        },
      },
      GetCellProperties: {
        api: 9,
        call: (o, [spec]) => {
          const fill = (spec as { format?: { fill?: { color?: boolean } } } | undefined)?.format?.fill?.color;
          if (!fill || Object.keys(spec as object).length !== 1)
            throw new HostError('InvalidArgument', `The emulated getCellProperties answers format.fill.color only: ${JSON.stringify(spec)}`, 400);
          return grid2d(o.r, (r, c) => {
            const f = o.sheet.formats.get(a1(r, c))?.fill;
            return { format: { fill: { color: f ? `#${f.slice(-6).toUpperCase()}` : '#FFFFFF' } } };
          });
        },
      },
      Clear: { api: 1, call: (o, [applyTo]) => clearRange(o.sheet, o.r, applyTo) },
      CopyFrom: { api: 9, call: (o, args) => copyFrom(o.sheet, o.r, args) },
      Select: { api: 1, call: (o) => void (book.selection = { sheet: o.sheet.name, cell: addressOf(o.sheet, o.r).split('!')[1] }) },
    },
    rangeAreas: {
      Address: { api: 9, get: (o) => o.areas.map((x) => addressOf(o.sheet, x)).join(',') },
    },
    cfs: {
      GetItem: { api: 6, nav: () => null },
      Count: { api: 6, get: (o) => o.sheet.cfs.length },
      Add: {
        api: 6,
        nav: (o, [type]) => {
          if (type !== 'Custom') throw new HostError('InvalidArgument', `The emulated conditional formats are custom only (${String(type)}).`, 400);
          if (o.r === null) throw new HostError('InvalidArgument', 'A conditional format needs a range.', 400);
          denyIfProtected(o.sheet);
          const range = addressOf(o.sheet, o.r).split('!')[1];
          const cf: EmuCf = { id: '', sheet: o.sheet.name, range, type: 'Custom', formula: '', fill: null, font: null, priority: o.sheet.cfs.length };
          o.sheet.cfs.push(cf);
          return { t: 'cf', sheet: o.sheet, cf };
        },
      },
    },
    cf: {
      Id: { api: 6, get: (o) => String(o.sheet.cfs.indexOf(o.cf)) },
      Type: { api: 6, get: (o) => o.cf.type },
      Priority: {
        api: 6,
        get: (o) => o.sheet.cfs.indexOf(o.cf),
        set: (o, v) => {
          denyIfProtected(o.sheet);
          const to = Number(v);
          if (!Number.isInteger(to) || to < 0) throw new HostError('InvalidArgument', `The argument is invalid or missing (priority ${String(v)}).`, 400);
          o.sheet.cfs.splice(o.sheet.cfs.indexOf(o.cf), 1);
          o.sheet.cfs.splice(Math.min(to, o.sheet.cfs.length), 0, o.cf);
          o.cf.priority = to;
        },
      },
      Custom: { api: 6, nav: (o) => ({ t: 'custom', sheet: o.sheet, cf: o.cf }) },
      CustomOrNullObject: { api: 6, nav: (o) => (o.cf.type === 'Custom' ? { t: 'custom', sheet: o.sheet, cf: o.cf } : null) },
      Delete: {
        api: 6,
        call: (o) => {
          denyIfProtected(o.sheet);
          book.deleted.push(o.cf);
          o.sheet.cfs.splice(o.sheet.cfs.indexOf(o.cf), 1);
        },
      },
    },
    custom: {
      Rule: { api: 6, nav: (o) => ({ t: 'rule', sheet: o.sheet, cf: o.cf }) },
      Format: { api: 6, nav: (o) => ({ t: 'cfFormat', sheet: o.sheet, cf: o.cf }) },
    },
    rule: { Formula: cfProperty('formula') },
    cfFormat: {
      Fill: { api: 6, nav: (o) => ({ t: 'cfFill', sheet: o.sheet, cf: o.cf }) },
      Font: { api: 6, nav: (o) => ({ t: 'cfFont', sheet: o.sheet, cf: o.cf }) },
    },
    cfFill: { Color: cfProperty('fill') },
    cfFont: { Color: cfProperty('font') },
  };
}
