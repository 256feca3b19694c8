// All rules on the draft's test sheet and its variants: each variant gives its finding and nothing else.
import { workbookToGrids } from '../../src/adapters/exceljs/read';
import { readWorkbook } from '../../src/core/layout/discover';
import { validateWorkbook } from '../../src/core/rules/runner';
import type { BlockFigures, CellWrite } from '../fixtures/block-writes';
import type { TemplateLayout } from '../../src/core/template/build';
import { buildFixture } from '../fixtures/builder';
import { TEST_MUNICIPALITY_HEADER, testMunicipalityBlocks } from '../fixtures/seeds';

function findings(
  change: (blocks: BlockFigures[]) => void = () => undefined,
  extra?: (l: TemplateLayout) => CellWrite[],
  after?: (wb: ReturnType<typeof buildFixture>) => void,
) {
  const blocks = testMunicipalityBlocks();
  change(blocks);
  const built = buildFixture({ driftsherre: 'Mariagerfjord Kommune', header: TEST_MUNICIPALITY_HEADER, blocks, extra });
  after?.(built);
  return validateWorkbook(readWorkbook(workbookToGrids(built.workbook))).findings;
}

const KAERVEJ = 0;
const HOBRO = 1;
const BB = 2;

/** The variants start from the test sheet with a remark for Kærvej's rise, so each gives its own finding only. */
function run(
  change: (blocks: BlockFigures[]) => void = () => undefined,
  extra?: (l: TemplateLayout) => CellWrite[],
  after?: (wb: ReturnType<typeof buildFixture>) => void,
) {
  const withRemark = (b: BlockFigures[]) => {
    b[KAERVEJ].bemaerkning = 'Basis stiger som følge af et løft af kerneydelsen.';
    change(b);
  };
  return findings(withRemark, extra, after).map((f) => `${f.ruleId}@${f.block?.tilbud ?? '-'}`);
}

describe('the test municipality and its variants', () => {
  it('as the draft types it: one fejl, Kærvej’s Basis +6,0 % with no Bemærkning (P/L 3,10 + 2,0 = 5,10), and nothing else', () => {
    const all = findings();
    expect(all.map((f) => [f.ruleId, f.severity, f.block?.tilbud])).toEqual([['rate-rise-needs-remark', 'error', 'Bo og Aktivitetstilbud Kærvej']]);
    expect(all[0].message).toBe(
      'Basis (+6,0 %) stiger mere end P/L kommuner (3,10 %) + 2,0 procentpoint = 5,10 %; skriv i Bemærkning, hvad stigningen ud over P/L skyldes.',
    );
  });

  it('with a Bemærkning for Kærvej: nothing (Hobro −2,1/−2,2 % without remark, +12,7/+12,8 % with one; 7 + 47 used on 50 day places)', () => {
    expect(run()).toEqual([]);
  });

  it('both levels rising 6,0 % with an empty Bemærkning is an error', () => {
    expect(run((b) => ((b[BB].bemaerkning = null), (b[BB].y2!.takster = [307 * 1.06, 460 * 1.06])))).toEqual([
      'rate-rise-needs-remark@Beskyttet Beskæftigelse Mariagerfjord',
    ]);
  });

  it('a structure change typed into one block', () => {
    expect(run((b) => (b[HOBRO].y2!.takster = [325, 487, 600]))).toEqual(['structure-change-in-block@Aktivitetshuset Hobro']);
  });

  it('a rate computed on 250 days: the single rate, or both levels × 365/250', () => {
    const r250 = Math.round(8_716_584 / (50 * 0.98 * 250));
    expect(run((b) => ((b[HOBRO].y2!.takster = [r250]), (b[HOBRO].y1!.takster = [498]), (b[HOBRO].anvendte = [54]), (b[HOBRO].solgte = [11])))).toEqual([
      'rate-on-250-days@Aktivitetshuset Hobro',
    ]);
    const scaled = [325, 487].map((t) => Math.round((t * 365) / 250));
    expect(run((b) => ((b[HOBRO].y2!.takster = scaled), (b[HOBRO].y1!.takster = [332, 498].map((t) => Math.round((t * 365) / 250)))))).toEqual([
      'rate-on-250-days@Aktivitetshuset Hobro',
      'rate-on-250-days@Aktivitetshuset Hobro',
    ]);
  });

  it('places changed from one year to the next without a remark (Syrenhuset 48 → 24)', () => {
    expect(run((b) => ((b[KAERVEJ].bemaerkning = null), (b[KAERVEJ].y2!.basis = 731 * 1.03), (b[KAERVEJ].y2!.pladser = 14)))).toEqual([
      'pladser-change-needs-remark@Bo og Aktivitetstilbud Kærvej',
    ]);
  });

  it('belægning 90 % without Tomgang', () => {
    expect(run((b) => ((b[HOBRO].y2!.belaegning = 90), (b[HOBRO].bemaerkning = 'Lav belægning under ombygning')))).toEqual([
      'low-occupancy-needs-remark@Aktivitetshuset Hobro',
    ]);
  });

  it('text in number cells', () => {
    expect(run(undefined, (l) => [{ sheet: l.sheetName, cell: `G${l.blocks[HOBRO].y2Row + 1}`, value: '8.716.584' }])).toEqual([
      'text-number@Aktivitetshuset Hobro',
    ]);
    expect(run(undefined, (l) => [{ sheet: l.sheetName, cell: `E${l.blocks[HOBRO].y2Row + 1}`, value: 'halvtreds' }])).toEqual([
      'not-a-number@Aktivitetshuset Hobro',
    ]);
  });

  it('the 2025 review case: 75 % occupancy and a 15 % rise sent without explanation', () => {
    expect(run((b) => ((b[HOBRO].bemaerkning = null), (b[HOBRO].y2!.belaegning = 75), (b[HOBRO].y2!.takster = [332 * 1.15, 498 * 1.15])))).toEqual([
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
