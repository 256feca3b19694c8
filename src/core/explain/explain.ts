// Every block's rate change explained: the components (decompose.ts), each reported rate's own change and its
// level-specific part, and one Danish sentence; a block without the figures says why instead.
import { formatNumber } from '../format';
import type { Block, SheetModel } from '../model/takstskema';
import { hasFigures } from '../model/queries';
import { blockName, rateChanges } from '../model/queries';
import { applicablePl } from '../compute/limits';
import { matchesImplied } from '../compute/tolerances';
import { components, factors, rateRatio, type Components, type YearInputs } from './decompose';
import { DAYS_FULL_YEAR, impliedRate } from '../compute/rates';

export interface LevelChange {
  name: string;
  /** The rate's own change, percent. */
  change: number;
  /** change − total: tariff restructuring, rounding. */
  specific: number;
}

export interface Explanation {
  sheet: string;
  block: number;
  tilbud: string | null;
  afdeling: string | null;
  /**
   * The level that carries the budget: the rate Budget ÷ (Pladser × Belægning × 365) gives in both years (the full
   * place; Takst 2 in the test sheet's day offers), with its own change. Null when no level is that rate (care
   * levels around an average, as Kærvej's): the headline is then the budget per occupied place.
   */
  carrier: LevelChange | null;
  /** The budget-implied rate's change in percent (= percentage points of the components), or null with `reason`. */
  total: number | null;
  components: Components | null;
  levels: LevelChange[];
  reason: string | null;
  sentence: string;
}

export const COMPONENT_LABELS: Record<keyof Components, string> = {
  pl: 'P/L',
  realGrowth: 'reel vækst',
  overhead: 'overhead',
  regulering: 'regulering',
  pladser: 'pladser',
  belaegning: 'belægning',
};

function inputs(b: Block, which: 'y1' | 'y2'): YearInputs | string {
  const y = b[which];
  if (!y) return 'mangler';
  const need = [y.budget.value, y.pladser.value, y.belaegning.value];
  if (need.some((v) => v === null)) return 'mangler';
  if (y.pladser.value === 0 || y.belaegning.value === 0) return 'nul';
  if (y.oh.value === null) return 'oh';
  return { budget: y.budget.value!, regulering: y.regulering.value ?? 0, oh: y.oh.value ?? 0, pladser: y.pladser.value!, belaegning: y.belaegning.value! };
}

export function signed(v: number): string {
  const s = formatNumber(v, 1);
  return v > 0 && s !== '0,0' ? `+${s}` : s.replace('-', '−');
}

