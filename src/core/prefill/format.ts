// The prefill plan as text for the command line: what is matched, filled, left alone, and why.
import { formatNumber } from '../format';
import { offerName } from '../model/queries';
import { shown, type PrefillPlan } from './plan';

const HOW: Record<string, string> = { exact: 'samme navn', similar: 'lignende navn', 'new-block': 'ny blok' };

export function formatPlan(p: PrefillPlan): string {
  const lines = [`${p.sheet}: ${p.driftsherre ?? '(ingen driftsherre)'}, år 1 = ${p.year}`];
  if (p.reason) return [...lines, `  ${p.reason}`].join('\n');
  for (const m of p.matches) {
    const offer = offerName(m.offer.tilbud, m.offer.afdeling, ' – ');
    lines.push(`  ${offer} → blok ${m.block + 1} (${HOW[m.how]})${m.note ? `: ${m.note}` : ''}`);
  }
  for (const u of p.unplaced) lines.push(`  ${u.offer.tilbud}: ${u.reason}`);
  // The header's cells, each named (a computed overhead says how it was computed).
  for (const w of p.writes.filter((x) => x.block < 0)) lines.push(`  Arkets hoved ${w.cell}: ${w.field}`);
  lines.push(
    `  ${formatNumber(p.writes.length)} celler udfyldes, ${formatNumber(p.unchanged)} har allerede tallet, ${formatNumber(p.conflicts.length)} har et andet tal.`,
  );
  for (const c of p.conflicts) lines.push(`    ${c.cell}  ${c.blockName}, ${c.field}: står ${shown(c.before)}, sidste år ${shown(c.value)}`);
  return lines.join('\n');
}
