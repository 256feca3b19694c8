// Enhed "Time" (BUM: a base service plus hours) needs both Basis and Time.
import { hasFigures } from '../model/queries';
import { yearLabel } from './helpers';
import type { Rule } from './types';

export const timeUnitNeedsBasisAndTime: Rule = {
  meta: {
    id: 'time-unit-needs-basis-and-time',
    severity: 'error',
    review: null,
    title: 'Enhed Time kræver Basis og Time',
    description: 'Enhed er Time, men Basis eller Time er tom i et år med tal.',
    points: 'Basis eller Time',
    example: 'Enhed Time med Basis 735 og ingen Time.',
    messages: { missing: 'Enhed er Time, men {field} er tom for {year}; en timebaseret takst angives som basistakst og timepris.' },
  },
  create: (ctx) => ({
    yearRow(y, b) {
      if ((b.enhed.value ?? '').trim().toLowerCase() !== 'time' || !hasFigures(y)) return;
      const year = yearLabel(y);
      if (y.basis.value === null) ctx.report({ messageId: 'missing', cell: y.basis.cell, data: { field: 'Basis', year } });
      if (y.time.value === null) ctx.report({ messageId: 'missing', cell: y.time.cell, data: { field: 'Time', year } });
    },
  }),
};
