// The `takst inspect --format json` contract: the model flattened to plain values (documented in docs/cli.md).
import { z } from 'zod';
import { yearValues } from '../model/queries';
import { withoutNoise } from '../format';
import { CHANGE_FIGURES, changeShape, figureShape, isPercentChange } from '../model/figures';
import { UnplacedSchema, type Block, type SheetModel, type WorkbookModel, type YearRow } from '../model/takstskema';
import { TAKST_LEVELS } from '../model/figures';

const num = z.number().nullable();
const levels = z.array(num).length(TAKST_LEVELS);

export const InspectYearSchema = z.object({ year: num, ...figureShape(num, levels) });

export const InspectBlockSchema = z.object({
  headerRow: z.number().int(),
  tilbud: z.string().nullable(),
  afdeling: z.string().nullable(),
  paragraf: z.string().nullable(),
  enhed: z.string().nullable(),
  bemaerkning: z.string().nullable(),
  saerligeForhold: z.string().nullable(),
  y1: InspectYearSchema.nullable(),
  y2: InspectYearSchema.nullable(),
  change: z.object(changeShape(num, levels)),
  anvendte: z.array(z.object({ year: num, levels })),
  solgte: z.array(z.object({ year: num, levels })),
});

export const InspectSheetSchema = z.object({
  sheet: z.string(),
  driftsherre: z.string().nullable(),
  /** The operator's overhead percent for the two years the header writes (the draft: 2025 and 2026). */
  overheadDriftsherre: z.object({ y1: num, y2: num, y1Year: num, y2Year: num }),
  plKommuner: num,
  plRegioner: num,
  thresholds: z.object({ rateRisePp: num, occupancyPct: num }),
  blocks: z.array(InspectBlockSchema),
  unplaced: z.array(UnplacedSchema),
});

export const InspectJsonSchema = z.object({
  sheets: z.array(InspectSheetSchema),
  skipped: z.array(z.object({ sheet: z.string(), reason: z.string() })),
});
export type InspectJson = z.infer<typeof InspectJsonSchema>;

function year(y: YearRow | null): z.infer<typeof InspectYearSchema> | null {
  return y ? yearValues(y) : null;
}

function block(b: Block): z.infer<typeof InspectBlockSchema> {
  return {
    headerRow: b.headerRow,
    tilbud: b.tilbud.value,
    afdeling: b.afdeling.value,
    paragraf: b.paragraf.value,
    enhed: b.enhed.value,
    bemaerkning: b.bemaerkning.value,
    saerligeForhold: b.saerligeForhold.value,
    y1: year(b.y1),
    y2: year(b.y2),
    // Differences without floating-point noise (OH 5,7 − 5,4 is 0,3, not 0,2999999999999998); percent changes unrounded.
    change: {
      ...b.change,
      ...Object.fromEntries(
        CHANGE_FIGURES.filter((k) => !isPercentChange(k)).map((k) => {
          const v = b.change[k as Exclude<typeof k, 'basis' | 'time' | 'takster'>];
          return [k, v === null ? null : withoutNoise(v)];
        }),
      ),
      taksterPct: [...b.change.taksterPct],
    },
    anvendte: b.anvendte.map((p) => ({ year: p.year, levels: p.levels.map((l) => l.value) })),
    solgte: b.solgte.map((p) => ({ year: p.year, levels: p.levels.map((l) => l.value) })),
  };
}

export function sheetToInspectJson(s: SheetModel): z.infer<typeof InspectSheetSchema> {
  return {
    sheet: s.sheet,
    driftsherre: s.driftsherre.value,
    overheadDriftsherre: {
      y1: s.overheadDriftsherre.y1.value,
      y2: s.overheadDriftsherre.y2.value,
      y1Year: s.overheadDriftsherre.y1.year,
      y2Year: s.overheadDriftsherre.y2.year,
    },
    plKommuner: s.plKommuner.value,
    plRegioner: s.plRegioner.value,
    thresholds: { rateRisePp: s.thresholds.rateRisePp.value, occupancyPct: s.thresholds.occupancyPct.value },
    blocks: s.blocks.map(block),
    unplaced: s.unplaced,
  };
}

export function toInspectJson(m: WorkbookModel): InspectJson {
  return { sheets: m.sheets.map(sheetToInspectJson), skipped: m.skipped };
}
