// The rule contract, as ESLint's: each rule exports its meta and a `create` that returns visitor hooks; the runner
// walks the sheet and calls them, so a rule is its meta and a few lines of judgement.
import type { Snapshot } from '../model/snapshot';
import type { Block, NumberField, SheetModel, YearRow } from '../model/takstskema';
import type { BlockRef, Finding, Severity } from '../model/finding';

export type { BlockRef, Finding, Severity };

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** Danish title, shown in lists. */
  title: string;
  /** One line: what triggers it. */
  description: string;
  /** Which cell a finding points at. */
  points: string;
  /** A concrete case that triggers it, for docs/rules.md. */
  example: string;
  /** Danish message templates with {slots}, keyed by message id. */
  messages: Record<string, string>;
  /**
   * The category the review group discusses this rule's findings under (the consolidation's review list), or null
   * when they are the operator's to fix alone. Required, so that a new rule decides, and cannot be missed.
   */
  review: string | null;
}

export interface Report {
  messageId: string;
  cell: string | null;
  /** The block the finding belongs to; inside a block's hooks the runner fills in that block. */
  block?: Block;
  /** Slot values, already in Danish format. */
  data?: Record<string, string>;
}

export interface RuleContext {
  sheet: SheetModel;
  /** Last year's approved figures, when the caller has them (rules that need it do nothing without). */
  snapshot?: Snapshot;
  report(r: Report): void;
}

/**
 * What a rule looks at. The runner calls, per sheet: `sheet`, then for each block in sheet order `block`, its
 * year rows (år 1, år 2) in `yearRow` and its number fields in `field`, and finally `sheetEnd`.
 */
export interface RuleVisitor {
  sheet?(): void;
  block?(b: Block): void;
  yearRow?(y: YearRow, b: Block): void;
  /** Each number field of a block, `at` its place among them: `fieldName(b, at)` names it (for a finding only). */
  field?(f: NumberField, b: Block, at: number): void;
  sheetEnd?(): void;
}

export interface Rule {
  meta: RuleMeta;
  /** Called once per sheet; returns the hooks (none when the rule has nothing to judge on this sheet). */
  create(ctx: RuleContext): RuleVisitor;
}
