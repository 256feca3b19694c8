// An export to fill from, whatever its form: last year's old vertical skema (found by its headers), or a tidy
// table (CSV text or a sheet) read through a column mapping.
import type { Grid } from '../grid';
import { readOldSheet } from '../layout/old-layout';
import type { FillOffer } from '../model/fill-offer';
import { oldToOffers } from './old-export';
import { runError } from '../run-messages';
import { parseCsv, tidyToOffers, type Mapping, type RowStatus, type TableCell } from './tidy';

export interface ExportOffers {
  kind: 'old-layout' | 'tidy';
  driftsherre: string | null;
  offers: FillOffer[];
  rows: RowStatus[];
  warnings: Array<{ row: number; reason: string }>;
}

export type ExportInput = { csv: string } | { grids: Grid[] };

export function gridToTable(grid: Grid): TableCell[][] {
  const out: TableCell[][] = [];
  for (let r = 0; r < grid.cells.length; r++) {
    const row = grid.cells[r] ?? [];
    out.push(Array.from({ length: row.length }, (_, c) => (row[c] && !row[c]!.error ? row[c]!.value : null)));
  }
  return out;
}

export function offersFromExport(input: ExportInput, mapping: Mapping | null): ExportOffers {
  if ('csv' in input) {
    if (!mapping) throw runError('csvNeedsMapping');
    const csv = parseCsv(input.csv);
    return { kind: 'tidy', ...tidyToOffers(csv.rows, mapping, { lines: csv.lines, problems: csv.problems, strictWidth: true }) };
  }
  if (mapping) {
    const grid = mapping.sheet ? input.grids.find((g) => g.name === mapping.sheet) : input.grids.find((g) => !g.hidden);
    if (!grid) throw runError('mappingSheetMissing', { sheet: String(mapping.sheet) });
    return { kind: 'tidy', ...tidyToOffers(gridToTable(grid), mapping) };
  }
  const old = input.grids.map(readOldSheet).find((s) => s !== null);
  if (!old) throw runError('notOldLayout');
  return { kind: 'old-layout', driftsherre: old.driftsherre, ...oldToOffers(old) };
}
