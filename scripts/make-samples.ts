// Writes samples/eksempel-2027.xlsx with the fixture builder: the test municipality's rows and the draft's fictive blocks.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { saveWorkbook } from '../src/adapters/exceljs/write';
import { buildFixture } from '../test/fixtures/builder';
import { SYNTHETIC_MAPPING, syntheticCsv, syntheticOldWorkbook, windows1252 } from '../test/fixtures/synthetic-export';
import { DRAFT_FICTIVE_BLOCKS, TEST_MUNICIPALITY_HEADER, testMunicipalityBlocks } from '../test/fixtures/seeds';

export const SAMPLE_PATH = join(__dirname, '..', 'samples', 'eksempel-2027.xlsx');

async function main(): Promise<void> {
  mkdirSync(join(__dirname, '..', 'samples'), { recursive: true });
  const { workbook } = buildFixture({
    driftsherre: 'Mariagerfjord Kommune',
    header: TEST_MUNICIPALITY_HEADER,
    blocks: [...testMunicipalityBlocks(), ...DRAFT_FICTIVE_BLOCKS],
    spareBlocks: 3,
  });
  await saveWorkbook(workbook, SAMPLE_PATH);
  process.stdout.write(`Skrev ${SAMPLE_PATH}\n`);
  // The synthetic region export, in both forms the batch fill reads, and the CSV's column mapping.
  const dir = join(__dirname, '..', 'samples');
  await saveWorkbook(syntheticOldWorkbook(), join(dir, 'syntetisk-region-udtraek-2027.xlsx'));
  await saveWorkbook(syntheticOldWorkbook(undefined, { budgetYear: 2026, previous: true }), join(dir, 'syntetisk-region-udtraek-2026.xlsx'));
  writeFileSync(join(dir, 'syntetisk-region-udtraek-2027.csv'), windows1252(syntheticCsv()));
  writeFileSync(join(dir, 'syntetisk-kolonner.json'), `${JSON.stringify(SYNTHETIC_MAPPING, null, 2)}\n`);
  process.stdout.write('Skrev samples/syntetisk-region-udtraek-2026.xlsx, -2027.{xlsx,csv} og syntetisk-kolonner.json\n');
}

void main();
