// Text where a number belongs, which cannot be read as one.
import { fieldName } from './helpers';
import type { Rule } from './types';

export const notANumber: Rule = {
  meta: {
    id: 'not-a-number',
    severity: 'error',
    review: null,
    title: 'Tekst i en talcelle',
    description: 'En talcelle indeholder tekst, der ikke kan læses som et tal.',
    points: 'Cellen med teksten',
    example: 'Pladser skrevet som "ca. halvtreds".',
    messages: { text: '{field} skal være et tal, men indeholder "{raw}".' },
  },
  create: (ctx) => ({
    field(f, b, at) {
      if (f.issue === 'not-a-number') ctx.report({ messageId: 'text', cell: f.cell, data: { field: fieldName(b, at), raw: asShown(f.raw) } });
    },
  }),
};

/** A date as Excel shows it in a Danish workbook (19-02-1900, with the time when it has one); anything else as it is. */
export function asShown(raw: unknown): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/.exec(String(raw));
  if (!m) return String(raw);
  const [, y, mo, d, h, mi, se] = m;
  const time = h === '00' && mi === '00' && se === '00' ? '' : ` ${h}:${mi}${se === '00' ? '' : `:${se}`}`;
  return `${d}-${mo}-${y}${time}`;
}
