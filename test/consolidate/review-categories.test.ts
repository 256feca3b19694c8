// The review list's categories are the rules' own (meta.review): a rule decides whether the review group discusses
// its findings, so a new rule cannot be left out by a table kept elsewhere.
import { RULES } from '../../src/core/rules';
import { REVIEW_RULES } from '../../src/core/consolidate/review';

describe('review categories from the rules’ meta', () => {
  it('every rule says whether the review group discusses its findings; the list has those that do, each its own category', () => {
    for (const r of RULES) expect(r.meta.review === null || (typeof r.meta.review === 'string' && r.meta.review.length > 0)).toBe(true);
    const reviewed = RULES.filter((r) => r.meta.review);
    expect(Object.keys(REVIEW_RULES).sort()).toEqual(reviewed.map((r) => r.meta.id).sort());
    expect(new Set(Object.values(REVIEW_RULES)).size).toBe(reviewed.length);
    // The draft's review topics: a rise or a low occupancy without a remark, 250-day rates, structure changes,
    // new or discontinued offers, names and year 1 that differ from last year.
    expect(REVIEW_RULES['rate-rise-needs-remark']).toBe('Manglende bemærkning ved stigning');
    expect(reviewed).toHaveLength(7);
  });
});
