// Budget-implied rates, as the draft and the review group compute them by hand.

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
