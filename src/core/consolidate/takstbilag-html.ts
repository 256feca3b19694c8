// takstbilag.html: the approved rates as one standalone page for the secretariat's website, printable as it is.
// Nothing is loaded from elsewhere (no script, font, image or stylesheet link), every text is escaped, and the rows
// are in the xlsx's order.
import { formatNumber, formatPercent } from '../format';
import type { Consolidation } from './consolidate';
import type { TakstbilagRow } from './takstbilag';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (t: string): string => t.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const rate = (v: number | null) => (v === null ? '' : formatNumber(v, Number.isInteger(v) ? 0 : 2));

/** "3,10 %", or "3,10 % og 3,20 %" when the sheets state different figures; "ikke oplyst" when none does. */
function plText(values: number[]): string {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  return distinct.length === 0 ? 'ikke oplyst' : distinct.map((v) => formatPercent(v, 2)).join(' og ');
}

const STYLE = `
body { font-family: system-ui, "Segoe UI", Calibri, Arial, sans-serif; margin: 1.5rem; color: #1b1b1b; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
p.caption { margin: 0 0 1rem; color: #444; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
th, td { border: 1px solid #bbb; padding: .25rem .4rem; vertical-align: top; text-align: left; }
th { background: #f2f2f2; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody.driftsherre th[scope=rowgroup] { background: #e6eef7; font-size: .95rem; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { margin: 0; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  tbody.driftsherre { break-before: page; }
  tbody.driftsherre:first-of-type { break-before: auto; }
}`;

function row(r: TakstbilagRow): string {
  const cells = [escapeHtml(r.tilbud), escapeHtml(r.afdeling ?? ''), escapeHtml(r.paragraf ?? ''), escapeHtml(r.enhed ?? ''), escapeHtml(r.level ?? '')].map(
    (c) => `<td>${c}</td>`,
  );
  const nums = [rate(r.rate1), rate(r.rate2), r.change === null ? '' : formatPercent(r.change)].map((c) => `<td class="num">${c}</td>`);
  return `<tr>${cells.join('')}${nums.join('')}<td>${escapeHtml(r.note ?? '')}</td></tr>`;
}

/** The page: caption with the year, the date and the P/L used; one row group per operator, as the xlsx sorts them. */
export function takstbilagHtml(c: Consolidation, now: Date = new Date()): string {
  const date = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric' }).format(now);
  const [y1, y2] = [c.budgetYear - 1, c.budgetYear];
  const groups = new Map<string, TakstbilagRow[]>();
  for (const r of c.takstbilag) groups.set(r.driftsherre, [...(groups.get(r.driftsherre) ?? []), r]);
  const head = ['Tilbud', 'Afdeling', '§§', 'Enhed', 'Niveau', `Takst ${y1}`, `Takst ${y2}`, 'Ændring', 'Note'];
  const bodies = [...groups].map(
    ([op, rows]) =>
      `<tbody class="driftsherre"><tr><th scope="rowgroup" colspan="${head.length}">${escapeHtml(op)}</th></tr>\n${rows.map(row).join('\n')}\n</tbody>`,
  );
  return `<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Takstbilag ${y2}</title>
<style>${STYLE}
</style>
</head>
<body>
<h1>Takstbilag ${y2}</h1>
<p class="caption">Takster for ${y1} og ${y2} for ${formatNumber(groups.size)} driftsherrer. Dannet ${escapeHtml(date)}. P/L ${y2}: kommuner ${plText(c.pl.kommuner)}, regioner ${plText(c.pl.regioner)}. Ændring er fra ${y1} til ${y2} i procent.</p>
<table>
<caption hidden>Takstbilag ${y2}</caption>
<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
${bodies.join('\n')}
</table>
</body>
</html>
`;
}
