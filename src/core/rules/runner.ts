// Runs the rules over a sheet: owns traversal, message filling, ordering and counting; rules only report.
import { compareA1 } from '../grid';
import type { Block, SheetModel, WorkbookModel } from '../model/takstskema';
import type { Finding, Rule, RuleVisitor, Severity } from './types';
import { numberFields } from './helpers';
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
  // Each block's named number fields, built once for all the rules that visit fields.
  const fields = new Map<Block, ReturnType<typeof numberFields>>();
  const fieldsOf = (b: Block) => {
    let f = fields.get(b);
    if (!f) fields.set(b, (f = numberFields(b)));
    return f;
  };
  for (const rule of rules) {
    let current: Block | undefined;
    const visitor = rule.create({
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
    });
    visit(sheet, visitor, (b) => (current = b), fieldsOf);
  }
  return out.sort(byPosition);
}

/** The traversal every rule shares: the sheet, each block with its year rows and number fields, the sheet's end. */
function visit(sheet: SheetModel, v: RuleVisitor, enter: (b: Block | undefined) => void, fieldsOf: typeof numberFields): void {
  v.sheet?.();
  if (v.block || v.yearRow || v.field) {
    for (const b of sheet.blocks) {
      enter(b);
      v.block?.(b);
      if (v.yearRow) for (const y of [b.y1, b.y2]) if (y) v.yearRow(y, b);
      if (v.field) for (const f of fieldsOf(b)) v.field(f, b);
    }
    enter(undefined);
  }
  v.sheetEnd?.();
}

export function validateWorkbook(model: WorkbookModel, rules: readonly Rule[] = RULES, opts: CheckOptions = {}): ValidationResult {
  const findings = model.sheets.flatMap((s) => checkSheet(s, rules, opts));
  return { findings, summary: summarize(findings) };
}

export function summarize(findings: Finding[]): Summary {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}

function byPosition(a: Finding, b: Finding): number {
  return compareA1(a.cell, b.cell) || a.ruleId.localeCompare(b.ruleId);
}
