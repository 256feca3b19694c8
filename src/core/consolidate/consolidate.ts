// The secretariat's consolidation: every operator's export into the takstbilag (one row per offer, department and
// level with both years' rates), the review group's list, next year's snapshot, and a reconciliation.
import { selectInputs, type ConsolidationInput, type SameExport, type SkippedFile } from './inputs';
import { isRegion } from '../compute/limits';
import { COMPONENT_KEYS, type Components } from '../explain/decompose';
import type { ExportJson, ExportRow } from '../export/tidy-export';
import { normalizeName } from '../model/match';
import type { Snapshot, SnapshotFigures, SnapshotOperator } from '../model/snapshot';
import { hashedContent, SNAPSHOT_SCHEMA_VERSION } from '../model/canonical-json';
import { compareOffers, COMPARISON_RULE, type ComparisonRow, type ComparisonRule } from './compare';
import { OperatorReview, UNEVEN_PCT, type ReviewItem } from './review';
import { bilagRows, blockNotes, blocksOf, compareBilagRows, type TakstbilagRow } from './takstbilag';

export type { ReviewItem } from './review';
export type { TakstbilagRow } from './takstbilag';

export interface OperatorSummary {
  driftsherre: string;
  blocks: number;
  /** Per level: its change minus P/L, percentage points. */
  averageAdjusted: number | null;
  lowest: number | null;
  highest: number | null;
  /** The average of the explained blocks' components, percentage points. */
  components: Components | null;
  explained: number;
}

export interface FileReconciliation {
  file: string;
  driftsherre: string;
  blocksRead: number;
  blocksInBilag: number;
  rowsWritten: number;
  balances: boolean;
}

export interface Consolidation {
  takstbilag: TakstbilagRow[];
  review: ReviewItem[];
  /** Every offer's rate beside comparable offers of all operators (same §§ and Enhed). */
  comparison: ComparisonRow[];
  /** The rule the comparison marks by (its thresholds are cells of the Sammenligning sheet). */
  comparisonRule: ComparisonRule;
  operators: OperatorSummary[];
  explanations: Array<ExportJson['explanations'][number] & { driftsherre: string }>;
  snapshot: Snapshot;
  reconciliation: FileReconciliation[];
  duplicates: Array<{ tilbud: string; afdeling: string | null; enhed: string | null; operators: string[] }>;
  /** The budget year of the consolidation: the most common among the files. */
  budgetYear: number;
  /** The P/L each operator's sheet states (kommuner or regioner, as applies), for the takstbilag's caption. */
  pl: { kommuner: number[]; regioner: number[] };
  /** Files not counted, with the reason: the same file twice (counted once), another budget year, an edited form. */
  skipped: SkippedFile[];
  /** Files that are another form (xlsx, csv) of an export counted once. */
  sameExport: SameExport[];
}

export interface ConsolidateOptions {
  comparison?: ComparisonRule;
  /** Percent: rates of one Tilbud's Afdelinger differing more are "uens". */
  unevenPct?: number;
  now?: Date;
  /**
   * SHA-256 of a text as hex, to seal next year's snapshot (`snapshotHash` in model/snapshot.ts computes the same
   * with @noble/hashes): the caller's, so the CLI uses Node's own and loads no hashing module (15 ms).
   */
  sha256: (text: string) => string;
}

function plOf(e: ExportJson): number | null {
  return isRegion(e.metadata.driftsherre) ? e.metadata.pl.regioner : e.metadata.pl.kommuner;
}

