// The prefill plan: year 1 of every block from the snapshot, for the sheet's driftsherre. Matched blocks get
// their year-1 figures; offers the sheet lacks get an empty block (identity + year 1). A cell holding the same
// value is skipped; one holding a different value is a conflict, never written unless the user says so.
import { figureLabel, isPercentFigure, SNAPSHOT_SCALARS } from '../model/figures';
import { isBlank, parseA1, type Grid, type GridCell, type Scalar } from '../grid';
import type { NumberField, SheetModel, TextField } from '../model/takstskema';
import { isEmptyBlock, offerName } from '../model/queries';
import { hasPercentFormat } from '../layout/parse';
import type { CellWrite } from '../model/cell-write';
import { formatNumber, formatPercent } from '../format';
import { matcher, operatorFor } from '../model/match';
import type { Snapshot, SnapshotOffer } from '../model/snapshot';
import type { FillOffer } from '../model/fill-offer';

export interface PlannedWrite extends CellWrite {
  block: number;
  blockName: string;
  /** The field in Danish ("Pladser", "Takst 2"). */
  field: string;
  /** The cell's value before (null when blank) and its formula, if any. */
  before: Scalar;
  beforeFormula?: string;
  beforeNumFmt?: string;
}

export interface PrefillMatch {
  offer: SnapshotOffer;
  /** The input offer's key (batch fill), for the reconciliation. */
  key?: string;
  block: number;
  blockName: string;
  how: 'exact' | 'similar' | 'new-block';
  /** What the plan did beyond the offer's own figures, in Danish (e.g. Afdeling taken from Tilbud). */
  note?: string;
}

export interface PrefillPlan {
  sheet: string;
  driftsherre: string | null;
  /** The snapshot operator used, or null with `reason`. */
  operator: string | null;
  year: number;
  matches: PrefillMatch[];
  /** Offers that could not be placed (no empty block left), with the reason. */
  unplaced: Array<{ offer: SnapshotOffer; reason: string; key?: string }>;
  /** Cells that are blank now: written on apply. */
  writes: PlannedWrite[];
  /** Cells holding a different value: written only with consent. */
  conflicts: PlannedWrite[];
  /** Cells that already hold the snapshot's value. */
  unchanged: number;
  /** Why nothing can be prefilled, when so. */
  reason: string | null;
}

/** The start of the reason an offer has no block: the sheet has no empty block left. */
export const NO_BLOCK_LEFT = 'Ingen tom blok tilbage i skemaet';

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function cellOf(grid: Grid, address: string): GridCell | undefined {
  const { row, col } = parseA1(address);
  return grid.cells[row]?.[col];
}

/** How a percent column is typed in this sheet: fractions under a % format, or percent numbers. */
function percentNotation(grid: Grid, sheet: SheetModel, key: 'belaegning' | 'oh'): 'fraction' | 'number' | 'unknown' {
  let numbers = 0;
  for (const b of sheet.blocks) {
    // The Ændring row's point differences carry the template's % format even when no year is filled yet.
    for (const f of [b.y1?.[key], b.y2?.[key], b.aendring?.[key]]) {
      if (!f?.cell) continue;
      const c = cellOf(grid, f.cell);
      if (hasPercentFormat(c)) return 'fraction';
      if (typeof c?.value === 'number' && Math.abs(c.value) > 1.5) numbers++;
    }
  }
  return numbers > 0 ? 'number' : 'unknown';
}

