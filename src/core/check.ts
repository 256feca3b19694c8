// One check of an open workbook through the port: read every sheet, run every rule, mark the findings' cells.
import { readWorkbook } from './layout/discover';
import { readOldSheet } from './layout/old-layout';
import type { WorkbookModel } from './model/takstskema';
import { planMarks, type Mark } from './plans/marks';
import type { WorkbookPort } from './port';
import { validateWorkbook, type CheckOptions, type ValidationResult } from './rules/runner';
import { progressOf, totalProgress, type Progress } from './progress';

export type CheckOutcome =
  | {
      kind: 'checked';
      model: WorkbookModel;
      result: ValidationResult;
      marks: Mark[];
      unmarked: Array<{ sheet: string; reason: string }>;
      /** The cells a person must still fill, as `takst validate` counts them. */
      progress: Progress;
    }
  /** `oldLayout`: a sheet is last year's old vertical skema (the region's export), to be read with Indlæs fra fil. */
  | { kind: 'not-takstskema'; model: WorkbookModel; oldLayout: boolean };

/** Reads (one round trip in Excel), validates, and replaces the marks (one more); a workbook without a takstskema is left untouched. */
export async function checkAndMark(port: WorkbookPort, opts: CheckOptions = {}): Promise<CheckOutcome> {
  const grids = await port.readGrids();
  const model = readWorkbook(grids);
  if (model.sheets.length === 0) return { kind: 'not-takstskema', model, oldLayout: grids.some((g) => readOldSheet(g) !== null) };
  const result = validateWorkbook(model, undefined, opts);
  const { marks } = planMarks(result.findings);
  const written = await port.setMarks(marks);
  const progress = totalProgress(model.sheets.map((s) => progressOf(s, result.findings)));
  return { kind: 'checked', model, result, marks, unmarked: written?.unmarked ?? [], progress };
}
