// The work of `takst fill`: loaded only when the command runs, so that `takst --help` and the other
// commands start without it (exceljs, zod and the core are read here, not at registration).
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { RunError } from '../../core/errors';
import { ExcelJsWorkbook } from '../../adapters/exceljs/port';
import type { Grid } from '../../core/grid';
import { readGridsFile } from '../../adapters/xlsx/file';
import { saveWorkbook } from '../../adapters/exceljs/write';
import { streamWorkbook } from '../../adapters/exceljs/stream-write';
import { MemoryWorkbook } from '../../adapters/memory/workbook';
import { specToGrids } from '../../core/template/grids';
import type { WorkbookSpec } from '../../core/template/spec';
import type { WorkbookPort } from '../../core/port';
import { OutputSet, sameFile, writeAtomically } from '../../adapters/exceljs/outputs';
import { readWorkbook } from '../../core/layout/discover';
import { decodeText } from '../../core/import/text';
import { offersFromExport, type ExportOffers } from '../../core/import/export';
import { combineExports, formatDifferences, otherOperatorWarning, type CombinedExports, type ExportFile } from '../../core/import/combine';
import { copyBlocks } from '../../adapters/exceljs/blocks';
import { formatProgress, progressOf, totalProgress } from '../../core/progress';
import { validateWorkbook } from '../../core/rules/runner';
import { formatReconciliation } from '../../core/workflows/reconcile';
import { parseMapping, type Mapping } from '../../core/import/tidy';
import { runError } from '../../core/run-messages';
import { formatPlan } from '../../core/prefill/format';
import { chosenWrites, NO_BLOCK_LEFT } from '../../core/prefill/plan';
import { applyWrites } from '../../core/workflows/apply';
import { planFillOn } from '../../core/workflows/fill';
import { buildTemplate, MAX_BLOCKS } from '../../core/template/build';
import { formatNumber } from '../../core/format';
import { BUNDLED_SNAPSHOT, EXIT, openTakstskemaFile, readJsonFile, readSnapshotFile, readTextInput, reportReadProblems, runCommand, type Output } from '../io';

async function readMapping(file: string): Promise<Mapping> {
  return parseMapping(await readJsonFile(file, 'bad-argument'));
}

export async function readExportFile(file: string, mapping: Mapping | null): Promise<ExportOffers> {
  if (/\.(csv|txt)$/i.test(file)) {
    const bytes = await readTextInput(file, 'not-csv', 'en CSV-tabel', '; gem tabellen som "CSV (semikolonsepareret)" eller som .xlsx');
    return offersFromExport({ csv: decodeText(bytes).text }, mapping);
  }
  return offersFromExport({ grids: (await readGridsFile(file)).grids }, mapping);
}

/** The command's options, as commander gives them. */
interface FillOptions {
  from: string[];
  mapping?: string;
  into?: string;
  driftsherre?: string;
  out?: string;
  snapshot?: string | false;
  overwrite?: boolean;
  dryRun?: boolean;
  force?: boolean;
}

/** Each export file read once (the same file twice counted once), with what it holds said; refused when none is usable. */
async function readExports(o: FillOptions, mapping: Mapping | null, io: Output): Promise<ExportFile[]> {
  // The same file twice (x and ./x, a hard link, a symlink) is one input, as consolidate counts it.
  const unique: string[] = [];
  for (const from of o.from) {
    let twin: string | undefined;
    for (const u of unique) if (await sameFile(from, u)) twin = u;
    if (twin === undefined) unique.push(from);
    else io.out(`  ${from}: samme fil som ${twin}; talt én gang`);
  }
  o.from = unique;
  const files: ExportFile[] = [];
  for (const from of o.from) {
    let exp: ExportOffers;
    try {
      exp = await readExportFile(from, mapping);
    } catch (e) {
      // With several files, a mapping that does not fit one of them is said of that file.
      throw e instanceof RunError && e.code === 'bad-mapping' && o.from.length > 1 ? e.in(from) : e;
    }
    if (exp.offers.length === 0 && exp.rows.length > 0) {
      const why = exp.rows
        .filter((r) => r.reason)
        .slice(0, 2)
        .map((r) => `række ${r.row}: ${r.reason}`)
        .join('; ');
      throw runError('noRowUsable', { count: exp.rows.length, file: from, why });
    }
    io.out(
      `${from}: ${exp.kind === 'old-layout' ? 'det gamle skema' : 'tabel'}, ${exp.offers.length} tilbud${exp.driftsherre ? ` for ${exp.driftsherre}` : ''}.`,
    );
    files.push({ name: path.basename(from), exp });
  }
  return files;
}

/**
 * The plan and its writes, on the skema --into or a new one: the grids, the model and the check (0,5 GB at national
 * scale) are let go when this returns, before a new skema is streamed out.
 */
