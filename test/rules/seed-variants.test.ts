// All rules on the test municipality's sheet and its variants: each variant gives its finding and nothing else.
import { workbookToGrids } from '../../src/adapters/exceljs/read';
import { readWorkbook } from '../../src/core/layout/discover';
import { validateWorkbook } from '../../src/core/rules/runner';
import type { BlockFigures, CellWrite } from '../../src/core/plans/block-writes';
import type { TemplateLayout } from '../../src/core/template/build';
import { buildFixture } from '../fixtures/builder';
import { TEST_MUNICIPALITY_HEADER, testMunicipalityBlocks } from '../fixtures/seeds';

function run(change: (blocks: BlockFigures[]) => void = () => undefined, extra?: (l: TemplateLayout) => CellWrite[], after?: (wb: ReturnType<typeof buildFixture>) => void) {
  const blocks = testMunicipalityBlocks().map((b) => ({ ...b, y1: b.y1 && { ...b.y1 }, y2: b.y2 && { ...b.y2 } }));
  change(blocks);
  const built = buildFixture({ driftsherre: 'Mariagerfjord Kommune', header: TEST_MUNICIPALITY_HEADER, blocks, extra });
  after?.(built);
  const r = validateWorkbook(readWorkbook(workbookToGrids(built.workbook)));
  // Kærvej has no 2027 row in the sample: that info is the baseline.
  return r.findings.filter((f) => f.ruleId !== 'new-or-discontinued-offer').map((f) => `${f.ruleId}@${f.block?.tilbud ?? '-'}`);
}

const HOBRO = 1;
const BB = 2;

describe('the test municipality and its variants', () => {
  it('is clean as it is: −2,1 % without remark and +12,7 % with one', () => {
    expect(run()).toEqual([]);
  });

  it('a basis rising 6,0 % with an empty Bemærkning is an error', () => {
    expect(run((b) => ((b[BB].bemaerkning = null), (b[BB].y2!.basis = 307 * 1.06), (b[BB].y2!.takster = [460 * 1.06])))).toEqual([
      'rate-rise-needs-remark@Beskyttet Beskæftigelse Mariagerfjord',
    ]);
  });

  it('a structure change typed into one block', () => {
    expect(run((b) => (b[HOBRO].y2!.takster = [487, 600]))).toEqual(['structure-change-in-block@Aktivitetshuset Hobro']);
  });

  it('a rate computed on 250 days', () => {
    const r250 = Math.round(8_716_584 / (50 * 0.98 * 250));
    expect(run((b) => ((b[HOBRO].y2!.takster = [r250]), (b[HOBRO].bemaerkning = 'Ny beregning')))).toEqual(['rate-on-250-days@Aktivitetshuset Hobro']);
  });

  it('belægning 90 % without Tomgang', () => {
    expect(run((b) => ((b[HOBRO].y2!.belaegning = 90), (b[HOBRO].bemaerkning = 'Lav belægning under ombygning')))).toEqual([
      'low-occupancy-needs-remark@Aktivitetshuset Hobro',
    ]);
  });

  it('text in number cells', () => {
    expect(run(undefined, (l) => [{ sheet: l.sheetName, cell: `G${l.blocks[HOBRO].y2Row + 1}`, value: '8.716.584' }])).toEqual(['text-number@Aktivitetshuset Hobro']);
    expect(run(undefined, (l) => [{ sheet: l.sheetName, cell: `E${l.blocks[HOBRO].y2Row + 1}`, value: 'halvtreds' }])).toEqual(['not-a-number@Aktivitetshuset Hobro']);
  });

  it('the 2025 review case: 75 % occupancy and a 15 % rise sent without explanation', () => {
    expect(run((b) => ((b[HOBRO].y2!.belaegning = 75), (b[HOBRO].y2!.basis = 332 * 1.15), (b[HOBRO].y2!.takster = [498 * 1.15])))).toEqual([
      // Bemærkning (both rules, by rule id), then Tomgang of 2027.
      'low-occupancy-needs-remark@Aktivitetshuset Hobro',
      'rate-rise-needs-remark@Aktivitetshuset Hobro',
      'low-occupancy-needs-remark@Aktivitetshuset Hobro',
    ]);
  });

  it('a formula error in an input cell', () => {
    const found = run(undefined, undefined, ({ workbook, layout }) => {
      workbook.getWorksheet(layout.sheetName)!.getCell(`G${layout.blocks[HOBRO].y2Row + 1}`).value = { formula: 'G1/0', result: { error: '#DIV/0!' } } as never;
    });
    expect(found).toEqual(['input-error-value@Aktivitetshuset Hobro']);
  });
});
