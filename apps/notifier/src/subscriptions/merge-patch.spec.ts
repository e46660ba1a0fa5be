import { describe, expect, it } from '@jest/globals';
import { mergePatch } from './merge-patch.js';

describe('mergePatch (RFC 7396)', () => {
  it('merges objects, removes keys set to null and replaces arrays and scalars', () => {
    const target = { name: 'Hama desk', match: { places: ['Hama'], keywords: ['قصف'] }, flow: { digest: { everyMinutes: 60 } } };
    expect(mergePatch(target, { match: { keywords: ['غارة', 'قصف'] }, flow: null, status: 'paused' })).toEqual({
      name: 'Hama desk',
      match: { places: ['Hama'], keywords: ['غارة', 'قصف'] },
      status: 'paused',
    });
    // The target is not changed in place.
    expect(target.flow).toEqual({ digest: { everyMinutes: 60 } });
  });

  it('follows the RFC examples for non-object patches and targets', () => {
    expect(mergePatch({ a: 'b' }, ['c'])).toEqual(['c']);
    expect(mergePatch(['a'], { a: 'b' })).toEqual({ a: 'b' });
    expect(mergePatch({ a: { b: 'c' } }, { a: { b: 'd', c: null } })).toEqual({ a: { b: 'd' } });
  });
});
