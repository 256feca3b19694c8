// Measures the entry burden for the draft's test municipality: input cells typed by hand without and with the
// prefill from the bundled snapshot. Prints the figures written in docs/bench.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../src/core/layout/discover';
import { chosenWrites, planPrefill } from '../src/core/prefill/plan';
import { parseSnapshot } from '../src/core/model/snapshot';
import { remainingAfter, typedCells } from '../src/core/prefill/burden';
import { workbookToGrids } from '../src/adapters/exceljs/grid';
import { buildFixture } from '../test/fixtures/builder';
import { TEST_MUNICIPALITY_HEADER, testMunicipalityBlocks } from '../test/fixtures/seeds';

export function measure(): { without: number; withPrefill: number; prefilled: number } {
  const snapshot = parseSnapshot(JSON.parse(readFileSync(join(__dirname, '..', 'assets', 'snapshot-2026.json'), 'utf8')));
  const blocks = testMunicipalityBlocks();
  const filled = readWorkbook(workbookToGrids(buildFixture({ driftsherre: 'Mariagerfjord Kommune', header: TEST_MUNICIPALITY_HEADER, blocks }).workbook))
    .sheets[0];
  const empty = buildFixture({ driftsherre: 'Mariagerfjord Kommune', header: TEST_MUNICIPALITY_HEADER, blocks: [], spareBlocks: blocks.length });
  const grids = workbookToGrids(empty.workbook);
  const sheet = readWorkbook(grids).sheets[0];
  const writes = chosenWrites(
    planPrefill(
      sheet,
      grids.find((g) => g.name === sheet.sheet)!,
      snapshot,
    ),
    'none',
  );
  return { without: typedCells(filled).size, withPrefill: remainingAfter(filled, writes), prefilled: writes.length };
}

if (require.main === module) {
  const m = measure();
  process.stdout.write(`Testkommunen (3 tilbud): ${m.without} celler at taste uden forudfyldning, ${m.withPrefill} med (${m.prefilled} forudfyldt).\n`);
}
