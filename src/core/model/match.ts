// Matching snapshot offers to a sheet's blocks by tilbud/afdeling/enhed, tolerant of case, spacing and small
// spelling differences (Levenshtein distance from fastest-levenshtein), and saying which match it made.
import { distance } from 'fastest-levenshtein';
import { operatorName } from './lists';

/** Lower case, one space, no punctuation around words: "Bo- og  Aktivitetstilbud" → "bo og aktivitetstilbud". */
export function normalizeName(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[.,;:()"'’\-–_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** 0 for equal names, 1 for nothing in common: edit distance over the longer name's length. */
export function nameDistance(a: string | null | undefined, b: string | null | undefined): number {
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (x === y) return 0;
  const len = Math.max(x.length, y.length);
  return len === 0 ? 0 : distance(x, y) / len;
}

/** A name within this share of edits still matches ("Aktivitetshuset Hobroo" → "Aktivitetshuset Hobro"). */
export const MAX_NAME_DISTANCE = 0.15;

export interface Candidate {
  tilbud: string | null;
  afdeling: string | null;
  enhed: string | null;
}

export interface MatchResult {
  index: number;
  how: 'exact' | 'similar';
  /** The combined distance (0 = exact). */
  distance: number;
}

/** The best unused candidate for the wanted identity, or null. Enhed must agree when both have one. */
export function bestMatch(wanted: Candidate, candidates: Candidate[], used: ReadonlySet<number>): MatchResult | null {
  let best: MatchResult | null = null;
  candidates.forEach((c, index) => {
    if (used.has(index)) return;
    if (wanted.enhed && c.enhed && normalizeName(wanted.enhed) !== normalizeName(c.enhed)) return;
    const dt = nameDistance(wanted.tilbud, c.tilbud);
    if (dt > MAX_NAME_DISTANCE) return;
    // Afdeling counts when both have one; a missing afdeling on one side does not prevent the match.
    const da = wanted.afdeling && c.afdeling ? nameDistance(wanted.afdeling, c.afdeling) : 0;
    if (da > MAX_NAME_DISTANCE) return;
    const d = dt + da;
    if (!best || d < best.distance) best = { index, how: d === 0 ? 'exact' : 'similar', distance: d };
  });
  return best;
}

/** The snapshot operator for a driftsherre name (tolerant), or null. */
export function operatorFor<T extends { driftsherre: string }>(operators: T[], name: string | null | undefined): T | null {
  if (!name) return null;
  let best: { o: T; d: number } | null = null;
  for (const o of operators) {
    const d = nameDistance(o.driftsherre, operatorName(name));
    if (d <= MAX_NAME_DISTANCE && (!best || d < best.d)) best = { o, d };
  }
  return best?.o ?? null;
}

/** The offer closest by tilbud name alone, for a suggestion ("mente du …?"). */
export function closestName(name: string | null | undefined, names: string[]): string | null {
  let best: { n: string; d: number } | null = null;
  for (const n of names) {
    const d = nameDistance(name, n);
    if (!best || d < best.d) best = { n, d };
  }
  return best && best.d < 0.5 ? best.n : null;
}
