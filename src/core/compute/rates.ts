// Budget-implied rates and the overhead percent, as the draft and the review group compute them by hand.

/** Days a full place is paid for: the rule since the Aalborg revision of 2026. */
export const DAYS_FULL_YEAR = 365;
/** The payment-day basis the review group rejected (5 days × 50 weeks). */
export const DAYS_PAYMENT = 250;

/**
 * The full-place rate a budget implies for Dag and Døgn offers: budget ÷ (pladser × belægning × days).
 * Belægning as a percent number (98). Null when a figure is missing or the divisor is not positive.
 */
export function impliedRate(budget: number | null, pladser: number | null, belaegningPct: number | null, days: number = DAYS_FULL_YEAR): number | null {
  if (budget === null || pladser === null || belaegningPct === null) return null;
  const divisor = pladser * (belaegningPct / 100) * days;
  return divisor > 0 ? budget / divisor : null;
}

export interface OverheadParts {
  /** A) Takstgrundlag i alt (Budget i alt, including Regulering). */
  total: number;
  /** B) Heraf regulering. */
  regulering: number;
  /** C) Heraf overhead. */
  overhead: number;
}

/**
 * OH % from its parts, as the draft's worked example: overhead ÷ (total − regulering − overhead) × 100.
 * 10.000.000 / 200.000 / 500.000 gives 5,376… (5,4 % shown). Null when the base is not positive.
 */
export function overheadPct(parts: OverheadParts): number | null {
  const base = parts.total - parts.regulering - parts.overhead;
  return base > 0 ? (parts.overhead / base) * 100 : null;
}
