// Applies a mark plan to a workbook: fills and notes on the finding cells, and a "Kontrol" sheet with links.
import type ExcelJS from 'exceljs';
import type { KontrolRow, Mark } from '../../core/plans/marks';

export const MARK_FILLS = { error: 'FFFFC7CE', warning: 'FFFFEB9C' } as const;
export const KONTROL_SHEET = 'Kontrol';

export function applyMarks(wb: ExcelJS.Workbook, plan: { marks: Mark[]; kontrol: KontrolRow[] }): void {
  for (const m of plan.marks) {
    const ws = wb.getWorksheet(m.sheet);
    if (!ws) continue;
    const cell = ws.getCell(m.cell);
    // Cells loaded with the same style share one style object in exceljs: give this cell its own copy,
    // or the mark would colour every cell of the template's role.
    if (m.severity !== 'info') cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: MARK_FILLS[m.severity] } } };
    cell.note = m.note;
  }
  const old = wb.getWorksheet(KONTROL_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ks = wb.addWorksheet(KONTROL_SHEET);
  ks.columns = [
    { header: 'Ark', width: 16 },
    { header: 'Celle', width: 8 },
    { header: 'Alvor', width: 10 },
    { header: 'Tilbud', width: 28 },
    { header: 'Afdeling', width: 24 },
    { header: 'Besked', width: 90 },
    { header: 'Regel', width: 28 },
  ];
  ks.getRow(1).font = { bold: true };
  ks.views = [{ state: 'frozen', ySplit: 1 }];
  for (const k of plan.kontrol) {
    const row = ks.addRow([k.sheet, k.cell ?? '', k.severity, k.tilbud ?? '', k.afdeling ?? '', k.message, k.ruleId]);
    if (k.cell) row.getCell(2).value = { text: k.cell, hyperlink: `#'${k.sheet.replace(/'/g, "''")}'!${k.cell}` };
    row.getCell(6).alignment = { wrapText: true, vertical: 'top' };
  }
}
