// Shared helpers of the rules: how figures are said, every number field of a block. Which P/L applies is in
// compute/limits.ts, a block's name and rate changes in model/queries.ts (explain asks them too).
import { formatNumber } from '../format';
import { isBlankString } from '../text';
import type { Block, NumberField, YearRow } from '../model/takstskema';
import { figureLabel, TAKST_LEVELS, YEAR_FIGURE_KEYS } from '../model/figures';

/** A count of places: whole numbers without decimals, fractions with two (12,50). */
export function formatPlaces(v: number): string {
  return formatNumber(v, 2).replace(/,00$/, '');
}

/** A percent as the messages say it: 5,1 %. */
export function formatPct(v: number, decimals = 1): string {
  return `${formatNumber(v, decimals)} %`;
}

/** A difference of percents: 2,0 procentpoint. */
export function formatPp(v: number, decimals = 1): string {
  return `${formatNumber(v, decimals)} procentpoint`;
}

export function isBlankText(f: { value: string | null }): boolean {
  return f.value === null || isBlankString(f.value);
}

/** The figures' and levels' names, and the places rows' level suffixes, made once rather than for every block. */
const FIGURE_LABELS = new Map(YEAR_FIGURE_KEYS.map((k) => [k, figureLabel(k)]));
const LEVEL_LABELS = Array.from({ length: TAKST_LEVELS }, (_, i) => figureLabel('takster', i));
const LEVEL_SUFFIXES = Array.from({ length: TAKST_LEVELS }, (_, i) => `, takst ${i + 1}`);

/**
 * Calls `visit` with every number field of a block in sheet order (year 1's figures and levels, year 2's, then the
 * places rows' levels) and the two parts of its Danish name ("Pladser" + " 2027"; " (år 2)" in a row without its
 * year); stops when `visit` returns true. Nothing is made per field: a 660-block sheet has 56.000 of them.
 */
export function forEachNumberField(b: Block, visit: (field: NumberField, label: string, suffix: string) => boolean | void): void {
  for (const [label, y] of [
    ['år 1', b.y1],
    ['år 2', b.y2],
  ] as const) {
    if (!y) continue;
    const year = ` ${y.year.value === null ? `(${label})` : String(y.year.value)}`;
    for (const k of YEAR_FIGURE_KEYS) {
      if (k !== 'takster') {
        if (visit(y[k], FIGURE_LABELS.get(k)!, year) === true) return;
      } else for (let i = 0; i < y.takster.length; i++) if (visit(y.takster[i], LEVEL_LABELS[i] ?? figureLabel(k, i), year) === true) return;
    }
  }
  for (const rows of [b.anvendte, b.solgte]) {
    for (const p of rows) {
      const name = p.label.value ?? 'Pladser';
      for (let i = 0; i < p.levels.length; i++) if (visit(p.levels[i], name, LEVEL_SUFFIXES[i] ?? `, takst ${i + 1}`) === true) return;
    }
  }
}

/** The Danish name of a block's number field, by its place among them (the `at` a rule's `field` hook is given). */
export function fieldName(b: Block, at: number): string {
  let n = 0;
  let name = '';
  forEachNumberField(b, (_, label, suffix) => {
    if (n++ !== at) return false;
    name = `${label}${suffix}`;
    return true;
  });
  return name;
}

/** A year row's year for messages ("2027"), or "året" when the row has none. */
export function yearLabel(y: YearRow): string {
  return y.year.value === null ? 'året' : String(y.year.value);
}
