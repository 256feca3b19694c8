// Property tests (fast-check): random grids never crash discovery or any rule; percent reading is idempotent;
// the change of (y1, y2) and (y2, y1) agree in sign; a prefill plan applied and undone gives back the grid.
import { visibleRow } from '../fixtures/visible';
import fc from 'fast-check';
import type { Grid, GridCell, Scalar } from '../../src/core/grid';
import { readWorkbook } from '../../src/core/layout/discover';
import { readPercent, scalePercent } from '../../src/core/layout/parse';
import { percentChange } from '../../src/core/compute/change';
import { validateWorkbook } from '../../src/core/rules/runner';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { chosenWrites, planPrefill } from '../../src/core/prefill/plan';
import { restoreWrites, undoRecordFor } from '../../src/core/plans/undo';
import { workbookToGrids } from '../../src/adapters/exceljs/grid';
import { buildFixture } from '../fixtures/builder';
import { BUNDLED } from '../prefill/helpers';
import { DRAFT_FICTIVE_BLOCKS, TEST_MUNICIPALITY_HEADER, testMunicipalityBlocks } from '../fixtures/seeds';

const HEADERS = [
  'Tilbud',
  'Afdeling',
  '§§',
  'År',
  'Pladser',
  'Belægning',
  'Budget i alt',
  'Regulering',
  'OH %',
  'Enhed',
  'Basis',
  'Time',
  'Takst 1',
  'Takst 2',
  'Tomgang',
  'Bemærkning',
  'Ændring',
  'Særlige forhold vedrørende tilbuddet',
  'Anvendte pladser - 2027',
  'Heraf solgte pladser - 2027',
  'Driftsherre',
  'P/L - Kommuner',
];

const scalar: fc.Arbitrary<Scalar> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...HEADERS),
  fc.integer({ min: 2020, max: 2030 }),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('98 %', '1.234,5', '-571.416', '#REF!', '', '  ', '0,98', 'SEL § 107', 'Døgn', 'Mariagerfjord Kommune'),
  fc.boolean(),
);

const cell: fc.Arbitrary<GridCell | undefined> = fc.option(
  fc.record({
    value: scalar,
    error: fc.option(fc.constantFrom('#REF!', '#DIV/0!', '#N/A'), { nil: undefined }),
    formula: fc.option(fc.constant('A1+1'), { nil: undefined }),
    numFmt: fc.option(fc.constantFrom('0.0%', '#,##0', '@'), { nil: undefined }),
  }),
  { nil: undefined },
);

const grid: fc.Arbitrary<Grid> = fc.record({
  name: fc.constantFrom('Takster 2027', 'Ark1'),
  cells: fc.array(fc.option(fc.array(cell, { maxLength: 26 }), { nil: undefined }), { maxLength: 40 }),
  merges: fc.array(
    fc
      .record({ top: fc.nat(40), left: fc.nat(25), bottom: fc.nat(40), right: fc.nat(25) })
      .map((m) => ({ top: Math.min(m.top, m.bottom), bottom: Math.max(m.top, m.bottom), left: Math.min(m.left, m.right), right: Math.max(m.left, m.right) })),
    { maxLength: 4 },
  ),
});

export const FUZZ_RUNS = 10_000;

/** A grid as a user sees it: blank cells with nothing else set are no cells; trailing holes dropped. */
function visible(grids: Grid[]): unknown {
  return JSON.parse(
    JSON.stringify(
      grids.map((g) => ({
        name: g.name,
        cells: g.cells.map(visibleRow),
      })),
    ),
  );
}

describe('random input (fast-check)', () => {
  it(`${FUZZ_RUNS} random grids (half of them a filled skema with random cells overwritten) go through discovery and every rule without an exception`, () => {
    const sample = workbookToGrids(
      buildFixture({ driftsherre: 'Mariagerfjord Kommune', header: TEST_MUNICIPALITY_HEADER, blocks: [...testMunicipalityBlocks(), ...DRAFT_FICTIVE_BLOCKS] })
        .workbook,
    )[0];
    const mutated = fc.array(fc.tuple(fc.nat(70), fc.nat(25), cell), { minLength: 1, maxLength: 30 }).map((edits) => {
      const g: Grid = { ...sample, cells: sample.cells.map((r) => r?.slice()) };
      for (const [r, c, v] of edits) (g.cells[r] ??= [])[c] = v;
      return g;
    });
    let sheets = 0;
    fc.assert(
      fc.property(fc.oneof(grid, mutated), (g) => {
        const model = readWorkbook([g]);
        sheets += model.sheets.length;
        validateWorkbook(model, undefined, { snapshot: BUNDLED });
      }),
      { numRuns: FUZZ_RUNS },
    );
    expect(sheets).toBeGreaterThan(FUZZ_RUNS / 4);
    process.stdout.write(`fuzz: ${FUZZ_RUNS} tilfældige ark, ${sheets} læst som takstskema, 0 undtagelser\n`);
  });

  it('reading a percentage is idempotent: a read value, written back as a percent text, reads the same', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100_000, max: 100_000 }).map((v) => v / 10_000),
        (v) => {
          const once = readPercent({ value: v, numFmt: '0.0%' }).value!;
          const twice = readPercent({ value: `${String(once).replace('.', ',')} %` }).value!;
          expect(twice).toBeCloseTo(once, 8);
          expect(scalePercent(once / 100)).toBeCloseTo(once, 8);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('change(y1, y2) and change(y2, y1) agree in sign (opposite directions)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e7, noNaN: true }), fc.double({ min: 1, max: 1e7, noNaN: true }), (a, b) => {
        const up = percentChange(a, b)!;
        const down = percentChange(b, a)!;
        expect(Math.sign(up) + Math.sign(down)).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('a prefill plan applied and undone gives back the grid, for any typed values in the way', async () => {
    const base = workbookToGrids(buildFixture({ driftsherre: 'Mariagerfjord Kommune', blocks: [], spareBlocks: 4 }).workbook);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 7, max: 40 }), fc.integer({ min: 4, max: 22 }), fc.integer({ min: 0, max: 100_000 })), { maxLength: 15 }),
        fc.boolean(),
        async (typed, overwrite) => {
          const book = new MemoryWorkbook(base.map((g) => ({ ...g, cells: g.cells.map((r) => r?.slice()) })));
          for (const [r, c, v] of typed) {
            const row = (book.grids[0].cells[r] ??= []);
            row[c] = { ...row[c], value: v };
          }
          const before = visible(await book.readGrids());
          const grids = await book.readGrids();
          const sheet = readWorkbook(grids).sheets[0];
          if (!sheet) return;
          const writes = chosenWrites(planPrefill(sheet, grids[0], BUNDLED), overwrite ? 'all' : 'none');
          await book.write(writes, undoRecordFor('prefill', writes));
          await book.write(restoreWrites((await book.readUndo())!), null);
          expect(visible(await book.readGrids())).toEqual(before);
        },
      ),
      { numRuns: 200 },
    );
  });
});
