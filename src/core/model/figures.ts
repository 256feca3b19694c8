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
}

export const YEAR_FIGURES = {
  pladser: { label: 'Pladser' },
  belaegning: { label: 'Belægning', percent: true, exportHeader: 'Belægning %', fractionUpTo: 1.5 },
  budget: { label: 'Budget i alt' },
  regulering: { label: 'Regulering' },
  oh: { label: 'OH %', percent: true },
  basis: { label: 'Basis', rate: true },
  time: { label: 'Time', rate: true },
  takster: { label: 'Takst', rate: true, levels: true },
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

/** One value per figure, in declaration order, from a reader of the scalar figures and one of the levels. */
export function figureValues<S, L, K extends YearFigure = YearFigure>(
  scalar: (k: ScalarFigure) => S,
  levels: () => L,
  keys: readonly K[] = YEAR_FIGURE_KEYS as K[],
): { [P in K]: P extends 'takster' ? L : S } {
  return Object.fromEntries(keys.map((k) => [k, k === 'takster' ? levels() : scalar(k as ScalarFigure)])) as { [P in K]: P extends 'takster' ? L : S };
}
