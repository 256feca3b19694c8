// Several exports at once (last year's and this year's): one offer per Tilbud, Afdeling and Enhed, with each year's
// figures from the file whose budget year it is; the earlier-year columns of a later file only where no file has
// that year's budget, and a difference between the two is named, never hidden. Every row of every file is kept,
// labelled with its file, for the reconciliation.
import { matcher, normalizeName, operatorFor } from '../model/match';
import type { FillOffer } from '../model/fill-offer';
import type { Snapshot, SnapshotFigures } from '../model/snapshot';
import { formatNumber } from '../format';
import type { ExportOffers } from './export';
import type { RowStatus } from './tidy';
import { figureLabel, SNAPSHOT_SCALARS } from '../model/figures';

export interface ExportFile {
  /** The file's name as the user gave it, for messages. */
  name: string;
  exp: ExportOffers;
}

/** A figure two sources give differently for one offer and year; `kept` is the one written. */
export interface FigureDifference {
  tilbud: string;
  afdeling: string | null;
  year: number;
  field: string;
  kept: number;
  keptFrom: string;
  other: number;
  otherFrom: string;
}

export interface CombinedExports {
  offers: FillOffer[];
  /** Every row of every file; `file` names it only when there are several files (a row number alone is then ambiguous). */
  rows: Array<RowStatus & { file?: string }>;
  warnings: Array<{ file?: string; row: number; reason: string }>;
  differences: FigureDifference[];
  /** Each file's budget year (its latest year), in the order given. */
  budgetYears: Array<{ file: string; year: number | null }>;
  /** Each file's driftsherre as the file names it (null when it names none), in the order given. */
  operators: Array<{ file: string; driftsherre: string | null }>;
}

/**
 * The warning, before anything is written, when a file is another operator's than the sheet's ("the region's export
 * into Mariagerfjord's skema"); null when every file that names its operator names the sheet's, or either is unknown.
 */
export function otherOperatorWarning(c: CombinedExports, sheetDriftsherre: string | null): string | null {
  if (!sheetDriftsherre?.trim()) return null;
  const others = c.operators.filter((o) => o.driftsherre?.trim() && normalizeName(o.driftsherre) !== normalizeName(sheetDriftsherre));
  if (others.length === 0) return null;
  const names = [...new Set(others.map((o) => o.driftsherre!.trim()))].join(' og ');
  const files = others.map((o) => o.file).join(', ');
  return `${files} er ${names}s udtræk, men skemaet er ${sheetDriftsherre.trim()}s. Er det den rigtige fil eller det rigtige skema? Intet er skrevet endnu.`;
}

const offerKey = (o: { tilbud: string; afdeling: string | null; enhed: string | null }) =>
  [normalizeName(o.tilbud), normalizeName(o.afdeling ?? o.tilbud), normalizeName(o.enhed)].join('|');

/** Every figure two figure sets both give, compared: the differences, named by field. */
export function compareFigures(kept: SnapshotFigures, other: SnapshotFigures): Array<{ field: string; kept: number; other: number }> {
  const out: Array<{ field: string; kept: number; other: number }> = [];
  const differs = (a: number, b: number) => Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(a));
  for (const k of SNAPSHOT_SCALARS) {
    const a = kept[k];
    const b = other[k];
    if (typeof a === 'number' && typeof b === 'number' && differs(a, b)) out.push({ field: figureLabel(k), kept: a, other: b });
  }
  (kept.takster ?? []).forEach((a, i) => {
    const b = other.takster?.[i];
    if (typeof a === 'number' && typeof b === 'number' && differs(a, b)) out.push({ field: figureLabel('takster', i), kept: a, other: b });
  });
  return out;
}

/** The figures of `other` that `kept` lacks, added to it (a full year from one file, places per level from another). */
export function fillGaps(kept: SnapshotFigures, other: SnapshotFigures): SnapshotFigures {
  const out: SnapshotFigures = { ...kept };
  for (const k of SNAPSHOT_SCALARS) if (out[k] === undefined || out[k] === null) if (other[k] !== undefined) out[k] = other[k];
  for (const k of ['takster', 'anvendte', 'solgte'] as const) {
    const a = out[k];
    const b = other[k];
    if (!b) continue;
    out[k] = Array.from({ length: Math.max(a?.length ?? 0, b.length) }, (_, i) => a?.[i] ?? b[i] ?? null);
  }
  return out;
}

