// The template's spec as the grids a reader gives of the file it renders to: values, formulas (no results yet),
// number formats, fills and merged areas. A new skema is planned on these without building it in memory first
// (fill without --into streams the file out afterwards); a test holds them equal to exceljs's reading.
import { parseRange, type Grid, type GridCell } from '../grid';
import { ROLE_FILLS, type WorkbookSpec } from './spec';

export function specToGrids(spec: WorkbookSpec): Grid[] {
  return spec.sheets.map((s) => {
    const cells: Grid['cells'] = [];
    for (const c of s.cells) {
      const fill = c.role ? ROLE_FILLS[c.role] : undefined;
      const value = c.formula ? null : (c.value ?? null);
      const numFmt = c.numFmt && (value !== null || c.formula || c.numFmt !== 'General') ? c.numFmt : undefined;
      if (value === null && !c.formula && !numFmt && !fill) continue;
      const cell: GridCell = { value };
      if (c.formula) cell.formula = c.formula;
      if (numFmt) cell.numFmt = numFmt;
      if (fill) cell.fill = fill;
      (cells[c.row] ??= [])[c.col] = cell;
    }
    // A merged area's other cells are blank and take its first cell's format and fill (as exceljs merges them).
    const merges = s.merges.map(parseRange);
    for (const m of merges) {
      const master = cells[m.top]?.[m.left];
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) {
          if (r === m.top && c === m.left) continue;
          const own: GridCell = { value: null };
          if (master?.numFmt && master.numFmt !== 'General') own.numFmt = master.numFmt;
          if (master?.fill) own.fill = master.fill;
          const row = (cells[r] ??= []);
          if (own.numFmt || own.fill) row[c] = own;
          else delete row[c];
        }
    }
    return { name: s.name, hidden: false, cells, merges };
  });
}
