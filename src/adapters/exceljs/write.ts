// Renders the core's workbook spec with exceljs, applies write plans, and saves without ever touching the input.
import ExcelJS from 'exceljs';
import { ROLE_FILLS, type CellSpec, type SheetSpec, type WorkbookSpec } from '../../core/template/spec';
import { mergeAreas } from './merge';
import { writeAtomically, type OutputOptions } from './outputs';
import { addCarriedParts } from './carry';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const RED = 'FFC00000';

export function renderWorkbook(spec: WorkbookSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'takstskema';
  wb.title = spec.title;
  wb.created = new Date(0);
  wb.modified = new Date(0);
  // Excel recalculates the Ændring formulas when it opens the file; exceljs writes no cached results.
  wb.calcProperties.fullCalcOnLoad = true;
  for (const s of spec.sheets) renderSheet(wb, s);
  return wb;
}

/** A sheet's options as exceljs takes them (frozen panes, print setup), for the in-memory and the streaming writer. */
export function sheetOptions(s: SheetSpec): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    views: s.freeze ? [{ state: 'frozen', xSplit: s.freeze.cols, ySplit: s.freeze.rows }] : undefined,
    pageSetup: s.print
      ? {
          orientation: s.print.landscape ? 'landscape' : 'portrait',
          paperSize: 9,
          fitToPage: true,
          fitToWidth: 1,
          fitToHeight: 0,
          margins: { left: 0.3, right: 0.3, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
          printTitlesRow: s.print.titleRows,
        }
      : undefined,
  };
}

/** One cell of the spec onto an exceljs cell: value or formula, format, fill, font, alignment, border. */
export function renderCell(cell: ExcelJS.Cell, c: CellSpec): void {
  if (c.formula) cell.value = { formula: c.formula } as ExcelJS.CellFormulaValue;
  else if (c.value !== undefined) cell.value = c.value;
  if (c.numFmt) cell.numFmt = c.numFmt;
  if (c.role) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${ROLE_FILLS[c.role]}` } };
  if (c.bold || c.italic || c.size) cell.font = { bold: c.bold, italic: c.italic, size: c.size };
  if (c.wrap || c.align || c.valign) cell.alignment = { wrapText: c.wrap, horizontal: c.align, vertical: c.valign };
  if (c.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

/** A dropdown of the spec as exceljs takes it (an inline list, which Excel caps at 255 characters). */
export function listValidation(v: SheetSpec['validations'][number]): ExcelJS.DataValidation {
  const formula = `"${v.list.join(',')}"`;
  // Excel rejects an inline list over 255 characters; the lists are the draft's and fit.
  if (formula.length > 255) throw new Error(`Rullemenuen "${v.title}" er for lang til en indlejret liste`);
  return {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showInputMessage: true,
    promptTitle: v.title,
    prompt: v.message,
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: v.title,
    error: 'Værdien findes ikke i listen.',
  };
}

/** The red-text rules of the spec as exceljs's conditional formats. */
export function redTextFormats(s: SheetSpec): ExcelJS.ConditionalFormattingOptions[] {
  return s.redText.map((rule, i) => ({
    ref: rule.range,
    rules: [{ type: 'expression', priority: i + 1, formulae: [rule.formula], style: { font: { color: { argb: RED } } } }],
  }));
}

function renderSheet(wb: ExcelJS.Workbook, s: SheetSpec): void {
  const ws = wb.addWorksheet(s.name, sheetOptions(s));
  if (s.print?.header || s.print?.footer) ws.headerFooter = { oddHeader: s.print.header, oddFooter: s.print.footer };
  for (const [c, w] of Object.entries(s.columnWidths)) ws.getColumn(Number(c) + 1).width = w;
  for (const [r, h] of Object.entries(s.rowHeights)) ws.getRow(Number(r) + 1).height = h;
  for (const c of s.cells) renderCell(ws.getCell(c.row + 1, c.col + 1), c);
  mergeAreas(ws, s.merges);
  for (const v of s.validations) ws.getCell(v.row + 1, v.col + 1).dataValidation = listValidation(v);
  for (const cf of redTextFormats(s)) ws.addConditionalFormatting(cf);
}

export const workbookWriter = (wb: ExcelJS.Workbook) => async (tmp: string) => {
  await wb.xlsx.writeFile(tmp);
  // A copy of a file carries the parts exceljs drops and a copy may keep (carry.ts); a new workbook has none.
  await addCarriedParts(wb, tmp);
};

export async function saveWorkbook(wb: ExcelJS.Workbook, target: string, inputs: string[] = [], options?: OutputOptions): Promise<void> {
  await writeAtomically(target, workbookWriter(wb), inputs, options);
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
