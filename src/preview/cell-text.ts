// How the preview shows a cell: Danish numbers, percent formats as percent, error values as they are.
import { formatNumber } from '../core/format';
import { parseLocaleNumber } from '../core/layout/parse';
import type { GridCell } from '../core/grid';

export function cellText(cell: GridCell | undefined): string {
  if (!cell) return '';
  if (cell.error) return cell.error;
  const v = cell.value;
  if (v === null) return '';
  if (typeof v === 'number') {
    const fmt = cell.numFmt ?? '';
    const decimals = /\.(0+)/.exec(fmt)?.[1].length ?? (Number.isInteger(v) ? 0 : 2);
    if (fmt.includes('%')) return `${formatNumber(v * 100, decimals)} %`;
    // Thousands separators only where the format asks for them (#,##0), as Excel shows General: the year 2026, not 2.026.
    if (!/#,#|0,0/.test(fmt))
      return new Intl.NumberFormat('da-DK', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false }).format(v);
    return formatNumber(v, decimals);
  }
  if (typeof v === 'boolean') return v ? 'SAND' : 'FALSK';
  return v;
}

/**
 * What a typed text becomes in a cell, as Excel takes it: empty clears, a Danish number is a number, in a percent
 * cell "12,5" (or "12,5 %") is 12,5 %, anything else stays text.
 */
export function typedValue(text: string, cell: GridCell | undefined): string | number | null {
  if (text.trim() === '') return null;
  const n = parseLocaleNumber(text);
  if (n === null) return text;
  return (cell?.numFmt ?? '').includes('%') || /%\s*$/.test(text) ? n / 100 : n;
}
