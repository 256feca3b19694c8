// How far a sheet is: the input cells a person must still fill. Required in every block with content: its identity
// (Tilbud, Afdeling, §§, Enhed), year 2's Pladser, Belægning, Budget i alt and OH % and its rate (Takst 1; Basis and
// Time for Enhed Time; none for the financing forms; no year 2 for an offer shown to end), the same for year 1 once it
// has a figure, the sheet header's Driftsherre and overhead, and every cell a rule asks a person to write (a Bemærkning
// for a rise over P/L, Tomgang at low occupancy). The pane's progress line, `takst validate` and `takst fill` say
// the same thing from this.
import type { Block, SheetModel, TextField, NumberField } from './model/takstskema';
import type { Finding } from './model/finding';
import { hasFigures, identityCells, isEmptyBlock, isTyped, offerName } from './model/queries';
import { figureLabel } from './model/figures';
import { formatNumber } from './format';
import { RULES } from './rules';

const TITLE = new Map(RULES.map((r) => [r.meta.id, r.meta.title]));

export interface MissingCell {
  sheet: string;
  cell: string;
  block: number;
  blockName: string;
  field: string;
  /** Why a person must write it: "identitet", "tal for 2027", or the rule that asks for it. */
  why: string;
}

export interface Progress {
  required: number;
  filled: number;
  missing: MissingCell[];
  /** Blocks with anything typed in them: none means the sheet is still empty. */
  blocksInUse: number;
}

/** Rules whose finding points at an empty cell only a person can fill (a Bemærkning, or Tomgang). */
const ASKS_A_PERSON = new Set(['rate-rise-needs-remark', 'pladser-change-needs-remark', 'low-occupancy-needs-remark']);

/**
 * Blocks that end after year 1, so that year 2 is not asked of them: year 1 only, and either the old half of a change
 * of structure (a block of the same Tilbud has year 2 only) or said in its Bemærkning. A block prefilled with last
 * year's figures has year 1 only too, and its year 2 is exactly what is left to type.
 */
function endingBlocks(blocks: Block[]): Set<Block> {
  const name = (b: Block) => (b.tilbud.value ?? '').trim().toLowerCase();
  const newOnly = blocks.filter((b) => hasFigures(b.y2) && !hasFigures(b.y1));
  return new Set(
    blocks.filter((b) => hasFigures(b.y1) && !hasFigures(b.y2) && (newOnly.some((n) => name(n) === name(b)) || (b.bemaerkning.value ?? '').trim() !== '')),
  );
}

function requiredCells(b: Block, ends: boolean): Array<{ field: string; f: TextField | NumberField; why: string }> {
  const out: Array<{ field: string; f: TextField | NumberField; why: string }> = [];
  for (const [field, f] of identityCells(b)) out.push({ field, f, why: 'tilbuddets navn og type' });
  // Year 2 always (an offer that ends excepted: endingBlocks); year 1 once it has a figure, so that half a year (rates
  // from an export without its budget) shows what is missing.
  for (const y of [b.y1, b.y2]) {
    if (!y || (y === b.y2 && ends) || (y === b.y1 && !hasFigures(y))) continue;
    const year = y.year.value === null ? (y === b.y1 ? 'år 1' : 'år 2') : String(y.year.value);
    const why = `tal for ${year}`;
    for (const k of ['pladser', 'belaegning', 'budget', 'oh'] as const) out.push({ field: `${figureLabel(k)} ${year}`, f: y[k], why });
    const unit = (b.enhed.value ?? '').trim().toLowerCase();
    if (unit === 'time') {
      out.push({ field: `Basis ${year}`, f: y.basis, why }, { field: `Time ${year}`, f: y.time, why });
    } else if (unit !== 'trækningsret' && unit !== 'objektiv') {
      out.push({ field: `Takst 1 ${year}`, f: y.takster[0], why });
    }
  }
  return out;
}

