// A column mapping guessed from a table's header texts, for the pane's matching step: the skema's own header
// synonyms (layout/columns.ts, as the reader uses them) plus the tidy table's own fields (driftsherre, year, level,
// rate). A guess is only a start: the user sees and changes every choice before it is used.
import { columnKeyOf } from '../layout/columns';
import { compactLabel } from '../layout/parse';
import { FIELDS, type Mapping, type TidyField } from './tidy';

const TIDY: Record<string, TidyField> = {
  driftsherre: 'driftsherre',
  kommune: 'driftsherre',
  region: 'driftsherre',
  år: 'year',
  aar: 'year',
  budgetår: 'year',
  year: 'year',
  niveau: 'level',
  takstniveau: 'level',
  ydelse: 'level',
  level: 'level',
  takst: 'rate',
  pris: 'rate',
  rate: 'rate',
  budget: 'budget',
  oh: 'oh',
  kommentar: 'bemaerkning',
};

/** The field a header text most likely holds, or null. */
export function guessField(header: string): TidyField | null {
  const compact = compactLabel(header);
  if (TIDY[compact]) return TIDY[compact];
  const key = columnKeyOf(header);
  if (key === 'aar') return 'year';
  return key !== null && (FIELDS as readonly string[]).includes(key) ? (key as TidyField) : null;
}

/** Header text → field, each field taken once (the first header that names it). */
export function guessColumns(headers: string[]): Mapping['columns'] {
  const out: Mapping['columns'] = {};
  const taken = new Set<string>();
  for (const h of headers) {
    const f = guessField(h);
    if (!f || taken.has(f) || !h.trim()) continue;
    taken.add(f);
    out[h] = f;
  }
  return out;
}
