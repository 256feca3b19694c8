// The reconciliation says a reason shared by many rows once, with the rows as ranges; a few rows stay one line each.
import { formatReconciliation, reconcile, rowRanges } from '../../src/core/workflows/reconcile';
import { NO_BLOCK_LEFT, type PrefillPlan } from '../../src/core/prefill/plan';

const plan = (unplaced: string[]): PrefillPlan =>
  ({
    matches: [{ key: 'a', block: 0 }],
    unplaced: unplaced.map((key) => ({ key, offer: { tilbud: key }, reason: `${NO_BLOCK_LEFT}: tilføj blokke, og udfyld igen.` })),
  }) as unknown as PrefillPlan;

it('says 630 rows without a block in one line, not 630', () => {
  const keys = Array.from({ length: 630 }, (_, i) => `t${i}`);
  const rows = [{ row: 2, offerKey: 'a', reason: null, file: 'x.xlsx' }, ...keys.map((k, i) => ({ row: i + 3, offerKey: k, reason: null, file: 'x.xlsx' }))];
  const text = formatReconciliation(reconcile(rows, [plan(keys)]));
  expect(text.split('\n')).toEqual([
    'Afstemning: 631 rækker ind = 1 placeret + 0 lagt sammen med et tilbud + 630 rapporteret',
    `  x.xlsx 630 rækker (3–632): ${NO_BLOCK_LEFT}: tilføj blokke, og udfyld igen.`,
  ]);
  // Two rows are still two lines.
  const two = formatReconciliation(reconcile(rows.slice(0, 3), [plan(keys.slice(0, 2))]));
  expect(two.split('\n').slice(1)).toEqual([
    `  x.xlsx række 3: ${NO_BLOCK_LEFT}: tilføj blokke, og udfyld igen.`,
    `  x.xlsx række 4: ${NO_BLOCK_LEFT}: tilføj blokke, og udfyld igen.`,
  ]);
  expect(rowRanges([9, 2, 3, 4, 7, 10, 2])).toBe('2–4, 7, 9–10');
  expect(rowRanges([1, 3, 5, 7, 9, 11, 13], 3)).toBe('1, 3, 5 …');
});
