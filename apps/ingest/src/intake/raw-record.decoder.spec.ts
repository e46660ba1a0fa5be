import { describe, expect, it } from '@jest/globals';
import { decodeRawRecord } from './raw-record.decoder.js';

const bytes = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v));
const codeOf = (b: Buffer) => {
  const r = decodeRawRecord(b);
  return r.ok ? 'ok' : r.rejection.code;
};

describe('decodeRawRecord', () => {
  it('accepts an article with body or html and keeps its fields', () => {
    const r = decodeRawRecord(bytes({ id: 'wire-1', title: 'عنوان', body: 'نص الخبر', language: 'ar', publishedAt: '2026-11-29T07:30:00+03:00' }));
    expect(r).toEqual({ ok: true, value: expect.objectContaining({ id: 'wire-1', body: 'نص الخبر', language: 'ar' }) });
    expect(codeOf(bytes({ html: '<p>نص</p>' }))).toBe('ok');
  });

  it('ignores fields it does not know, so feeds may send more', () => {
    const r = decodeRawRecord(bytes({ body: 'text', category: 'politics' }));
    expect(r.ok && 'category' in r.value).toBe(false);
  });

  it.each([
    ['invalid JSON', Buffer.from('{"body": '), 'invalid_json'],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0x62, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), 'invalid_utf8'],
    ['an array', bytes([{ body: 'x' }]), 'not_an_object'],
    ['null', bytes('null'), 'not_an_object'],
    ['no text', bytes({ title: 'only a title' }), 'missing_text'],
    ['blank text', bytes({ body: '   \n ', html: '' }), 'missing_text'],
    ['a number for body', bytes({ body: 42 }), 'invalid_field'],
    ['a relative url', bytes({ body: 'x', url: '/news/1' }), 'invalid_field'],
    ['a javascript: url', bytes({ body: 'x', url: 'javascript:alert(1)' }), 'invalid_field'],
    ['an id with a colon', bytes({ body: 'x', id: 'a:b' }), 'invalid_field'],
    ['a date that is not ISO 8601', bytes({ body: 'x', publishedAt: 'yesterday' }), 'invalid_field'],
    ['a string source', bytes({ body: 'x', source: 'wire' }), 'invalid_field'],
    ['more than 2 MB', bytes({ body: 'x'.repeat(2 * 1024 * 1024) }), 'oversize'],
  ])('rejects %s', (_, input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it('names every offending field in the rejection', () => {
    const r = decodeRawRecord(bytes({ body: 1, title: 2 }));
    expect(r.ok ? [] : r.rejection.issues?.map((i) => i.path).sort()).toEqual(['body', 'title']);
  });
});
