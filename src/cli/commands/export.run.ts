// The work of `takst export`: loaded only when the command runs, so that `takst --help` and the other
// commands start without it (exceljs, zod and the core are read here, not at registration).
import path from 'node:path';
import { runError } from '../../core/run-messages';
import { exportWorkbook } from '../../adapters/exceljs/export';
import { workbookWriter } from '../../adapters/exceljs/write';
import { textWriter, writeOutputs } from '../../adapters/exceljs/outputs';
import { buildExport } from '../../core/export/build-export';
import { toCsv } from '../../core/export/tidy-export';
import { ExportJsonSchema } from '../../core/export/export-schema';
import { validateWorkbook } from '../../core/rules/runner';
import { BUNDLED_SNAPSHOT, EXIT, readSnapshotFile, readTakstskemaFile, runCommand, sha256Hex, type Output } from '../io';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../../../package.json') as { version: string };

const FORMATS = ['xlsx', 'csv', 'json'] as const;

export const makeAction =
  (io: Output, setExit: (code: number) => void) => async (file: string, o: { out: string; format: string; force?: boolean; snapshot?: string }) => {
    setExit(
      await runCommand(io, async () => {
        const formats = o.format.split(',').map((f) => f.trim());
        const bad = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
        if (bad.length > 0 || formats.length === 0) throw runError('exportFormat', { format: o.format });
        const inputs = [file, ...(o.snapshot ? [o.snapshot] : [])];
        const { model, bytes } = await readTakstskemaFile(file);
        const snapshot = await readSnapshotFile(o.snapshot ?? BUNDLED_SNAPSHOT);
        const result = validateWorkbook(model, undefined, { snapshot });
        if (result.summary.errors > 0 && !o.force) {
          io.err(`takst: ${file} har ${result.summary.errors} fejl; ret dem (takst validate viser dem), eller eksportér med --force / The sheet has errors`);
          return EXIT.findings;
        }
        const e = ExportJsonSchema.parse(
          buildExport(model, result, { name: path.basename(file), sha256: sha256Hex(bytes), productVersion: version }, snapshot, result.summary.errors > 0),
        );
        const stem = path.join(o.out, path.basename(file).replace(/\.xlsx$/i, '') + '-eksport');
        const writers = {
          json: () => textWriter(`${JSON.stringify(e, null, 2)}\n`),
          csv: () => textWriter(toCsv(e.rows)),
          xlsx: () => workbookWriter(exportWorkbook(e)),
        };
        // All formats land together or none does (a target that is a folder is refused before anything is written).
        await writeOutputs(inputs, { force: true }, async (out) => {
          await out.folder(o.out);
          await out.check(formats.map((f) => `${stem}.${f}`));
          for (const f of formats) await out.write(`${stem}.${f}`, writers[f as (typeof FORMATS)[number]]());
        });
        io.out(
          `Eksporterede ${e.rows.length} rækker (${new Set(e.rows.map((r) => `${r.sheet}|${r.block}`)).size} blokke) til ${formats.map((f) => `${stem}.${f}`).join(', ')}${e.metadata.forced ? ` med ${result.summary.errors} fejl` : ''}.`,
        );
        return EXIT.ok;
      }),
    );
  };
