// The pane's view model, free of React: findings grouped by block, filtered by severity, counts in Danish.
import { formatNumber } from '../core/format';
import { offerName } from '../core/model/queries';
import { SEVERITY_WORDS, type Finding, type Severity } from '../core/model/finding';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_LABEL = SEVERITY_WORDS;

/** "1 advarsel", "1.204 advarsler". */
export function countLabel(severity: Severity, n: number): string {
  const l = SEVERITY_LABEL[severity];
  return `${formatNumber(n)} ${n === 1 ? l.one : l.many}`;
}

export interface FindingGroup {
  key: string;
  title: string;
  findings: Finding[];
}

/**
 * Groups by severity first (fejl, then advarsel, then info: what must be fixed comes first), then in sheet order:
 * the sheet's own findings (header fields), then one group per block.
 */
export function groupFindings(findings: Finding[], showSheet: boolean): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = `${SEVERITIES.indexOf(f.severity)}\u0000${f.sheet}\u0000${f.block ? f.block.index : -1}`;
    let g = groups.get(key);
    if (!g) {
      const name = f.block ? offerName(f.block.tilbud, f.block.afdeling, ' – ') || 'uden navn' : 'Arkets oplysninger';
      const title = f.block ? `Blok ${formatNumber(f.block.index + 1)}: ${name}` : name;
      g = { key, title: showSheet ? `${f.sheet} · ${title}` : title, findings: [] };
      groups.set(key, g);
    }
    g.findings.push(f);
  }
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || sheetOrder(findings, a) - sheetOrder(findings, b) || blockOf(a) - blockOf(b));
}

function rank(g: FindingGroup): number {
  return Number(g.key.split('\u0000')[0]);
}

function blockOf(g: FindingGroup): number {
  return Number(g.key.split('\u0000')[2]);
}

function sheetOrder(all: Finding[], g: FindingGroup): number {
  return all.findIndex((f) => f.sheet === g.findings[0].sheet);
}

export function filterFindings(findings: Finding[], shown: ReadonlySet<Severity>): Finding[] {
  return findings.filter((f) => shown.has(f.severity));
}
