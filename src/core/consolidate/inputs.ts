// Which files a consolidation counts: an identical file once, and only the budget year most files have; every
// file left out is named with its reason.
import type { ExportJson } from '../export/tidy-export';

/** A file not counted, with the reason. */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** The most common value (ties: the larger), or null for none. */
function mode(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && v > best)) best = v;
  return best;
}

/** An export's budget year: the most common latest year of its blocks (a typo in one block does not move it). */
function budgetYearOf(e: ExportJson): number | null {
  const latest = new Map<string, number>();
  for (const r of e.rows) latest.set(`${r.sheet}|${r.block}`, Math.max(latest.get(`${r.sheet}|${r.block}`) ?? r.year, r.year));
  return mode([...latest.values()]);
}

/**
 * The files to count: an identical file (same SHA-256 of its source) once, and only those of the budget year most
 * files have; the others are listed with the reason, never mixed in silently.
 */
export function selectInputs(inputs: Array<{ file: string; export: ExportJson }>): {
  kept: Array<{ file: string; export: ExportJson }>;
  skipped: SkippedFile[];
  budgetYear: number;
} {
  const skipped: SkippedFile[] = [];
  const seen = new Map<string, string>();
  const unique = inputs.filter(({ file, export: e }) => {
    const twin = seen.get(e.metadata.sourceSha256);
    if (twin !== undefined) {
      skipped.push({ file, reason: `samme indhold som ${twin} (SHA-256 ens); talt én gang` });
      return false;
    }
    seen.set(e.metadata.sourceSha256, file);
    return true;
  });
  const budgetYear = mode(unique.map((i) => budgetYearOf(i.export)).filter((y): y is number => y !== null)) ?? 0;
  const kept = unique.filter(({ file, export: e }) => {
    const y = budgetYearOf(e);
    if (y === null || y === budgetYear) return true;
    skipped.push({ file, reason: `budgetår ${y}, men de øvrige filer har ${budgetYear}; ikke blandet ind i takstbilaget` });
    return false;
  });
  return { kept, skipped, budgetYear };
}
