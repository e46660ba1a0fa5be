import { z } from 'zod';

/** Upper bound for one raw article, in bytes of its JSON encoding. */
export const RAW_ARTICLE_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Article ids travel inside alert dedup keys (`subscription:article:event`),
 * BullMQ job ids and Redis keys, so they may not contain ':' or whitespace.
 */
export const ArticleIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._\/-]{0,127}$/, {
    message: 'must be 1-128 characters of A-Z a-z 0-9 . _ / - starting with a letter or digit',
  });

const nonBlank = (s: string | undefined): boolean => s !== undefined && s.trim().length > 0;

/**
 * An article as an upstream feed publishes it. Unknown fields are ignored so
 * feeds can send richer records without being rejected.
 */
export const RawArticleSchema = z
  .object({
    id: ArticleIdSchema.optional(),
    url: z.url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' }).max(2048).optional(),
    source: z
      .object({
        name: z.string().max(200).optional(),
        feed: z.string().max(2048).optional(),
      })
      .optional(),
    title: z.string().max(2000).optional(),
    body: z.string().optional(),
    html: z.string().optional(),
    language: z
      .string()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'must be a BCP 47 language tag such as "ar" or "en-GB"' })
      .optional(),
    publishedAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }).optional(),
  })
  .refine((a) => nonBlank(a.body) || nonBlank(a.html), {
    message: 'one of body or html must hold text',
    path: ['body'],
    params: { reason: 'missing_text' },
  });

export type RawArticle = z.infer<typeof RawArticleSchema>;
