// The template's spec read as grids without rendering it equals what exceljs reads of the rendered workbook.
import { renderWorkbook } from '../../../src/adapters/exceljs/write';
import { workbookToGrids } from '../../../src/adapters/exceljs/grid';
import { buildTemplate } from '../../../src/core/template/build';
import { specToGrids } from '../../../src/core/template/grids';
import { visibleRow } from '../../fixtures/visible';
import type { Grid } from '../../../src/core/grid';

const seen = (grids: Grid[]) => grids.map((g) => ({ ...g, cells: g.cells.map(visibleRow) }));

describe('specToGrids', () => {
  it.each([1, 5, 60])('gives the grids exceljs reads of the rendered template (%i blocks)', (blocks) => {
    const { spec } = buildTemplate({ driftsherre: 'Region Nordjylland', year: 2027, blocks });
    expect(seen(specToGrids(spec))).toEqual(seen(workbookToGrids(renderWorkbook(spec))));
  });
});
