// The secretariat's consolidation: every operator's export into the takstbilag (one row per offer, department and
// level with both years' rates), the review group's list, next year's snapshot, and a reconciliation.
import { percentChange } from '../compute/change';
import { selectInputs, type SkippedFile } from './inputs';
import { belowOccupancy, isRegion, risesPastLimit } from '../compute/limits';
import { COMPONENT_KEYS, type Components } from '../explain/decompose';
import type { ExportJson, ExportRow } from '../export/tidy-export';
import { normalizeName } from '../prefill/match';
import { SNAPSHOT_SCHEMA_VERSION, sealSnapshot, type Snapshot, type SnapshotFigures, type SnapshotOperator } from '../prefill/snapshot';

export interface TakstbilagRow {
  driftsherre: string;
  tilbud: string;
  afdeling: string | null;
  paragraf: string | null;
  enhed: string | null;
  level: string | null;
  year1: number;
  year2: number;
  rate1: number | null;
  rate2: number | null;
  /** Percent. */
  change: number | null;
  bemaerkning: string | null;
  source: string;
}

export interface ReviewItem {
  category: string;
  driftsherre: string;
  tilbud: string | null;
  afdeling: string | null;
  where: string | null;
  detail: string;
}

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
  operators: OperatorSummary[];
  explanations: Array<ExportJson['explanations'][number] & { driftsherre: string }>;
  snapshot: Snapshot;
  reconciliation: FileReconciliation[];
  duplicates: Array<{ tilbud: string; afdeling: string | null; enhed: string | null; operators: string[] }>;
  /** The budget year of the consolidation: the most common among the files. */
  budgetYear: number;
  /** Files not counted, with the reason: the same file twice (counted once), or another budget year. */
  skipped: SkippedFile[];
}

const LEVEL_ORDER = (l: string | null) => (l === null ? -1 : l === 'Basis' ? 0 : l === 'Time' ? 1 : 1 + Number(/\d+/.exec(l)?.[0] ?? 99));

const REVIEW_RULES: Record<string, string> = {
  'rate-rise-needs-remark': 'Manglende bemærkning ved stigning',
  'low-occupancy-needs-remark': 'Lav belægning uden bemærkning/tomgang',
  'rate-on-250-days': 'Mistanke om 250-dagestakst',
  'structure-change-in-block': 'Strukturændring',
  'new-or-discontinued-offer': 'Nyt eller udgået tilbud',
  'name-not-in-snapshot': 'Navn afviger fra sidste år',
  'year1-differs-from-snapshot': 'År 1 afviger fra sidste års godkendte tal',
};

function plOf(e: ExportJson): number | null {
  return isRegion(e.metadata.driftsherre) ? e.metadata.pl.regioner : e.metadata.pl.kommuner;
}

