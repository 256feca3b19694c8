// The work of `takst consolidate`: loaded only when the command runs, so that `takst --help` and the other
// commands start without it (exceljs, zod and the core are read here, not at registration).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { runError } from '../../core/run-messages';
import { reviewWriter, takstbilagWriter } from '../../adapters/exceljs/consolidation';
import { textWriter, writeOutputs } from '../../adapters/exceljs/outputs';
import { readGridsFile } from '../../adapters/xlsx/file';
import { consolidate } from '../../core/consolidate/consolidate';
import type { ConsolidationInput } from '../../core/consolidate/inputs';
import { isExportCsv, isExportWorkbook } from '../../core/consolidate/export-header';
import { takstbilagHtml } from '../../core/consolidate/takstbilag-html';
import { buildExport } from '../../core/export/build-export';
import { validateWorkbook } from '../../core/rules/runner';
import type { Snapshot } from '../../core/model/snapshot';
import { BUNDLED_SNAPSHOT, EXIT, readEach, readJsonFile, readSnapshotFile, readTextInput, runCommand, sha256Hex, takstskemaOf, type Output } from '../io';
import { firstIssue } from '../../core/model/issue';
import { offerName } from '../../core/model/queries';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../../../package.json') as { version: string };

/** The files consolidate writes: in a folder of inputs they are its own earlier output, not an operator's sheet. */
export const OWN_OUTPUT = /^(takstbilag\.xlsx|takstbilag\.html|review\.xlsx|snapshot-\d{4}\.json)$/i;
const INPUT = /\.(json|xlsx|csv)$/i;

/** A folder's files: inputs, this command's own earlier outputs, and others (named, never read). */
async function expand(inputs: string[]): Promise<{ files: string[]; own: string[]; stray: string[] }> {
  const files: string[] = [];
  const own: string[] = [];
  const stray: string[] = [];
  for (const i of inputs) {
    const stat = await fs.stat(i);
    if (stat.isDirectory()) {
      for (const f of (await fs.readdir(i)).sort()) {
        // Excel's lock files (~$…) and hidden files (.DS_Store) are no one's input.
        if (f.startsWith('~$') || f.startsWith('.')) continue;
        const full = path.join(i, f);
        if (!(await fs.stat(full)).isFile()) continue;
        if (OWN_OUTPUT.test(f)) own.push(full);
        else (INPUT.test(f) ? files : stray).push(full);
      }
    } else files.push(i);
  }
  return { files, own, stray };
}

/** One file as an export: a JSON, CSV or xlsx of takst export, or an operator's skema checked here and exported. */
async function readInput(file: string, snapshot: Snapshot): Promise<ConsolidationInput> {
  const name = path.basename(file);
  if (/\.json$/i.test(file)) {
    // The export's schema, and zod with it, only for an export to read: a skema is read without it.
    const { ExportJsonSchema } = await import('../../core/export/export-schema');
    const r = ExportJsonSchema.safeParse(await readJsonFile(file, 'bad-argument'));
    if (!r.success) throw runError('notAnExportJson', { detail: firstIssue(r.error) });
    return { file: name, export: r.data, form: 'json' };
  }
  if (/\.csv$/i.test(file)) {
    const bytes = await readTextInput(file, 'not-csv', 'en CSV-eksport');
    const text = bytes.toString('utf8');
    if (!isExportCsv(text)) throw runError('notAnExportCsv', { file: name });
    const { exportFromCsv } = await import('../../core/consolidate/read-export');
    return { file: name, export: exportFromCsv(text, name, `csv:${sha256Hex(bytes)}`), form: 'csv' };
  }
  const { bytes, grids } = await readGridsFile(file);
  if (isExportWorkbook(grids)) {
    const { exportFromGrids } = await import('../../core/consolidate/read-export');
    const exported = exportFromGrids(grids, name, sha256Hex(bytes));
    if (exported) return { file: name, export: exported, form: 'xlsx' };
  }
  const model = takstskemaOf(grids, file);
  const result = validateWorkbook(model, undefined, { snapshot });
  return {
    file: name,
    export: buildExport(model, result, { name, sha256: sha256Hex(bytes), productVersion: version }, snapshot, result.summary.errors > 0),
    form: 'skema',
  };
}

export const makeAction = (io: Output, setExit: (code: number) => void) => async (inputs: string[], o: { out: string; snapshot?: string }) => {
  setExit(
    await runCommand(io, async () => {
      const { files, own, stray } = await expand(inputs);
      for (const f of own) io.out(`  springer over ${f}: takst consolidates eget uddata fra en tidligere kørsel`);
      for (const f of stray) io.out(`  springer over ${f}: hverken en eksport (.json, .csv, .xlsx) eller et takstskema (.xlsx)`);
      if (files.length === 0) throw runError('noInputFiles');
      const snapshot = await readSnapshotFile(o.snapshot ?? BUNDLED_SNAPSHOT);
      const { read, failed } = await readEach(io, files, (file) => readInput(file, snapshot));
      const now = new Date();
      const c = consolidate(read, { now, sha256: sha256Hex });
      const snapFile = path.join(o.out, `snapshot-${c.snapshot.budgetYear}.json`);
      const targets = [path.join(o.out, 'takstbilag.xlsx'), path.join(o.out, 'takstbilag.html'), path.join(o.out, 'review.xlsx'), snapFile];
      // The outputs land together or none does.
      await writeOutputs([...files, ...(o.snapshot ? [o.snapshot] : [])], { force: true }, async (out) => {
        await out.folder(o.out);
        await out.check(targets);
        await out.write(targets[0], takstbilagWriter(c));
        await out.write(targets[1], textWriter(takstbilagHtml(c, now)));
        await out.write(targets[2], reviewWriter(c));
        await out.write(targets[3], textWriter(`${JSON.stringify(c.snapshot, null, 2)}\n`));
      });
      io.out('Afstemning:');
      for (const r of c.reconciliation)
        io.out(
          `  ${r.file} (${r.driftsherre}): ${r.blocksRead} blokke læst = ${r.blocksInBilag} blokke i takstbilaget (${r.rowsWritten} rækker)${r.balances ? '' : ' – STEMMER IKKE'}`,
        );
      for (const s of c.sameExport) io.out(`  ${s.file}: samme eksport som ${s.twin}; talt én gang`);
      for (const d of c.duplicates) io.out(`  Samme tilbud hos flere: ${offerName(d.tilbud, d.afdeling)} (${d.operators.join(', ')})`);
      for (const f of failed) io.out(`  ikke læst: ${f}`);
      for (const f of c.skipped) io.out(`  ikke medtaget: ${f.file}: ${f.reason}`);
      const twice = c.review.filter((r) => r.category === 'Samme driftsherre i flere filer');
      for (const r of twice) io.out(`  ${r.detail}`);
      const flagged = c.comparison.filter((x) => x.flag && x.group > 1).length;
      io.out(
        `Skrev takstbilag.xlsx og takstbilag.html (${c.takstbilag.length} rækker), review.xlsx (${c.review.length} punkter; ${flagged} takster uden for normalområdet) og ${path.basename(snapFile)} i ${o.out}.`,
      );
      const errors = read.some((r) => r.export.findings.some((f) => f.severity === 'error'));
      return failed.length > 0 || errors || c.skipped.length > 0 || twice.length > 0 || c.reconciliation.some((r) => !r.balances) ? EXIT.findings : EXIT.ok;
    }),
  );
};
