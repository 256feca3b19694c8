// The review group's list (Gennemgang): one item per thing to discuss, with the rates, the change and P/L in their
// own columns beside the text. The rules' own findings are mapped to categories here; the checks only the
// consolidation can make (rises and occupancy against each sheet's thresholds, uneven rates inside one offer, an
// export sent with fejl) are made here too.
import { belowOccupancy, risesPastLimit } from '../compute/limits';
import type { ExportJson, ExportRow } from '../export/tidy-export';
import { formatNumber, formatPercent } from '../format';
import { offerName } from '../model/queries';
import { normalizeName } from '../model/match';
import { RULES } from '../rules';
import { comparedLevel } from './compare';
import { blockKeyOf, type TakstbilagRow } from './takstbilag';

export interface ReviewItem {
  category: string;
  driftsherre: string;
  tilbud: string | null;
  afdeling: string | null;
  /** The level the figures beside are of. */
  level: string | null;
  rate1: number | null;
  rate2: number | null;
  /** Percent. */
  change: number | null;
  /** The P/L that applies to the operator, percent. */
  pl: number | null;
  where: string | null;
  detail: string;
}

/** Rule id → review category: the findings the review group discusses, as each rule's meta says. */
export const REVIEW_RULES: Record<string, string> = Object.fromEntries(RULES.flatMap((r) => (r.meta.review ? [[r.meta.id, r.meta.review]] : [])));

/** Rates of one Tilbud's Afdelinger that differ more than this (percent, highest over lowest) are "uens". */
export const UNEVEN_PCT = 10;

export const UNEVEN = 'Uens takst inden for samme tilbud';
export const FORCED = 'Eksporteret med fejl';

type Item = Omit<ReviewItem, 'level' | 'rate1' | 'rate2' | 'change' | 'pl'> & Partial<ReviewItem>;

/** One operator's part of the list; `bilag` is its takstbilag rows, for the figures beside each item. */
export class OperatorReview {
  readonly items: ReviewItem[] = [];

  constructor(
    private readonly op: string,
    private readonly pl: number | null,
    private readonly bilag: TakstbilagRow[],
  ) {}

  /** Adds an item; the figures are the named level's of the block, or else the level the block is compared by. */
  add(item: Item, block?: ExportRow[]): void {
    const level = item.level ?? (block ? (comparedLevel(block.filter((r) => r.year === Math.max(...block.map((x) => x.year))))?.row.level ?? null) : null);
    const row = block ? this.bilag.find((b) => b.blockKey === blockKeyOf(block[0]) && b.level === level) : undefined;
    this.items.push({
      level,
      rate1: row?.rate1 ?? null,
      rate2: row?.rate2 ?? null,
      change: row?.change ?? null,
      pl: this.pl,
      ...item,
      driftsherre: this.op,
    });
  }

  /** A level's rise past P/L + the sheet's threshold (the rule checks the same on the sheet). */
  rise(row: TakstbilagRow, risePp: number): void {
    if (row.change === null || this.pl === null || !risesPastLimit(row.change, this.pl, risePp)) return;
    this.items.push({
      category: 'Stigning over P/L + grænseværdi',
      driftsherre: this.op,
      tilbud: row.tilbud,
      afdeling: row.afdeling,
      level: row.level,
      rate1: row.rate1,
      rate2: row.rate2,
      change: row.change,
      pl: this.pl,
      where: row.level,
      detail: `${row.level ?? 'Takst'} stiger ${formatPercent(row.change)} (P/L ${formatPercent(this.pl, 2)} + ${formatNumber(risePp, 1)} procentpoint)${row.bemaerkning ? `; bemærkning: ${row.bemaerkning}` : '; ingen bemærkning'}`,
    });
  }

