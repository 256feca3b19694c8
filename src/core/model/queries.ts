// Small questions asked of the model in many places.
import type { Block, YearRow } from './takstskema';
import { figureValues, TAKST_LEVELS, YEAR_FIGURE_KEYS, type YearFigure } from './figures';
import type { NumberField, TextField } from './takstskema';

/** True when a year row holds any figure. Asked of every block by several rules: walks the cells without a copy. */
export function hasFigures(y: YearRow | null): boolean {
  if (!y) return false;
  for (const k of YEAR_FIGURE_KEYS) {
    if (k !== 'takster') {
      if (isTyped(y[k])) return true;
    } else for (const t of y.takster) if (isTyped(t)) return true;
  }
  return false;
}

/** A year row's figure cells, in the sheet's column order (the levels in place of Takst 1-10). */
export function figureCells(y: YearRow): NumberField[] {
  return YEAR_FIGURE_KEYS.flatMap((k) => (k === 'takster' ? y.takster : [y[k]]));
}

/** Something was typed in the cell: a figure, or something that could not be read as one (text, an error value). */
export function isTyped(f: { value: unknown; error?: string; issue?: string; formula?: string }): boolean {
  return f.value !== null || f.error !== undefined || f.issue !== undefined || f.formula !== undefined;
}

/**
 * An offer's name as people say it: "Tilbud / Afdeling", or the name once when the department carries the offer's
 * own name (the draft's test sheet: "Aktivitetshuset Hobro", not "Aktivitetshuset Hobro / Aktivitetshuset Hobro").
 */
export function offerName(tilbud: string | null | undefined, afdeling: string | null | undefined, separator = ' / '): string {
  const t = tilbud?.trim() ?? '';
  const a = afdeling?.trim() ?? '';
  if (!a || a.toLowerCase() === t.toLowerCase()) return t;
  return t ? `${t}${separator}${a}` : a;
}

/** A formula whose file holds no calculated result: its figure is unknown, not blank. */
export function isFormulaWithoutResult(f: { value: unknown; formula?: string; error?: string }): boolean {
  return f.formula !== undefined && f.value === null && f.error === undefined;
}

/** A block nobody has typed into (the template's spare blocks). */
export function isEmptyBlock(b: Block): boolean {
  const texts = [b.tilbud, b.afdeling, b.paragraf, b.enhed, b.bemaerkning, b.saerligeForhold];
  if (texts.some((t) => t.value !== null || t.error !== undefined)) return false;
  if (hasFigures(b.y1) || hasFigures(b.y2)) return false;
  for (const rows of [b.anvendte, b.solgte]) for (const p of rows) for (const l of p.levels) if (l.value !== null || l.issue !== undefined) return false;
  return true;
}

export type YearValues = { year: number | null } & { [K in YearFigure]: K extends 'takster' ? Array<number | null> : number | null };

/** A year row's values, without their cells. */
export function yearValues(y: YearRow): YearValues {
  return {
    year: y.year.value,
    ...figureValues(
      (k) => y[k].value,
      () => y.takster.map((t) => t.value),
    ),
  };
}

export interface RateChange {
  name: string;
  change: number | null;
}

/** Basis, Time and Takst 1-10 with their percent change. */
export function rateChanges(b: Block): RateChange[] {
  return [
    { name: 'Basis', change: b.change.basisPct },
    { name: 'Time', change: b.change.timePct },
    ...Array.from({ length: TAKST_LEVELS }, (_, i) => ({ name: `Takst ${i + 1}`, change: b.change.taksterPct[i] })),
  ];
}

export function blockName(b: Block): string {
  return offerName(b.tilbud.value, b.afdeling.value) || `blok ${b.index + 1}`;
}

/** A block's identity cells with their Danish names (Tilbud, Afdeling, §§, Enhed), as messages name them. */
export function identityCells(b: Block): ReadonlyArray<readonly [string, TextField]> {
  return [
    ['Tilbud', b.tilbud],
    ['Afdeling', b.afdeling],
    ['§§', b.paragraf],
    ['Enhed', b.enhed],
  ];
}
