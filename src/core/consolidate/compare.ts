// Sammenligning: every offer's rate for the budget year beside comparable offers of all operators (same §§ and
// Enhed), like with like: the level the budget gives for a Dag or Døgn offer, else the one rate, Basis, or the
// highest level, always named. A rate outside its group's normal range is marked; the rule's thresholds are
// parameters here and cells in the sheet.
import { compareDanish } from '../format';
import { impliedRate } from '../compute/rates';
import type { ExportRow } from '../export/tidy-export';
import { normalizeName } from '../model/match';
import { matchesImplied } from '../compute/tolerances';
import { levelRank } from './takstbilag';

export interface ComparisonRule {
  /** A group of at least this many rates is judged by its quartiles; a smaller one by the distance from its median. */
  minGroupForQuartiles: number;
  /** The normal range: from the lower quartile − factor × the interquartile range to the upper + factor × it. */
  quartileFactor: number;
  /** In a smaller group: the largest distance from the median, percent. */
  maxPctFromMedian: number;
}

/** Tukey's fences (1,5 × the interquartile range) from four rates up; ±50 % of the median below that. */
export const COMPARISON_RULE: ComparisonRule = { minGroupForQuartiles: 4, quartileFactor: 1.5, maxPctFromMedian: 50 };

export const ALONE = 'ingen at sammenligne med';

export interface ComparisonRow {
  driftsherre: string;
  tilbud: string;
  afdeling: string | null;
  paragraf: string | null;
  enhed: string | null;
  level: string;
  /** Which level is compared and why ("den fulde plads, som budgettet giver"). */
  levelWhy: string;
  rate: number;
  group: number;
  median: number;
  lowest: number;
  highest: number;
  q1: number;
  q3: number;
  normalLow: number;
  normalHigh: number;
  /** Percent from the group's median. */
  deviationPct: number | null;
  /** "over normalområdet", "under normalområdet", ALONE, or null. */
  flag: string | null;
}

/** The level a block is compared by, from its rows of one year (rates present), with why; null without a rate. */
export function comparedLevel(rows: ExportRow[]): { row: ExportRow; why: string } | null {
  const rated = rows.filter((r) => r.rate !== null && r.level !== null).sort((a, b) => levelRank(a.level) - levelRank(b.level));
  if (rated.length === 0) return null;
  const f = rated[0];
  if (/^(dag|døgn)$/i.test((f.enhed ?? '').trim())) {
    const implied = impliedRate(f.budget, f.pladser, f.belaegning);
    const full = implied === null ? undefined : rated.find((r) => r.level?.startsWith('Takst') && matchesImplied(r.rate!, implied));
    if (full) return { row: full, why: 'den fulde plads, som budgettet giver' };
  }
  if (rated.length === 1) return { row: f, why: 'eneste takst' };
  const basis = rated.find((r) => r.level === 'Basis');
  if (basis) return { row: basis, why: 'Basis' };
  const highest = rated.filter((r) => r.level?.startsWith('Takst')).reduce((a, b) => (b.rate! > a.rate! ? b : a), rated[rated.length - 1]);
  return { row: highest, why: 'den højeste takst' };
}

/** Excel's QUARTILE.INC (linear between the sorted values). */
export function quantile(sorted: number[], p: number): number {
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** The normal range of a group, as the sheet's formulas compute it from the same cells. */
export function normalRange(n: number, median: number, q1: number, q3: number, rule: ComparisonRule): [number, number] {
  if (n >= rule.minGroupForQuartiles) return [q1 - rule.quartileFactor * (q3 - q1), q3 + rule.quartileFactor * (q3 - q1)];
  return [median * (1 - rule.maxPctFromMedian / 100), median * (1 + rule.maxPctFromMedian / 100)];
}

export function flagOf(rate: number, n: number, low: number, high: number): string | null {
  if (n < 2) return ALONE;
  if (rate > high) return 'over normalområdet';
  if (rate < low) return 'under normalområdet';
  return null;
}

/** Every block's compared rate for `year` beside its group's, sorted by §§, Enhed, operator and offer. */
export function compareOffers(
  blocks: Array<{ driftsherre: string; rows: ExportRow[] }>,
  year: number,
  rule: ComparisonRule = COMPARISON_RULE,
): ComparisonRow[] {
  const picked = blocks.flatMap(({ driftsherre, rows }) => {
    const c = comparedLevel(rows.filter((r) => r.year === year));
    return c ? [{ driftsherre, ...c }] : [];
  });
  const key = (r: ExportRow) => `${normalizeName(r.paragraf)}|${normalizeName(r.enhed)}`;
  const groups = new Map<string, number[]>();
  for (const p of picked) groups.set(key(p.row), [...(groups.get(key(p.row)) ?? []), p.row.rate!]);
  const out = picked.map(({ driftsherre, row, why }): ComparisonRow => {
    const rates = [...groups.get(key(row))!].sort((a, b) => a - b);
    const [median, q1, q3] = [quantile(rates, 0.5), quantile(rates, 0.25), quantile(rates, 0.75)];
    const [normalLow, normalHigh] = normalRange(rates.length, median, q1, q3, rule);
    const rate = row.rate!;
    return {
      driftsherre,
      tilbud: row.tilbud ?? '',
      afdeling: row.afdeling,
      paragraf: row.paragraf,
      enhed: row.enhed,
      level: row.level!,
      levelWhy: why,
      rate,
      group: rates.length,
      median,
      lowest: rates[0],
      highest: rates[rates.length - 1],
      q1,
      q3,
      normalLow,
      normalHigh,
      deviationPct: median === 0 ? null : (rate / median - 1) * 100,
      flag: flagOf(rate, rates.length, normalLow, normalHigh),
    };
  });
  return out.sort(
    (a, b) =>
      compareDanish(a.paragraf ?? '', b.paragraf ?? '') ||
      compareDanish(a.enhed ?? '', b.enhed ?? '') ||
      compareDanish(a.driftsherre, b.driftsherre) ||
      compareDanish(a.tilbud, b.tilbud) ||
      compareDanish(a.afdeling ?? '', b.afdeling ?? ''),
  );
}
