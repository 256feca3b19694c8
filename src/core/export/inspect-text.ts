// The human-readable `takst inspect` output: one line per block with its change, in Danish number format.
import { formatNumber } from '../format';
import { isEmptyBlock } from '../model/queries';
import type { Block, SheetModel, WorkbookModel } from '../model/takstskema';
import { offerName } from '../model/queries';

function pct(v: number | null): string {
  return v === null ? '–' : `${v > 0 ? '+' : ''}${formatNumber(v, 1)} %`;
}

function blockLine(b: Block): string {
  const name = offerName(b.tilbud.value, b.afdeling.value) || '(uden navn)';
  const years = [b.y1?.year.value, b.y2?.year.value].map((y) => y ?? '–').join('→');
  const rates: string[] = [];
  if (b.change.basisPct !== null) rates.push(`basis ${pct(b.change.basisPct)}`);
  if (b.change.timePct !== null) rates.push(`time ${pct(b.change.timePct)}`);
  b.change.taksterPct.forEach((v, i) => v !== null && rates.push(`takst ${i + 1} ${pct(v)}`));
  const budget = b.change.budget === null ? '' : `, budget ${b.change.budget > 0 ? '+' : ''}${formatNumber(b.change.budget)} kr.`;
  return `  række ${b.headerRow}: ${name} [${b.enhed.value ?? '–'}] ${years}${budget}${rates.length ? `; ${rates.join(', ')}` : ''}`;
}

function sheetText(s: SheetModel): string[] {
  const filled = s.blocks.filter((b) => !isEmptyBlock(b));
  const lines = [
    `Ark "${s.sheet}": ${s.driftsherre.value ?? '(driftsherre ikke fundet)'}`,
    `  P/L kommuner ${s.plKommuner.value === null ? '–' : formatNumber(s.plKommuner.value, 2) + ' %'}, P/L regioner ${s.plRegioner.value === null ? '–' : formatNumber(s.plRegioner.value, 2) + ' %'}; grænser: takststigning ${s.thresholds.rateRisePp.value === null ? '–' : formatNumber(s.thresholds.rateRisePp.value, 1) + ' pp'}, belægning ${s.thresholds.occupancyPct.value === null ? '–' : formatNumber(s.thresholds.occupancyPct.value, 1) + ' %'}`,
    `  ${s.blocks.length} blokke, heraf ${filled.length} udfyldt; ${s.unplaced.length} celler kunne ikke placeres`,
    ...filled.map(blockLine),
  ];
  for (const u of s.unplaced.slice(0, 20)) lines.push(`  ! ${u.cell}: ${u.reason} (${String(u.value)})`);
  if (s.unplaced.length > 20) lines.push(`  ! … og ${s.unplaced.length - 20} flere`);
  return lines;
}

export function inspectText(m: WorkbookModel): string {
  const lines = m.sheets.flatMap(sheetText);
  for (const s of m.skipped) lines.push(`Ark "${s.sheet}" sprunget over: ${s.reason}`);
  return lines.join('\n');
}
