// Marks in an xlsx file: one conditional format per finding cell (tagged, so it is found again after save and reopen),
// plus, for `validate --out`, the messages as notes and a "Kontrol" sheet with links. The template's own cell formats
// are never written, so removing the conditional formats restores the sheet exactly.
import type ExcelJS from 'exceljs';
import { isMarkFormula, MARK_STYLES, markFormula, type KontrolRow, type Mark } from '../../core/plans/marks';

export const KONTROL_SHEET = 'Kontrol';

type Cf = ExcelJS.ConditionalFormattingOptions;

/** exceljs keeps a sheet's conditional formats in a public field its typings leave out. */
export function conditionalFormatsOf(ws: ExcelJS.Worksheet): Cf[] {
  return (ws as unknown as { conditionalFormattings: Cf[] }).conditionalFormattings;
}

function isMark(cf: Cf): boolean {
  return cf.rules.some((r) => r.type === 'expression' && (r.formulae ?? []).some((f) => isMarkFormula(String(f))));
}

/** Removes this tool's marks from every sheet; the template's own conditional formats stay. Returns how many went. */
export function removeMarkFormats(wb: ExcelJS.Workbook): number {
  let removed = 0;
  for (const ws of wb.worksheets) {
    const before = conditionalFormatsOf(ws).length;
    ws.removeConditionalFormatting((cf: Cf) => !isMark(cf));
    removed += before - conditionalFormatsOf(ws).length;
  }
  return removed;
}

/** Replaces this tool's marks with one conditional format per marked cell, above the template's own rules. */
export function setMarkFormats(wb: ExcelJS.Workbook, marks: Mark[]): void {
  removeMarkFormats(wb);
  for (const m of marks) {
    const ws = wb.getWorksheet(m.sheet);
    if (!ws) continue;
    const style = MARK_STYLES[m.severity];
    ws.addConditionalFormatting({
      ref: m.cell,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [markFormula(m.severity)],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${style.fill}` } },
            font: { color: { argb: `FF${style.font}` } },
          },
        },
      ],
    });
  }
}

/** `validate --out`: marks, the messages as notes, and a "Kontrol" sheet listing every finding with a link. */
export function applyMarks(wb: ExcelJS.Workbook, plan: { marks: Mark[]; kontrol: KontrolRow[] }): void {
  setMarkFormats(wb, plan.marks);
  for (const m of plan.marks) {
    const ws = wb.getWorksheet(m.sheet);
    if (ws) ws.getCell(m.cell).note = m.note;
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
