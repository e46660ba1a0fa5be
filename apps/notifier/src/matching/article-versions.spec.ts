import { describe, expect, it } from '@jest/globals';
import { changesBetween } from './article-versions.js';

describe('changesBetween', () => {
  const before = { title: 'غارة على ريف حماة', matched: ['ASSAULT at place:geonames:1', 'Hama'], figures: { 'ASSAULT at place:geonames:1': { killed: 20 } } };

  it('reports a revised toll, a new title and what the subscription now matches or no longer does', () => {
    const after = {
      title: 'ارتفاع حصيلة الغارة على ريف حماة',
      matched: ['ASSAULT at place:geonames:1', 'Idlib'],
      figures: { 'ASSAULT at place:geonames:1': { killed: 35, wounded: 12 } },
    };
    expect(changesBetween(before, after)).toEqual([
      { what: 'title', before: before.title, after: after.title },
      { what: 'match_added', about: 'Idlib' },
      { what: 'killed', about: 'ASSAULT at place:geonames:1', before: 20, after: 35 },
      { what: 'wounded', about: 'ASSAULT at place:geonames:1', after: 12 },
      { what: 'match_removed', about: 'Hama' },
    ]);
  });

  it('finds nothing when what the subscriber was told is unchanged', () => {
    expect(changesBetween(before, { ...before, matched: [...before.matched] })).toEqual([]);
  });
});
