// The figures a block reports for each year, declared once, in the sheet's column order. The model's schema, the
// inspect JSON, the snapshot, the export's columns, the prefill plan, the old layout's mapping and the rules' cell
// names all derive from this list: a new year figure is one line here (plus where it is read in the header).
import type { z } from 'zod';

export const TAKST_LEVELS = 10;

export interface FigureSpec {
  /** Danish name in messages and plans ("Belægning"); a level field names each level "Takst n". */
  label: string;
  /** Percent number in the model (98 for 98 %), written with a percent format. */
  percent?: true;
  /** A rate: Basis, Time and the levels become the export's rows (Niveau, Takst), not its columns. */
  rate?: true;
  /** One value per level (Takst 1 … Takst 10). */
  levels?: true;
  /** Not carried from last year's approved figures (the coming year's own estimate). */
  notInSnapshot?: true;
  /** The export's column header, when it differs from the label. */
  exportHeader?: string;
  /** A percent typed as a bare fraction up to this (0,98) is read as a percent (98 %); see docs/decisions.md. */
  fractionUpTo?: number;
  /**
   * Its Ændring, year 1 → year 2: the difference (amounts, and points for a percent figure), or the percent change
   * (rates); none where the skema computes none (Tomgang). The model's change, the sheet's Ændring row, the check
   * that they agree and the inspect JSON derive from it; a percent change's key ends in "Pct" (basisPct).
   */
  change?: 'difference' | 'percent';
}

export const YEAR_FIGURES = {
  pladser: { label: 'Pladser', change: 'difference' },
  belaegning: { label: 'Belægning', percent: true, exportHeader: 'Belægning %', fractionUpTo: 1.5, change: 'difference' },
  budget: { label: 'Budget i alt', change: 'difference' },
  regulering: { label: 'Regulering', change: 'difference' },
  oh: { label: 'OH %', percent: true, change: 'difference' },
  basis: { label: 'Basis', rate: true, change: 'percent' },
  time: { label: 'Time', rate: true, change: 'percent' },
  takster: { label: 'Takst', rate: true, levels: true, change: 'percent' },
  tomgang: { label: 'Tomgang', notInSnapshot: true },
} as const satisfies Record<string, FigureSpec>;

export type YearFigure = keyof typeof YEAR_FIGURES;
/** The figures with one value per year row (all but the levels). */
export type ScalarFigure = Exclude<YearFigure, 'takster'>;
/** The figures a snapshot carries. */
export type SnapshotFigure = { [K in YearFigure]: (typeof YEAR_FIGURES)[K] extends { notInSnapshot: true } ? never : K }[YearFigure];
/** The figures that are the export's columns (not its level rows). */
export type ColumnFigure = { [K in ScalarFigure]: (typeof YEAR_FIGURES)[K] extends { rate: true } ? never : K }[ScalarFigure];
export type PercentFigure = 'belaegning' | 'oh';

const spec = (k: YearFigure): FigureSpec => YEAR_FIGURES[k];
export const YEAR_FIGURE_KEYS = Object.keys(YEAR_FIGURES) as YearFigure[];
export const SCALAR_FIGURES = YEAR_FIGURE_KEYS.filter((k): k is ScalarFigure => !spec(k).levels);
export const SNAPSHOT_FIGURES = YEAR_FIGURE_KEYS.filter((k): k is SnapshotFigure => !spec(k).notInSnapshot);
/** The single figures a snapshot carries (the levels apart). */
export const SNAPSHOT_SCALARS = SNAPSHOT_FIGURES.filter((k): k is Exclude<SnapshotFigure, 'takster'> => k !== 'takster');
export const COLUMN_FIGURES = SCALAR_FIGURES.filter((k): k is ColumnFigure => !spec(k).rate);
export const PERCENT_FIGURES = YEAR_FIGURE_KEYS.filter((k): k is PercentFigure => !!spec(k).percent);

export function isPercentFigure(k: string): k is PercentFigure {
  return (PERCENT_FIGURES as string[]).includes(k);
}

