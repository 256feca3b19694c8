// Applies a block copy to an exceljs workbook: the last block's rows copied below it with their values, styles,
// formulas (rows shifted), merges, dropdowns and conditional formats, then the copies' input cells emptied.
import { runError } from '../../core/run-messages';
import type ExcelJS from 'exceljs';
import { a1, parseA1, parseRange } from '../../core/grid';
import { shiftFormula, type BlockCopy } from '../../core/plans/blocks';
import { conditionalFormatsOf } from './marks';
import { mergeAreas } from './merge';

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

function shiftRange(ref: string, rows: number): string {
  return ref
    .split(/\s+/)
    .map((part) => {
      const r = parseRange(part);
      return r.top === r.bottom && r.left === r.right ? a1(r.top + rows, r.left) : `${a1(r.top + rows, r.left)}:${a1(r.bottom + rows, r.right)}`;
    })
    .join(' ');
}

function within(ref: string, top: number, bottom: number): boolean {
  return ref.split(/\s+/).every((part) => {
    const r = parseRange(part);
    return r.top >= top && r.bottom <= bottom;
  });
}

export function copyBlocks(wb: ExcelJS.Workbook, copy: BlockCopy): void {
  const ws = wb.getWorksheet(copy.sheet);
  if (!ws) throw runError('sheetNotFound', { sheet: copy.sheet });
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).filter((m) => within(m, copy.top, copy.bottom));
  const validations = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
  const ownValidations = Object.entries(validations).filter(([ref]) => within(ref, copy.top, copy.bottom));
  const cfs = conditionalFormatsOf(ws).filter((cf) => within(cf.ref, copy.top, copy.bottom));
  const added: string[] = [];
  for (let k = 1; k <= copy.count; k++) {
    const rows = k * copy.stride;
    for (let r = copy.top; r <= copy.bottom; r++) {
      const src = ws.getRow(r + 1);
      const dst = ws.getRow(r + 1 + rows);
      if (src.height) dst.height = src.height;
      src.eachCell({ includeEmpty: true }, (cell, col) => {
        const to = dst.getCell(col);
        const v = cell.value as ExcelJS.CellValue;
        if (v && typeof v === 'object' && 'formula' in v && typeof v.formula === 'string')
          to.value = { formula: shiftFormula(v.formula, rows) } as ExcelJS.CellFormulaValue;
        else if (v && typeof v === 'object' && 'sharedFormula' in v) to.value = { formula: shiftFormula(cell.formula, rows) } as ExcelJS.CellFormulaValue;
        else to.value = clone(v);
        to.style = clone(cell.style);
      });
    }
    added.push(...merges.map((m) => shiftRange(m, rows)));
    for (const [ref, v] of ownValidations) {
      const { row, col } = parseA1(ref.split(':')[0]);
      ws.getCell(row + 1 + rows, col + 1).dataValidation = clone(v);
    }
    for (const cf of cfs) {
      ws.addConditionalFormatting({
        ref: shiftRange(cf.ref, rows),
        rules: cf.rules.map(
          (rule) =>
            ({
              ...clone(rule),
              ...('formulae' in rule && rule.formulae ? { formulae: rule.formulae.map((f) => shiftFormula(String(f), rows)) } : {}),
            }) as ExcelJS.ConditionalFormattingRule,
        ),
      });
    }
  }
  mergeAreas(ws, added);
  for (const address of copy.clear) {
    const { row, col } = parseA1(address);
    const cell = ws.getCell(row + 1, col + 1);
    if (!cell.isMerged || cell.master === cell) cell.value = null;
  }
}
