// §§ must be one of the dropdown's legal bases; an old or short form gets the listed form as suggestion.
import { PARAGRAFFER } from '../model/lists';
import { isEmptyBlock } from '../model/queries';
import type { Rule } from './types';

function digits(s: string): string {
  return (s.match(/\d+(?:[-/]\d+)?/g) ?? []).join(' ');
}

/** The listed forms with their numbers, worked out once (a sheet asks for a suggestion in every block). */
const LISTED_DIGITS = PARAGRAFFER.map((paragraf) => ({ paragraf, digits: digits(paragraf) }));

/** "§ 105" → "ABL § 105", "SEL §§ 10-12" → "SEL § 10-12"; null when no listed form has the same numbers. */
export function suggestParagraf(value: string): string | null {
  const d = digits(value);
  if (!d) return null;
  const hits = LISTED_DIGITS.filter((p) => p.digits === d).map((p) => p.paragraf);
  const law = /^[A-ZÆØÅ]+/i.exec(value.trim())?.[0]?.toUpperCase();
  const same = law ? hits.filter((p) => p.startsWith(law)) : hits;
  const pick = same.length ? same : hits;
  return pick.length === 1 ? pick[0] : null;
}

export const paragrafInList: Rule = {
  meta: {
    id: 'paragraf-in-list',
    severity: 'warning',
    review: null,
    title: '§§ skal vælges fra listen',
    description: 'Lovgrundlaget (§§) står ikke i rullemenuens liste; en kendt kortform får den listede form som forslag.',
    points: '§§',
    example: 'Udkastets egen "§ 105": forslag "ABL § 105".',
    messages: {
      suggest: '§§ "{value}" står ikke i listen; mente du "{suggestion}"?',
      unknown: '§§ "{value}" står ikke i listen over lovgrundlag; vælg fra rullemenuen.',
      missing: '§§ er tom; vælg lovgrundlaget fra rullemenuen.',
    },
  },
  create(ctx) {
    const listed = new Set<string>(PARAGRAFFER);
    return {
      block(b) {
        if (isEmptyBlock(b)) return;
        const v = b.paragraf.value?.trim() ?? null;
        if (v === null) ctx.report({ messageId: 'missing', cell: b.paragraf.cell });
        else if (!listed.has(v.replace(/\s+/g, ' '))) {
          const s = suggestParagraf(v);
          ctx.report({ messageId: s ? 'suggest' : 'unknown', cell: b.paragraf.cell, data: { value: v, suggestion: s ?? '' } });
        }
      },
    };
  },
};
