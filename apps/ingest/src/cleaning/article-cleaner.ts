import { createHash } from 'node:crypto';
import type { CleanArticle, ParseResult, RawArticle } from '#contracts';
import { cleanText, detectLanguage, foldKey, htmlToText, splitParagraphs, stripBoilerplate } from '#text';

export interface ArticleText {
  title: string;
  text: string;
}

/**
 * The readable text of a raw article: from `body` if given, else extracted
 * from `html` (whose <title>/<h1> stands in for a missing title); page
 * furniture lines removed; paragraphs kept as blank-line separated lines.
 */
export function articleTextOf(raw: RawArticle): ArticleText {
  const hasBody = raw.body !== undefined && raw.body.trim().length > 0;
  const extracted = hasBody ? { title: undefined, paragraphs: splitParagraphs(raw.body!) } : htmlToText(raw.html ?? '');
  const title = cleanText(raw.title ?? extracted.title ?? '');
  // An HTML page repeats its headline as the first paragraph; keep it once.
  const paragraphs = stripBoilerplate(extracted.paragraphs).filter((p, i) => !(i === 0 && p === title));
  return { title, text: paragraphs.join('\n\n') };
}

/** Fingerprint for exact-duplicate detection: insensitive to diacritics, case, spacing. */
export function contentHashOf({ title, text }: ArticleText): string {
  const key = foldKey(`${title}\n${text}`, true).replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(key).digest('hex');
}

export function cleanArticle(raw: RawArticle, id: string, content: ArticleText, now: Date): ParseResult<CleanArticle> {
  if (content.text.length === 0) {
    return {
      ok: false,
      rejection: { code: 'empty_after_cleaning', message: 'no article text is left once markup and page furniture are removed' },
    };
  }
  const declared = raw.language?.toLowerCase().split('-')[0];
  const detected = declared === undefined ? detectLanguage(`${content.title}\n${content.text}`) : undefined;
  return {
    ok: true,
    value: {
      id,
      url: raw.url,
      source: { name: raw.source?.name, feed: raw.source?.feed },
      title: content.title,
      text: content.text,
      language: declared ?? detected!.language,
      languageOrigin: declared === undefined ? 'detected' : 'declared',
      publishedAt: raw.publishedAt,
      ingestedAt: now.toISOString(),
      contentHash: contentHashOf(content),
    },
  };
}
