import { findingsOf, HOBRO } from './helpers';
import { ohRange } from '../../src/core/rules/oh-range';

describe('oh-range', () => {
  it('warns about more than one decimal and about values outside 0-25 %', () => {
    expect(findingsOf(ohRange, [{ ...HOBRO, y2: { ...HOBRO.y2, oh: 5.75 } }]).findings[0].message).toBe(
      'OH % for 2027 er 5,75 %; angiv overheadprocenten med én decimal.',
    );
    expect(findingsOf(ohRange, [{ ...HOBRO, y2: { ...HOBRO.y2, oh: 31 } }]).findings[0].message).toMatch(/uden for det forventede 0-25 %/);
    expect(findingsOf(ohRange, [HOBRO]).findings).toEqual([]);
  });
});
