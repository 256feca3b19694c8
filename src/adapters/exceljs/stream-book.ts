// exceljs's streaming workbook writer, loaded on its own, for the outputs built sheet by sheet (consolidate's
// takstbilag and review list).
//
// Measured on consolidate of 11 × 60 blocks (docs/bench.md, issue 33): `require('exceljs')` loads the reader, the
// in-memory workbook and JSZip too, 0,34 s before anything is written; the streaming writer alone loads in 0,11 s.
// It renders the same cells with the same styles, but zips with Node's own deflate (through archiver) rather than
// JSZip's JavaScript one: the two workbooks are written in about half the time. It keeps every row in memory until
// its sheet is committed, so a sheet is built as with the in-memory workbook (rows, then the heights fitted to them).
import type ExcelJS from 'exceljs';

export type WorkbookWriter = ExcelJS.stream.xlsx.WorkbookWriter;

type WriterClass = typeof ExcelJS.stream.xlsx.WorkbookWriter;

/** The class alone: exceljs's index would load the whole library with it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const writerClass = (): WriterClass => require('exceljs/lib/stream/xlsx/workbook-writer') as WriterClass;

/**
 * A writer for `writeOutputs`: `build` adds the sheets (each finished before the next is added), then the workbook
 * is committed to the temporary file. With `recalculate`, Excel computes the formulas again when it opens the file.
 */
export const streamedWorkbook =
  (build: (wb: WorkbookWriter) => void, options: { recalculate?: boolean } = {}) =>
  async (tmp: string): Promise<void> => {
    const Writer = writerClass();
    const wb = new Writer({ filename: tmp, useStyles: true, useSharedStrings: true });
    if (options.recalculate) recalculateOnLoad(wb);
    build(wb);
    await wb.commit();
  };

/** Excel recalculates the formulas when it opens the file, as the in-memory writer's `fullCalcOnLoad` asks. */
export function recalculateOnLoad(wb: WorkbookWriter): void {
  const zip = (wb as unknown as { zip?: { append: (data: unknown, opts: { name: string }) => unknown } }).zip;
  if (!zip || typeof zip.append !== 'function') return;
  const append = zip.append.bind(zip);
  zip.append = (data, opts) =>
    append(
      opts.name === '/xl/workbook.xml' && typeof data === 'string'
        ? data.replace(/<calcPr calcId="(\d+)"\/>/, '<calcPr calcId="$1" fullCalcOnLoad="1"/>')
        : data,
      opts,
    );
}