export function consolidate(all: ConsolidationInput[], opts: ConsolidateOptions): Consolidation {
  const { kept: inputs, skipped, sameExport, budgetYear } = selectInputs(all);
  const [year1, year2] = [budgetYear - 1, budgetYear];
  const comparisonRule = opts.comparison ?? COMPARISON_RULE;
  const out: Omit<Consolidation, 'snapshot' | 'comparison'> = {
    takstbilag: [],
    review: [],
    comparisonRule,
    operators: [],
    explanations: [],
    reconciliation: [],
    duplicates: [],
    budgetYear,
    pl: { kommuner: [], regioner: [] },
    skipped,
    sameExport,
  };
  const snapshotOps = new Map<string, SnapshotOperator>();
  out.review.push(...sameOperatorTwice(inputs, budgetYear));
  const allBlocks: Array<{ driftsherre: string; rows: ExportRow[] }> = [];
  const identities = new Map<string, { tilbud: string; afdeling: string | null; enhed: string | null; operators: Set<string> }>();

  for (const { file, export: e } of inputs) {
    const op = e.metadata.driftsherre ?? file;
    const pl = plOf(e);
    if (e.metadata.pl.kommuner !== null) out.pl.kommuner.push(e.metadata.pl.kommuner);
    if (e.metadata.pl.regioner !== null) out.pl.regioner.push(e.metadata.pl.regioner);
    const byBlock = blocksOf(e.rows);
    const notes = blockNotes(byBlock, year1, year2);
    const bilag: TakstbilagRow[] = [];
    let blocksInBilag = 0;
    for (const [k, rows] of byBlock) {
      const added = bilagRows(op, file, rows, year1, year2, notes.get(k) ?? null);
      if (added.length > 0) blocksInBilag++;
      bilag.push(...added);
    }
    const review = new OperatorReview(op, pl, bilag);
    review.forced(e);
    const rise = e.metadata.thresholds.rateRisePp ?? 2;
    for (const row of bilag) review.rise(row, rise);
    for (const rows of byBlock.values()) {
      reviewYears(review, op, rows, year1, year2, e.metadata.thresholds.occupancyPct ?? 95);
      allBlocks.push({ driftsherre: op, rows });
      const first = rows[0];
      const id = [normalizeName(first.tilbud), normalizeName(first.afdeling), normalizeName(first.enhed)].join('|');
      const known = identities.get(id) ?? { tilbud: first.tilbud ?? '', afdeling: first.afdeling, enhed: first.enhed, operators: new Set<string>() };
      known.operators.add(op);
      identities.set(id, known);
      // Next year's snapshot: each block's row for the budget year; a block without it (ended) is not carried on.
      addToSnapshot(snapshotOps, op, file, e, rows, year2);
    }
    review.uneven([...byBlock.values()], year2, opts.unevenPct ?? UNEVEN_PCT);
    review.findings(e, byBlock);
    out.review.push(...review.items);
    out.takstbilag.push(...bilag);
    for (const x of e.explanations) out.explanations.push({ ...x, driftsherre: op });
    out.operators.push(summary(op, pl, bilag, e, byBlock.size));
    out.reconciliation.push({
      file,
      driftsherre: op,
      blocksRead: byBlock.size,
      blocksInBilag,
      rowsWritten: bilag.length,
      balances: byBlock.size === blocksInBilag,
    });
  }
  for (const d of identities.values())
    if (d.operators.size > 1) out.duplicates.push({ tilbud: d.tilbud, afdeling: d.afdeling, enhed: d.enhed, operators: [...d.operators] });
  out.takstbilag.sort(compareBilagRows);
  // Sealed without snapshot.ts (zod), by the caller's hash of the text snapshotHash takes (canonical-json.ts).
  const content: Omit<Snapshot, 'sha256'> = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    budgetYear,
    source: `takst consolidate: ${inputs.map((i) => i.file).join(', ')}`,
    createdAt: (opts.now ?? new Date()).toISOString(),
    partial: false,
    operators: [...snapshotOps.values()],
  };
  const snapshot: Snapshot = { ...content, sha256: opts.sha256(hashedContent(content)) };
  return { ...out, comparison: compareOffers(allBlocks, year2, comparisonRule), snapshot };
}

/** One operator in several files: the review group must know which is the right one. */
function sameOperatorTwice(inputs: ConsolidationInput[], budgetYear: number): ReviewItem[] {
  const filesOf = new Map<string, string[]>();
  for (const { file, export: e } of inputs) {
    const op = e.metadata.driftsherre ?? file;
    filesOf.set(op, [...(filesOf.get(op) ?? []), file]);
  }
  return [...filesOf].flatMap(([op, files]) =>
    files.length > 1
      ? [
          {
            category: 'Samme driftsherre i flere filer',
            driftsherre: op,
            tilbud: null,
            afdeling: null,
            level: null,
            rate1: null,
            rate2: null,
            change: null,
            pl: null,
            where: null,
            detail: `${files.join(', ')} har begge tal for ${op} for ${budgetYear}; kun den rigtige skal indgå`,
          },
        ]
      : [],
  );
}

