// What the blocks laid out in the same columns read alike, worked out once per layout rather than once per block or
// per row: a region's sheet has 660 blocks and one or two layouts (docs/bench.md, the fifth pass).
import { colLetters } from '../grid';
import { TAKST_LEVELS, YEAR_FIGURE_KEYS } from '../model/figures';
import { takstKey, type ColumnKey } from './columns';

const LEVEL_KEYS: ColumnKey[] = Array.from({ length: TAKST_LEVELS }, (_, i) => takstKey(i + 1));

/** The figure columns of a year row, the levels as Takst 1 … Takst 10. */
const NUMERIC_KEYS: ColumnKey[] = YEAR_FIGURE_KEYS.flatMap((k): ColumnKey[] => (k === 'takster' ? LEVEL_KEYS : [k]));

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

/**
 * The plans of one sheet, one for each column map. Header rows laid out alike share their map (findHeaderRows), and a
 * block without a header row of its own shares the one above's, so a layout is worked out once.
 */
export class ColumnPlans {
  private readonly byCols = new Map<ReadonlyMap<ColumnKey, number>, ColumnPlan>();

  of(cols: ReadonlyMap<ColumnKey, number>): ColumnPlan {
    let p = this.byCols.get(cols);
    if (p === undefined) this.byCols.set(cols, (p = planOf(cols)));
    return p;
  }
}
