// The workbook port inside Excel (Office.js): one context.sync() reads every sheet; one more writes every mark.
// The work is in read.ts, marks.ts and write.ts; this class keeps the state they share and the port's shape.
import type { Grid } from '../../core/grid';
import type { Mark } from '../../core/plans/marks';
import type { CellWrite } from '../../core/model/cell-write';
import type { UndoRecord } from '../../core/plans/undo';
import type { MarkResult, WorkbookPort } from '../../core/port';
import { connect, newOfficeState, officeHost, OWN_WRITE_QUIET_MS, type OfficeHost, type OfficeState } from './host';
import { readGrids } from './read';
import { clearMarks, setMarks } from './marks';
import { readUndo, write } from './write';
import { addBlocks } from './blocks';
import type { BlockCopy } from '../../core/plans/blocks';

export { BYTES_PER_CELL, BYTES_PER_DELETE, BYTES_PER_MARK, chunkByBytes, READ_CELL_LIMIT, REQUEST_LIMIT, WRITE_BUDGET, type OfficeHost } from './host';
export { parseAreas } from './read';

export class OfficeWorkbook implements WorkbookPort {
  private readonly st: OfficeState = newOfficeState();

  constructor(private readonly host: OfficeHost = officeHost()) {}

  /** Learns the sheet names (one sync), so that every later check reads in a single sync. */
  connect(): Promise<void> {
    return connect(this.host, this.st);
  }

  readGrids(): Promise<Grid[]> {
    return readGrids(this.host, this.st);
  }

  setMarks(marks: Mark[]): Promise<MarkResult> {
    return setMarks(this.host, this.st, marks);
  }

  clearMarks(): Promise<number> {
    return clearMarks(this.host, this.st);
  }

  write(writes: CellWrite[], undo: UndoRecord | null): Promise<void> {
    return write(this.host, this.st, writes, undo);
  }

  readUndo(): Promise<UndoRecord | null> {
    return readUndo(this.host, this.st);
  }

  addBlocks(copy: BlockCopy): Promise<void> {
    return addBlocks(this.host, this.st, copy);
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
    });
  }

  /** Listens for edits in any sheet (ExcelApi 1.9); edits caused by our own marks are ignored. */
  async onEdit(listener: () => void): Promise<() => void> {
    let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
    await this.host.run(async (ctx) => {
      handler = ctx.workbook.worksheets.onChanged.add(async (args) => {
        // ExcelApi 1.14 says who changed the cells: this add-in's own writes are not edits. Where it does not, a
        // change just after our own write is taken as ours. A co-author's edit (source Remote) is checked like any.
        const trigger = (args as { triggerSource?: string }).triggerSource;
        if (trigger === 'ThisLocalAddin') return;
        if (trigger === undefined && Date.now() - this.st.lastWrite < OWN_WRITE_QUIET_MS) return;
        listener();
      });
      await ctx.sync();
    });
    return () => {
      const h = handler as OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null;
      if (!h) return;
      h.remove();
      void h.context.sync().catch(() => undefined);
    };
  }
}
