import { timeUnitNeedsBasisAndTime } from '../../src/core/rules/time-unit-needs-basis-and-time';
import { at, HOBRO, testRule } from './helpers';
import type { BlockFigures } from '../fixtures/block-writes';

const timeBlock = (y2: Partial<BlockFigures['y2']>) => ({ ...HOBRO, enhed: 'Time', y1: undefined, y2: { ...HOBRO.y2, takster: [], ...y2 } });

testRule(timeUnitNeedsBasisAndTime, {
  valid: [
    { name: 'Basis and Time for Enhed Time', blocks: [timeBlock({ basis: 735, time: 330 })] },
    { name: 'another unit', blocks: [HOBRO] },
  ],
  invalid: [
    {
      name: 'Time missing',
      blocks: [timeBlock({ basis: 735 })],
      findings: [
        {
          cell: at('time', 'y2Row'),
          messageId: 'missing',
          message: 'Enhed er Time, men Time er tom for 2027; en timebaseret takst angives som basistakst og timepris.',
        },
      ],
    },
    {
      name: 'Basis missing',
      blocks: [timeBlock({ time: 330 })],
      findings: [{ cell: at('basis', 'y2Row'), messageId: 'missing', message: /men Basis er tom for 2027/ }],
    },
  ],
});