export function planPrefill(sheet: SheetModel, grid: Grid, snapshot: Snapshot): PrefillPlan {
  const plan = emptyPlan(sheet, snapshot.budgetYear);
  const sheetYear1 = sheet.blocks.map((b) => b.y1?.year.value).find((y) => typeof y === 'number') ?? null;
  if (sheetYear1 !== null && sheetYear1 !== snapshot.budgetYear) {
    plan.reason = `Sidste års godkendte tal er for ${snapshot.budgetYear}, men skemaets år 1 er ${sheetYear1}.`;
    return plan;
  }
  const name = sheet.driftsherre.value;
  const operator = operatorFor(snapshot.operators, name);
  if (!name || !operator) {
    plan.reason = name
      ? `Der er ingen godkendte tal fra sidste år for ${name}.`
      : 'Skemaet har ingen driftsherre, så det vides ikke, hvis tal der skal udfyldes.';
    return plan;
  }
  plan.operator = operator.driftsherre;
  const offers = operator.offers.map((o) => ({ ...o, years: { [snapshot.budgetYear]: o.figures } }));
  // The header's Overhead driftsherre for a year both skemas name (last year's names the year before its year 1).
  planHeaderOverhead(plan, sheet, grid, (year) => {
    const known = operator.overheadDriftsherre?.find((o) => o.year === year);
    return known ? { pct: known.pct } : null;
  });
  return fillInto(plan, sheet, grid, offers);
}

/**
 * Fills the offers' years into the sheet's year rows (year 1 and year 2, by their År), creating blocks as needed; and
 * proposes the header's Overhead driftsherre for a year the offers' own figures cover: the average of their OH %,
 * named in the plan as computed (an empty cell only; a typed one is a conflict to choose, as any other).
 */
export function planFill(sheet: SheetModel, grid: Grid, offers: FillOffer[]): PrefillPlan {
  const years = sheet.blocks.flatMap((b) => [b.y1?.year.value, b.y2?.year.value]).filter((y): y is number => typeof y === 'number');
  const plan = emptyPlan(sheet, years.length > 0 ? years.reduce((a, b) => Math.min(a, b)) : 0);
  plan.operator = sheet.driftsherre.value;
  planHeaderOverhead(plan, sheet, grid, (year) => {
    const oh = offers.flatMap((o) => {
      const v = o.partialYears?.includes(year) ? undefined : o.years[year]?.oh;
      return typeof v === 'number' ? [v] : [];
    });
    if (oh.length === 0) return null;
    return { pct: Number((oh.reduce((x, y) => x + y, 0) / oh.length).toFixed(2)), how: `beregnet: gennemsnit af ${formatNumber(oh.length)} tilbuds OH %` };
  });
  return fillInto(plan, sheet, grid, offers);
}

/**
 * The header's Overhead driftsherre for each year the header names and `valueFor` knows (last year's approved figure,
 * or one computed from an export, said in `how`): written into an empty cell only, listed in the plan by value.
 */
function planHeaderOverhead(plan: PrefillPlan, sheet: SheetModel, grid: Grid, valueFor: (year: number) => { pct: number; how?: string } | null): void {
  const put = planner(plan, grid, { belaegning: 'unknown', oh: percentNotation(grid, sheet, 'oh') });
  for (const h of [sheet.overheadDriftsherre.y1, sheet.overheadDriftsherre.y2]) {
    const v = h.year === null ? null : valueFor(h.year);
    if (!v) continue;
    const field = `Overhead driftsherre ${h.year} = ${formatPercent(v.pct, 2)}${v.how ? ` (${v.how})` : ''}`;
    put(-1, 'Arkets hoved', field, h, v.pct, { percent: 'oh' });
  }
}

function emptyPlan(sheet: SheetModel, year: number): PrefillPlan {
  return {
    sheet: sheet.sheet,
    driftsherre: sheet.driftsherre.value,
    operator: null,
    year,
    matches: [],
    unplaced: [],
    writes: [],
    conflicts: [],
    unchanged: 0,
    reason: null,
  };
}