/** A block's years: one outside the takstbilag's two is named; its occupancy is judged for the budget year. */
function reviewYears(review: OperatorReview, op: string, rows: ExportRow[], year1: number, year2: number, occupancyPct: number): void {
  const years = [...new Set(rows.map((r) => r.year))];
  const foreign = years.find((y) => y !== year1 && y !== year2);
  if (foreign !== undefined)
    review.add(
      {
        category: 'Forkert årstal',
        driftsherre: op,
        tilbud: rows[0].tilbud,
        afdeling: rows[0].afdeling,
        where: String(foreign),
        detail: `Blokken har året ${foreign}; takstbilagets år er ${year1} og ${year2}`,
      },
      rows,
    );
  review.occupancy(rows, year2, occupancyPct);
}

function summary(op: string, pl: number | null, bilag: TakstbilagRow[], e: ExportJson, blocks: number): OperatorSummary {
  const adjusted = pl === null ? [] : bilag.flatMap((r) => (r.change === null ? [] : [r.change - pl]));
  const explained = e.explanations.filter((x) => x.components);
  const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
  return {
    driftsherre: op,
    blocks,
    averageAdjusted: mean(adjusted),
    lowest: adjusted.length ? adjusted.reduce((a, b) => Math.min(a, b)) : null,
    highest: adjusted.length ? adjusted.reduce((a, b) => Math.max(a, b)) : null,
    components: explained.length
      ? (Object.fromEntries(COMPONENT_KEYS.map((k) => [k, mean(explained.map((x) => x.components![k])) ?? 0])) as unknown as Components)
      : null,
    explained: explained.length,
  };
}

/** A block's budget-year row into next year's snapshot, with what next year's prefill needs beyond the figures. */
function addToSnapshot(ops: Map<string, SnapshotOperator>, op: string, file: string, e: ExportJson, rows: ExportRow[], year: number): void {
  const last = rows.filter((r) => r.year === year);
  if (last.length === 0) return;
  const first = last[0];
  let sop = ops.get(op);
  if (!sop) {
    const overhead = (e.metadata.overheadDriftsherre ?? []).flatMap((o) => (o.year !== null && o.pct !== null ? [{ year: o.year, pct: o.pct }] : []));
    sop = { driftsherre: op, ...(overhead.length > 0 ? { overheadDriftsherre: overhead } : {}), offers: [] };
    ops.set(op, sop);
  }
  sop.offers.push({
    tilbud: first.tilbud ?? '',
    afdeling: first.afdeling,
    paragraf: first.paragraf,
    enhed: first.enhed,
    figures: figuresOf(last),
    ...(first.saerligeForhold ? { saerligeForhold: first.saerligeForhold } : {}),
    source: `${file}: ${first.sheet} blok ${first.block}`,
  });
}

function figuresOf(rows: ExportRow[]): SnapshotFigures {
  const r = rows[0];
  const f: SnapshotFigures = { pladser: r.pladser, belaegning: r.belaegning, budget: r.budget, regulering: r.regulering, oh: r.oh };
  const takster: Array<number | null> = [];
  const anvendte: Array<number | null> = [];
  const solgte: Array<number | null> = [];
  for (const x of rows) {
    if (x.level === 'Basis') f.basis = x.rate;
    else if (x.level === 'Time') f.time = x.rate;
    else if (x.level) {
      const i = Number(/\d+/.exec(x.level)?.[0]) - 1;
      takster[i] = x.rate;
      anvendte[i] = x.anvendte;
      solgte[i] = x.solgte;
    }
  }
  const dense = (a: Array<number | null>) => Array.from({ length: a.length }, (_, i) => a[i] ?? null);
  if (takster.length) f.takster = dense(takster);
  if (anvendte.some((v) => v !== null && v !== undefined)) f.anvendte = dense(anvendte);
  if (solgte.some((v) => v !== null && v !== undefined)) f.solgte = dense(solgte);
  if (f.basis === undefined) f.basis = null;
  if (f.time === undefined) f.time = null;
  return f;
}
