// Builds a sheet in memory (template + figures, no file) and runs one rule or all of them on it.
import { workbookToGrids } from '../../src/adapters/exceljs/read';
import { readWorkbook } from '../../src/core/layout/discover';
import { checkSheet, fillMessage } from '../../src/core/rules/runner';
import type { Snapshot } from '../../src/core/model/snapshot';
import type { ColumnKey } from '../../src/core/layout/columns';
import type { TemplateLayout } from '../../src/core/template/build';
import { a1 } from '../../src/core/grid';
import type { Rule } from '../../src/core/rules/types';
import type { SheetModel } from '../../src/core/model/takstskema';
import { buildFixture, type FixtureSheet } from '../fixtures/builder';
import type { BlockFigures } from '../fixtures/block-writes';

/** Aktivitetshuset Hobro from the draft's test sheet: two levels (Takst 1 counts 2/3 of a place, Takst 2 the full place), no remark. */
export const HOBRO: BlockFigures = {
  tilbud: 'Aktivitetshuset Hobro',
  afdeling: 'Aktivitetshuset Hobro',
  paragraf: 'SEL § 104',
  enhed: 'Dag',
  y1: { pladser: 50, belaegning: 98, budget: 8_912_000, regulering: 0, oh: 5.4, takster: [332, 498] },
  y2: { pladser: 50, belaegning: 98, budget: 8_716_584, regulering: -571_416, oh: 5.7, takster: [325, 487] },
};

export function sheetOf(
  blocks: BlockFigures[],
  more: Partial<FixtureSheet> = {},
  change?: RuleCase['workbook'],
): { sheet: SheetModel; layout: ReturnType<typeof buildFixture>['layout'] } {
  const { workbook, layout } = buildFixture({ driftsherre: 'Mariagerfjord Kommune', blocks, ...more });
  change?.(workbook, layout);
  return { sheet: readWorkbook(workbookToGrids(workbook)).sheets[0], layout };
}

export function findingsOf(rule: Rule, blocks: BlockFigures[], more: Partial<FixtureSheet> = {}) {
  const { sheet, layout } = sheetOf(blocks, more);
  return { findings: checkSheet(sheet, [rule]), layout, sheet };
}

/** Hobro with year 2's Takst 1 set to the given rate and Takst 2 kept at year 1's 498: one level rises alone. */
export function hobroWithTakst1(y2Takst1: number, extra: Partial<BlockFigures> = {}): BlockFigures {
  return { ...HOBRO, ...extra, y2: { ...HOBRO.y2, takster: [y2Takst1, 498] } };
}

/** The cell of a column in a block's row, from the fixture's layout: `at('budget', 'y2Row')` is block 1's year-2 Budget i alt. */
export function at(column: ColumnKey, row: 'headerRow' | 'y1Row' | 'y2Row' | 'changeRow' | 'anvendteRow' | 'solgteRow', block = 0) {
  return (l: TemplateLayout): string => a1(l.blocks[block][row], l.columns[column]);
}

/** A case of a rule test: the blocks of a sheet built from the template, with further cell writes or a model edit. */
export interface RuleCase {
  name: string;
  blocks: BlockFigures[];
  sheet?: Partial<FixtureSheet>;
  /** Changes the read model before the rule runs (an error value the fixture cannot write). */
  edit?: (sheet: SheetModel) => void;
  /** Last year's approved figures, for the rules that compare with them. */
  snapshot?: Snapshot;
  /** Changes the built workbook before it is read (a deleted row, which cell writes cannot make). */
  workbook?: (workbook: ReturnType<typeof buildFixture>['workbook'], layout: TemplateLayout) => void;
}

export interface InvalidRuleCase extends RuleCase {
  /**
   * Every finding the rule must report, in order: its cell (from the layout), the id of its message in the rule's
   * meta, and, where the wording matters, the rendered text (as ESLint's RuleTester takes messageId or message).
   */
  findings: Array<{ cell: (layout: ReturnType<typeof buildFixture>['layout']) => string; messageId: string; message?: string | RegExp }>;
}

/** ESLint's RuleTester for this project: cases the rule must accept, and cases it must report exactly so. */
export function testRule(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidRuleCase[] }): void {
  const run = (c: RuleCase) => {
    const { sheet, layout } = sheetOf(c.blocks, c.sheet, c.workbook);
    c.edit?.(sheet);
    return { findings: checkSheet(sheet, [rule], { snapshot: c.snapshot }), layout };
  };
  describe(rule.meta.id, () => {
    it.each(cases.valid)('valid: $name', (c) => {
      expect(run(c).findings).toEqual([]);
    });
    it.each(cases.invalid)('invalid: $name', (c) => {
      const { findings, layout } = run(c);
      expect(findings.map((f) => f.cell)).toEqual(c.findings.map((f) => f.cell(layout)));
      expect(findings.map((f) => f.messageId)).toEqual(c.findings.map((f) => f.messageId));
      findings.forEach((f, i) => {
        expect(f.severity).toBe(rule.meta.severity);
        expect(f.message).toBe(fillMessage(rule.meta.messages[f.messageId], f.data as Record<string, string>));
        const message = c.findings[i].message;
        if (message !== undefined) expect(f.message).toMatch(message);
      });
    });
  });
}
