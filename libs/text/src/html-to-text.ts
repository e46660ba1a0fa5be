import { Parser } from 'htmlparser2';
import { splitParagraphs } from './clean-text.js';

/** Elements whose content is never article text. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'head', 'nav', 'footer',
  'aside', 'form', 'button', 'select', 'option', 'textarea', 'menu', 'dialog', 'object', 'video', 'audio',
]);
/** Elements that end a paragraph. */
const BLOCK = new Set([
  'p', 'div', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table',
  'section', 'article', 'main', 'header', 'blockquote', 'pre', 'figure', 'figcaption', 'dd', 'dt', 'dl', 'address',
]);
/** class/id words that mark page furniture: share bars, comment boxes, "related" rails, ads. */
const FURNITURE = /(?:^|[\s_-])(?:share|sharing|social|comments?|related|breadcrumbs?|newsletter|advert|ads|adslot|promo|cookie|subscribe|sidebar|widget|tags)(?:$|[\s_-])/i;

export interface HtmlText {
  /** Text of the first <title> or <h1>, whichever comes first, if any. */
  title: string | undefined;
  paragraphs: string[];
}

/**
 * Extracts readable text from an article page, keeping paragraph boundaries.
 * Streaming (htmlparser2) and forgiving of broken markup, as scraped pages are.
 */
export function htmlToText(html: string): HtmlText {
  let out = '';
  let skipDepth = 0;
  let title: string | undefined;
  let titleBuf: string | undefined;
  const stack: boolean[] = [];

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const skip =
          skipDepth > 0 ||
          SKIP.has(name) ||
          FURNITURE.test(attrs['class'] ?? '') ||
          FURNITURE.test(attrs['id'] ?? '') ||
          attrs['hidden'] !== undefined ||
          attrs['aria-hidden'] === 'true';
        // <title> lives in <head>, which is skipped; read it separately.
        if ((name === 'title' || name === 'h1') && title === undefined) titleBuf = '';
        stack.push(skip && skipDepth === 0 ? true : false);
        if (skip) skipDepth++;
        if (BLOCK.has(name)) out += '\n';
      },
      ontext(text) {
        if (titleBuf !== undefined) titleBuf += text;
        if (skipDepth === 0) out += text;
      },
      onclosetag(name) {
        if ((name === 'title' || name === 'h1') && titleBuf !== undefined) {
          const t = splitParagraphs(titleBuf).join(' ');
          if (t.length > 0) title = t;
          titleBuf = undefined;
        }
        stack.pop();
        if (skipDepth > 0) skipDepth--;
        if (BLOCK.has(name)) out += '\n';
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return { title, paragraphs: splitParagraphs(out) };
}
