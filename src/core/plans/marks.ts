// Which cells to mark for a set of findings, and the rows of the "Kontrol" sheet: a plan, applied by an adapter.
import type { Finding, Severity } from '../rules/types';

export interface Mark {
  sheet: string;
  cell: string;
  /** The most severe finding on the cell. */
  severity: Severity;
  /** All messages on the cell, one per line, for its note. */
  note: string;
}

export interface KontrolRow {
  sheet: string;
  cell: string | null;
  severity: string;
  ruleId: string;
  message: string;
  tilbud: string | null;
  afdeling: string | null;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
export const SEVERITY_DA: Record<Severity, string> = { error: 'Fejl', warning: 'Advarsel', info: 'Info' };

export function planMarks(findings: Finding[]): { marks: Mark[]; kontrol: KontrolRow[] } {
  const byCell = new Map<string, Mark>();
  for (const f of findings) {
    if (!f.cell) continue;
    const key = `${f.sheet}!${f.cell}`;
    const line = `${SEVERITY_DA[f.severity]}: ${f.message} (${f.ruleId})`;
    const m = byCell.get(key);
    if (!m) byCell.set(key, { sheet: f.sheet, cell: f.cell, severity: f.severity, note: line });
    else {
      m.note += `\n${line}`;
      if (RANK[f.severity] > RANK[m.severity]) m.severity = f.severity;
    }
  }
  const kontrol = findings.map((f) => ({
    sheet: f.sheet,
    cell: f.cell,
    severity: SEVERITY_DA[f.severity],
    ruleId: f.ruleId,
    message: f.message,
    tilbud: f.block?.tilbud ?? null,
    afdeling: f.block?.afdeling ?? null,
  }));
  return { marks: [...byCell.values()], kontrol };
}
