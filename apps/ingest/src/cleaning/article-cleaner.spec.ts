import { describe, expect, it } from '@jest/globals';
import { articleTextOf, cleanArticle, contentHashOf } from './article-cleaner.js';

const now = new Date('2026-11-29T10:00:00Z');

describe('articleTextOf', () => {
  it('extracts paragraphs from HTML, drops page furniture and the repeated headline', () => {
    const html = `<html><head><title>عنوان الصفحة</title></head><body>
      <nav>الرئيسية | سياسة</nav>
      <h1>وصول وفد إلى دمشق</h1>
      <p>وصل وفد رسمي إلى دمشق <b>صباح</b> اليوم.</p>
      <div class="social-share">شارك على فيسبوك</div>
      <p>وتستمر الزيارة يومين.</p><p>اترك تعليقاً</p>
      <script>var x = "<p>لا</p>";</script>
      <footer>جميع الحقوق محفوظة</footer></body></html>`;
    expect(articleTextOf({ html })).toEqual({
      title: 'عنوان الصفحة',
      text: 'وصول وفد إلى دمشق\n\nوصل وفد رسمي إلى دمشق صباح اليوم.\n\nوتستمر الزيارة يومين.',
    });
  });

  it('keeps paragraph boundaries of a plain body and normalises spacing', () => {
    const body = 'الفقرة  الأولى.\r\n\r\n\r\n  الفقرة\u200f الثانية.\nزر الذهاب إلى الأعلى';
    expect(articleTextOf({ title: ' عنوان ', body })).toEqual({ title: 'عنوان', text: 'الفقرة الأولى.\n\nالفقرة الثانية.' });
  });
});

describe('cleanArticle', () => {
  it('detects the language when the feed does not declare it', () => {
    const r = cleanArticle({ body: 'x' }, 'a-1', { title: '', text: 'وصل وفد رسمي إلى دمشق صباح اليوم في زيارة تستمر يومين' }, now);
    expect(r.ok && [r.value.language, r.value.languageOrigin]).toEqual(['ar', 'detected']);
  });

  it('trusts a declared language', () => {
    const r = cleanArticle({ body: 'x', language: 'en-GB' }, 'a-1', { title: '', text: 'text' }, now);
    expect(r.ok && [r.value.language, r.value.languageOrigin]).toEqual(['en', 'declared']);
  });

  it('rejects an article with nothing left after cleaning', () => {
    const r = cleanArticle({ html: '<nav>menu</nav>' }, 'a-1', { title: 't', text: '' }, now);
    expect(r.ok ? undefined : r.rejection.code).toBe('empty_after_cleaning');
  });

  it('fingerprints content regardless of diacritics and spacing', () => {
    expect(contentHashOf({ title: 'عنوان', text: 'قَصْفٌ  على حماة' })).toBe(contentHashOf({ title: 'عنوان', text: 'قصف على حماة' }));
    expect(contentHashOf({ title: 'عنوان', text: 'قصف على حماة' })).not.toBe(contentHashOf({ title: 'عنوان', text: 'قصف على إدلب' }));
  });
});
