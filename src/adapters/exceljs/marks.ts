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

const KONTROL_HEADERS = ['Ark', 'Celle', 'Alvor', 'Tilbud', 'Afdeling', 'Besked', 'Regel'];
/** Where this tool's part of a cell note starts: the user's own note before it is kept. */
const NOTE_MARK = '[takst] ';

/** A sheet this tool wrote before (its header row is the Kontrol sheet's): replaced, never a user's own sheet. */
function isOwnKontrol(ws: ExcelJS.Worksheet): boolean {
  const values = (ws.getRow(1).values as unknown[]).slice(1).map((v) => String(v ?? ''));
  return KONTROL_HEADERS.every((h, i) => values[i] === h);
}

/**
 * The name for the report sheet: "Kontrol", or the first free "Kontrol (takst)", "Kontrol (takst 2)" … when a
 * user's own sheet has the name (Excel compares sheet names without case).
 */
function kontrolName(wb: ExcelJS.Workbook): string {
  const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = i === 1 ? KONTROL_SHEET : i === 2 ? `${KONTROL_SHEET} (takst)` : `${KONTROL_SHEET} (takst ${i - 1})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

function noteText(note: ExcelJS.Cell['note']): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

/** `validate --out`: marks, the messages as notes, and a "Kontrol" sheet listing every finding with a link. */
export function applyMarks(wb: ExcelJS.Workbook, plan: { marks: Mark[]; kontrol: KontrolRow[] }): string {
  setMarkFormats(wb, plan.marks);
  for (const m of plan.marks) {
    const ws = wb.getWorksheet(m.sheet);
    if (!ws) continue;
    // The user's own note stays; this tool's part (from an earlier run too) comes after it.
    const cell = ws.getCell(m.cell);
    const own = noteText(cell.note).split(NOTE_MARK)[0].trimEnd();
    cell.note = own ? `${own}\n\n${NOTE_MARK}${m.note}` : `${NOTE_MARK}${m.note}`;
  }
  for (const ws of [...wb.worksheets]) if (isOwnKontrol(ws)) wb.removeWorksheet(ws.id);
  const ks = wb.addWorksheet(kontrolName(wb));
  ks.columns = KONTROL_HEADERS.map((header, i) => ({ header, width: [16, 8, 10, 28, 24, 90, 28][i] }));
  ks.getRow(1).font = { bold: true };
  ks.views = [{ state: 'frozen', ySplit: 1 }];
  for (const k of plan.kontrol) {
    const row = ks.addRow([k.sheet, k.cell ?? '', k.severity, k.tilbud ?? '', k.afdeling ?? '', k.message, k.ruleId]);
    if (k.cell) row.getCell(2).value = { text: k.cell, hyperlink: `#'${k.sheet.replace(/'/g, "''")}'!${k.cell}` };
    row.getCell(6).alignment = { wrapText: true, vertical: 'top' };
  }
  return ks.name;
}
