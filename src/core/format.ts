// Danish number display (1.234,5): rounding happens here and only here, never in the computations.

const cache = new Map<number, Intl.NumberFormat>();

/** Intl's Danish format: the reference (test/format.test.ts) and the fallback for numbers JavaScript writes with an exponent. */
export function danishFormatter(decimals: number): Intl.NumberFormat {
  let f = cache.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('da-DK', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    cache.set(decimals, f);
  }
  return f;
}

/**
 * 1234.5 → "1.234,5"; null → "". Written out here rather than by Intl.NumberFormat, which gives the same text (a
 * property test compares them) at many times the cost: a check of 660 blocks formats some thousands of numbers, and
 * the first Intl format of a process loads the locale's data.
 */
export function formatNumber(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  // Rounded by toFixed (half away from zero, on the number's exact value); "-0" is shown as 0.
  const rounded = Number(value.toFixed(decimals));
  // Intl writes the shortest digits that give the number back (as String does), padded to the decimals.
  const text = String(Math.abs(rounded));
  const dot = text.indexOf('.');
  const fraction = dot < 0 ? '' : text.slice(dot + 1);
  if (text.includes('e') || fraction.length > decimals) return danishFormatter(decimals).format(rounded === 0 ? 0 : rounded);
  const whole = dot < 0 ? text : text.slice(0, dot);
  let grouped = whole.slice(0, whole.length % 3 || 3);
  for (let i = grouped.length; i < whole.length; i += 3) grouped += `.${whole.slice(i, i + 3)}`;
  return `${rounded < 0 ? '-' : ''}${grouped}${decimals > 0 ? `,${fraction.padEnd(decimals, '0')}` : ''}`;
}

/** 5.376 → "5,4 %". */
export function formatPercent(value: number | null | undefined, decimals = 1): string {
  const s = formatNumber(value, decimals);
  return s === '' ? '' : `${s} %`;
}

/** A number rounded to what is shown (1 decimal for percent and percentage points), for JSON that people read. */
export function roundAsShown(value: number, decimals = 1): number {
  const r = Number(value.toFixed(decimals));
  return r === 0 ? 0 : r;
}

/** Floating-point noise removed (5,7 − 5,4 = 0,2999999999999998 → 0,3), nothing else: for differences kept unrounded. */
export function withoutNoise(value: number): number {
  return Number(value.toPrecision(12));
}

let collator: Intl.Collator | undefined;

/**
 * Danish alphabetical order (æ, ø, å after z), as `a.localeCompare(b, 'da')` gives it, with one collator for the
 * process: localeCompare with a locale makes a collator at each call, and the takstbilag's sort makes thousands.
 */
export function compareDanish(a: string, b: string): number {
  return (collator ??= new Intl.Collator('da')).compare(a, b);
}
