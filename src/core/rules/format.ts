// Formatters for findings, separate from the rules (as ESLint's "stylish" and "json").
import { SEVERITY_WORDS, renderedFinding, type Finding } from '../model/finding';
import type { ValidationResult } from './runner';
import { oneLine } from '../one-line';

export function formatText(file: string, r: ValidationResult): string {
  const lines = [oneLine(file, 2000)];
  // Every text from the file on one line: a sheet name with a line break cannot start a line of its own.
  const where = (f: Finding) => `${oneLine(f.sheet, 100)}!${f.cell ?? '?'}`;
  const width = r.findings.reduce((w, f) => Math.max(w, where(f).length), 8);
  for (const f of r.findings) lines.push(`  ${where(f).padEnd(width)}  ${SEVERITY_WORDS[f.severity].one.padEnd(8)}  ${oneLine(f.message, 2000)}  ${f.ruleId}`);
  const { errors, warnings, infos } = r.summary;
  const total = errors + warnings + infos;
  lines.push('');
  lines.push(total === 0 ? 'Ingen fejl fundet.' : `${errors > 0 ? '✖' : '!'} ${total} fund (${errors} fejl, ${warnings} advarsler, ${infos} info)`);
  return lines.join('\n');
}

export function formatJson(r: ValidationResult): string {
  return JSON.stringify({ findings: r.findings.map(renderedFinding), summary: r.summary }, null, 2);
}

export type { Finding };
