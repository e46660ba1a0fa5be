import { describe, expect, it } from '@jest/globals';
import { fold } from './fold.js';
import { sentenceSpans } from './sentences.js';
import { tokenize } from './tokenize.js';

describe('fold', () => {
  it('unifies Arabic letter variants and drops diacritics and tatweel', () => {
    expect(fold('أحمد إلى آمنة مدرسةٌ مستشفى دمشـــق').text).toBe('احمد الي امنه مدرسه مستشفي دمشق');
  });

  it('maps every folded character back to the original', () => {
    const input = 'قَصْفٌ على دِمَشْق';
    const { text, map } = fold(input);
    const at = text.indexOf('دمشق');
    expect(input.slice(map[at]!, map[at + 'دمشق'.length - 1]! + 1)).toBe('دِمَشْق');
    expect(map[text.length]).toBe(input.length);
  });

  it('lower-cases Latin only when asked', () => {
    expect(fold('Male').text).toBe('Male');
    expect(fold('Male', true).text).toBe('male');
  });
});

describe('tokenize and sentenceSpans', () => {
  it('splits words with their offsets', () => {
    expect(tokenize('قال: «دمشق»، U.S.').map((t) => t.text)).toEqual(['قال', 'دمشق', 'U', 'S']);
  });

  it('ends sentences at . ! ? ؟ and line breaks, not inside U.S.', () => {
    const text = 'The U.S. said so. Did it? نعم؟ سطر\nسطر ثان';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['The U.S. said so.', 'Did it?', 'نعم؟', 'سطر', 'سطر ثان']);
  });
});