  /** The budget year's occupancy under the sheet's threshold. */
  occupancy(block: ExportRow[], year: number, thresholdPct: number): void {
    const bel = block.find((r) => r.year === year)?.belaegning;
    if (bel === null || bel === undefined || !belowOccupancy(bel, thresholdPct)) return;
    this.add(
      {
        category: 'Belægning under grænseværdi',
        driftsherre: this.op,
        tilbud: block[0].tilbud,
        afdeling: block[0].afdeling,
        where: String(year),
        detail: `Belægning ${formatPercent(bel)} (grænse ${formatPercent(thresholdPct)})`,
      },
      block,
    );
  }

  /** The export's findings that the review group discusses, each under its category. */
  findings(e: ExportJson, blocks: Map<string, ExportRow[]>): void {
    for (const f of e.findings) {
      const category = REVIEW_RULES[f.ruleId];
      if (!category) continue;
      const block = f.block ? blocks.get(blockKeyOf({ sheet: f.sheet, block: f.block.index + 1 })) : undefined;
      this.add(
        { category, driftsherre: this.op, tilbud: f.block?.tilbud ?? null, afdeling: f.block?.afdeling ?? null, where: f.cell, detail: f.message },
        block,
      );
    }
  }

  /** An export sent past its fejl (takst export --force): named with every fejl. */
  forced(e: ExportJson): void {
    if (!e.metadata.forced) return;
    const errors = e.findings.filter((f) => f.severity === 'error');
    this.add({
      category: FORCED,
      driftsherre: this.op,
      tilbud: null,
      afdeling: null,
      where: null,
      detail: `${e.metadata.sourceName} er eksporteret med ${formatNumber(errors.length)} fejl: ${errors.map((f) => `${f.cell ?? f.sheet}: ${f.message}`).join(' · ') || '(fejlene er ikke med i filen)'}`,
    });
  }

  /**
   * One Tilbud whose Afdelinger have rates that differ more than `limitPct` for the budget year: Basis when two or
   * more have it, else each level two or more share.
   */
  uneven(blocks: ExportRow[][], year: number, limitPct: number): void {
    const byOffer = new Map<string, ExportRow[][]>();
    for (const b of blocks) {
      const rows = b.filter((r) => r.year === year && r.rate !== null);
      if (rows.length === 0) continue;
      const k = normalizeName(rows[0].tilbud);
      byOffer.set(k, [...(byOffer.get(k) ?? []), rows]);
    }
    for (const departments of byOffer.values()) {
      if (new Set(departments.map((d) => normalizeName(d[0].afdeling))).size < 2) continue;
      const levels = [...new Set(departments.flatMap((d) => d.map((r) => r.level!)))];
      const shared = levels.filter((l) => departments.filter((d) => d.some((r) => r.level === l)).length >= 2);
      const compared = shared.includes('Basis') ? ['Basis'] : shared;
      for (const level of compared) {
        const rates = departments.flatMap((d) => d.filter((r) => r.level === level));
        const [low, high] = [Math.min(...rates.map((r) => r.rate!)), Math.max(...rates.map((r) => r.rate!))];
        const spread = low > 0 ? (high / low - 1) * 100 : null;
        if (spread === null || spread <= limitPct) continue;
        this.items.push({
          category: UNEVEN,
          driftsherre: this.op,
          tilbud: rates[0].tilbud,
          afdeling: rates.map((r) => r.afdeling ?? '(ingen)').join(', '),
          level,
          rate1: null,
          rate2: null,
          change: null,
          pl: this.pl,
          where: String(year),
          detail: `${level} ${year}: ${rates.map((r) => `${offerName(null, r.afdeling) || '(ingen afdeling)'} ${formatNumber(r.rate!, Number.isInteger(r.rate!) ? 0 : 2)}`).join(', ')}; forskel ${formatPercent(spread)} (grænse ${formatPercent(limitPct, 0)}); skriv i Særlige forhold eller Bemærkning, hvorfor afdelingerne har forskellig takst`,
        });
      }
    }
  }
}
