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
