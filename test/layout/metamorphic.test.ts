// Metamorphic: one model written in every layout people use gives identical figures (inspect's JSON) and identical
// findings (rule, severity, block), apart from the findings the layout itself causes (text typed as a number, a
// stray title or user column) and the cell addresses. The draft's test sheet is the first model; a larger
// synthetic one (made-up figures) the second.
import { workbookBytes } from '../../src/adapters/exceljs/write';
import { loadWorkbookBytes, workbookToGrids } from '../../src/adapters/exceljs/read';
import { readWorkbook } from '../../src/core/layout/discover';
import { toInspectJson } from '../../src/core/export/inspect-json';
import { validateWorkbook } from '../../src/core/rules/runner';
import { buildFixture } from '../fixtures/builder';
import { draftSheet, type DraftLayout, type DraftModel } from '../fixtures/draft-sheet';
import { DRAFT_FICTIVE_BLOCKS, TEST_MUNICIPALITY_HEADER, testMunicipalityBlocks } from '../fixtures/seeds';
import { syntheticBlocks } from '../fixtures/synthetic';

const TEST_SHEET: DraftModel = {
  driftsherre: 'Mariagerfjord Kommune - test',
  overhead: [
    { year: 2025, pct: 6.3 },
    { year: 2026, pct: 6.5 },
  ],
  plKommuner: 3.1,
  plRegioner: 2.46,
  year1: 2026,
  year2: 2027,
  blocks: testMunicipalityBlocks(),
};

const SYNTHETIC: DraftModel = { ...TEST_SHEET, driftsherre: 'Mariagerfjord Kommune', blocks: [...syntheticBlocks(24), ...DRAFT_FICTIVE_BLOCKS] };

const ALL_AT_ONCE: DraftLayout = {
  name: 'alt på én gang',
  origin: { row: 4, col: 3 },
  overhead: 'beside',
  names: 'first-row',
  extraColumnAfter: 'budget',
  messyHeaders: true,
  danishText: true,
  hiddenColumn: true,
  pageTitles: true,
  gap: 4,
  guideFirst: true,
};

const LAYOUTS: DraftLayout[] = [
  { name: 'udkastets eget (A1)' },
  { name: 'flyttet til D5', origin: { row: 4, col: 3 } },
  { name: 'overhead ved siden af overskriften', overhead: 'beside' },
  { name: 'overhead som lille tabel', overhead: 'table' },
  { name: 'navne kun i første række', names: 'first-row' },
  { name: 'ekstra kolonne indsat af en bruger', extraColumnAfter: 'budget' },
  { name: 'overskrifter med linjeskift, store bogstaver og mellemrum', messyHeaders: true },
  { name: 'tal skrevet som dansk tekst', danishText: true },
  { name: 'skjult kolonne', hiddenColumn: true },
  { name: 'sidetitler mellem blokkene', pageTitles: true },
  { name: 'bredere mellemrum mellem blokkene', gap: 4 },
  { name: 'vejledningsark før skemaarket', guideFirst: true },
  ALL_AT_ONCE,
];

/** Findings that a layout causes by itself: text typed as a number, a title or user column the reader cannot place. */
function causedBy(layout: DraftLayout): Set<string> {
  const ids = new Set<string>();
  if (layout.danishText) ids.add('text-number');
  if (layout.pageTitles || layout.extraColumnAfter) ids.add('unplaced-value');
  return ids;
}

async function read(model: DraftModel, layout: DraftLayout) {
  // Through a saved file, as a user's workbook reaches the reader.
  const wb = await loadWorkbookBytes(await workbookBytes(draftSheet(model, layout)), `${layout.name}.xlsx`);
  const m = readWorkbook(workbookToGrids(wb));
  const json = toInspectJson(m);
  const figures = json.sheets.map((s) => ({ ...s, unplaced: undefined, blocks: s.blocks.map((b) => ({ ...b, headerRow: undefined })) }));
  const caused = causedBy(layout);
  const findings = validateWorkbook(m)
    .findings.filter((f) => !caused.has(f.ruleId))
    .map((f) => `${f.ruleId} ${f.severity} blok ${f.block ? f.block.index + 1 : '-'}`)
    .sort();
  return { figures, findings, model: m };
}

describe.each([
  ['the draft’s test sheet', TEST_SHEET],
  ['a larger synthetic sheet (made-up figures)', SYNTHETIC],
] as const)('%s in every layout', (_name, model) => {
  let base: Awaited<ReturnType<typeof read>>;
  beforeAll(async () => {
    base = await read(model, LAYOUTS[0]);
  });

  it('reads every block, and no figure into the wrong column', () => {
    const s = base.model.sheets[0];
    expect(s.blocks).toHaveLength(model.blocks.length);
    model.blocks.forEach((b, i) => {
      const got = s.blocks[i];
      for (const [y, want] of [
        [got.y1, b.y1],
        [got.y2, b.y2],
      ] as const) {
        if (!want) continue;
        expect([y?.pladser.value, y?.belaegning.value, y?.budget.value, y?.regulering.value, y?.oh.value, y?.basis.value, y?.time.value]).toEqual(
          [want.pladser, want.belaegning, want.budget, want.regulering, want.oh, want.basis, want.time].map((v) => v ?? null),
        );
        expect(y?.takster.map((t) => t.value)).toEqual(Array.from({ length: 10 }, (_, k) => want.takster?.[k] ?? null));
      }
    });
    expect(s.overheadDriftsherre.y1).toMatchObject({ year: 2025, value: 6.3 });
    expect(s.overheadDriftsherre.y2).toMatchObject({ year: 2026, value: 6.5 });
    expect(s.unplaced).toEqual([]);
  });

  it('gives the same figures as the template written by the add-in', async () => {
    const { workbook } = buildFixture({
      driftsherre: model.driftsherre,
      header: { ...TEST_MUNICIPALITY_HEADER, driftsherre: model.driftsherre },
      blocks: model.blocks,
    });
    const m = readWorkbook(workbookToGrids(workbook));
    const template = toInspectJson(m).sheets[0];
    const draft = base.figures[0];
    expect(template.blocks.map((b) => ({ ...b, headerRow: undefined }))).toEqual(draft.blocks);
    expect([template.driftsherre, template.overheadDriftsherre, template.plKommuner, template.plRegioner, template.thresholds]).toEqual([
      draft.driftsherre,
      draft.overheadDriftsherre,
      draft.plKommuner,
      draft.plRegioner,
      draft.thresholds,
    ]);
  });

  it.each(LAYOUTS.slice(1).map((l) => [l.name, l] as const))('%s: identical figures and findings', async (_n, layout) => {
    const r = await read(model, layout);
    expect(r.figures).toEqual(base.figures);
    expect(r.findings).toEqual(base.findings);
  });
});

describe('the draft’s test sheet as the draft lays it out', () => {
  it('has one fejl, Kærvej’s rate rise without a remark, and no advarsel', async () => {
    const r = await read(TEST_SHEET, LAYOUTS[0]);
    expect(r.findings).toEqual(['rate-rise-needs-remark error blok 1']);
  });

  it('has nothing above info once Kærvej has a Bemærkning', async () => {
    const blocks = testMunicipalityBlocks();
    blocks[0].bemaerkning = 'Basis stiger som følge af et løft af kerneydelsen.';
    const r = await read({ ...TEST_SHEET, blocks }, ALL_AT_ONCE);
    expect(r.findings.filter((f) => !/ info /.test(f))).toEqual([]);
  });
});
