// The consolidation's workbooks: the takstbilag and the review group's list (Gennemgang with a Status to fill in
// at the meeting, Sammenligning with its rule in cells, Driftsherrer, Forklaring), every sheet printable as read.
import ExcelJS from 'exceljs';
import type { Consolidation } from '../../core/consolidate/consolidate';
import { addTable, capitalised, componentColumns } from './table';
import { printAsRead } from './print';
import { comparisonSheet } from './comparison';

const RATE = { numFmt: '#,##0.00' };
const PCT = { numFmt: '0.0' };
/** The review meeting's verdicts, offered as a dropdown in Gennemgang's Status column. */
export const STATUS_CHOICES = ['Godkendt', 'Spørgsmål til driftsherre', 'Afvist'];

export function takstbilagWorkbook(c: Consolidation): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const [y1, y2] = [c.budgetYear - 1, c.budgetYear];
  const ws = addTable(
    wb,
    'Takstbilag',
    [
      { header: 'Driftsherre', key: 'driftsherre', width: 22 },
      { header: 'Tilbud', key: 'tilbud', width: 30 },
      { header: 'Afdeling', key: 'afdeling', width: 24 },
      { header: '§§', key: 'paragraf', width: 11 },
      { header: 'Enhed', key: 'enhed', width: 9 },
      { header: 'Niveau', key: 'level', width: 9 },
      { header: `Takst ${y1}`, key: 'rate1', width: 12, style: RATE },
      { header: `Takst ${y2}`, key: 'rate2', width: 12, style: RATE },
      { header: 'Ændring %', key: 'change', width: 10, style: PCT },
      { header: 'Note', key: 'note', width: 22 },
      { header: 'Bemærkning', key: 'bemaerkning', width: 50 },
    ],
    c.takstbilag,
    { banner: true },
  );
  ws.autoFilter = { from: 'A1', to: { row: 1, column: ws.columns.length } };
  printAsRead(ws, `Takstbilag ${y2}`);
  return wb;
}

export function reviewWorkbook(c: Consolidation): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  // Sammenligning's marks are formulas on its threshold cells: Excel computes them again when the file opens.
  wb.calcProperties.fullCalcOnLoad = true;
  const [y1, y2] = [c.budgetYear - 1, c.budgetYear];
  const review = [...c.review].sort((a, b) => a.category.localeCompare(b.category, 'da') || a.driftsherre.localeCompare(b.driftsherre, 'da'));
  const duplicates = c.duplicates.map((d) => ({
    category: 'Samme tilbud hos flere driftsherrer',
    driftsherre: d.operators.join(', '),
    tilbud: d.tilbud,
    afdeling: d.afdeling,
    where: d.enhed,
    detail: `Indberettet af ${d.operators.join(' og ')}`,
  }));
  const g = addTable(
    wb,
    'Gennemgang',
    [
      { header: 'Kategori', key: 'category', width: 24 },
      { header: 'Driftsherre', key: 'driftsherre', width: 20 },
      { header: 'Tilbud', key: 'tilbud', width: 24 },
      { header: 'Afdeling', key: 'afdeling', width: 20 },
      { header: 'Niveau', key: 'level', width: 9 },
      { header: `Takst ${y1}`, key: 'rate1', width: 11, style: RATE },
      { header: `Takst ${y2}`, key: 'rate2', width: 11, style: RATE },
      { header: 'Ændring %', key: 'change', width: 9, style: PCT },
      { header: 'P/L %', key: 'pl', width: 7, style: { numFmt: '0.00' } },
      { header: 'Hvor', key: 'where', width: 8 },
      { header: 'Detalje', key: 'detail', width: 60 },
      { header: 'Status', key: 'status', width: 16 },
    ],
    [...review, ...duplicates],
    { banner: true },
  );
  const status = g.columns.length;
  g.autoFilter = { from: 'A1', to: { row: 1, column: status } };
  for (let r = 2; r <= Math.max(2, g.rowCount); r++)
    g.getCell(r, status).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${STATUS_CHOICES.join(',')}"`],
      showErrorMessage: true,
      errorTitle: 'Status',
      error: `Vælg ${STATUS_CHOICES.join(', ')}, eller lad feltet stå tomt.`,
    };
  printAsRead(g, `Gennemgang af takster ${y2}`);
  comparisonSheet(wb, c);
  const ops = addTable(
    wb,
    'Driftsherrer',
    [
      { header: 'Driftsherre', key: 'driftsherre', width: 24 },
      { header: 'Blokke', key: 'blocks', width: 8 },
      { header: 'Gns. ændring ud over P/L (pp)', key: 'averageAdjusted', width: 16, style: PCT },
      { header: 'Laveste (pp)', key: 'lowest', width: 11, style: PCT },
      { header: 'Højeste (pp)', key: 'highest', width: 11, style: PCT },
      { header: 'Forklarede blokke', key: 'explained', width: 10 },
      ...componentColumns((label) => `Gns. ${label} (pp)`, { width: 12, style: PCT }),
    ],
    c.operators.map((s) => ({ ...s, ...(s.components ?? {}) })),
    { banner: true },
  );
  printAsRead(ops, `Driftsherrer ${y2}`);
  const why = addTable(
    wb,
    'Forklaring',
    [
      { header: 'Driftsherre', key: 'driftsherre', width: 20 },
      { header: 'Tilbud', key: 'tilbud', width: 26 },
      { header: 'Afdeling', key: 'afdeling', width: 22 },
      { header: 'Ændring (pct.)', key: 'total', width: 10, style: PCT },
      ...componentColumns(capitalised, { width: 10, style: PCT }),
      { header: 'Hvorfor ikke forklaret', key: 'reason', width: 50 },
    ],
    c.explanations.map((x) => ({ ...x, ...(x.components ?? {}) })),
    { banner: true },
  );
  printAsRead(why, `Forklaring af ændringer ${y1}–${y2}`);
  return wb;
}
