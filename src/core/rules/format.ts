// Formatters for findings, separate from the rules (as ESLint's "stylish" and "json").
import { SEVERITY_WORDS, type Finding } from '../model/finding';
import type { ValidationResult } from './runner';

export function formatText(file: string, r: ValidationResult): string {
  const lines = [file];
  const width = Math.max(8, ...r.findings.map((f) => `${f.sheet}!${f.cell ?? '?'}`.length));
  for (const f of r.findings)
    lines.push(`  ${`${f.sheet}!${f.cell ?? '?'}`.padEnd(width)}  ${SEVERITY_WORDS[f.severity].one.padEnd(8)}  ${f.message}  ${f.ruleId}`);
  const { errors, warnings, infos } = r.summary;
  const total = errors + warnings + infos;
  lines.push('');
  lines.push(total === 0 ? 'Ingen fejl fundet.' : `${errors > 0 ? '✖' : '!'} ${total} fund (${errors} fejl, ${warnings} advarsler, ${infos} info)`);
  return lines.join('\n');
}

export function formatJson(r: ValidationResult): string {
  return JSON.stringify({ findings: r.findings, summary: r.summary }, null, 2);
}

export type { Finding };
