// Snapshot from filled 2027-layout sheets: for each block, the row of the chosen year (a 2027 skema's year-2 row
// becomes next year's year 1); every block that gives nothing is reported with its reason.
import type { Block, SheetModel, YearRow } from '../model/takstskema';
import { isEmptyBlock } from '../model/queries';
import { TAKST_LEVELS } from '../model/figures';
import type { SnapshotFigures, SnapshotOffer, SnapshotOperator } from '../model/snapshot';
import { oldFigures, type OldSheet } from '../layout/old-layout';
import { figureValues, SNAPSHOT_FIGURES } from '../model/figures';

export interface BuildReportRow {
  source: string;
  cell: string | null;
  reason: string;
}

export interface BuildResult {
  operators: SnapshotOperator[];
  /** Offers taken per operator. */
  taken: Record<string, number>;
  unused: BuildReportRow[];
}

function yearRowFor(b: Block, year: number): YearRow | null {
  for (const y of [b.y2, b.y1]) if (y && y.year.value === year) return y;
  return null;
}

function levelsOf(fields: Array<{ value: number | null }>): Array<number | null> {
  const out = fields.map((f) => f.value);
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

export function figuresOf(b: Block, y: YearRow, year: number): SnapshotFigures {
  const places = (rows: Block['anvendte']) => {
    const r = rows.find((p) => p.year === year) ?? (rows.length === 1 && rows[0].year === null ? rows[0] : undefined);
    return r ? levelsOf(r.levels) : undefined;
  };
  const f: SnapshotFigures = figureValues(
    (k) => y[k].value,
    () => levelsOf(y.takster.slice(0, TAKST_LEVELS)),
    SNAPSHOT_FIGURES,
  );
  const anvendte = places(b.anvendte);
  const solgte = places(b.solgte);
  if (anvendte) f.anvendte = anvendte;
  if (solgte) f.solgte = solgte;
  return f;
}

function hasAnyFigure(f: SnapshotFigures): boolean {
  return Object.values(f).some((v) => (Array.isArray(v) ? v.some((x) => x !== null) : v !== null && v !== undefined));
}

/** Adds the sheets' offers for `year` to the operators (merging operators by name). */
export function snapshotFromSheets(sheets: Array<{ file: string; sheet: SheetModel }>, year: number): BuildResult {
  const byName = new Map<string, SnapshotOperator>();
  const taken: Record<string, number> = {};
  const unused: BuildReportRow[] = [];
  for (const { file, sheet } of sheets) {
    const name = sheet.driftsherre.value?.trim();
    const where = `${file}: ${sheet.sheet}`;
    if (!name) {
      unused.push({
        source: where,
        cell: sheet.driftsherre.cell,
        reason: 'Arket har ingen driftsherre: tilbuddene kan ikke knyttes til en kommune eller regionen',
      });
      continue;
    }
    const op: SnapshotOperator = byName.get(name) ?? { driftsherre: name, offers: [] };
    byName.set(name, op);
    const overhead = [sheet.overheadDriftsherre.y1, sheet.overheadDriftsherre.y2].flatMap((o) =>
      o.year !== null && o.value !== null ? [{ year: o.year, pct: o.value }] : [],
    );
    if (overhead.length > 0 && !op.overheadDriftsherre) op.overheadDriftsherre = overhead;
    taken[name] ??= 0;
    for (const b of sheet.blocks) {
      if (isEmptyBlock(b)) continue;
      const row = (b.y1 ?? b.y2)?.row;
      const cell = b.tilbud.cell ?? (row ? `A${row}` : null);
      const tilbud = b.tilbud.value?.trim();
      if (!tilbud) {
        unused.push({ source: where, cell, reason: `Blok ${b.index + 1} har intet tilbudsnavn` });
        continue;
      }
      const y = yearRowFor(b, year);
      if (!y) {
        unused.push({ source: where, cell, reason: `${tilbud}: ingen række for ${year}` });
        continue;
      }
      const figures = figuresOf(b, y, year);
      if (!hasAnyFigure(figures)) {
        unused.push({ source: where, cell, reason: `${tilbud}: rækken for ${year} er tom` });
        continue;
      }
      const offer: SnapshotOffer = {
        tilbud,
        afdeling: b.afdeling.value?.trim() || null,
        paragraf: b.paragraf.value?.trim() || null,
        enhed: b.enhed.value?.trim() || y.enhed.value?.trim() || null,
        figures,
        ...(b.saerligeForhold.value?.trim() ? { saerligeForhold: b.saerligeForhold.value.trim() } : {}),
        source: `${where}!A${y.row}`,
      };
      op.offers.push(offer);
      taken[name]++;
    }
  }
  return { operators: [...byName.values()], taken, unused };
}

/** Adds the old vertical skema's offers: the budget year's figures, or for the year before only places and rates. */
export function snapshotFromOldSheets(
  sheets: Array<{ file: string; sheet: OldSheet }>,
  year: number,
  into: BuildResult = { operators: [], taken: {}, unused: [] },
): BuildResult {
  for (const { file, sheet } of sheets) {
    const where = `${file}: ${sheet.sheet}`;
    for (const p of sheet.problems) into.unused.push({ source: where, cell: p.cell, reason: p.reason });
    const name = sheet.driftsherre?.trim();
    if (!name) {
      into.unused.push({ source: where, cell: null, reason: 'Arket har ingen driftsherre: tilbuddene kan ikke knyttes til en kommune eller regionen' });
      continue;
    }
    let op = into.operators.find((o) => o.driftsherre === name);
    if (!op) {
      op = { driftsherre: name, offers: [] };
      into.operators.push(op);
    }
    into.taken[name] ??= 0;
    for (const o of sheet.offers) {
      const cell = `A${o.rows[0].row}`;
      let figures: SnapshotFigures;
      if (year === sheet.year) {
        figures = oldFigures(o);
      } else if (o.previous && year === o.previous.year) {
        figures = { pladser: o.previous.pladser, basis: o.previous.basis, time: o.previous.time, takster: o.previous.takster };
      } else {
        into.unused.push({ source: where, cell, reason: `${o.tilbud}: det gamle skema har ingen tal for ${year}` });
        continue;
      }
      if (!hasAnyFigure(figures)) {
        into.unused.push({ source: where, cell, reason: `${o.tilbud}: ingen tal for ${year}` });
        continue;
      }
      op.offers.push({ tilbud: o.tilbud, afdeling: null, paragraf: o.paragraf, enhed: o.enhed, figures, source: `${where}!${cell}` });
      into.taken[name]++;
    }
  }
  return into;
}