export function explainBlock(sheet: SheetModel, b: Block): Explanation {
  const out: Explanation = {
    sheet: sheet.sheet,
    block: b.index,
    tilbud: b.tilbud.value,
    afdeling: b.afdeling.value,
    carrier: null,
    total: null,
    components: null,
    levels: [],
    reason: null,
    sentence: '',
  };
  const name = blockName(b);
  const enhed = b.enhed.value ?? b.y1?.enhed.value ?? b.y2?.enhed.value ?? '';
  const fail = (reason: string) => {
    out.reason = reason;
    out.sentence = `${name}: ${reason}`;
    return out;
  };
  if (!hasFigures(b.y1) || !hasFigures(b.y2))
    return fail('Blokken har kun tal for ét år (nyt eller udgået tilbud, eller et skift i takststruktur), så der er ingen ændring at forklare.');
  if (/^(trækningsret|objektiv)$/i.test(enhed.trim()))
    return fail(`Enheden er ${enhed}: taksten er ikke en pris pr. plads, så budgettets takst kan ikke beregnes.`);
  if ((b.y1!.basis.value === null) !== (b.y2!.basis.value === null) || (b.y1!.time.value === null) !== (b.y2!.time.value === null)) {
    return fail('Takststrukturen skifter i blokken (Basis/Time findes kun i det ene år): ændringen kan ikke deles op.');
  }
  const y1 = inputs(b, 'y1');
  const y2 = inputs(b, 'y2');
  if (typeof y1 === 'string' || typeof y2 === 'string') {
    if (y1 === 'oh' || y2 === 'oh') return fail('OH % mangler i et af årene, så overhead og reel vækst kan ikke skilles ad.');
    const what = y1 === 'nul' || y2 === 'nul' ? 'Pladser eller Belægning er 0' : 'Budget i alt, Pladser eller Belægning mangler i et af årene';
    return fail(`${what}, så budgettets takst kan ikke beregnes.`);
  }
  if (y1.budget - y1.regulering <= 0 || y2.budget - y2.regulering <= 0 || y1.budget <= 0 || y2.budget <= 0)
    return fail('Budget i alt uden regulering er 0 eller negativt, så ændringen kan ikke deles op.');
  const pl = applicablePl(sheet);
  if (pl.value === null) return fail(`${pl.label} mangler i skemaet, så P/L-delen kan ikke beregnes.`);
  const { total, components: c } = components(factors(y1, y2, pl.value), rateRatio(y1, y2));
  out.total = total;
  out.components = c;
  for (const r of rateChanges(b)) if (r.change !== null) out.levels.push({ name: r.name, change: r.change, specific: r.change - total });
  const carrier = carryingLevel(b);
  out.carrier = carrier === null ? null : (out.levels.find((l) => l.name === `Takst ${carrier + 1}`) ?? null);
  const parts = (Object.keys(c) as Array<keyof Components>).filter((k) => Math.abs(c[k]) >= 0.05).map((k) => `${COMPONENT_LABELS[k]} ${signed(c[k])}`);
  const why = `${parts.length > 0 ? parts.join(', ') : 'ingen del over 0,05'} procentpoint`;
  const budget = `budgettet pr. belagt plads ${verb(total)}`;
  if (out.carrier) {
    const same = formatNumber(out.carrier.change, 1) === formatNumber(total, 1);
    out.sentence = `${out.carrier.name} (den fulde plads, som budgettet giver) ${verb(out.carrier.change)}${same ? '' : `, ${budget}`}: ${why}.`;
  } else {
    const range = out.levels.length > 0 ? ` (taksterne: ${levelRange(out.levels)})` : '';
    out.sentence = `Budgettet pr. belagt plads ${verb(total)}${range}: ${why}.`;
  }
  return out;
}

function verb(change: number): string {
  return Math.abs(change) < 0.05 ? 'er uændret' : change > 0 ? `stiger ${formatNumber(change, 1)} %` : `falder ${formatNumber(-change, 1)} %`;
}

function levelRange(levels: LevelChange[]): string {
  const changes = levels.map((l) => l.change);
  const [lo, hi] = [Math.min(...changes), Math.max(...changes)];
  return formatNumber(lo, 1) === formatNumber(hi, 1) ? `${signed(lo)} %` : `${signed(lo)} % til ${signed(hi)} %`;
}

/** The level (0-based) whose rate the budget gives on 365 days in both years (Dag and Døgn offers). */
function carryingLevel(b: Block): number | null {
  if (!/^(dag|døgn)$/i.test((b.enhed.value ?? '').trim())) return null;
  const [y1, y2] = [b.y1!, b.y2!];
  const implied = [y1, y2].map((y) => impliedRate(y.budget.value, y.pladser.value, y.belaegning.value, DAYS_FULL_YEAR));
  if (implied.some((r) => r === null)) return null;
  const i = y1.takster.findIndex((t, k) => [t.value, y2.takster[k].value].every((v, j) => v !== null && matchesImplied(v, implied[j]!)));
  return i < 0 ? null : i;
}

export function explainSheet(sheet: SheetModel): Explanation[] {
  return sheet.blocks.filter((b) => b.tilbud.value || hasFigures(b.y1) || hasFigures(b.y2)).map((b) => explainBlock(sheet, b));
}
