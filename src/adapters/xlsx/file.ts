// An xlsx file → its grids without exceljs: the guard checks the file and keeps the parts the reader needs.
import type { Grid } from '../../core/grid';
import { guardXlsxFileParts, LIMITS } from '../exceljs/guard';
import { gridsFromParts, NEEDED_PART } from './read';

/** Guards and reads a file; returns its bytes (for a hash of the source) and its grids. */
export async function readGridsFile(path: string, limits = LIMITS): Promise<{ bytes: Buffer; grids: Grid[] }> {
  const { bytes, parts } = await guardXlsxFileParts(path, limits, (part) => NEEDED_PART.test(part));
  return { bytes, grids: gridsFromParts(parts, path, limits) };
}