function fillInto(plan: PrefillPlan, sheet: SheetModel, grid: Grid, offers: FillOffer[]): PrefillPlan {
  const blocks = sheet.blocks;
  const match = matcher(
    blocks.map((b) =>
      isEmptyBlock(b)
        ? { tilbud: null, afdeling: null, enhed: null }
        : { tilbud: b.tilbud.value, afdeling: b.afdeling.value, enhed: b.enhed.value ?? b.y1?.enhed.value ?? null },
    ),
  );
  const used = new Set<number>(blocks.flatMap((b, i) => (isEmptyBlock(b) ? [i] : [])));
  const free = blocks.flatMap((b, i) => (isEmptyBlock(b) && b.y1 ? [i] : []));
  const notation = { belaegning: percentNotation(grid, sheet, 'belaegning'), oh: percentNotation(grid, sheet, 'oh') };
  const write = planner(plan, grid, notation);

  for (const offer of offers) {
    const m = match({ tilbud: offer.tilbud, afdeling: offer.afdeling, enhed: offer.enhed }, used);
    let index: number;
    let how: PrefillMatch['how'];
    if (m) {
      index = m.index;
      how = m.how;
    } else {
      const next = free.shift();
      if (next === undefined) {
        plan.unplaced.push({ offer: asSnapshotOffer(offer), key: offer.key, reason: `${NO_BLOCK_LEFT}: tilføj blokke, og udfyld igen.` });
        continue;
      }
      index = next;
      how = 'new-block';
    }
    used.add(index);
    const block = blocks[index];
    const blockName = `Blok ${index + 1}: ${offerName(offer.tilbud, offer.afdeling, ' – ')}`;
    // An offer with one department has no Afdeling of its own (Aalborg's day offers): the draft repeats the
    // offer's name there, and so does a new block, which would otherwise fail identity-required at once.
    const afdeling = how === 'new-block' && !offer.afdeling?.trim() ? offer.tilbud : offer.afdeling;
    const note = afdeling !== offer.afdeling ? `Afdeling udfyldt med tilbuddets navn (ét tilbud, én afdeling, som udkastet skriver det).` : undefined;
    plan.matches.push({ offer: asSnapshotOffer(offer), key: offer.key, block: index, blockName, how, ...(note ? { note } : {}) });
    const put = (field: string, target: NumberField | TextField | undefined, value: Scalar, opts: { percent?: 'belaegning' | 'oh' } = {}) =>
      write(index, blockName, field, target, value, opts);
    if (how === 'new-block') {
      put('Tilbud', block.tilbud, offer.tilbud);
      put('Afdeling', block.afdeling, afdeling);
      put('§§', block.paragraf, offer.paragraf);
      put('Enhed', block.enhed.cell ? block.enhed : block.y1?.enhed, offer.enhed);
    }
    if (offer.bemaerkning) put('Bemærkning', block.bemaerkning, offer.bemaerkning);
    if (offer.saerligeForhold) put('Særlige forhold', block.saerligeForhold, offer.saerligeForhold);
    for (const [yearText, figures] of Object.entries(offer.years)) {
      const year = Number(yearText);
      const y = [block.y1, block.y2].find((r) => r?.year.value === year) ?? (block.y1 && block.y1.year.value === null && year === plan.year ? block.y1 : null);
      // An export's earlier-year columns for a year the sheet does not have (a 2026 export's 2025): not needed.
      if (!y && offer.partialYears?.includes(year)) continue;
      if (!y) {
        plan.unplaced.push({ offer: asSnapshotOffer(offer), key: offer.key, reason: `Skemaet har ingen række for ${year} i blok ${index + 1}.` });
        continue;
      }
      const suffix = y === block.y2 ? ` ${year}` : '';
      for (const key of SNAPSHOT_SCALARS) {
        const v = figures[key];
        if (typeof v === 'number') put(figureLabel(key) + suffix, y[key], v, isPercentFigure(key) ? { percent: key } : {});
      }
      figures.takster?.forEach((v, i) => {
        if (typeof v === 'number') put(`Takst ${i + 1}${suffix}`, y.takster[i], v);
      });
      for (const [rows, label, values] of [
        [block.anvendte, 'Anvendte pladser', figures.anvendte],
        [block.solgte, 'Heraf solgte pladser', figures.solgte],
      ] as const) {
        const row = rows.find((r) => r.year === year);
        if (!row || !values) continue;
        values.forEach((v, i) => {
          if (typeof v === 'number') put(`${label}, takst ${i + 1}`, row.levels[i], v);
        });
      }
    }
  }
  return plan;
}

