// Runs the rules over a sheet: owns traversal, message filling, ordering and counting; rules only report.
import { positionOf } from '../grid';
import type { Block, SheetModel, WorkbookModel } from '../model/takstskema';
import type { Finding, Rule, RuleVisitor, Severity } from './types';
import { forEachNumberField } from './helpers';
import type { Snapshot } from '../model/snapshot';
import { RULES } from './index';

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

export interface ValidationResult {
  findings: Finding[];
  summary: Summary;
}

export function fillMessage(template: string, data: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? data[k] : m));
}

export interface CheckOptions {
  /** Last year's approved figures, for the rules that compare with them. */
  snapshot?: Snapshot;
}

export function checkSheet(sheet: SheetModel, rules: readonly Rule[] = RULES, opts: CheckOptions = {}): Finding[] {
  const out: Finding[] = [];
  let current: Block | undefined;
  // Every rule's hooks first, then one walk of the sheet calling them in the rules' order. Each rule sees the blocks,
  // rows and fields in sheet order, as if it walked alone: its own findings come in the same order.
  const visitors = rules.map((rule) =>
    rule.create({
      sheet,
      snapshot: opts.snapshot,
      report: (r) => {
        const template = rule.meta.messages[r.messageId];
        if (template === undefined) throw new Error(`Regel ${rule.meta.id} har ingen besked "${r.messageId}"`);
        const b = r.block ?? current;
        out.push({
          ruleId: rule.meta.id,
          severity: rule.meta.severity,
          sheet: sheet.sheet,
          cell: r.cell,
          message: fillMessage(template, r.data),
          block: b ? { index: b.index, tilbud: b.tilbud.value, afdeling: b.afdeling.value } : null,
          messageId: r.messageId,
          data: r.data ?? {},
        });
      },
    }),
  );
  visit(sheet, visitors, (b) => (current = b));
  return sortByPosition(out);
}

/** The traversal every rule shares: the sheet, each block with its year rows and number fields, the sheet's end. */
function visit(sheet: SheetModel, visitors: RuleVisitor[], enter: (b: Block | undefined) => void): void {
  for (const v of visitors) v.sheet?.();
  const blockHooks = visitors.filter((v) => v.block);
  const yearHooks = visitors.filter((v) => v.yearRow);
  const fieldHooks = visitors.filter((v) => v.field);
  if (blockHooks.length + yearHooks.length + fieldHooks.length > 0) {
    for (const b of sheet.blocks) {
      enter(b);
      for (const v of blockHooks) v.block!(b);
      for (const v of yearHooks) {
        if (b.y1) v.yearRow!(b.y1, b);
        if (b.y2) v.yearRow!(b.y2, b);
      }
      if (fieldHooks.length > 0) {
        // One walk for every rule: each still sees the fields in sheet order, and the findings are ordered after.
        let at = 0;
        forEachNumberField(b, (f) => {
          for (const v of fieldHooks) v.field!(f, b, at);
          at++;
        });
      }
    }
    enter(undefined);
  }
  for (const v of visitors) v.sheetEnd?.();
}

export function validateWorkbook(model: WorkbookModel, rules: readonly Rule[] = RULES, opts: CheckOptions = {}): ValidationResult {
  const findings = model.sheets.flatMap((s) => checkSheet(s, rules, opts));
  return { findings, summary: summarize(findings) };
}

export function summarize(findings: Finding[]): Summary {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}

/** Findings by their cell's position (row by row), then by rule; the order of a rule's own findings kept. */
function sortByPosition(findings: Finding[]): Finding[] {
  const keys = new Map<string | null, { row: number; col: number }>();
  const at = (cell: string | null) => {
    let k = keys.get(cell);
    if (!k) keys.set(cell, (k = positionOf(cell)));
    return k;
  };
  return findings.sort((a, b) => {
    const pa = at(a.cell);
    const pb = at(b.cell);
    return pa.row - pb.row || pa.col - pb.col || a.ruleId.localeCompare(b.ruleId);
  });
}
