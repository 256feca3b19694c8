// The reconciliation of a batch fill: every input row is placed (the first row of an offer written to a block),
// merged (a further row of that offer: another level or year), or reported with its reason.
import type { PrefillPlan } from '../prefill/plan';
import type { RowStatus } from './tidy';
import { formatNumber } from '../format';

export interface Reconciliation {
  rowsIn: number;
  placed: number;
  merged: number;
  reported: Array<{ row: number; reason: string; file?: string }>;
  balances: boolean;
}

export function reconcile(rows: Array<RowStatus & { file?: string }>, plans: PrefillPlan[]): Reconciliation {
  const matched = new Set(plans.flatMap((p) => p.matches.map((m) => m.key)).filter(Boolean));
  const unplaced = new Map(plans.flatMap((p) => p.unplaced.filter((u) => !matched.has(u.key)).map((u) => [u.key, u.reason] as const)));
  const seen = new Set<string>();
  const out: Reconciliation = { rowsIn: rows.length, placed: 0, merged: 0, reported: [], balances: false };
  for (const r of rows) {
    if (r.reason !== null || r.offerKey === null)
      out.reported.push({ row: r.row, reason: r.reason ?? 'Rækken hører ikke til et tilbud', ...(r.file ? { file: r.file } : {}) });
    else if (!matched.has(r.offerKey))
      out.reported.push({ row: r.row, reason: unplaced.get(r.offerKey) ?? 'Tilbuddet kunne ikke placeres i skemaet', ...(r.file ? { file: r.file } : {}) });
    else if (seen.has(r.offerKey)) out.merged++;
    else {
      seen.add(r.offerKey);
      out.placed++;
    }
  }
  out.balances = out.rowsIn === out.placed + out.merged + out.reported.length;
  return out;
}

export function formatReconciliation(r: Reconciliation): string {
  const lines = [
    `Afstemning: ${formatNumber(r.rowsIn)} rækker ind = ${formatNumber(r.placed)} placeret + ${formatNumber(r.merged)} lagt sammen med et tilbud + ${formatNumber(r.reported.length)} rapporteret${r.balances ? '' : ' (STEMMER IKKE)'}`,
  ];
  for (const x of r.reported) lines.push(`  ${x.file ? `${x.file} ` : ''}række ${x.row}: ${x.reason}`);
  return lines.join('\n');
}
