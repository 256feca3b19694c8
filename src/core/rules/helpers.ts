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

/** Every number field of a block, with a Danish name ("Pladser 2027"; "Pladser (år 2)" in a row without its year). */
/** A number field with its Danish name, made only when a finding asks for it (most fields never are). */
class Named {
  constructor(
    private readonly label: string,
    private readonly suffix: string,
    readonly field: NumberField,
  ) {}

  get name(): string {
    return `${this.label}${this.suffix}`;
  }
}

/** The figures' and levels' names, and the places rows' level suffixes, made once rather than for every block. */
const FIGURE_LABELS = new Map(YEAR_FIGURE_KEYS.map((k) => [k, figureLabel(k)]));
const LEVEL_LABELS = Array.from({ length: TAKST_LEVELS }, (_, i) => figureLabel('takster', i));
const LEVEL_SUFFIXES = Array.from({ length: TAKST_LEVELS }, (_, i) => `, takst ${i + 1}`);

export function numberFields(b: Block): Array<{ name: string; field: NumberField }> {
  const out: Array<{ name: string; field: NumberField }> = [];
  for (const [label, y] of [
    ['år 1', b.y1],
    ['år 2', b.y2],
  ] as const) {
    if (!y) continue;
    const year = ` ${y.year.value === null ? `(${label})` : String(y.year.value)}`;
    for (const k of YEAR_FIGURE_KEYS) {
      if (k !== 'takster') out.push(new Named(FIGURE_LABELS.get(k)!, year, y[k]));
      else for (let i = 0; i < y.takster.length; i++) out.push(new Named(LEVEL_LABELS[i] ?? figureLabel(k, i), year, y.takster[i]));
    }
  }
  for (const rows of [b.anvendte, b.solgte]) {
    for (const p of rows) {
      const name = p.label.value ?? 'Pladser';
      for (let i = 0; i < p.levels.length; i++) out.push(new Named(name, LEVEL_SUFFIXES[i] ?? `, takst ${i + 1}`, p.levels[i]));
    }
  }
  return out;
}

/** A year row's year for messages ("2027"), or "året" when the row has none. */
export function yearLabel(y: YearRow): string {
  return y.year.value === null ? 'året' : String(y.year.value);
}
