// The takstbilag's rows: one per offer, department and level, each rate under its own year. A block with one year
// only (a new or ended offer, or one half of a change of tariff structure) has the other year empty and says which.
import { compareDanish } from '../format';
import { percentChange } from '../compute/change';
import type { ExportRow } from '../export/tidy-export';
import { normalizeName } from '../model/match';

export interface TakstbilagRow {
  driftsherre: string;
  tilbud: string;
  afdeling: string | null;
  paragraf: string | null;
  enhed: string | null;
  level: string | null;
  /** The takstbilag's two years: the year before the budget year, and the budget year. */
  year1: number;
  year2: number;
  rate1: number | null;
  rate2: number | null;
  /** Percent. */
  change: number | null;
  /** For a block with one year only: "nyt tilbud", "udgået", "ny struktur fra 2027", "udgår efter 2026". */
  note: string | null;
  bemaerkning: string | null;
  source: string;
  /** The export's sheet and block number ("Takster 2027|3"): which block of the file the row is of. */
  blockKey: string;
}

/** The order of levels in the takstbilag: Basis, Time, Takst 1 … Takst 10. */
export function levelRank(l: string | null): number {
  if (l === null) return -1;
  if (l === 'Basis') return 0;
  if (l === 'Time') return 1;
  return 1 + Number(/\d+/.exec(l)?.[0] ?? 99);
}

/** A block's key in one export: its sheet and block number. */
export const blockKeyOf = (r: Pick<ExportRow, 'sheet' | 'block'>): string => `${r.sheet}|${r.block}`;

/** One export's blocks (sheet and block number → its rows). */
export function blocksOf(rows: ExportRow[]): Map<string, ExportRow[]> {
  const byBlock = new Map<string, ExportRow[]>();
  for (const r of rows) {
    const k = blockKeyOf(r);
    const list = byBlock.get(k) ?? [];
    list.push(r);
    byBlock.set(k, list);
  }
  return byBlock;
}

/**
 * Which of the takstbilag's years each block has, and the note of a block with one: a block of year 2 alone whose
 * offer (same Tilbud and Afdeling, or same Tilbud) has another block of year 1 alone is the new structure of a
 * change of tariff structure, and that one the old; without such a partner they are a new and an ended offer.
 */
export function blockNotes(blocks: Map<string, ExportRow[]>, year1: number, year2: number): Map<string, string | null> {
  const has = (rows: ExportRow[], y: number) => rows.some((r) => r.year === y);
  const only = (y: number, other: number) => [...blocks].filter(([, rows]) => has(rows, y) && !has(rows, other));
  const olds = only(year1, year2);
  const news = only(year2, year1);
  const name = (rows: ExportRow[], withAfdeling: boolean) => `${normalizeName(rows[0].tilbud)}|${withAfdeling ? normalizeName(rows[0].afdeling) : ''}`;
  // The other side's names looked up, not compared pair by pair (a region's hundreds of blocks: quadratic).
  const partnered = (mine: Array<[string, ExportRow[]]>, theirs: Array<[string, ExportRow[]]>) => {
    const full = new Set(theirs.map(([, t]) => name(t, true)));
    const tilbud = new Set(theirs.map(([, t]) => name(t, false)));
    return new Set(mine.filter(([, rows]) => full.has(name(rows, true)) || tilbud.has(name(rows, false))).map(([k]) => k));
  };
  const oldPaired = partnered(olds, news);
  const newPaired = partnered(news, olds);
  const notes = new Map<string, string | null>();
  for (const [k] of blocks) notes.set(k, null);
  for (const [k] of olds) notes.set(k, oldPaired.has(k) ? `udgår efter ${year1}` : 'udgået');
  for (const [k] of news) notes.set(k, newPaired.has(k) ? `ny struktur fra ${year2}` : 'nyt tilbud');
  // A year typed wrong (20277) is a fejl in the sheet and an item in Gennemgang; the row says it, not "udgået".
  for (const [k, rows] of blocks) {
    const foreign = rows.find((r) => r.year !== year1 && r.year !== year2);
    if (foreign) notes.set(k, `året ${foreign.year} hører ikke til takstbilaget`);
  }
  return notes;
}

/** A block's takstbilag rows, one per level it has in either year, each rate under its own year. */
export function bilagRows(op: string, file: string, rows: ExportRow[], year1: number, year2: number, note: string | null): TakstbilagRow[] {
  const first = rows.find((r) => r.year === year2) ?? rows[0];
  const levels = [...new Set(rows.map((r) => r.level))].sort((a, b) => levelRank(a) - levelRank(b));
  return levels.map((level) => {
    const at = (y: number) => rows.find((r) => r.year === y && r.level === level)?.rate ?? null;
    const [rate1, rate2] = [at(year1), at(year2)];
    return {
      driftsherre: op,
      tilbud: first.tilbud ?? '',
      afdeling: first.afdeling,
      paragraf: first.paragraf,
      enhed: first.enhed,
      level,
      year1,
      year2,
      rate1,
      rate2,
      change: percentChange(rate1, rate2),
      note,
      bemaerkning: first.bemaerkning,
      source: file,
      blockKey: blockKeyOf(first),
    };
  });
}

/** An ending structure before the offer's running one, and that before a new one (a change of structure reads in order). */
const stage = (r: TakstbilagRow) => (r.rate2 === null && r.note ? 0 : r.rate1 === null && r.note ? 2 : 1);

/** The takstbilag's order: operator, offer, department, old structure before new, level. */
export function compareBilagRows(a: TakstbilagRow, b: TakstbilagRow): number {
  return (
    compareDanish(a.driftsherre, b.driftsherre) ||
    compareDanish(a.tilbud, b.tilbud) ||
    compareDanish(a.afdeling ?? '', b.afdeling ?? '') ||
    stage(a) - stage(b) ||
    levelRank(a.level) - levelRank(b.level)
  );
}