export function combineExports(files: ExportFile[]): CombinedExports {
  const byKey = new Map<string, FillOffer & { from: Record<number, { file: string; partial: boolean }> }>();
  const out: CombinedExports = { offers: [], rows: [], warnings: [], differences: [], budgetYears: [], operators: [] };
  files.forEach(({ name, exp }, f) => {
    out.operators.push({ file: name, driftsherre: exp.driftsherre });
    const years = exp.offers.flatMap((o) =>
      Object.keys(o.years)
        .filter((y) => !o.partialYears?.includes(Number(y)))
        .map(Number),
    );
    out.budgetYears.push({ file: name, year: years.length > 0 ? years.reduce((a, b) => (b > a ? b : a)) : null });
    const rename = new Map<string, string>();
    for (const o of exp.offers) {
      const k = offerKey(o);
      const ownKey = `${f}:${o.key ?? k}`;
      let into = byKey.get(k);
      if (!into) {
        into = { ...o, years: {}, partialYears: [], key: ownKey, source: name, from: {} };
        byKey.set(k, into);
      }
      rename.set(o.key ?? k, into.key!);
      into.paragraf ??= o.paragraf;
      if (!into.bemaerkning && o.bemaerkning) into.bemaerkning = o.bemaerkning;
      for (const [yText, figures] of Object.entries(o.years)) {
        const year = Number(yText);
        const partial = o.partialYears?.includes(year) ?? false;
        const before = into.years[year];
        const was = into.from[year];
        if (!before || !was) {
          into.years[year] = figures;
          into.from[year] = { file: name, partial };
        } else {
          // A budget year's own figures win over another file's earlier-year columns; between equals, the first.
          const newWins = was.partial && !partial;
          const [kept, keptFrom, other, otherFrom] = newWins ? [figures, name, before, was.file] : [before, was.file, figures, name];
          for (const d of compareFigures(kept, other)) out.differences.push({ tilbud: o.tilbud, afdeling: o.afdeling, year, ...d, keptFrom, otherFrom });
          into.years[year] = fillGaps(kept, other);
          into.from[year] = newWins ? { file: name, partial } : was;
        }
      }
    }
    const file = files.length > 1 ? { file: name } : {};
    for (const r of exp.rows) out.rows.push({ ...r, ...file, offerKey: r.offerKey === null ? null : (rename.get(r.offerKey) ?? `${f}:${r.offerKey}`) });
    for (const w of exp.warnings) out.warnings.push({ ...file, ...w });
  });
  for (const o of byKey.values()) {
    o.partialYears = Object.entries(o.from)
      .filter(([, v]) => v.partial)
      .map(([y]) => Number(y));
  }
  out.offers = [...byKey.values()].map(({ from: _from, ...o }) => o);
  return out;
}

export const APPROVED = 'sidste års godkendte tal';

/**
 * Last year's approved figures come first for year 1: where the snapshot has the offer, its figures are written
 * and the export's fill only what it lacks; every figure the export gives otherwise is a difference, shown.
 */
export function withApprovedYear1(
  offers: FillOffer[],
  snapshot: Snapshot | null,
  driftsherre: string | null,
): { offers: FillOffer[]; differences: FigureDifference[]; approved: number } {
  const operator = snapshot ? operatorFor(snapshot.operators, driftsherre) : null;
  if (!snapshot || !operator) return { offers, differences: [], approved: 0 };
  const year = snapshot.budgetYear;
  const match = matcher(operator.offers);
  const used = new Set<number>();
  const differences: FigureDifference[] = [];
  let approved = 0;
  const out = offers.map((o) => {
    const m = match({ tilbud: o.tilbud, afdeling: o.afdeling, enhed: o.enhed }, used);
    if (!m) return o;
    used.add(m.index);
    approved++;
    const kept = operator.offers[m.index].figures;
    const other = o.years[year];
    if (other)
      for (const d of compareFigures(kept, other))
        differences.push({ tilbud: o.tilbud, afdeling: o.afdeling, year, ...d, keptFrom: APPROVED, otherFrom: o.source ?? 'udtrækket' });
    return { ...o, years: { ...o.years, [year]: other ? fillGaps(kept, other) : kept }, partialYears: (o.partialYears ?? []).filter((y) => y !== year) };
  });
  return { offers: out, differences, approved };
}

export function formatDifferences(d: FigureDifference[]): string[] {
  if (d.length === 0) return [];
  return [
    `  ${formatNumber(d.length)} tal står forskelligt i kilderne; det første er skrevet:`,
    ...d.map(
      (x) =>
        `    ${x.tilbud} ${x.year}, ${x.field}: ${formatNumber(x.kept, Number.isInteger(x.kept) ? 0 : 2)} (${x.keptFrom}), ikke ${formatNumber(x.other, Number.isInteger(x.other) ? 0 : 2)} (${x.otherFrom})`,
    ),
  ];
}
