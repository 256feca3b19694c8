// What an export is called and which budget year it is for: named by operator and year
// ("mariagerfjord-kommune-2027"), so the secretariat's folder of eleven files says whose each one is.
import type { ExportJson } from './tidy-export';

/** The most common value (ties: the larger), or null for none. */
export function mode(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && v > best)) best = v;
  return best;
}

/** An export's budget year: the most common latest year of its blocks (a typo in one block does not move it). */
export function exportBudgetYear(e: Pick<ExportJson, 'rows'>): number | null {
  const latest = new Map<string, number>();
  for (const r of e.rows) latest.set(`${r.sheet}|${r.block}`, Math.max(latest.get(`${r.sheet}|${r.block}`) ?? r.year, r.year));
  return mode([...latest.values()]);
}

/** "Mariagerfjord Kommune" → "mariagerfjord-kommune"; Danish letters spelt out (æ ae, ø oe, å aa). */
export function fileSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The export's file name without extension: operator and budget year, or what is known of them. */
export function exportStem(e: ExportJson): string {
  const who = fileSlug(e.metadata.driftsherre ?? '') || 'takstskema';
  const year = exportBudgetYear(e);
  return year === null ? `${who}-eksport` : `${who}-${year}`;
}
