// The rule contract, as ESLint's: each rule exports its meta and a check that reports through the context.
import type { Snapshot } from '../prefill/snapshot';
import type { Block, SheetModel } from '../model/takstskema';
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
}

export interface Report {
  messageId: string;
  cell: string | null;
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

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
