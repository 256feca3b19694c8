// The work of `takst consolidate`: loaded only when the command runs, so that `takst --help` and the other
// commands start without it (exceljs, zod and the core are read here, not at registration).
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError } from '../../adapters/exceljs/errors';
import { reviewWorkbook, takstbilagWorkbook } from '../../adapters/exceljs/consolidation';
import { workbookWriter } from '../../adapters/exceljs/write';
import { textWriter, writeOutputs } from '../../adapters/exceljs/outputs';
import { consolidate } from '../../core/consolidate/consolidate';
import { buildExport } from '../../core/export/build-export';
import { ExportJsonSchema, type ExportJson } from '../../core/export/tidy-export';
import { validateWorkbook } from '../../core/rules/runner';
import { BUNDLED_SNAPSHOT, EXIT, readEach, readJsonFile, readSnapshotFile, readTakstskemaFile, runCommand, type Output } from '../io';
import { firstIssue } from '../../core/model/issue';
import { offerName } from '../../core/model/queries';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../../../package.json') as { version: string };

/** The files consolidate writes: in a folder of inputs they are its own earlier output, not an operator's sheet. */
export const OWN_OUTPUT = /^(takstbilag\.xlsx|review\.xlsx|snapshot-\d{4}\.json)$/i;

async function expand(inputs: string[]): Promise<{ files: string[]; own: string[] }> {
  const files: string[] = [];
  const own: string[] = [];
  for (const i of inputs) {
    const stat = await fs.stat(i);
    if (stat.isDirectory()) {
      for (const f of (await fs.readdir(i)).sort()) {
        if (!/\.(json|xlsx)$/i.test(f) || f.startsWith('~$')) continue;
        (OWN_OUTPUT.test(f) ? own : files).push(path.join(i, f));
      }
    } else files.push(i);
  }
  return { files, own };
}

export const action0 = (io: Output, setExit: (code: number) => void) => async (inputs: string[], o: { out: string; snapshot?: string }) => {
  setExit(
    await runCommand(io, async () => {
      const { files, own } = await expand(inputs);
      for (const f of own) io.out(`  springer over ${f}: takst consolidates eget uddata fra en tidligere kørsel`);
      if (files.length === 0) throw new InputError('bad-argument', 'Ingen .json- eller .xlsx-filer at samle / No input files');
      const snapshot = await readSnapshotFile(o.snapshot ?? BUNDLED_SNAPSHOT);
      const { read, failed } = await readEach(io, files, async (file): Promise<{ file: string; export: ExportJson }> => {
        if (/\.json$/i.test(file)) {
          const r = ExportJsonSchema.safeParse(await readJsonFile(file, 'bad-argument'));
          if (!r.success) throw new InputError('bad-argument', `ikke en eksport fra takst export (${firstIssue(r.error)})`);
          return { file: path.basename(file), export: r.data };
        }
        const { model, bytes } = await readTakstskemaFile(file);
        const result = validateWorkbook(model, undefined, { snapshot });
        const sha = createHash('sha256').update(bytes).digest('hex');
        return {
          file: path.basename(file),
          export: buildExport(model, result, { name: path.basename(file), sha256: sha, productVersion: version }, snapshot, result.summary.errors > 0),
        };
      });
      const c = consolidate(read);
      const snapFile = path.join(o.out, `snapshot-${c.snapshot.budgetYear}.json`);
      const targets = [path.join(o.out, 'takstbilag.xlsx'), path.join(o.out, 'review.xlsx'), snapFile];
      // The three outputs land together or none does.
      await writeOutputs([...files, ...(o.snapshot ? [o.snapshot] : [])], { force: true }, async (out) => {
        await out.folder(o.out);
        await out.check(targets);
        await out.write(targets[0], workbookWriter(takstbilagWorkbook(c)));
        await out.write(targets[1], workbookWriter(reviewWorkbook(c)));
        await out.write(targets[2], textWriter(`${JSON.stringify(c.snapshot, null, 2)}\n`));
      });
      io.out('Afstemning:');
      for (const r of c.reconciliation)
        io.out(
          `  ${r.file} (${r.driftsherre}): ${r.blocksRead} blokke læst = ${r.blocksInBilag} blokke i takstbilaget (${r.rowsWritten} rækker)${r.balances ? '' : ' – STEMMER IKKE'}`,
        );
      for (const d of c.duplicates) io.out(`  Samme tilbud hos flere: ${offerName(d.tilbud, d.afdeling)} (${d.operators.join(', ')})`);
      for (const f of failed) io.out(`  ikke læst: ${f}`);
      for (const f of c.skipped) io.out(`  ikke medtaget: ${f.file}: ${f.reason}`);
      const twice = c.review.filter((r) => r.category === 'Samme driftsherre i flere filer');
      for (const r of twice) io.out(`  ${r.detail}`);
      io.out(`Skrev takstbilag.xlsx (${c.takstbilag.length} rækker), review.xlsx (${c.review.length} punkter) og ${path.basename(snapFile)} i ${o.out}.`);
      const errors = read.some((r) => r.export.findings.some((f) => f.severity === 'error'));
      return failed.length > 0 || errors || c.skipped.length > 0 || twice.length > 0 || c.reconciliation.some((r) => !r.balances) ? EXIT.findings : EXIT.ok;
    }),
  );
};
