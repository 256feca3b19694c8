// A finding of a rule and its severity: the vocabulary the rules, the plans, the formatters and the pane share.

export type Severity = 'error' | 'warning' | 'info';

/** The Danish words for a severity, in one place: "1 fejl", "2 advarsler", and the tag "Advarsel". */
export const SEVERITY_WORDS: Record<Severity, { one: string; many: string; tag: string }> = {
  error: { one: 'fejl', many: 'fejl', tag: 'Fejl' },
  warning: { one: 'advarsel', many: 'advarsler', tag: 'Advarsel' },
  info: { one: 'info', many: 'info', tag: 'Info' },
};

export interface BlockRef {
  index: number;
  tilbud: string | null;
  afdeling: string | null;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell to fix (null only when the sheet has no such cell at all). */
  cell: string | null;
  message: string;
  block: BlockRef | null;
}
