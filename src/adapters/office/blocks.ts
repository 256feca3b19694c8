// More blocks inside Excel: the sheet's last block copied below it with Range.copyFrom (ExcelApi 1.9: formats,
// formulas moved as Excel moves them, merges, dropdowns, conditional formats), the copies' inputs cleared, in one
// request. A protected sheet is refused before anything is copied.
import { a1 } from '../../core/grid';
import type { BlockCopy } from '../../core/plans/blocks';
import { runError } from '../../core/run-messages';
import type { OfficeHost, OfficeState } from './host';

export async function addBlocks(host: OfficeHost, st: OfficeState, copy: BlockCopy): Promise<void> {
  if (st.locked.has(copy.sheet)) throw runError('blocksSheetProtected', { sheet: copy.sheet });
  await host.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(copy.sheet);
    const source = `${a1(copy.top, 0)}:${a1(copy.bottom, copy.width - 1)}`;
    for (let k = 1; k <= copy.count; k++) {
      const rows = k * copy.stride;
      ws.getRange(`${a1(copy.top + rows, 0)}:${a1(copy.bottom + rows, copy.width - 1)}`).copyFrom(source, 'All');
    }
    for (const address of copy.clear) ws.getRange(address).clear('Contents');
    st.lastWrite = Date.now();
    await ctx.sync();
  });
  // Conditional formats were added: positions (their ids) of this tool's marks are no longer known.
  st.own = null;
  st.lastWrite = Date.now();
}
