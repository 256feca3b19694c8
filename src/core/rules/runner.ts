// Runs the rules over a sheet: owns traversal, message filling, ordering and counting; rules only report.
import { compareA1 } from '../grid';
import type { SheetModel, WorkbookModel } from '../model/takstskema';
import type { Finding, Rule, Severity } from './types';
import type { Snapshot } from '../prefill/snapshot';
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
  for (const rule of rules) {
    rule.check({
      sheet,
      snapshot: opts.snapshot,
      report: (r) => {
        const template = rule.meta.messages[r.messageId];
        if (template === undefined) throw new Error(`Regel ${rule.meta.id} har ingen besked "${r.messageId}"`);
        out.push({
          ruleId: rule.meta.id,
          severity: rule.meta.severity,
          sheet: sheet.sheet,
          cell: r.cell,
          message: fillMessage(template, r.data),
          block: r.block ? { index: r.block.index, tilbud: r.block.tilbud.value, afdeling: r.block.afdeling.value } : null,
        });
      },
    });
  }
  return out.sort(byPosition);
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
