// One offer of the old skema from its rows: identity from the first row, the budget year's figures derived as
// docs/import.md writes, the earlier year's places and rates kept apart.
import { enhedOfBetalingsmodel, mapLovgrundlag, mapTakstenhed } from '../model/mappings';
import { TAKST_LEVELS } from '../model/figures';
import { figureValues, SNAPSHOT_FIGURES } from '../model/figures';
import { norm, type OldOffer, type OldProblem, type OldRow } from './old-types';

export function newOffer(first: OldRow): OldOffer {
  return {
    tilbud: first.tilbud,
    section: first.section,
    rows: [],
    paragraf: null,
    enhed: null,
    ...figureValues(
      () => null,
      (): Array<number | null> => [],
      SNAPSHOT_FIGURES,
    ),
    previous: null,
    kommentar: null,
  };
}

const firstOf = <T>(rows: OldRow[], f: (r: OldRow) => T | null): T | null => {
  for (const r of rows) {
    const v = f(r);
    if (v !== null && v !== undefined) return v;
  }
  return null;
};

export function finishOffer(o: OldOffer, year: number, prevYear: number | null, problems: OldProblem[]): void {
  const rows = o.rows;
  const where = `A${rows[0].row}`;
  const lov = firstOf(rows, (r) => r.lovgrundlag);
  if (lov) {
    o.paragraf = mapLovgrundlag(lov);
    if (!o.paragraf) problems.push({ cell: where, reason: `${o.tilbud}: lovgrundlaget "${lov}" har ingen sikker oversættelse til skemaets liste` });
  }
  const enhed = firstOf(rows, (r) => enhedOfBetalingsmodel(r.betalingsmodel)) ?? firstOf(rows, (r) => r.takstenhed);
  if (enhed) {
    o.enhed = enhedOfBetalingsmodel(enhed) ?? mapTakstenhed(enhed);
    if (!o.enhed) problems.push({ cell: where, reason: `${o.tilbud}: takstenheden "${enhed}" har ingen sikker oversættelse til skemaets liste` });
  }
  o.pladser = firstOf(rows, (r) => r.pladser[year] ?? null);
  o.belaegning = firstOf(rows, (r) => r.belaegning);
  o.oh = firstOf(rows, (r) => r.oh);
  o.kommentar =
    rows
      .map((r) => r.kommentar)
      .filter(Boolean)
      .join(' ') || null;
  // Costs are given on the offer's rows; summed over them (one row in the usual case).
  const sum = sumOf(rows.map((r) => r.sum));
  const indtaegter = sumOf(rows.map((r) => r.indtaegter));
  o.regulering = sumOf(rows.map((r) => r.regulering));
  if (sum !== null) o.budget = (sum + (indtaegter ?? 0)) * (1 + (o.oh ?? 0) / 100) + (o.regulering ?? 0);

  // Ydelse "Basis…" is the BUM Basis, unless it is the offer's only rate: a single rate goes in Takst 1 (Aalborg's
  // "basistakster" are single day rates). The earlier year's columns keep Basis and Time as well as the levels, so
  // a basis-plus-hours offer read from them has the structure of its budget year.
  const isBasis = (r: OldRow) => /^basis/.test(norm(r.ydelse)) && rows.length > 1;
  const isTime = (r: OldRow) => !isBasis(r) && (/^time/.test(norm(r.ydelse)) || norm(r.takstenhed) === 'time');
  const levelRows = rows.filter((r) => !isBasis(r) && !isTime(r));
  const rateOf = (f: (r: OldRow) => boolean, y: number) => firstOf(rows.filter(f), (r) => r.takst[y] ?? null);
  o.basis = rateOf(isBasis, year);
  o.time = rateOf(isTime, year);
  if (levelRows.length > TAKST_LEVELS) {
    problems.push({
      cell: where,
      reason: `${o.tilbud} har ${levelRows.length} ydelser; skemaet har plads til ${TAKST_LEVELS} takstniveauer (de første ${TAKST_LEVELS} er taget)`,
    });
  }
  o.takster = levelRows.slice(0, TAKST_LEVELS).map((r) => r.takst[year] ?? null);
  if (prevYear !== null) {
    o.previous = {
      year: prevYear,
      pladser: firstOf(rows, (r) => r.pladser[prevYear] ?? null),
      basis: rateOf(isBasis, prevYear),
      time: rateOf(isTime, prevYear),
      takster: levelRows.slice(0, TAKST_LEVELS).map((r) => r.takst[prevYear] ?? null),
    };
  }
}

function sumOf(values: Array<number | null>): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
}
