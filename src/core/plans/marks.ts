// Which cells to mark for a set of findings, and the rows of the "Kontrol" sheet: a plan, applied by an adapter.
import { SEVERITY_WORDS, type Finding, type Severity } from '../model/finding';

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

/**
 * How a mark looks: a fill and a font colour per severity, as RRGGBB. Applied as a conditional format on the cell, so the
 * template's own fill, borders, font and number format are never written and clearing restores them exactly.
 */
export const MARK_STYLES: Record<Severity, { fill: string; font: string }> = {
  error: { fill: 'FFC7CE', font: '9C0006' },
  warning: { fill: 'FFEB9C', font: '9C5700' },
  info: { fill: 'E4DFEC', font: '3F3151' },
};

/** The text every mark's conditional-format formula carries, so a mark is recognised after save and reopen. */
export const MARK_TAG = 'takstskema-markering';

/** The always-true formula of a mark's conditional format (without "="), tagged with the tool and the severity. */
export function markFormula(severity: Severity): string {
  return `LEN("${MARK_TAG}:${severity}")>0`;
}

/** True when a conditional format's formula is one of this tool's marks. */
export function isMarkFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.includes(`"${MARK_TAG}:`);
}

export function planMarks(findings: Finding[]): { marks: Mark[]; kontrol: KontrolRow[] } {
  const byCell = new Map<string, Mark>();
  for (const f of findings) {
    if (!f.cell) continue;
    const key = `${f.sheet}!${f.cell}`;
    const line = `${SEVERITY_WORDS[f.severity].tag}: ${f.message} (${f.ruleId})`;
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
    severity: SEVERITY_WORDS[f.severity].tag,
    ruleId: f.ruleId,
    message: f.message,
    tilbud: f.block?.tilbud ?? null,
    afdeling: f.block?.afdeling ?? null,
  }));
  return { marks: [...byCell.values()], kontrol };
}
