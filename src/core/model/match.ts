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
  return editShare(normalizeName(a), normalizeName(b));
}

/** nameDistance of two names already normalised. */
function editShare(x: string, y: string): number {
  return x === y ? 0 : distance(x, y) / Math.max(x.length, y.length);
}

/** A name within this share of edits still matches ("Aktivitetshuset Hobroo" → "Aktivitetshuset Hobro"). */
export const MAX_NAME_DISTANCE = 0.15;

/**
 * nameDistance of two normalised names where it can be MAX_NAME_DISTANCE or less; else a number over it. An edit
 * distance is at least the difference in length, so names whose lengths alone put them further apart are never
 * compared edit by edit (in a cold run, Levenshtein in V8's interpreter cost 40 ms for 660 blocks).
 */
function distanceWithinReach(x: string, y: string): number {
  if (x === y) return 0;
  const len = Math.max(x.length, y.length);
  const least = Math.abs(x.length - y.length) / len;
  return least > MAX_NAME_DISTANCE ? least : editShare(x, y);
}

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

/** A candidate's names normalised; an afdeling or enhed the candidate lacks (null or empty) is null. */
interface Normalized {
  tilbud: string;
  afdeling: string | null;
  enhed: string | null;
}

const normalized = (c: Candidate): Normalized => ({
  tilbud: normalizeName(c.tilbud),
  afdeling: c.afdeling ? normalizeName(c.afdeling) : null,
  enhed: c.enhed ? normalizeName(c.enhed) : null,
});

/**
 * Matches wanted identities against one list of candidates, each candidate's names normalised once: the best
 * unused candidate for the wanted identity, or null. Enhed must agree when both have one; afdeling counts when
 * both have one (a missing afdeling on one side does not prevent the match). Among equally good candidates the
 * first wins.
 */
export function matcher(candidates: readonly Candidate[]): (wanted: Candidate, used: ReadonlySet<number>) => MatchResult | null {
  const them = candidates.map(normalized);
  return (wanted, used) => {
    const w = normalized(wanted);
    let best: MatchResult | null = null;
    for (let index = 0; index < them.length; index++) {
      if (used.has(index)) continue;
      const c = them[index];
      if (w.enhed !== null && c.enhed !== null && w.enhed !== c.enhed) continue;
      const dt = distanceWithinReach(w.tilbud, c.tilbud);
      if (dt > MAX_NAME_DISTANCE) continue;
      const da = w.afdeling !== null && c.afdeling !== null ? distanceWithinReach(w.afdeling, c.afdeling) : 0;
      if (da > MAX_NAME_DISTANCE) continue;
      const d = dt + da;
      if (!best || d < best.distance) best = { index, how: d === 0 ? 'exact' : 'similar', distance: d };
      // Nothing after an exact match is better.
      if (d === 0) break;
    }
    return best;
  };
}

/** The snapshot operator for a driftsherre name (tolerant), or null. */
export function operatorFor<T extends { driftsherre: string }>(operators: T[], name: string | null | undefined): T | null {
  if (!name) return null;
  const wanted = normalizeName(operatorName(name));
  let best: { o: T; d: number } | null = null;
  for (const o of operators) {
    const d = distanceWithinReach(normalizeName(o.driftsherre), wanted);
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
