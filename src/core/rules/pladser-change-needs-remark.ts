// A change in Pladser from year 1 to year 2 needs its reason in Bemærkning (Syrenhuset went from 48 to 24 places).
import { isBlankText, formatPlaces, yearLabel } from './helpers';
import type { Rule } from './types';

export const pladserChangeNeedsRemark: Rule = {
  meta: {
    id: 'pladser-change-needs-remark',
    severity: 'warning',
    review: null,
    title: 'Ændret pladsantal kræver bemærkning',
    description: 'Pladser er forskellig i år 1 og år 2 i samme blok, og Bemærkning er tom (det gamle skemas kommentarkolonne spurgte efter årsagen).',
    points: 'Bemærkning',
    example: 'Syrenhuset fra 48 til 24 pladser uden bemærkning: en kommune måtte spørge, hvorfor taksten steg.',
    messages: {
      missing: 'Pladser ændres fra {p1} i {year1} til {p2} i {year2}; skriv årsagen i Bemærkning, da pladsantallet påvirker taksten.',
    },
  },
  create: (ctx) => ({
    block(b) {
      const [p1, p2] = [b.y1?.pladser.value ?? null, b.y2?.pladser.value ?? null];
      if (p1 === null || p2 === null || p1 === p2 || !isBlankText(b.bemaerkning)) return;
      ctx.report({
        messageId: 'missing',
        cell: b.bemaerkning.cell,
        data: { p1: formatPlaces(p1), p2: formatPlaces(p2), year1: yearLabel(b.y1!), year2: yearLabel(b.y2!) },
      });
    },
  }),
};
