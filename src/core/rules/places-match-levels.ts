// Places used and sold belong under levels that have a rate; in residential offers the places used fit Pladser.
import { formatNumber } from '../format';
import type { Block, PlacesRow, YearRow } from '../model/takstskema';
import { yearLabel } from './helpers';
import type { Rule } from './types';

/**
 * Units where every person holds one whole place whatever the level, so the places used add up to at most Pladser.
 * Day offers count persons, and their levels may weigh as part places (the test sheet: Takst 1 counts 2/3), so
 * 7 + 47 used against 50 places is no error there; Time, Stk. and the financing forms have no places to count.
 */
const WHOLE_PLACE_UNITS = /^(døgn|uge|måned|år)$/i;

function hasRates(y: YearRow | null): y is YearRow {
  return !!y && y.takster.some((t) => t.value !== null) && y.time.value === null;
}

/** The year row the places row speaks of: the one whose year its label names, else the year with rates. */
function yearRowFor(b: Block, p: PlacesRow): YearRow | null {
  const named = [b.y1, b.y2].find((y) => y && p.year !== null && y.year.value === p.year);
  if (named && hasRates(named)) return named;
  return hasRates(b.y2) ? b.y2 : hasRates(b.y1) ? b.y1 : null;
}

export const placesMatchLevels: Rule = {
  meta: {
    id: 'places-match-levels',
    severity: 'warning',
    review: null,
    title: 'Pladser under takstniveauer med takst',
    description:
      'Anvendte eller solgte pladser står under et niveau uden takst, eller (i døgn-, uge-, måneds- og årstilbud, hvor hver borger har en hel plads) anvendte pladser i alt overstiger Pladser. Dagtilbud tæller personer, og niveauer kan vægte som dele af en plads, så her sammenlignes summen ikke.',
    points: 'Pladscellen, eller den første anvendte plads',
    example: 'Anvendte pladser under Takst 2, når kun Takst 1 har en takst.',
    messages: {
      noRate: '{label} har pladser under Takst {level}, men Takst {level} er tom for {year}.',
      total: '{label} i alt ({total}) er flere end Pladser ({pladser}) for {year}, og i et {unit}stilbud har hver borger en hel plads.',
    },
  },
  create: (ctx) => ({
    block(b) {
      for (const p of [...b.anvendte, ...b.solgte]) {
        const y = yearRowFor(b, p);
        if (!y) continue;
        const year = p.year !== null ? String(p.year) : yearLabel(y);
        const label = p.label.value ?? 'Pladser';
        p.levels.forEach((l, i) => {
          if (l.value !== null && l.value !== 0 && y.takster[i].value === null)
            ctx.report({ messageId: 'noRate', cell: l.cell, data: { label, level: String(i + 1), year } });
        });
      }
      const unit = b.enhed.value?.trim() ?? '';
      const a = b.anvendte[0];
      const y = a ? yearRowFor(b, a) : null;
      if (!a || !y || !WHOLE_PLACE_UNITS.test(unit) || y.pladser.value === null) return;
      const total = a.levels.reduce((s, l) => s + (l.value ?? 0), 0);
      if (total > y.pladser.value) {
        ctx.report({
          messageId: 'total',
          cell: a.levels.find((l) => l.value !== null)?.cell ?? a.label.cell,
          data: {
            label: a.label.value ?? 'Anvendte pladser',
            total: formatNumber(total),
            pladser: formatNumber(y.pladser.value),
            year: a.year !== null ? String(a.year) : yearLabel(y),
            unit: unit.toLowerCase(),
          },
        });
      }
    },
  }),
};
