// The label texts that anchor everything outside the block header row (sheet header, block sub-rows).
import { memo, normalizeLabel } from './parse';

export type RowLabel = 'aendring' | 'saerlige' | 'anvendte' | 'solgte';

/** Which block sub-row a label cell starts, if any. */
export function rowLabelOf(text: string): RowLabel | null {
  // Asked for every text left of the rates in every block row: a sheet has a few hundred distinct texts, kept with
  // their answer (bounded, as parse.ts keeps the normal forms). V8 makes an object at each test of a pattern with \b.
  return memo(ROW_LABELS, text, rowLabelUncached);
}

const ROW_LABELS = new Map<string, RowLabel | null>();

function rowLabelUncached(text: string): RowLabel | null {
  const t = normalizeLabel(text);
  if (/^ændring\b/.test(t) || t === 'ændr.') return 'aendring';
  if (/^særlige forhold\b/.test(t)) return 'saerlige';
  if (/^anvendte pladser\b/.test(t)) return 'anvendte';
  if (/^(heraf )?solgte pladser\b/.test(t)) return 'solgte';
  return null;
}

export type SheetLabel = 'plKommuner' | 'plRegioner' | 'overhead' | 'thresholdRate' | 'thresholdOccupancy' | 'driftsherre';

export function sheetLabelOf(text: string): SheetLabel | null {
  const t = normalizeLabel(text);
  const compact = t.replace(/[\s./-]/g, '');
  if (/^pl(kommune|kommuner)\b/.test(compact) || /^pl(kommuner|kommune)/.test(compact)) return 'plKommuner';
  if (/^pl(region|regioner)/.test(compact)) return 'plRegioner';
  if (/^overhead driftsherre/.test(t)) return 'overhead';
  if (/^grænseværdi/.test(t) && /(takststigning|p\/l|takst)/.test(t)) return 'thresholdRate';
  if (/^grænseværdi/.test(t) && /belægning/.test(t)) return 'thresholdOccupancy';
  if (t === 'driftsherre' || t === 'kommune/region' || t === 'driftsherre (kommune/region)') return 'driftsherre';
  return null;
}

/** A text that names an operator: "Mariagerfjord Kommune", "Region Nordjylland", "X Kommune / Region". */
export function looksLikeOperator(text: string): boolean {
  const t = normalizeLabel(text);
  if (sheetLabelOf(text)) return false;
  return /\bkommune\b|\bregion\b/.test(t) && t.length <= 80 && !/p\/l|grænseværdi|fiktive|takst/.test(t);
}
