// The prefill workflow, alike for `takst prefill` and the pane's Udfyld sidste år: every takstskema sheet of the
// workbook planned from last year's snapshot. Pure over the grids.
import type { Grid } from '../grid';
import { readWorkbook } from '../layout/discover';
import type { WorkbookModel } from '../model/takstskema';
import { planPrefill, type PrefillPlan } from '../prefill/plan';
import type { Snapshot } from '../model/snapshot';

export function planPrefillOn(grids: Grid[], snapshot: Snapshot, model: WorkbookModel = readWorkbook(grids)): PrefillPlan[] {
  return model.sheets.map((sheet) =>
    planPrefill(
      sheet,
      grids.find((g) => g.name === sheet.sheet)!,
      snapshot,
    ),
  );
}
