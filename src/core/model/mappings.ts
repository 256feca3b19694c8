// The one place where the old 2026 skema's values become the new skema's dropdown values. A value not here and
// not already in the new lists is reported by the reader, never guessed.
import { ENHEDER, PARAGRAFFER } from './lists';

/** Old Lovgrundlag texts that differ from the new list, in normal form (see `key`). */
const LOVGRUNDLAG: Record<string, string> = {
  'sel §§ 10-12': 'SEL § 10-12',
  'sel § 10-12': 'SEL § 10-12',
  'sel §§ 112': 'SEL § 112',
  '§ 105': 'ABL § 105',
  'sel § 105': 'ABL § 105',
  '§ 107/108': 'SEL § 107/108',
  'sel §§ 107/108': 'SEL § 107/108',
  'sel §§ 107 og 108': 'SEL § 107/108',
};

/** Old Takstenhed texts that differ from the new list. */
const TAKSTENHED: Record<string, string> = {
  styk: 'Stk.',
  stk: 'Stk.',
  'pr. dag': 'Dag',
  'pr. døgn': 'Døgn',
  'pr. måned': 'Måned',
  'pr. time': 'Time',
};

/** Old Betalingsmodel values that are an Enhed of their own in the new skema. */
const BETALINGSMODEL_ENHED: Record<string, string> = {
  trækningsret: 'Trækningsret',
  'lovhjemlet objektiv finansiering': 'Objektiv',
  'objektiv finansiering': 'Objektiv',
};

function key(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/§\s*§/g, '§§')
    .replace(/(§+)\s*/g, '$1 ')
    .trim();
}

/** "§ 107" → "SEL § 107", "§ 105" → "ABL § 105"; null when there is no sure mapping. */
export function mapLovgrundlag(old: string): string | null {
  const k = key(old);
  const exact = PARAGRAFFER.find((p) => key(p) === k);
  if (exact) return exact;
  if (LOVGRUNDLAG[k]) return LOVGRUNDLAG[k];
  const bare = /^§ (\d+(?:\/\d+)?)$/.exec(k);
  if (bare) {
    const sel = PARAGRAFFER.find((p) => p === `SEL § ${bare[1]}`);
    if (sel) return sel;
  }
  return null;
}

export function mapTakstenhed(old: string): string | null {
  const k = key(old).replace(/\.$/, '');
  const exact = ENHEDER.find((e) => key(e).replace(/\.$/, '') === k);
  return exact ?? TAKSTENHED[k] ?? null;
}

export function enhedOfBetalingsmodel(old: string | null): string | null {
  return old ? (BETALINGSMODEL_ENHED[key(old)] ?? null) : null;
}
