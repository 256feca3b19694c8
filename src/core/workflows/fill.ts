// The fill workflow, alike for `takst fill` and the pane's Indlæs fra fil: the combined exports planned into the
// sheet's blocks (last year's approved figures first for year 1), the reconciliation of every row, the years no
// file gives whole, and the blocks the offers lack with the copy that adds them. Pure over the sheet's grids.
import type { Grid } from '../grid';
import { readWorkbook } from '../layout/discover';
import type { SheetModel, WorkbookModel } from '../model/takstskema';
import { withApprovedYear1, type CombinedExports, type FigureDifference } from '../import/combine';
import { reconcile, type Reconciliation } from './reconcile';
import { planBlockCopies, type BlockCopy } from '../plans/blocks';
import { NO_BLOCK_LEFT, planFill, type PrefillPlan } from '../prefill/plan';
import type { Snapshot } from '../model/snapshot';

export interface FillPlanned {
  model: WorkbookModel;
  /** The sheet filled: the workbook's first takstskema sheet. */
  sheet: SheetModel;
  plan: PrefillPlan;
  rec: Reconciliation;
  /** Where the files disagree with each other or with last year's approved figures. */
  differences: FigureDifference[];
  /** The years the files (with last year's approved figures) give whole, and the sheet's years they do not. */
  covered: number[];
  uncovered: number[];
  /** Offers with no block left, the copy of the sheet's last block that would give them one, or why it cannot. */
  lacking: number;
  copy: BlockCopy | null;
  why: string | null;
}

/**
 * Plans the fill of the workbook's first takstskema sheet, or null when it has none. `fallbackYear1` is year 1
 * where the sheet does not say it (a new skema: the year before the exports' budget year).
 */
export function planFillOn(grids: Grid[], exp: CombinedExports, snapshot: Snapshot | null, opts: { fallbackYear1?: number } = {}): FillPlanned | null {
  const model = readWorkbook(grids);
  const sheet = model.sheets[0];
  if (!sheet) return null;
  const grid = grids.find((g) => g.name === sheet.sheet)!;
  const year1 = sheet.years.y1 ?? opts.fallbackYear1 ?? null;
  const approved = snapshot && year1 !== null && snapshot.budgetYear === year1 ? withApprovedYear1(exp.offers, snapshot, sheet.driftsherre.value) : null;
  const offers = approved?.offers ?? exp.offers;
  const plan = planFill(sheet, grid, offers);
  const covered = new Set(
    offers.flatMap((o) =>
      Object.keys(o.years)
        .map(Number)
        .filter((y) => !o.partialYears?.includes(y)),
    ),
  );
  const lacking = plan.unplaced.filter((u) => u.reason.startsWith(NO_BLOCK_LEFT)).length;
  const copy = lacking > 0 ? planBlockCopies(sheet, grid, lacking) : null;
  return {
    model,
    sheet,
    plan,
    rec: reconcile(exp.rows, [plan]),
    differences: [...exp.differences, ...(approved?.differences ?? [])],
    covered: [...covered].sort((a, b) => a - b),
    uncovered: [sheet.years.y1, sheet.years.y2].filter((y): y is number => y !== null && !covered.has(y)),
    lacking,
    copy: copy && !('reason' in copy) ? copy : null,
    why: copy && 'reason' in copy ? copy.reason : null,
  };
}
