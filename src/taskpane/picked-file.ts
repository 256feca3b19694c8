// A file picked in Indlæs fra fil, read once: its text (a CSV) or its sheets (an xlsx), or the Danish sentence why it
// cannot be read. The matching step's headers and the offers both come from this one reading.
import type { Grid } from '../core/grid';
import { readOldSheet } from '../core/layout/old-layout';
import { offersFromExport, type ExportOffers } from '../core/import/export';
import { decodeText, looksBinary } from '../core/import/text';
import { parseCsv, type Mapping } from '../core/import/tidy';
import { RunError } from '../core/errors';
import { checkXlsxBytes, LIMITS, MB, zipCheckMessage } from '../adapters/exceljs/zip-check';

export type PickedFile = { name: string; csv: string } | { name: string; grids: Grid[] };

/** A picked file's bytes (FileReader where Blob.arrayBuffer is missing, as in older WebViews). */
export function bytesOf(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as ArrayBuffer);
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(file);
  });
}

/** Reads the file once (the same ceiling the CLI's guard applies), or says why not. */
export async function loadPicked(file: File): Promise<PickedFile | string> {
  if (file.size > LIMITS.fileBytes) return `${file.name} er større end ${MB(LIMITS.fileBytes)} og læses ikke.`;
  const bytes = await bytesOf(file);
  if (/\.(csv|txt)$/i.test(file.name)) {
    const raw = new Uint8Array(bytes);
    if (raw.length === 0 || looksBinary(raw))
      return `${file.name} er ${raw.length === 0 ? 'tom' : 'ikke en tekstfil (CSV)'}; gem tabellen som "CSV (semikolonsepareret)" eller som .xlsx.`;
    return { name: file.name, csv: decodeText(raw).text };
  }
  const check = checkXlsxBytes(new Uint8Array(bytes));
  if (!check.ok) return zipCheckMessage(file.name, check.reason);
  const { xlsxToGrids } = await import(/* webpackChunkName: "xlsx-reader" */ './load-xlsx');
  try {
    return { name: file.name, grids: await xlsxToGrids(bytes) };
  } catch (e) {
    if (e instanceof RunError) throw e;
    return zipCheckMessage(file.name, 'corrupt');
  }
}

/** The file's offers through the mapping (none for the old skema); a mapping that does not fit throws a RunError. */
export function offersOf(file: PickedFile, map: Mapping | null): ExportOffers {
  return offersFromExport('csv' in file ? { csv: file.csv } : { grids: file.grids }, map);
}

/**
 * The header row of the first table among the files, for the matching step: a CSV's first row, or an xlsx's when it
 * is not the old skema (a tidy table saved from Excel). Null when there is no such table; a text that is no table (one
 * line, one column: "hej") is refused, never sent to matching.
 */
export function tableHeaders(files: PickedFile[]): string[] | string | null {
  for (const file of files) {
    let first: unknown[];
    let rows: number;
    if ('csv' in file) {
      const table = parseCsv(file.csv).rows.filter((r) => r.some((c) => String(c ?? '').trim() !== ''));
      [first, rows] = [table[0] ?? [], table.length];
    } else {
      // The old skema is read as it is, not matched.
      if (file.grids.some((g) => readOldSheet(g) !== null)) continue;
      const grid = file.grids.find((g) => !g.hidden) ?? file.grids[0];
      const row = grid?.cells.find((r) => r?.some((c) => c && c.value !== null && String(c.value).trim() !== ''));
      [first, rows] = [(row ?? []).map((c) => c?.value ?? null), grid ? grid.cells.filter(Boolean).length : 0];
    }
    const headers = first.map((c) => String(c ?? '').trim()).filter((h) => h !== '');
    if (headers.length < 2 || rows < 2)
      return `${file.name} er ikke en tabel: den har ${rows < 2 ? 'ingen rækker under overskriften' : 'kun én kolonne'}. Vælg det gamle skema (xlsx) eller en tabel med en overskriftsrække (Tilbud, År, Takst …).`;
    return headers;
  }
  return null;
}
