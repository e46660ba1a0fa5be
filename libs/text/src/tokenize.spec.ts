import { describe, expect, it } from '@jest/globals';
import { tokenize, tokenizeWithPunctuation } from './tokenize.js';

describe('tokenize', () => {
  it('splits words with their marks and digits, offsets into the original', () => {
    const text = 'قصفٌ على «حماة»، 20 قتيلا';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['قصفٌ', 'على', 'حماة', '20', 'قتيلا']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps punctuation as tokens of its own when asked, as annotated corpora do', () => {
    const text = 'قال: «نعم»، (U.S.)';
    const tokens = tokenizeWithPunctuation(text);
    expect(tokens.map((t) => t.text)).toEqual(['قال', ':', '«', 'نعم', '»', '،', '(', 'U', '.', 'S', '.', ')']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
