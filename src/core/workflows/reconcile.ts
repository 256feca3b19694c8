// The reconciliation of a batch fill: every input row is placed (the first row of an offer written to a block),
// merged (a further row of that offer: another level or year), or reported with its reason.
import type { PrefillPlan } from '../prefill/plan';
import type { RowStatus } from '../import/tidy';
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
  // Rows with one reason from one file are one line when there are more than a few ("630 rækker (2–631): …"), so
  // a sheet that lacks blocks says it once, not 630 times.
  const groups = new Map<string, { file?: string; reason: string; rows: number[] }>();
  for (const x of r.reported) {
    const k = `${x.file ?? ''}\u0000${x.reason}`;
    const g = groups.get(k) ?? { ...(x.file ? { file: x.file } : {}), reason: x.reason, rows: [] };
    g.rows.push(x.row);
    groups.set(k, g);
  }
  for (const g of groups.values()) {
    const where = g.file ? `${g.file} ` : '';
    if (g.rows.length <= 3) for (const row of g.rows) lines.push(`  ${where}række ${row}: ${g.reason}`);
    else lines.push(`  ${where}${formatNumber(g.rows.length)} rækker (${rowRanges(g.rows)}): ${g.reason}`);
  }
  return lines.join('\n');
}

/** 2, 3, 4, 7, 9, 10 → "2–4, 7, 9–10"; at most `limit` ranges, then "…". */
export function rowRanges(rows: number[], limit = 6): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    ranges.push(i === j ? formatNumber(sorted[i]) : `${formatNumber(sorted[i])}–${formatNumber(sorted[j])}`);
    i = j + 1;
  }
  return ranges.length > limit ? `${ranges.slice(0, limit).join(', ')} …` : ranges.join(', ');
}
