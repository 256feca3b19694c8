import { DRAFT_FICTIVE_BLOCKS } from '../fixtures/seeds';
import { findingsOf, HOBRO } from './helpers';
import { newOrDiscontinuedOffer } from '../../src/core/rules/new-or-discontinued-offer';

describe('new-or-discontinued-offer', () => {
  it('tells new and discontinued offers apart, as info', () => {
    const { findings } = findingsOf(newOrDiscontinuedOffer, DRAFT_FICTIVE_BLOCKS.slice(0, 2));
    expect(findings.map((f) => [f.severity, f.message.split(':')[0]])).toEqual([
      ['info', 'Botilbud A / Afdeling A har kun tal for 2026'],
      ['info', 'Botilbud A / Afdeling A har kun tal for 2027'],
    ]);
    expect(findingsOf(newOrDiscontinuedOffer, [HOBRO]).findings).toEqual([]);
  });
});
