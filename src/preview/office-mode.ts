// The preview on Microsoft's own office.js (preview.html?vaert=officejs): the pane's real Office adapter runs on the
// library Excel on the web loads (excel-web-16.00.js, served beside the page), and each context.sync() it sends is
// answered by the RichApi host over the workbook the page shows. The sheet view draws the same grids; the host's
// marks (conditional formats) and selection are mirrored to it after each request. Events are not part of the
// RichApi request, so an edit typed in the view reaches the pane as the memory port gives it.
import { OfficeWorkbook } from '../adapters/office/workbook';
import type { MemoryWorkbook } from '../adapters/memory/workbook';
import { a1, type Grid } from '../core/grid';
import { isMarkFormula, type Mark } from '../core/plans/marks';
import type { Severity } from '../core/model/finding';
import type { EmuBook, EmuFormat, EmuSheet } from './richapi-host';
import { connectHost, type OfficeLibrary } from './connect';

/** Served by webpack beside preview.html (CopyWebpackPlugin), never from a CDN: the preview works offline. */
export const OFFICE_JS = 'office-js/excel-web-16.00.js';

/** Loads office.js once: a script of the page's own origin, as the CSP allows. */
export async function loadOfficeJs(): Promise<void> {
  const w = window as unknown as Partial<OfficeLibrary>;
  if (!w.Excel) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = OFFICE_JS;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`${OFFICE_JS} kunne ikke indlæses`));
      document.head.append(script);
    });
  }
}

/** The workbook the page shows, as the host holds it: the same grid objects, formats from their cells. */
function bookOver(memory: MemoryWorkbook): EmuBook {
  const sheet = (g: Grid): EmuSheet => {
    const formats = new Map<string, EmuFormat>();
    g.cells.forEach((row, r) =>
      row?.forEach((c, k) => {
        if (c && (c.numFmt || c.fill)) formats.set(a1(r, k), { fill: c.fill ?? null, font: '{}', border: '{}', numberFormat: c.numFmt ?? 'General' });
      }),
    );
    const name = g.name;
    return {
      name,
      visibility: g.hidden ? 'Hidden' : 'Visible',
      // The view's grid, whatever object it is now (an edit replaces cells, never the grid).
      get grid() {
        return memory.grids.find((x) => x.name === name) ?? g;
      },
      formats,
      cfs: [],
    };
  };
  return {
    sheets: memory.grids.map(sheet),
    structureProtected: false,
    apiVersion: 13,
    readCellLimit: 5_000_000,
    requestLimit: 5 * 1024 * 1024,
    responseLimit: 5 * 1024 * 1024,
    syncs: 0,
    requestBytes: [],
    responseBytes: [],
    selection: null,
    active: null,
    deleted: [],
    unmodelled: [],
    apiRefusals: [],
  };
}

/** The host's marks as the view draws them: one per marked cell, its severity from the rule's tag. */
function marksOf(book: EmuBook): Mark[] {
  return book.sheets.flatMap((s) =>
    s.cfs
      .filter((cf) => isMarkFormula(cf.formula))
      .map((cf) => ({ sheet: s.name, cell: cf.range, severity: (/:(error|warning|info)"/.exec(cf.formula)?.[1] ?? 'info') as Severity, note: '' })),
  );
}

/** The pane's port on office.js, answered over this workbook; its counts for the page's status line. */
export function officePort(memory: MemoryWorkbook): { port: OfficeWorkbook; book: EmuBook } {
  const book = bookOver(memory);
  const port = new OfficeWorkbook(
    connectHost(window as unknown as OfficeLibrary, book, {
      base: 'https://forhaandsvisning.invalid/',
      answered: () => memory.hostChanged(marksOf(book), book.selection && { sheet: book.active ?? book.selection.sheet, cell: book.selection.cell }),
    }),
  );
  port.onEdit = (listener) => memory.onEdit(listener);
  return { port, book };
}