async function planAndWrite(o: FillOptions, combined: CombinedExports, year: number, io: Output) {
  /** The skema to fill --into (loaded to apply the plan), or null for a new one streamed out at the end. */
  let workbook: ExcelJS.Workbook | null = null;
  /** A new skema: its spec, planned on in memory and written row by row (never whole in memory). */
  let spec: WorkbookSpec | null = null;
  /** The skema's one reading: the file's (checked against exceljs's) for --into, else the new template's. */
  let read: Grid[];
  if (o.into) {
    ({ workbook, grids: read } = await openTakstskemaFile(o.into));
  } else {
    // A skema holds at most MAX_BLOCKS blocks: more offers are a named refusal, never "Uventet fejl".
    if (combined.offers.length + 2 > MAX_BLOCKS)
      throw runError('tooManyOffers', { files: o.from.join(', '), offers: formatNumber(combined.offers.length), max: formatNumber(MAX_BLOCKS) });
    spec = buildTemplate({ driftsherre: o.driftsherre!, year, blocks: combined.offers.length + 2 }).spec;
    read = specToGrids(spec);
  }
  const port: WorkbookPort = workbook ? new ExcelJsWorkbook(workbook) : new MemoryWorkbook(read);
  // Year 1: last year's approved figures where they have the offer; the export's own where not.
  const snapshot = o.snapshot === false ? null : await readSnapshotFile(o.snapshot ?? BUNDLED_SNAPSHOT);
  let filling = planFillOn(read, combined, snapshot, { fallbackYear1: year - 1 });
  if (!filling) throw runError('skemaWithoutSheet');
  // Another operator's file into this skema (the region's export into Mariagerfjord's): said first.
  const other = otherOperatorWarning(combined, filling.sheet.driftsherre.value);
  if (other) io.out(`  Advarsel: ${other.replace(' Intet er skrevet endnu.', '')}`);
  // Fewer empty blocks than offers: the sheet's own last block is copied for the rest, and the plan made again.
  // (A new skema has a block for every offer and two spare: only a skema filled --into can lack blocks.)
  if (filling.lacking > 0) {
    if (!filling.copy || !workbook) io.out(`  ${filling.lacking} tilbud mangler en blok: ${filling.why ?? NO_BLOCK_LEFT}`);
    else {
      copyBlocks(workbook, filling.copy);
      io.out(`  ${filling.lacking} blokke tilføjet (kopier af skemaets sidste blok), så hvert tilbud har sin blok.`);
      filling = planFillOn(await port.readGrids(), combined, snapshot, { fallbackYear1: year - 1 })!;
    }
  }
  const { plan, model, sheet } = filling;
  io.out(formatPlan(plan));
  for (const line of formatDifferences(filling.differences)) io.out(line);
  for (const w of combined.warnings) io.out(`  ${w.file ? `${w.file} ` : ''}række ${w.row}: ${w.reason}`);
  const rec = filling.rec;
  io.out(formatReconciliation(rec));
  if (plan.conflicts.length > 0 && !o.overwrite) io.out('  Cellerne med et andet tal er ikke ændret (brug --overwrite).');
  // A row not used, or a value in a used row that could not be (unreadable, a clash, cut): never exit 0.
  const code = Math.max(rec.reported.length > 0 || combined.warnings.length > 0 ? EXIT.findings : EXIT.ok, o.into ? reportReadProblems(io, model) : EXIT.ok);
  const writes = chosenWrites(plan, o.overwrite ? 'all' : 'none');
  const undo = await applyWrites(port, 'fill', writes);
  // What is left to type, on the filled sheet (also for --dry-run: the writes are only in memory then).
  // A new skema's grids are checked where they are (a copy of 1,3 million cells at national scale is 0,2 GB).
  const filled = readWorkbook(port instanceof MemoryWorkbook ? port.grids : await port.readGrids());
  const findings = validateWorkbook(filled, undefined, { snapshot: snapshot ?? undefined }).findings;
  io.out(formatProgress(totalProgress(filled.sheets.map((x) => progressOf(x, findings)))));
  return { workbook, spec, writes, undo, code, sheetName: sheet.sheet };
}

export const makeAction = (io: Output, setExit: (code: number) => void) => async (o: FillOptions) => {
  setExit(
    await runCommand(io, async () => {
      if (!o.into === !o.driftsherre) throw runError('intoOrDriftsherre');
      if (!o.out && !o.dryRun) throw runError('outOrDryRun');
      const snapshotFile = typeof o.snapshot === 'string' ? [o.snapshot] : [];
      const inputs = [...o.from, ...(o.into ? [o.into] : []), ...(o.mapping ? [o.mapping] : []), ...snapshotFile];
      if (o.out && !o.dryRun) await new OutputSet(inputs, { force: o.force }).check([o.out]);
      const mapping = o.mapping ? await readMapping(o.mapping) : null;
      const files = await readExports(o, mapping, io);
      const combined = combineExports(files);
      // Year 2 is the latest budget year of the files (not an earlier-year column).
      const budgetYears = combined.budgetYears.map((b) => b.year).filter((y): y is number => y !== null);
      const year = budgetYears.length > 0 ? budgetYears.reduce((a, b) => (b > a ? b : a)) : null;
      if (year === null) throw runError('nothingToFill', { files: o.from.join(', ') });

      const { workbook, spec, writes, undo, code, sheetName } = await planAndWrite(o, combined, year, io);
      if (o.dryRun) return code;
      if (workbook) await saveWorkbook(workbook, o.out!, inputs, { force: o.force });
      else await writeAtomically(o.out!, (tmp) => streamWorkbook(spec!, writes, undo, tmp, { consume: true }), inputs, { force: o.force });
      io.out(`Skrev ${o.out} (${writes.length} celler; ${files.map((f) => f.name).join(' + ')} → ${sheetName}).`);
      return code;
    }),
  );
};
