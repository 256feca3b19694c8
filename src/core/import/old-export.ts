// The old vertical skema as an export to fill from: each offer with its budget year's figures, and the earlier
// year's places and rates from its Pladsantal and Takst columns (year 1 of the new skema, where last year's own
// export or approved figures give no more; see combine.ts). The old skema has no Afdeling: the offer is its own
// department, as in the draft's test sheet. Every row is accounted for.
import { oldFigures, type OldSheet } from '../layout/old-layout';
import type { FillOffer } from '../model/fill-offer';
import type { RowStatus } from './tidy';

export function oldToOffers(old: OldSheet): { offers: FillOffer[]; rows: RowStatus[]; warnings: Array<{ row: number; reason: string }> } {
  const offers: FillOffer[] = [];
  const rows: RowStatus[] = [];
  const warnings: Array<{ row: number; reason: string }> = [];
  old.offers.forEach((o, i) => {
    const key = `old-${i}`;
    const years: FillOffer['years'] = { [old.year]: oldFigures(o) };
    // The earlier year's columns (Pladsantal, Takst YYYY−1) fill year 1's places and rates; Basis and Time are kept
    // as the levels are. They hold no budget: a file for that year, or last year's approved figures, come first.
    const p = o.previous;
    const previous = p ? { pladser: p.pladser, basis: p.basis, time: p.time, takster: p.takster } : null;
    // Places alone (a Pladsantal column beside an empty Takst column) would make a half year 1: only with a rate.
    const hasPrevious = !!previous && [previous.basis, previous.time, ...previous.takster].some((v) => v !== null);
    if (p && previous && hasPrevious) years[p.year] = previous;
    offers.push({
      tilbud: o.tilbud,
      afdeling: o.tilbud,
      paragraf: o.paragraf,
      enhed: o.enhed,
      bemaerkning: o.kommentar,
      years,
      ...(p && hasPrevious ? { partialYears: [p.year] } : {}),
      rows: o.rows.map((r) => String(r.row)),
      key,
    });
    for (const r of o.rows) rows.push({ row: r.row, offerKey: key, reason: null });
  });
  for (const p of old.problems) {
    const row = Number(/\d+$/.exec(p.cell)?.[0]);
    // A problem on a row that belongs to an offer is a warning about one value; on any other row it reports the row.
    if (rows.some((r) => r.row === row)) warnings.push({ row, reason: p.reason });
    else rows.push({ row, offerKey: null, reason: p.reason });
  }
  return { offers, rows: rows.sort((a, b) => a.row - b.row), warnings };
}
