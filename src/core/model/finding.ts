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

/** A finding as it is published (the JSON of validate and export, the Kontrol sheet, an export read back): its text rendered. */
export interface RenderedFinding {
  ruleId: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell to fix (null only when the sheet has no such cell at all). */
  cell: string | null;
  message: string;
  block: BlockRef | null;
}

/**
 * A rule's finding as the runner makes it, as ESLint's: the message id in the rule's `meta.messages` and the slot
 * values it was rendered from, beside the rendered Danish text. Tests assert on the id; outputs publish the text.
 */
export interface Finding extends RenderedFinding {
  messageId: string;
  data: Readonly<Record<string, string>>;
}

/** The published fields of a finding, in their published order (the message id and data stay inside the program). */
export function renderedFinding(f: RenderedFinding): RenderedFinding {
  return { ruleId: f.ruleId, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message, block: f.block };
}
