import { findingsOf, HOBRO } from './helpers';
import { timeUnitNeedsBasisAndTime } from '../../src/core/rules/time-unit-needs-basis-and-time';

describe('time-unit-needs-basis-and-time', () => {
  it('needs Basis and Time for Enhed Time', () => {
    const { findings } = findingsOf(timeUnitNeedsBasisAndTime, [{ ...HOBRO, enhed: 'Time', y1: undefined, y2: { ...HOBRO.y2, basis: 735, takster: [] } }]);
    expect(findings.map((f) => f.message)).toEqual(['Enhed er Time, men Time er tom for 2027; en timebaseret takst angives som basistakst og timepris.']);
    expect(
      findingsOf(timeUnitNeedsBasisAndTime, [{ ...HOBRO, enhed: 'Time', y1: undefined, y2: { ...HOBRO.y2, basis: 735, time: 330, takster: [] } }]).findings,
    ).toEqual([]);
  });
});
