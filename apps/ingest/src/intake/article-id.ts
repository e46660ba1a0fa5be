import { createHash } from 'node:crypto';
import type { RawArticle } from '#contracts';
import { foldKey } from '#text';

/** Query parameters that track the reader, not the article. */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|ocid|at_medium|at_campaign)$/i;

/**
 * The URL that identifies an article however a feed links to it: lower-case
 * scheme and host, no default port, no fragment, no tracking parameters,
 * remaining parameters sorted, no trailing slash.
 */
export function canonicalUrl(raw: string): string {
  const url = new URL(raw);
  url.hash = '';
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, '');
  if ((url.protocol === 'http:' && url.port === '80') || (url.protocol === 'https:' && url.port === '443')) url.port = '';
  const params = [...url.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  url.search = new URLSearchParams(params).toString();
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  // http and https serve the same article.
  return url.toString().replace(/^http:/, 'https:');
}

const digest = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 32);

/**
 * A stable article id, so a re-published or replayed article is recognised:
 * the feed's own id; else a hash of the canonical URL (`u-…`); else a hash of
 * the folded text (`t-…`), so the same words give the same id.
 */
export function articleIdOf(raw: RawArticle, text: string): string {
  if (raw.id !== undefined) return raw.id;
  if (raw.url !== undefined) return `u-${digest(canonicalUrl(raw.url))}`;
  return `t-${digest(foldKey(`${raw.title ?? ''}\n${text}`, true).replace(/\s+/g, ' ').trim())}`;
}
