// Writes the bundled snapshot assets/snapshot-2026.json from the seeds' real figures only, marked partial:
// the draft's test municipality's 2026 rows (takstskema-2027-forslag) and Aalborg Kommune's revised 2026 rates
// on 365 days (reviderede-takster-aalborg-2026, DAS 23.02.2026). Nothing is invented.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sealSnapshot, SNAPSHOT_SCHEMA_VERSION, type SnapshotOffer } from '../src/core/model/snapshot';
import { TEST_MUNICIPALITY_2026 } from '../test/fixtures/seeds';

export const BUNDLED_SNAPSHOT = join(__dirname, '..', 'assets', 'snapshot-2026.json');

const mariagerfjord: SnapshotOffer[] = TEST_MUNICIPALITY_2026.map((b) => ({
  tilbud: b.tilbud!,
  afdeling: b.afdeling ?? null,
  paragraf: b.paragraf ?? null,
  enhed: b.enhed ?? null,
  figures: { ...b.y1 },
  source: 'takstskema-2027-forslag.txt: testkommunens 2026-række',
}));

// Table 1 of the DAS decision: "Takst 2026 (365 dage)" for the three day offers, all SEL § 104, Kr./dag.
const aalborg: SnapshotOffer[] = [
  ['Syrenhuset', 248],
  ['Hviddalen', 175],
  ['Væksthuset', 225],
].map(([tilbud, rate]) => ({
  tilbud: tilbud as string,
  afdeling: null,
  paragraf: 'SEL § 104',
  enhed: 'Dag',
  // A single rate goes in Takst 1: Aalborg's "basistakster" are single day rates, not the BUM Basis.
  figures: { takster: [rate as number] },
  source: 'reviderede-takster-aalborg-2026.txt: tabel 1, Takst 2026 (365 dage)',
}));

export function bundledSnapshotContent() {
  return sealSnapshot({
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    budgetYear: 2026,
    source: 'Seed-tekster: udkastets testkommune (2026-rækker) og Aalborg Kommunes reviderede 2026-takster (DAS 23.02.2026)',
    createdAt: '2026-11-25T00:00:00.000Z',
    partial: true,
    note: 'Med er Mariagerfjord Kommunes tal fra udkastets testark og Aalborg Kommunes reviderede dagtakster (én takst pr. tilbud); de øvrige kommuner og regionen mangler endnu.',
    operators: [
      { driftsherre: 'Mariagerfjord Kommune', offers: mariagerfjord },
      { driftsherre: 'Aalborg Kommune', offers: aalborg },
    ],
  });
}

if (require.main === module) {
  writeFileSync(BUNDLED_SNAPSHOT, `${JSON.stringify(bundledSnapshotContent(), null, 2)}\n`);
  process.stdout.write(`Skrev ${BUNDLED_SNAPSHOT}\n`);
}
