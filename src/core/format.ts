// Danish number display (1.234,5): rounding happens here and only here, never in the computations.

const cache = new Map<number, Intl.NumberFormat>();

function formatter(decimals: number): Intl.NumberFormat {
  let f = cache.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('da-DK', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    cache.set(decimals, f);
  }
  return f;
}

/** 1234.5 → "1.234,5"; null → "". */
export function formatNumber(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  // Avoid "-0".
  const rounded = Number(value.toFixed(decimals));
  return formatter(decimals).format(rounded === 0 ? 0 : rounded);
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
