// An occupancy below the threshold needs both a Bemærkning and the Tomgang figure.
import { belowOccupancy } from '../compute/limits';
import { isEmptyBlock } from '../model/queries';
import { isBlankText, formatPct } from './helpers';
import type { Rule } from './types';

export const lowOccupancyNeedsRemark: Rule = {
  meta: {
    id: 'low-occupancy-needs-remark',
    severity: 'error',
    review: 'Lav belægning uden bemærkning/tomgang',
    title: 'Belægning under grænseværdien kræver bemærkning og tomgang',
    description: 'Belægningen i kommende år er under grænseværdien (95 % i skemaet), og Bemærkning eller Tomgang er tom.',
    points: 'Bemærkning og Tomgang (år 2)',
    example: 'Belægning 75 % i 2027 uden Bemærkning og Tomgang (Frederikshavn Krisecenter 2025).',
    messages: {
      remark: 'Belægningen er {occupancy}, under grænsen på {threshold}; skriv i Bemærkning, hvorfor belægningen er lav.',
      tomgang: 'Belægningen er {occupancy}, under grænsen på {threshold}; angiv antal tomme pladser i Tomgang.',
    },
  },
  create(ctx) {
    const threshold = ctx.sheet.thresholds.occupancyPct.value;
    if (threshold === null) return {};
    return {
      block(b) {
        const y = b.y2;
        if (!y || isEmptyBlock(b) || y.belaegning.value === null || !belowOccupancy(y.belaegning.value, threshold)) return;
        const data = { occupancy: formatPct(y.belaegning.value), threshold: formatPct(threshold) };
        if (isBlankText(b.bemaerkning)) ctx.report({ messageId: 'remark', cell: b.bemaerkning.cell, data });
        if (y.tomgang.value === null) ctx.report({ messageId: 'tomgang', cell: y.tomgang.cell, data });
      },
    };
  },
};
