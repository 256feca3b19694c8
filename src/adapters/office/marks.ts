// Marks inside Excel: tagged conditional formats (ExcelApi 1.6), so no cell format of the template is ever
// written; found again by their own rule formula, deleted by position, added in chunks under the request limit.
import { isMarkFormula, MARK_STYLES, markFormula, type Mark } from '../../core/plans/marks';
import type { MarkResult } from '../../core/port';
import { chunkByBytes, noteProtection, type OfficeHost, type OfficeState, type OwnMark } from './host';

type WriteOp = { kind: 'delete'; mark: OwnMark } | { kind: 'add'; mark: Mark };

/** Replaces this tool's marks by these; a protected sheet is left as it is and named in the result. */
export async function setMarks(host: OfficeHost, st: OfficeState, marks: Mark[]): Promise<MarkResult> {
  // A protected sheet is left as it is (Excel would fail the batch half-way); its findings are still shown.
  const unmarked = [...st.locked].map(([sheet, reason]) => ({ sheet, reason }));
  const writable = marks.filter((m) => !st.locked.has(m.sheet));
  // The same marks as last written, all still there: nothing to write (a co-author's edit that changed no finding).
  const signature = writable
    .map((m) => `${m.sheet}!${m.cell}:${m.severity}`)
    .sort()
    .join('|');
  if (st.own !== null && signature === st.written && st.own.length === writable.length) return { unmarked };
  await writeMarks(host, st, writable);
  st.written = signature;
  return { unmarked };
}

/** Removes every mark of this tool; returns how many there were. */
export async function clearMarks(host: OfficeHost, st: OfficeState): Promise<number> {
  st.own = null;
  const before = await writeMarks(host, st, []);
  st.written = '';
  return before;
}

/**
 * Deletes this tool's marks, found by their own rule formula in the freshest read, and adds these. A mark's id is
 * its position, so deletions go from the last position to the first (an earlier one keeps its id), and no id is
 * kept after the write: the next write reads the rules again.
 */
async function writeMarks(host: OfficeHost, st: OfficeState, marks: Mark[]): Promise<number> {
  return host.run(async (ctx) => {
    const own = (st.own ?? (await readOwnMarks(st, ctx))).filter((m) => !st.locked.has(m.sheet));
    st.own = null;
    const deletes = [...own].sort((a, b) => a.sheet.localeCompare(b.sheet) || Number(b.id) - Number(a.id));
    const ops: WriteOp[] = [...deletes.map((m) => ({ kind: 'delete' as const, mark: m })), ...marks.map((m) => ({ kind: 'add' as const, mark: m }))];
    for (const chunk of chunkByBytes(ops)) {
      for (const op of chunk) {
        if (op.kind === 'delete') ctx.workbook.worksheets.getItem(op.mark.sheet).getRange().conditionalFormats.getItem(op.mark.id).delete();
        else queueMark(ctx, op.mark);
      }
      st.lastWrite = Date.now();
      await ctx.sync();
    }
    st.lastWrite = Date.now();
    return own.length;
  });
}

async function readOwnMarks(st: OfficeState, ctx: Excel.RequestContext): Promise<OwnMark[]> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  await ctx.sync();
  const all = sheets.items.map((s) => {
    const cfs = s.getRange().conditionalFormats;
    cfs.load('items/id,items/type,items/customOrNullObject/rule/formula');
    const protection = s.protection;
    protection.load('protected');
    return { name: s.name, cfs, protection };
  });
  await ctx.sync();
  st.names = sheets.items.map((s) => s.name);
  for (const s of all) noteProtection(st, s);
  return all.flatMap((s) => ownMarksOf(s.name, s.cfs));
}

function queueMark(ctx: Excel.RequestContext, m: Mark): Excel.ConditionalFormat {
  const style = MARK_STYLES[m.severity];
  const cf = ctx.workbook.worksheets.getItem(m.sheet).getRange(m.cell).conditionalFormats.add('Custom');
  cf.custom.rule.formula = `=${markFormula(m.severity)}`;
  cf.custom.format.fill.color = `#${style.fill}`;
  cf.custom.format.font.color = `#${style.font}`;
  // Above the template's own rules (its red text), so the mark shows. Its id (a position) is not kept.
  cf.priority = 0;
  return cf;
}

export function ownMarksOf(sheet: string, cfs: Excel.ConditionalFormatCollection): OwnMark[] {
  return cfs.items
    .filter((cf) => cf.type === 'Custom' && !cf.customOrNullObject.isNullObject && isMarkFormula(cf.customOrNullObject.rule.formula))
    .map((cf) => ({ sheet, id: cf.id }));
}
