// What the blocks laid out in the same columns read alike, worked out once per layout rather than once per block or
// per row: a region's sheet has 660 blocks and one or two layouts (docs/bench.md, the fifth pass).
import { colLetters } from '../grid';
import { TAKST_LEVELS, YEAR_FIGURE_KEYS } from '../model/figures';
import { takstKey, type ColumnKey } from './columns';

/** The figure columns of a year row, the levels as Takst 1 … Takst 10. */
export const NUMERIC_KEYS: ColumnKey[] = YEAR_FIGURE_KEYS.flatMap((k): ColumnKey[] =>
  k === 'takster' ? Array.from({ length: TAKST_LEVELS }, (_, i) => takstKey(i + 1)) : [k],
);

const LEVEL_KEYS: ColumnKey[] = Array.from({ length: TAKST_LEVELS }, (_, i) => takstKey(i + 1));

export interface ColumnPlan {
  readonly cols: ReadonlyMap<ColumnKey, number>;
  /** The levels' columns, Takst 1 first; undefined where the header has no such column. */
  readonly levelCols: ReadonlyArray<number | undefined>;
  readonly levelSet: ReadonlySet<number>;
  /** The figure columns present (Tomgang among them), in NUMERIC_KEYS order. */
  readonly numericCols: readonly number[];
  readonly numericSet: ReadonlySet<number>;
  /** Every column under a known header. */
  readonly mapped: ReadonlySet<number>;
  /** The first rate column (Basis or Takst 1; Infinity for neither): a row's label stands left of it. */
  readonly rateCol: number;
  /** Each column's letters by key, in the header's order: the model's `columns`, shared by the blocks. */
  readonly columns: Readonly<Record<string, string>>;
}

function planOf(cols: ReadonlyMap<ColumnKey, number>): ColumnPlan {
  const numericCols = NUMERIC_KEYS.map((k) => cols.get(k)).filter((c): c is number => c !== undefined);
  const levelCols = LEVEL_KEYS.map((k) => cols.get(k));
  const columns: Record<string, string> = {};
  for (const [k, c] of cols) columns[k] = colLetters(c);
  return {
    cols,
    levelCols,
    levelSet: new Set(levelCols.filter((c): c is number => c !== undefined)),
    numericCols,
    numericSet: new Set(numericCols),
    mapped: new Set(cols.values()),
    rateCol: Math.min(cols.get('basis') ?? Infinity, cols.get('takst1') ?? Infinity),
    columns: Object.freeze(columns),
  };
}

/** Same keys in the same columns and the same order (the order is the model's `columns`' order). */
function sameColumns(a: ReadonlyMap<ColumnKey, number>, b: ReadonlyMap<ColumnKey, number>): boolean {
  if (a.size !== b.size) return false;
  const kb = b.keys();
  for (const k of a.keys()) if (kb.next().value !== k || a.get(k) !== b.get(k)) return false;
  return true;
}

/**
 * The plans of one sheet. A header's columns are compared with the last few layouts once, the first time they are
 * asked for (a sheet of all different layouts stays linear); after that their plan is looked up.
 */
export class ColumnPlans {
  private readonly recent: ColumnPlan[] = [];
  private readonly known = new WeakMap<ReadonlyMap<ColumnKey, number>, ColumnPlan>();

  of(cols: ReadonlyMap<ColumnKey, number>): ColumnPlan {
    let p = this.known.get(cols);
    if (p === undefined) {
      p = this.recent.find((q) => sameColumns(q.cols, cols));
      if (p === undefined) {
        p = planOf(cols);
        if (this.recent.length >= RECENT_PLANS) this.recent.shift();
        this.recent.push(p);
      }
      this.known.set(cols, p);
    }
    return p;
  }
}

const RECENT_PLANS = 4;