type Notation = Record<'belaegning' | 'oh', 'fraction' | 'number' | 'unknown'>;

/**
 * Plans one cell: a blank cell is written; one holding the same value is left alone; one holding another value is a
 * conflict, written only with consent. Returns the function that plans a cell of a block (-1: the sheet's header).
 */
function planner(plan: PrefillPlan, grid: Grid, notation: Notation) {
  return (
    block: number,
    blockName: string,
    field: string,
    target: NumberField | TextField | undefined,
    value: Scalar,
    opts: { percent?: 'belaegning' | 'oh' } = {},
  ): void => {
    if (!target?.cell || value === null || value === undefined) return;
    const current = cellOf(grid, target.cell);
    const before: Scalar = isBlank(current) ? null : (current?.value ?? null);
    const planned: PlannedWrite = {
      sheet: plan.sheet,
      cell: target.cell,
      ...numberWrite(value, current, opts.percent ? notation[opts.percent] : null),
      block,
      blockName,
      field,
      before,
      ...(current?.formula ? { beforeFormula: current.formula } : {}),
      ...(current?.numFmt ? { beforeNumFmt: current.numFmt } : {}),
    };
    const parsed = 'value' in target ? target.value : null;
    if (isBlank(current) && !current?.formula) plan.writes.push(planned);
    else if (typeof value === 'number' && typeof parsed === 'number' && sameNumber(parsed, value)) plan.unchanged++;
    else if (typeof value === 'string' && typeof parsed === 'string' && parsed.trim() === value.trim()) plan.unchanged++;
    else plan.conflicts.push(planned);
  };
}

/**
 * How a figure is written so that it reads back as the figure, whatever the cell's format was: a percent as a
 * fraction under the cell's own % format, or under "0.0%" where the cell has none (a user's copy, a cell cleared to
 * General), or as the percent number where the sheet types its percentages so; a number into a text-formatted cell
 * with the General format (Excel would store it as text); a text under the text format, as Excel must be given it
 * (Range.values would parse "1.234" or "=1+1"), so that the undo record puts the cell's own format back. The format
 * goes in the same write.
 */
function numberWrite(value: Scalar, current: GridCell | undefined, percent: 'fraction' | 'number' | 'unknown' | null): Pick<CellWrite, 'value' | 'numFmt'> {
  if (typeof value === 'string') return current?.numFmt === '@' ? { value } : { value, numFmt: '@' };
  if (typeof value !== 'number') return { value };
  const text = current?.numFmt === '@';
  if (percent === null) return text ? { value, numFmt: 'General' } : { value };
  const fraction = Number((value / 100).toPrecision(15));
  if (hasPercentFormat(current)) return { value: fraction };
  if (percent === 'number') return { value, numFmt: 'General' };
  return { value: fraction, numFmt: '0.0%' };
}

function asSnapshotOffer(o: FillOffer): SnapshotOffer {
  const first = Object.values(o.years)[0] ?? {};
  return { tilbud: o.tilbud, afdeling: o.afdeling, paragraf: o.paragraf, enhed: o.enhed, figures: first, ...(o.source ? { source: o.source } : {}) };
}

/** The writes to apply: the blank cells, plus the conflicts the user allowed ("all", or their addresses). */
export function chosenWrites(plan: PrefillPlan, overwrite: 'none' | 'all' | ReadonlySet<string>): PlannedWrite[] {
  const allowed = (w: PlannedWrite) => overwrite === 'all' || (overwrite !== 'none' && overwrite.has(`${w.sheet}!${w.cell}`));
  return [...plan.writes, ...plan.conflicts.filter(allowed)];
}

/** "1.234" for numbers, the text for texts: for listing a conflict. */
export function shown(v: Scalar): string {
  if (typeof v === 'number') return formatNumber(v, Number.isInteger(v) ? 0 : 2);
  if (v === null) return '(tom)';
  return String(v);
}
