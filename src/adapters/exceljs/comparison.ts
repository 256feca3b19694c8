// The Sammenligning sheet: every offer's rate beside its group's (same §§ and Enhed), with the marking rule said in
// words at the top and its thresholds in cells B3:B5. The normal range and the Markering are formulas on those
// cells (with the core's results stored), so the review group can change a threshold and see the marks follow.
import type ExcelJS from 'exceljs';
import type { Consolidation } from '../../core/consolidate/consolidate';
import { ALONE } from '../../core/consolidate/compare';
import { fitRowHeights, printOptions, wrapAsRead, wrappedLines } from './print';
import type { SheetHost } from './table';

const HEADER_ROW = 7;
const COLUMNS: Array<{ key: string; header: string; width: number; numFmt?: string }> = [
  { key: 'driftsherre', header: 'Driftsherre', width: 20 },
  { key: 'tilbud', header: 'Tilbud', width: 24 },
  { key: 'afdeling', header: 'Afdeling', width: 20 },
  { key: 'paragraf', header: '§§', width: 10 },
  { key: 'enhed', header: 'Enhed', width: 8 },
  { key: 'level', header: 'Niveau', width: 8 },
  { key: 'levelWhy', header: 'Sammenlignet niveau', width: 16 },
  { key: 'rate', header: 'Takst', width: 10, numFmt: '#,##0.00' },
  { key: 'group', header: 'Gruppe (antal)', width: 8, numFmt: '0' },
  { key: 'median', header: 'Median', width: 10, numFmt: '#,##0.00' },
  { key: 'lowest', header: 'Laveste', width: 10, numFmt: '#,##0.00' },
  { key: 'highest', header: 'Højeste', width: 10, numFmt: '#,##0.00' },
  { key: 'q1', header: 'Nedre kvartil', width: 10, numFmt: '#,##0.00' },
  { key: 'q3', header: 'Øvre kvartil', width: 10, numFmt: '#,##0.00' },
  { key: 'normalLow', header: 'Normalområde fra', width: 11, numFmt: '#,##0.00' },
  { key: 'normalHigh', header: 'Normalområde til', width: 11, numFmt: '#,##0.00' },
  { key: 'deviationPct', header: 'Afvigelse fra median (%)', width: 10, numFmt: '0.0' },
  { key: 'flag', header: 'Markering', width: 16 },
];
const col = (key: string) => String.fromCharCode(65 + COLUMNS.findIndex((c) => c.key === key));

export function comparisonSheet(wb: SheetHost, c: Consolidation): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('Sammenligning', {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    ...printOptions(`Sammenligning af takster ${c.budgetYear}`, HEADER_ROW),
  });
  ws.columns = COLUMNS.map(({ key, width, numFmt }) => ({ key, width, ...(numFmt ? { style: { numFmt } } : {}) }));
  const rule = c.comparisonRule;
  ws.getCell('A1').value = `Sammenligning af takster ${c.budgetYear} på tværs af driftsherrer`;
  ws.getCell('A1').font = { bold: true, size: 13 };
  const note =
    'Hvert tilbud står ved siden af alle driftsherrers tilbud med samme §§ og Enhed, på det niveau kolonnen "Sammenlignet niveau" nævner ' +
    '(for Dag- og Døgntilbud den fulde plads, som budgettet giver; ellers den eneste takst, Basis eller den højeste takst). ' +
    'Markering udfyldes, når taksten ligger uden for gruppens normalområde: i en gruppe med mindst så mange takster som i B3 ' +
    'går normalområdet fra nedre kvartil − B4 × kvartilafstanden til øvre kvartil + B4 × kvartilafstanden; i mindre grupper ' +
    `er det medianen ± B5 %. En gruppe på ét tilbud står som "${ALONE}". Ret tallene i B3–B5, så følger normalområde og markering med.`;
  ws.getCell('A2').value = note;
  ws.mergeCells(2, 1, 2, COLUMNS.length);
  ws.getCell('A2').alignment = { wrapText: true, vertical: 'top' };
  const settings: Array<[string, number, string]> = [
    ['Mindste gruppe for kvartilreglen (antal)', rule.minGroupForQuartiles, '0'],
    ['Faktor på kvartilafstanden', rule.quartileFactor, '0.0'],
    ['Største afvigelse fra medianen i mindre grupper (%)', rule.maxPctFromMedian, '0'],
  ];
  settings.forEach(([label, value, numFmt], i) => {
    ws.mergeCells(3 + i, 3, 3 + i, 7);
    ws.getCell(3 + i, 1).value = label;
    ws.getCell(3 + i, 1).alignment = { wrapText: true, vertical: 'top' };
    ws.getCell(3 + i, 2).value = value;
    ws.getCell(3 + i, 2).numFmt = numFmt;
    ws.getCell(3 + i, 2).font = { bold: true };
  });
  const header = ws.getRow(HEADER_ROW);
  header.values = COLUMNS.map((x) => x.header);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  c.comparison.forEach((x, i) => {
    const r = HEADER_ROW + 1 + i;
    const at = (key: string) => `${col(key)}${r}`;
    const row = ws.getRow(r);
    row.values = { ...x, normalLow: null, normalHigh: null, deviationPct: null, flag: null };
    const [n, h, q1, q3, med] = [at('group'), at('rate'), at('q1'), at('q3'), at('median')];
    row.getCell('normalLow').value = { formula: `IF(${n}>=$B$3,${q1}-$B$4*(${q3}-${q1}),${med}*(1-$B$5/100))`, result: x.normalLow };
    row.getCell('normalHigh').value = { formula: `IF(${n}>=$B$3,${q3}+$B$4*(${q3}-${q1}),${med}*(1+$B$5/100))`, result: x.normalHigh };
    row.getCell('deviationPct').value = { formula: `IF(${med}=0,"",(${h}/${med}-1)*100)`, result: x.deviationPct ?? '' };
    row.getCell('flag').value = {
      formula: `IF(${n}<2,"${ALONE}",IF(${h}>${at('normalHigh')},"over normalområdet",IF(${h}<${at('normalLow')},"under normalområdet","")))`,
      result: x.flag ?? '',
    };
  });
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: COLUMNS.length } };
  wrapAsRead(ws, HEADER_ROW);
  // The settings above the table (wrapAsRead fitted the table itself).
  fitRowHeights(ws, 3, HEADER_ROW - 1);
  // The note spans the whole table: its height is that of its text over every column's width.
  ws.getRow(2).height =
    wrappedLines(
      note,
      COLUMNS.reduce((s, x) => s + x.width, 0),
    ) *
      15 +
    3;
  return ws;
}