/** How a percent figure is read from a cell: its bare-fraction bound, if any. */
export function percentOptions(k: YearFigure): { fractionUpTo?: number } {
  const f = spec(k).fractionUpTo;
  return f === undefined ? {} : { fractionUpTo: f };
}

/** A figure's Danish name; a level's is "Takst n" (1-based). */
export function figureLabel(k: YearFigure, level?: number): string {
  return spec(k).levels ? `${spec(k).label} ${(level ?? 0) + 1}` : spec(k).label;
}

/**
 * A zod shape with one entry per figure, in declaration order: `scalar` for each single figure, `levels` for the
 * levels. `keys` picks a subset (the snapshot's, the export's columns).
 */
export function figureShape<S extends z.ZodType, L extends z.ZodType, K extends YearFigure = YearFigure>(
  scalar: S,
  levels: L,
  keys: readonly K[] = YEAR_FIGURE_KEYS as K[],
): { [P in K]: P extends 'takster' ? L : S } {
  return Object.fromEntries(keys.map((k) => [k, spec(k).levels ? levels : scalar])) as { [P in K]: P extends 'takster' ? L : S };
}

/**
 * One value per figure, in declaration order, from a reader of the scalar figures and one of the levels; `into`, an
 * object to add them to (a year row, after its own first properties) rather than a new one.
 */
export function figureValues<S, L, K extends YearFigure = YearFigure>(
  scalar: (k: ScalarFigure) => S,
  levels: () => L,
  keys: readonly K[] = YEAR_FIGURE_KEYS as K[],
  into: object = {},
): { [P in K]: P extends 'takster' ? L : S } {
  const out = into as Record<string, S | L>;
  for (const k of keys) out[k] = k === 'takster' ? levels() : scalar(k as ScalarFigure);
  return out as { [P in K]: P extends 'takster' ? L : S };
}

/** The figures with an Ændring. */
export type ChangeFigure = { [K in YearFigure]: (typeof YEAR_FIGURES)[K] extends { change: string } ? K : never }[YearFigure];
/** A figure's key in the change: its own for a difference, with "Pct" for a percent change. */
export type ChangeKeyOf<K extends ChangeFigure> = (typeof YEAR_FIGURES)[K] extends { change: 'percent' } ? `${K}Pct` : K;
export const CHANGE_FIGURES = YEAR_FIGURE_KEYS.filter((k): k is ChangeFigure => spec(k).change !== undefined);

export function changeKey<K extends ChangeFigure>(k: K): ChangeKeyOf<K> {
  return (spec(k).change === 'percent' ? `${k}Pct` : k) as ChangeKeyOf<K>;
}

/** Whether a figure's Ændring is a percent change (a rate) rather than a difference. */
export function isPercentChange(k: ChangeFigure): boolean {
  return spec(k).change === 'percent';
}

/** A zod shape (or any record) with one entry per change key, in declaration order: `scalar` each, `levels` for the levels. */
export function changeShape<S, L>(scalar: S, levels: L): { [K in ChangeFigure as ChangeKeyOf<K>]: K extends 'takster' ? L : S } {
  return Object.fromEntries(CHANGE_FIGURES.map((k) => [changeKey(k), spec(k).levels ? levels : scalar])) as {
    [K in ChangeFigure as ChangeKeyOf<K>]: K extends 'takster' ? L : S;
  };
}

/**
 * One value per change key, in declaration order, from a reader of the single figures and one of the levels; `into`
 * as in figureValues.
 */
export function changeValues<S, L>(
  scalar: (k: Exclude<ChangeFigure, 'takster'>) => S,
  levels: () => L,
  into: object = {},
): { [K in ChangeFigure as ChangeKeyOf<K>]: K extends 'takster' ? L : S } {
  const out = into as Record<string, S | L>;
  for (const k of CHANGE_FIGURES) out[changeKey(k)] = k === 'takster' ? levels() : scalar(k as Exclude<ChangeFigure, 'takster'>);
  return out as { [K in ChangeFigure as ChangeKeyOf<K>]: K extends 'takster' ? L : S };
}
