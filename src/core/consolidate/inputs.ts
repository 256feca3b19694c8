// Which files a consolidation counts: one export once, whatever forms it came in (xlsx, csv and json of one export,
// or the skema it was made from), an identical file once, and only the budget year most files have; every file left
// out is named with its reason, and a form whose figures differ from its export's is never mixed in.
import type { ExportJson, ExportRow } from '../export/tidy-export';
import { EXPORT_COLUMNS } from '../export/tidy-export';
import { offerName } from '../model/queries';
import { formatNumber } from '../format';
import { exportBudgetYear, mode } from '../export/file-name';

/** A file not counted, with the reason. */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** A file that is another form of an export already counted: named in the reconciliation, not a problem. */
export interface SameExport {
  file: string;
  /** The form that was counted. */
  twin: string;
}

/** Where an input came from: a form of `takst export`, or an operator's filled skema read and checked here. */
export type InputForm = 'json' | 'xlsx' | 'skema' | 'csv';

export interface ConsolidationInput {
  file: string;
  export: ExportJson;
  /** Absent: a JSON export (the richest form). */
  form?: InputForm;
}

/** The order in which one export's forms are preferred: the one with metadata, findings and explanations first. */
const PREFERRED: InputForm[] = ['json', 'xlsx', 'skema', 'csv'];
const formOf = (i: ConsolidationInput): InputForm => i.form ?? 'json';
const stem = (file: string) => file.replace(/\.(json|xlsx|csv)$/i, '').toLowerCase();

const rowKey = (r: ExportRow) => `${r.sheet}|${r.block}|${r.year}|${r.level ?? ''}`;
const same = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) : (a ?? null) === (b ?? null);

/** The first differences between two forms of one export, in Danish ("Hobro 2027 Takst 2: 487 → 520"); [] when equal. */
export function rowDifferences(counted: ExportRow[], other: ExportRow[], limit = 3): string[] {
  const out: string[] = [];
  const theirs = new Map(other.map((r) => [rowKey(r), r]));
  const ours = new Set(counted.map(rowKey));
  for (const r of counted) {
    const t = theirs.get(rowKey(r));
    const name = `${offerName(r.tilbud, r.afdeling)} ${r.year}${r.level ? ` ${r.level}` : ''}`;
    if (!t) out.push(`${name} mangler`);
    else
      for (const [k, header] of EXPORT_COLUMNS)
        if (!same(r[k], t[k])) {
          const shown = (v: unknown) =>
            typeof v === 'number' ? formatNumber(v, Number.isInteger(v) ? 0 : 2) : v === null || v === undefined ? '(tom)' : `"${v}"`;
          out.push(`${name}, ${header}: ${shown(r[k])} → ${shown(t[k])}`);
        }
  }
  for (const r of other) if (!ours.has(rowKey(r))) out.push(`${offerName(r.tilbud, r.afdeling)} ${r.year}${r.level ? ` ${r.level}` : ''} er kommet til`);
  return out.slice(0, limit).concat(out.length > limit ? [`og ${out.length - limit} forskelle mere`] : []);
}

/** Groups the inputs that are one export: the same source (by its SHA-256), or a CSV by its file name or its rows. */
function groups(inputs: ConsolidationInput[]): ConsolidationInput[][] {
  const out: ConsolidationInput[][] = [];
  for (const i of inputs) {
    const g = out.find((members) =>
      members.some(
        (m) =>
          (formOf(i) !== 'csv' && formOf(m) !== 'csv' && m.export.metadata.sourceSha256 === i.export.metadata.sourceSha256) ||
          ((formOf(i) === 'csv' || formOf(m) === 'csv') &&
            formOf(i) !== formOf(m) &&
            (stem(m.file) === stem(i.file) || (m.export.rows.length > 0 && rowDifferences(m.export.rows, i.export.rows).length === 0))),
      ),
    );
    if (g) g.push(i);
    else out.push([i]);
  }
  return out;
}

/**
 * The files to count: each export once (its richest form), and only those of the budget year most files have; the
 * others are listed with the reason, never mixed in silently.
 */
export function selectInputs(inputs: ConsolidationInput[]): {
  kept: ConsolidationInput[];
  skipped: SkippedFile[];
  sameExport: SameExport[];
  budgetYear: number;
} {
  const skipped: SkippedFile[] = [];
  const sameExport: SameExport[] = [];
  const unique: ConsolidationInput[] = [];
  for (const g of groups(inputs)) {
    const counted = [...g].sort((a, b) => PREFERRED.indexOf(formOf(a)) - PREFERRED.indexOf(formOf(b)))[0];
    unique.push(counted);
    for (const m of g) {
      if (m === counted) continue;
      const diff = rowDifferences(counted.export.rows, m.export.rows);
      if (formOf(m) === formOf(counted)) skipped.push({ file: m.file, reason: `samme indhold som ${counted.file} (SHA-256 ens); talt én gang` });
      else if (diff.length === 0) sameExport.push({ file: m.file, twin: counted.file });
      else
        skipped.push({
          file: m.file,
          reason: `samme eksport som ${counted.file}, men tallene afviger (${diff.join('; ')}): en af filerne er ændret efter eksporten; kun ${counted.file} er medtaget`,
        });
    }
  }
  const budgetYear = mode(unique.map((i) => exportBudgetYear(i.export)).filter((y): y is number => y !== null)) ?? 0;
  const kept = unique.filter(({ file, export: e }) => {
    const y = exportBudgetYear(e);
    if (y === null || y === budgetYear) return true;
    skipped.push({ file, reason: `budgetår ${y}, men de øvrige filer har ${budgetYear}; ikke blandet ind i takstbilaget` });
    return false;
  });
  return { kept, skipped, sameExport, budgetYear };
}
