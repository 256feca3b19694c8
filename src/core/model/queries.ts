// Small questions asked of the model in many places.
import type { Block, YearRow } from './takstskema';

/** True when a year row holds any figure. */
export function hasFigures(y: YearRow | null): boolean {
  if (!y) return false;
  const fields = [y.pladser, y.belaegning, y.budget, y.regulering, y.oh, y.basis, y.time, y.tomgang, ...y.takster];
  return fields.some(isTyped);
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
  return ![...b.anvendte, ...b.solgte].some((p) => p.levels.some((l) => l.value !== null || l.issue !== undefined));
}

export interface YearValues {
  year: number | null;
  pladser: number | null;
  belaegning: number | null;
  budget: number | null;
  regulering: number | null;
  oh: number | null;
  basis: number | null;
  time: number | null;
  takster: Array<number | null>;
  tomgang: number | null;
}

/** A year row's values, without their cells. */
export function yearValues(y: YearRow): YearValues {
  return {
    year: y.year.value,
    pladser: y.pladser.value,
    belaegning: y.belaegning.value,
    budget: y.budget.value,
    regulering: y.regulering.value,
    oh: y.oh.value,
    basis: y.basis.value,
    time: y.time.value,
    takster: y.takster.map((t) => t.value),
    tomgang: y.tomgang.value,
  };
}
