import { z } from 'zod';
import { ArticleIdSchema } from '../raw-article/raw-article.schema.js';

/** How the article's language was decided. */
export const LanguageOriginSchema = z.enum(['declared', 'detected']);

/**
 * An article after ingest: plain text with paragraph boundaries kept as blank
 * lines ("\n\n"), boilerplate removed, Unicode normalised (NFC). Character
 * offsets produced downstream index into `title` and `text` as JavaScript
 * strings (UTF-16 code units; every Arabic letter is one unit).
 */
export const CleanArticleSchema = z.object({
  id: ArticleIdSchema,
  url: z.string().optional(),
  source: z.object({ name: z.string().optional(), feed: z.string().optional() }),
  title: z.string(),
  text: z.string().min(1),
  language: z.string(),
  languageOrigin: LanguageOriginSchema,
  publishedAt: z.string().optional(),
  ingestedAt: z.iso.datetime(),
  /**
   * When the article reached Marsad: the broker timestamp of its
   * `articles.raw.v1` record. End-to-end latency is measured from here.
   * Optional: records written before it existed lack it.
   */
  receivedAt: z.iso.datetime().optional(),
  /** sha256 of the normalised title and text: the exact-duplicate fingerprint. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
});

export type CleanArticle = z.infer<typeof CleanArticleSchema>;
