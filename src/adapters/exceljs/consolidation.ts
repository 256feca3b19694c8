// The consolidation's workbooks: the takstbilag and the review group's list (Gennemgang with a Status to fill in
// at the meeting, Sammenligning with its rule in cells, Driftsherrer, Forklaring), every sheet printable as read.
//
// Both are written with exceljs's streaming writer (stream-book.ts): built sheet by sheet as before, in half the
// time and without loading the rest of exceljs.
import type { Consolidation } from '../../core/consolidate/consolidate';
import { compareDanish } from '../../core/format';
import { addTable, capitalised, componentColumns, type SheetHost } from './table';
import { streamedWorkbook } from './stream-book';
import { printOptions, wrapAsRead } from './print';
import { comparisonSheet } from './comparison';

const RATE = { numFmt: '#,##0.00' };
const PCT = { numFmt: '0.0' };
/** The review meeting's verdicts, offered as a dropdown in Gennemgang's Status column. */
export const STATUS_CHOICES = ['Godkendt', 'Spørgsmål til driftsherre', 'Afvist'];

/** The takstbilag's writer, for `writeOutputs`. */
export const takstbilagWriter = (c: Consolidation) => streamedWorkbook((wb) => takstbilagSheets(wb, c));

/** The review list's writer: its Sammenligning marks are formulas on its threshold cells, computed again when it opens. */
export const reviewWriter = (c: Consolidation) => streamedWorkbook((wb) => reviewSheets(wb, c), { recalculate: true });

export function takstbilagSheets(wb: SheetHost, c: Consolidation): void {
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
    { banner: true, sheet: printOptions(`Takstbilag ${y2}`) },
  );
  ws.autoFilter = { from: 'A1', to: { row: 1, column: ws.columns.length } };
  wrapAsRead(ws);
}

export function reviewSheets(wb: SheetHost, c: Consolidation): void {
  const [y1, y2] = [c.budgetYear - 1, c.budgetYear];
  const review = [...c.review].sort((a, b) => compareDanish(a.category, b.category) || compareDanish(a.driftsherre, b.driftsherre));
  const duplicates = c.duplicates.map((d) => ({
    category: 'Samme tilbud hos flere driftsherrer',
    driftsherre: d.operators.join(', '),
    tilbud: d.tilbud,
    afdeling: d.afdeling,
    where: d.enhed,
    detail: `Indberettet af ${d.operators.join(' og ')}`,
  }));
  // The list's rows: a Status dropdown is put on each (on the first row when the list is empty).
  const items = [...review, ...duplicates];
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
    items,
    { banner: true, sheet: printOptions(`Gennemgang af takster ${y2}`) },
  );
  const status = g.columns.length;
  g.autoFilter = { from: 'A1', to: { row: 1, column: status } };
  for (let r = 2; r <= Math.max(2, 1 + items.length); r++)
    g.getCell(r, status).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${STATUS_CHOICES.join(',')}"`],
      showErrorMessage: true,
      errorTitle: 'Status',
      error: `Vælg ${STATUS_CHOICES.join(', ')}, eller lad feltet stå tomt.`,
    };
  wrapAsRead(g);
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
    { banner: true, sheet: printOptions(`Driftsherrer ${y2}`) },
  );
  wrapAsRead(ops);
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
    { banner: true, sheet: printOptions(`Forklaring af ændringer ${y1}–${y2}`) },
  );
  wrapAsRead(why);
}
