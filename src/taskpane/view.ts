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
 * One group per block (the sheet's own findings, its header, first), each heading once; inside a group the fejl
 * first, then advarsler, then info. The groups with a fejl come first, then those with an advarsel, then the rest,
 * each in sheet order: what must be fixed stays on top.
 */
export function groupFindings(findings: Finding[], showSheet: boolean): FindingGroup[] {
  const groups = new Map<string, FindingGroup & { worst: number; sheetAt: number; block: number }>();
  const sheets = [...new Set(findings.map((f) => f.sheet))];
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.block ? f.block.index : -1}`;
    let g = groups.get(key);
    if (!g) {
      const name = f.block ? offerName(f.block.tilbud, f.block.afdeling, ' – ') || 'uden navn' : 'Arkets oplysninger';
      const title = f.block ? `Blok ${formatNumber(f.block.index + 1)}: ${name}` : name;
      g = {
        key,
        title: showSheet ? `${f.sheet} · ${title}` : title,
        findings: [],
        worst: 9,
        sheetAt: sheets.indexOf(f.sheet),
        block: f.block ? f.block.index : -1,
      };
      groups.set(key, g);
    }
    g.findings.push(f);
    g.worst = Math.min(g.worst, SEVERITIES.indexOf(f.severity));
  }
  const bySeverity = (a: Finding, b: Finding) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);
  return [...groups.values()]
    .sort((a, b) => a.worst - b.worst || a.sheetAt - b.sheetAt || a.block - b.block)
    .map(({ key, title, findings: fs }) => ({ key, title, findings: [...fs].sort(bySeverity) }));
}

/** The findings of the severities chosen with "Vis kun"; none chosen shows them all. */
export function filterFindings(findings: Finding[], only: ReadonlySet<Severity>): Finding[] {
  return only.size === 0 ? findings : findings.filter((f) => only.has(f.severity));
}
