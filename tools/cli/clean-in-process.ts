import type { CleanArticle } from '#contracts';
import { articleTextOf, cleanArticle } from '../../apps/ingest/src/cleaning/article-cleaner.js';
import { articleIdOf } from '../../apps/ingest/src/intake/article-id.js';
import { parseRawArticle } from '../../apps/ingest/src/intake/raw-record.decoder.js';

/** A raw article value through ingest's validation and cleaning, in process: what the enricher would receive. */
export function cleanInProcess(value: unknown, now = new Date()): CleanArticle {
  const raw = parseRawArticle(value);
  if (!raw.ok) throw new Error(`${raw.rejection.code}: ${raw.rejection.message}`);
  const content = articleTextOf(raw.value);
  const clean = cleanArticle(raw.value, articleIdOf(raw.value, content.text), content, now);
  if (!clean.ok) throw new Error(`${clean.rejection.code}: ${clean.rejection.message}`);
  return clean.value;
}
