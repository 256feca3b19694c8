// Builds a sheet in memory (template + figures, no file) and runs one rule or all of them on it.
import { workbookToGrids } from '../../src/adapters/exceljs/read';
import { readWorkbook } from '../../src/core/layout/discover';
import { checkSheet } from '../../src/core/rules/runner';
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

export function sheetOf(blocks: BlockFigures[], more: Partial<FixtureSheet> = {}): { sheet: SheetModel; layout: ReturnType<typeof buildFixture>['layout'] } {
  const { workbook, layout } = buildFixture({ driftsherre: 'Mariagerfjord Kommune', blocks, ...more });
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
