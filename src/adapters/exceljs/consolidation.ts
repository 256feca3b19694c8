// The consolidation's workbooks: the takstbilag (formatted for print) and the review group's list.
import ExcelJS from 'exceljs';
import type { Consolidation } from '../../core/consolidate/consolidate';
import { addTable, capitalised, componentColumns } from './table';

export function takstbilagWorkbook(c: Consolidation): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const years = c.takstbilag[0] ? [c.takstbilag[0].year1, c.takstbilag[0].year2] : ['år 1', 'år 2'];
  addTable(
    wb,
    'Takstbilag',
    [
      { header: 'Driftsherre', key: 'driftsherre', width: 24 },
      { header: 'Tilbud', key: 'tilbud', width: 34 },
      { header: 'Afdeling', key: 'afdeling', width: 28 },
      { header: '§§', key: 'paragraf', width: 12 },
      { header: 'Enhed', key: 'enhed', width: 9 },
      { header: 'Niveau', key: 'level', width: 10 },
      { header: `Takst ${years[0]}`, key: 'rate1', width: 12, style: { numFmt: '#,##0.00' } },
      { header: `Takst ${years[1]}`, key: 'rate2', width: 12, style: { numFmt: '#,##0.00' } },
      { header: 'Ændring %', key: 'change', width: 10, style: { numFmt: '0.0' } },
      { header: 'Bemærkning', key: 'bemaerkning', width: 60, style: { alignment: { wrapText: true, vertical: 'top' } } },
    ],
    c.takstbilag,
    {
      banner: true,
      sheet: {
        pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
        headerFooter: { oddFooter: 'Takstbilag – side &P af &N' },
      },
    },
  );
  return wb;
}

export function reviewWorkbook(c: Consolidation): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const review = [...c.review].sort((a, b) => a.category.localeCompare(b.category, 'da') || a.driftsherre.localeCompare(b.driftsherre, 'da'));
  const duplicates = c.duplicates.map((d) => ({
    category: 'Samme tilbud hos flere driftsherrer',
    driftsherre: d.operators.join(', '),
    tilbud: d.tilbud,
    afdeling: d.afdeling,
    where: d.enhed,
    detail: `Indberettet af ${d.operators.join(' og ')}`,
  }));
  addTable(
    wb,
    'Gennemgang',
    [
      { header: 'Kategori', key: 'category', width: 36 },
      { header: 'Driftsherre', key: 'driftsherre', width: 24 },
      { header: 'Tilbud', key: 'tilbud', width: 32 },
      { header: 'Afdeling', key: 'afdeling', width: 26 },
      { header: 'Hvor', key: 'where', width: 10 },
      { header: 'Detalje', key: 'detail', width: 90, style: { alignment: { wrapText: true, vertical: 'top' } } },
    ],
    [...review, ...duplicates],
    { banner: true },
  );
  addTable(
    wb,
    'Driftsherrer',
    [
      { header: 'Driftsherre', key: 'driftsherre', width: 26 },
      { header: 'Blokke', key: 'blocks', width: 8 },
      { header: 'Gns. ændring ud over P/L (pp)', key: 'averageAdjusted', width: 16, style: { numFmt: '0.0' } },
      { header: 'Laveste (pp)', key: 'lowest', width: 11, style: { numFmt: '0.0' } },
      { header: 'Højeste (pp)', key: 'highest', width: 11, style: { numFmt: '0.0' } },
      { header: 'Forklarede blokke', key: 'explained', width: 10 },
      ...componentColumns((label) => `Gns. ${label} (pp)`, { width: 12, style: { numFmt: '0.0' } }),
    ],
    c.operators.map((s) => ({ ...s, ...(s.components ?? {}) })),
    { banner: true },
  );
  addTable(
    wb,
    'Forklaring',
    [
      { header: 'Driftsherre', key: 'driftsherre', width: 24 },
      { header: 'Tilbud', key: 'tilbud', width: 32 },
      { header: 'Afdeling', key: 'afdeling', width: 26 },
      { header: 'Ændring (pct.)', key: 'total', width: 12, style: { numFmt: '0.0' } },
      ...componentColumns(capitalised, { width: 11, style: { numFmt: '0.0' } }),
      { header: 'Hvorfor ikke forklaret', key: 'reason', width: 60 },
    ],
    c.explanations.map((x) => ({ ...x, ...(x.components ?? {}) })),
    { banner: true },
  );
  return wb;
}
