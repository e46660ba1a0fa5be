import { describe, expect, it } from '@jest/globals';
import { articleIdOf, canonicalUrl } from './article-id.js';

describe('canonicalUrl', () => {
  it('ignores what does not change the article', () => {
    const a = canonicalUrl('http://WWW.Example.org:80/news/1/?utm_source=rss&b=2&a=1#comments');
    const b = canonicalUrl('https://example.org/news/1?a=1&b=2&fbclid=xyz');
    expect(a).toBe(b);
    expect(a).toBe('https://example.org/news/1?a=1&b=2');
  });

  it('keeps what does', () => {
    expect(canonicalUrl('https://example.org/news/1?id=7')).not.toBe(canonicalUrl('https://example.org/news/1?id=8'));
  });
});

describe('articleIdOf', () => {
  it("prefers the feed's own id", () => {
    expect(articleIdOf({ id: 'wire-42', url: 'https://example.org/a', body: 'x' }, 'x')).toBe('wire-42');
  });

  it('falls back to a hash of the canonical URL, stable across tracking noise', () => {
    const a = articleIdOf({ url: 'https://example.org/a?utm_medium=x', body: 'one' }, 'one');
    const b = articleIdOf({ url: 'http://www.example.org/a', body: 'two' }, 'two');
    expect(a).toMatch(/^u-[0-9a-f]{32}$/);
    expect(a).toBe(b);
  });

  it('falls back to a hash of the text, insensitive to diacritics and spacing', () => {
    const a = articleIdOf({ body: 'x' }, 'قَصفٌ  على   حماة');
    const b = articleIdOf({ body: 'x' }, 'قصف على حماة');
    expect(a).toMatch(/^t-[0-9a-f]{32}$/);
    expect(a).toBe(b);
    expect(articleIdOf({ body: 'x' }, 'قصف على إدلب')).not.toBe(a);
  });
});