export function progressOf(sheet: SheetModel, findings: Finding[]): Progress {
  const missing: MissingCell[] = [];
  const seen = new Set<string>();
  let required = 0;
  // The sheet's header: whose sheet it is and the operator's overhead, which no export holds.
  const o = sheet.overheadDriftsherre;
  for (const [field, f] of [
    ['Driftsherre', sheet.driftsherre],
    [`Overhead driftsherre ${o.y1.year ?? 'år 1'}`, o.y1],
    [`Overhead driftsherre ${o.y2.year ?? 'år 2'}`, o.y2],
  ] as const) {
    if (!f.cell) continue;
    required++;
    seen.add(f.cell);
    if (!isTyped(f)) missing.push({ sheet: sheet.sheet, cell: f.cell, block: -1, blockName: 'arkets hoved', field, why: 'driftsherrens egne tal' });
  }
  const ending = endingBlocks(sheet.blocks);
  let blocksInUse = 0;
  sheet.blocks.forEach((b, i) => {
    if (isEmptyBlock(b)) return;
    blocksInUse++;
    const blockName = offerName(b.tilbud.value, b.afdeling.value) || `blok ${i + 1}`;
    for (const r of requiredCells(b, ending.has(b))) {
      if (!r.f.cell) continue;
      required++;
      seen.add(r.f.cell);
      if (!isTyped(r.f)) missing.push({ sheet: sheet.sheet, cell: r.f.cell, block: i, blockName, field: r.field, why: r.why });
    }
  });
  for (const f of findings) {
    if (!ASKS_A_PERSON.has(f.ruleId) || !f.cell || f.sheet !== sheet.sheet || seen.has(f.cell) || !f.block) continue;
    seen.add(f.cell);
    required++;
    const blockName = offerName(f.block.tilbud, f.block.afdeling) || `blok ${f.block.index + 1}`;
    const tomgang = sheet.blocks[f.block.index]?.y2?.tomgang.cell === f.cell;
    missing.push({
      sheet: sheet.sheet,
      cell: f.cell,
      block: f.block.index,
      blockName,
      field: tomgang ? 'Tomgang' : 'Bemærkning',
      why: `skrives af en person: ${TITLE.get(f.ruleId) ?? f.ruleId}`,
    });
  }
  missing.sort((a, b) => a.block - b.block);
  return { required, filled: required - missing.length, missing, blocksInUse };
}

/** Several sheets' progress as one. */
export function totalProgress(all: Progress[]): Progress {
  return {
    required: all.reduce((s, p) => s + p.required, 0),
    filled: all.reduce((s, p) => s + p.filled, 0),
    missing: all.flatMap((p) => p.missing),
    blocksInUse: all.reduce((s, p) => s + p.blocksInUse, 0),
  };
}

/**
 * "Udfyldt 44 af 88 felter · 44 celler mangler", or "… · 0 celler mangler"; for a sheet with no block in use, that it
 * is empty (counting its three header cells would say nothing a person recognises).
 */
export function progressLine(p: Progress): string {
  const n = p.missing.length;
  if (p.blocksInUse === 0)
    return `Skemaet er tomt: ingen blok er udfyldt endnu${n > 0 ? ` · ${formatNumber(n)} ${n === 1 ? 'celle' : 'celler'} i arkets hoved mangler` : ''}`;
  return `Udfyldt ${formatNumber(p.filled)} af ${formatNumber(p.required)} felter · ${formatNumber(n)} ${n === 1 ? 'celle mangler' : 'celler mangler'}`;
}

/** The line and, under it, the missing cells by block with why (for the command line). */
export function formatProgress(p: Progress, limit = 200): string {
  const lines = [progressLine(p)];
  let block = -1;
  for (const m of p.missing.slice(0, limit)) {
    if (m.block !== block || m === p.missing[0]) {
      block = m.block;
      lines.push(m.block < 0 ? `  ${m.blockName[0].toUpperCase()}${m.blockName.slice(1)}` : `  Blok ${m.block + 1}: ${m.blockName}`);
    }
    lines.push(`    ${m.cell}  ${m.field} (${m.why})`);
  }
  if (p.missing.length > limit) lines.push(`  … og ${formatNumber(p.missing.length - limit)} celler mere`);
  return lines.join('\n');
}