export function consolidate(all: Array<{ file: string; export: ExportJson }>, now = new Date()): Consolidation {
  const { kept: inputs, skipped, budgetYear } = selectInputs(all);
  const out: Omit<Consolidation, 'snapshot'> = {
    takstbilag: [],
    review: [],
    operators: [],
    explanations: [],
    reconciliation: [],
    duplicates: [],
    budgetYear,
    skipped,
  };
  const snapshotOps = new Map<string, SnapshotOperator>();
  const filesOf = new Map<string, string[]>();
  for (const { file, export: e } of inputs) {
    const op = e.metadata.driftsherre ?? file;
    filesOf.set(op, [...(filesOf.get(op) ?? []), file]);
  }
  for (const [op, files] of filesOf) {
    if (files.length > 1)
      out.review.push({
        category: 'Samme driftsherre i flere filer',
        driftsherre: op,
        tilbud: null,
        afdeling: null,
        where: null,
        detail: `${files.join(', ')} har begge tal for ${op} for ${budgetYear}; kun den rigtige skal indgå`,
      });
  }
  const pendingSnapshot: Array<{ op: string; file: string; rows: ExportRow[] }> = [];
  const identities = new Map<string, { tilbud: string; afdeling: string | null; enhed: string | null; operators: Set<string> }>();

  for (const { file, export: e } of inputs) {
    const op = e.metadata.driftsherre ?? file;
    const pl = plOf(e);
    const rise = e.metadata.thresholds.rateRisePp ?? 2;
    const occupancy = e.metadata.thresholds.occupancyPct ?? 95;
    const byBlock = new Map<string, ExportRow[]>();
    for (const r of e.rows) {
      const k = `${r.sheet}|${r.block}`;
      const list = byBlock.get(k) ?? [];
      list.push(r);
      byBlock.set(k, list);
    }
    const blocksInBilag = new Set<string>();
    let rowsWritten = 0;
    const adjusted: number[] = [];
    for (const [k, rows] of byBlock) {
      const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
      const [y1, y2] = [years[0], years[years.length - 1]];
      const first = rows[0];
      if (y2 !== budgetYear && y2 !== budgetYear - 1) {
        out.review.push({
          category: 'Forkert årstal',
          driftsherre: op,
          tilbud: first.tilbud,
          afdeling: first.afdeling,
          where: String(y2),
          detail: `Blokken har året ${y2}; takstbilagets år er ${budgetYear - 1} og ${budgetYear}`,
        });
      }
      const levels = [...new Set(rows.map((r) => r.level))].sort((a, b) => LEVEL_ORDER(a) - LEVEL_ORDER(b));
      for (const level of levels) {
        const at = (y: number) => rows.find((r) => r.year === y && r.level === level)?.rate ?? null;
        const rate1 = years.length > 1 ? at(y1) : null;
        const rate2 = at(y2);
        const change = percentChange(rate1, rate2);
        out.takstbilag.push({
          driftsherre: op,
          tilbud: first.tilbud ?? '',
          afdeling: first.afdeling,
          paragraf: first.paragraf,
          enhed: first.enhed,
          level,
          year1: y1,
          year2: y2,
          rate1,
          rate2,
          change,
          bemaerkning: first.bemaerkning,
          source: file,
        });
        rowsWritten++;
        blocksInBilag.add(k);
        if (change !== null && pl !== null) {
          adjusted.push(change - pl);
          if (risesPastLimit(change, pl, rise))
            out.review.push({
              category: 'Stigning over P/L + grænseværdi',
              driftsherre: op,
              tilbud: first.tilbud,
              afdeling: first.afdeling,
              where: level,
              detail: `${level ?? 'Takst'} stiger ${change.toFixed(1).replace('.', ',')} % (P/L ${pl.toString().replace('.', ',')} % + ${rise.toString().replace('.', ',')} procentpoint)${first.bemaerkning ? `; bemærkning: ${first.bemaerkning}` : '; ingen bemærkning'}`,
            });
        }
      }
      const last = rows.filter((r) => r.year === y2);
      const bel = last[0]?.belaegning;
      if (bel !== null && bel !== undefined && belowOccupancy(bel, occupancy))
        out.review.push({
          category: 'Belægning under grænseværdi',
          driftsherre: op,
          tilbud: first.tilbud,
          afdeling: first.afdeling,
          where: String(y2),
          detail: `Belægning ${bel.toString().replace('.', ',')} % (grænse ${occupancy.toString().replace('.', ',')} %)`,
        });
      pendingSnapshot.push({ op, file, rows });
      const id = [normalizeName(first.tilbud), normalizeName(first.afdeling), normalizeName(first.enhed)].join('|');
      const known = identities.get(id) ?? { tilbud: first.tilbud ?? '', afdeling: first.afdeling, enhed: first.enhed, operators: new Set<string>() };
      known.operators.add(op);
      identities.set(id, known);
    }
    for (const f of e.findings) {
      const category = REVIEW_RULES[f.ruleId];
      if (!category) continue;
      out.review.push({ category, driftsherre: op, tilbud: f.block?.tilbud ?? null, afdeling: f.block?.afdeling ?? null, where: f.cell, detail: f.message });
    }
    const explained = e.explanations.filter((x) => x.components);
    for (const x of e.explanations) out.explanations.push({ ...x, driftsherre: op });
    const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
    out.operators.push({
      driftsherre: op,
      blocks: byBlock.size,
      averageAdjusted: mean(adjusted),
      lowest: adjusted.length ? Math.min(...adjusted) : null,
      highest: adjusted.length ? Math.max(...adjusted) : null,
      components: explained.length
        ? (Object.fromEntries(COMPONENT_KEYS.map((k) => [k, mean(explained.map((x) => x.components![k])) ?? 0])) as unknown as Components)
        : null,
      explained: explained.length,
    });
    out.reconciliation.push({
      file,
      driftsherre: op,
      blocksRead: byBlock.size,
      blocksInBilag: blocksInBilag.size,
      rowsWritten,
      balances: byBlock.size === blocksInBilag.size,
    });
  }
  // Next year's snapshot: each block's row for the budget year; a block without it (discontinued) is not carried on.
  for (const { op, file, rows } of pendingSnapshot) {
    const last = rows.filter((r) => r.year === budgetYear);
    if (last.length === 0) continue;
    const first = last[0];
    const sop = snapshotOps.get(op) ?? { driftsherre: op, offers: [] };
    snapshotOps.set(op, sop);
    sop.offers.push({
      tilbud: first.tilbud ?? '',
      afdeling: first.afdeling,
      paragraf: first.paragraf,
      enhed: first.enhed,
      figures: figuresOf(last),
      source: `${file}: ${first.sheet} blok ${first.block}`,
    });
  }
  for (const d of identities.values())
    if (d.operators.size > 1) out.duplicates.push({ tilbud: d.tilbud, afdeling: d.afdeling, enhed: d.enhed, operators: [...d.operators] });
  out.takstbilag.sort(
    (a, b) =>
      a.driftsherre.localeCompare(b.driftsherre, 'da') ||
      a.tilbud.localeCompare(b.tilbud, 'da') ||
      (a.afdeling ?? '').localeCompare(b.afdeling ?? '', 'da') ||
      LEVEL_ORDER(a.level) - LEVEL_ORDER(b.level),
  );
  const snapshot = sealSnapshot({
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    budgetYear,
    source: `takst consolidate: ${inputs.map((i) => i.file).join(', ')}`,
    createdAt: now.toISOString(),
    partial: false,
    operators: [...snapshotOps.values()],
  });
  return { ...out, snapshot };
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
