// The block header's column texts and their synonyms: how a header row is recognised and its columns named.
import { compactLabel, memo } from './parse';
import { TAKST_LEVELS } from '../model/figures';
import type { ScalarFigure } from '../model/figures';

/** A block column: the identity texts, År, Bemærkning and each single figure of model/figures.ts. */
export type FieldKey = 'tilbud' | 'afdeling' | 'paragraf' | 'aar' | 'enhed' | 'bemaerkning' | ScalarFigure;

export type ColumnKey = FieldKey | `takst${number}`;

/** Header texts as the draft writes them, plus the variants a real workbook may use (compact form). */
const SYNONYMS: Record<string, FieldKey> = {
  tilbud: 'tilbud',
  tilbudsnavn: 'tilbud',
  afdeling: 'afdeling',
  afdelingsnavn: 'afdeling',
  '§§': 'paragraf',
  '§': 'paragraf',
  lovgrundlag: 'paragraf',
  paragraf: 'paragraf',
  år: 'aar',
  aar: 'aar',
  pladser: 'pladser',
  pladsantal: 'pladser',
  antalpladser: 'pladser',
  belægning: 'belaegning',
  'belægning%': 'belaegning',
  belægningsprocent: 'belaegning',
  belægningspct: 'belaegning',
  budgetialt: 'budget',
  budget: 'budget',
  takstgrundlag: 'budget',
  takstgrundlagialt: 'budget',
  regulering: 'regulering',
  'oh%': 'oh',
  oh: 'oh',
  ohpct: 'oh',
  'overhead%': 'oh',
  overhead: 'oh',
  overheadprocent: 'oh',
  enhed: 'enhed',
  takstenhed: 'enhed',
  basis: 'basis',
  basistakst: 'basis',
  time: 'time',
  timepris: 'time',
  timetakst: 'time',
  tomgang: 'tomgang',
  bemærkning: 'bemaerkning',
  bemærkninger: 'bemaerkning',
};

/** The column a header text names, or null: "OH %" → oh, "Takst 3" → takst3. */
export function columnKeyOf(text: string): ColumnKey | null {
  // Every block repeats the same header texts: their keys are kept (bounded), see docs/bench.md.
  return memo(KEYS, text, keyOfText);
}

function keyOfText(t: string): ColumnKey | null {
  return keyOfCompact(compactLabel(t)) ?? keyOfCompact(compactLabel(t.replace(/\([^)]*\)/g, ' ')));
}

const KEYS = new Map<string, ColumnKey | null>();

function keyOfCompact(key: string): ColumnKey | null {
  if (key === '') return null;
  const m = /^takst(\d{1,2})$/.exec(key);
  if (m) {
    const n = Number(m[1]);
    return n >= 1 && n <= TAKST_LEVELS ? (`takst${n}` as ColumnKey) : null;
  }
  return SYNONYMS[key] ?? null;
}

export function takstKey(level: number): ColumnKey {
  return `takst${level}` as ColumnKey;
}

/** The draft's header row, in order: what the template writes. */
export const DRAFT_HEADERS: ReadonlyArray<{ key: ColumnKey; text: string }> = [
  { key: 'tilbud', text: 'Tilbud' },
  { key: 'afdeling', text: 'Afdeling' },
  { key: 'paragraf', text: '§§' },
  { key: 'aar', text: 'År' },
  { key: 'pladser', text: 'Pladser' },
  { key: 'belaegning', text: 'Belægning' },
  { key: 'budget', text: 'Budget i alt' },
  { key: 'regulering', text: 'Regulering' },
  { key: 'oh', text: 'OH %' },
  { key: 'enhed', text: 'Enhed' },
  { key: 'basis', text: 'Basis' },
  { key: 'time', text: 'Time' },
  ...Array.from({ length: TAKST_LEVELS }, (_, i) => ({ key: takstKey(i + 1), text: `Takst ${i + 1}` })),
  { key: 'tomgang', text: 'Tomgang' },
  { key: 'bemaerkning', text: 'Bemærkning' },
];

/** A row is a block header when it names Tilbud and År and at least this many other columns. */
export const MIN_OTHER_HEADERS = 4;
