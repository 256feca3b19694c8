// An xlsx's parts → the core's grids, for the commands that only read (validate, inspect, explain, export,
// consolidate, snapshot build, an export to fill from). Browser-safe: the zip is opened by the caller (the guard,
// which inflates every entry once anyway, keeps the parts this needs).
import type { Grid } from '../../core/grid';
import { RunError } from '../../core/errors';
import { corruptFile as corrupt } from '../exceljs/errors';
import { parseBook } from './book';
import { parseSheet } from './sheet';
import { parseSharedStrings } from './strings';
import { parseStyles, Styles } from './styles';

/** The parts read: the workbook, its relationships, the shared strings, the styles and the worksheets. */
export const NEEDED_PART = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/;

export interface ReadLimits {
  /** Merged cells per sheet beyond this are refused. */
  sheetCells: number;
}

/** Each part's text by its path in the zip. */
export type Parts = ReadonlyMap<string, Uint8Array>;

const decoder = new TextDecoder('utf-8');
const text = (parts: Parts, path: string): string | undefined => {
  const bytes = parts.get(path);
  return bytes ? decoder.decode(bytes) : undefined;
};

/** Every worksheet of the workbook as a grid, in the workbook's order; a malformed part is a "corrupt" run error. */
export function gridsFromParts(parts: Parts, file: string, limits: ReadLimits): Grid[] {
  const read = <T>(path: string, parse: (xml: string) => T): T | undefined => {
    const xml = text(parts, path);
    if (xml === undefined) return undefined;
    try {
      return parse(xml);
    } catch (e) {
      if (e instanceof RunError) throw e;
      throw corrupt(file, `${path}: ${(e as Error).message}`);
    }
  };
  if (!parts.has('xl/workbook.xml')) throw corrupt(file, 'xl/workbook.xml mangler');
  const book = read('xl/workbook.xml', (xml) => parseBook(xml, text(parts, 'xl/_rels/workbook.xml.rels')))!;
  const styles = read('xl/styles.xml', parseStyles) ?? Styles.empty();
  const strings = read('xl/sharedStrings.xml', parseSharedStrings) ?? [];
  const grids: Grid[] = [];
  for (const sheet of book.sheets) {
    const grid = read(sheet.part, (xml) =>
      parseSheet(xml, { name: sheet.name, hidden: sheet.hidden, styles, strings, date1904: book.date1904, file, maxCells: limits.sheetCells }),
    );
    if (grid) grids.push(grid);
  }
  return grids;
}
