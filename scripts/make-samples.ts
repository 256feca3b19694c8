// Writes samples/eksempel-2027.xlsx with the fixture builder: the test municipality's rows and the draft's fictive blocks.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { saveWorkbook } from '../src/adapters/exceljs/write';
import { buildFixture } from '../test/fixtures/builder';
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
}

void main();
