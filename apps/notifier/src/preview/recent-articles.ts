import type { Redis } from 'ioredis';
import { EnrichedArticleSchema, type EnrichedArticle } from '#contracts';
import { redisKey } from '#redis';

/**
 * The window previews run over: the latest enriched articles, in a Redis
 * stream capped at MARSAD_PREVIEW_WINDOW_ARTICLES entries (approximately, so
 * trimming stays cheap) and read no further back than the window's days.
 * Stream ids are arrival times, so the time bound is a range read.
 * Memory: entries × the size of an enriched article (typically 5–20 kB).
 */
export class RecentArticles {
  private readonly key: string;

  constructor(
    private readonly redis: Redis,
    namespace: string,
    private readonly maxArticles: number,
    private readonly days: number,
  ) {
    this.key = redisKey(namespace, 'preview', 'articles');
  }

  async add(article: EnrichedArticle): Promise<void> {
    if (this.maxArticles === 0) return;
    await this.redis.xadd(this.key, 'MAXLEN', '~', this.maxArticles, '*', 'a', JSON.stringify(article));
  }

  /** The window's articles, oldest first, each article once (its latest version), with the time it arrived. */
  async window(now = Date.now()): Promise<{ from: number; to: number; articles: { at: number; article: EnrichedArticle }[] }> {
    const from = now - this.days * 86_400_000;
    const entries = await this.redis.xrange(this.key, String(from), '+');
    const latest = new Map<string, { at: number; article: EnrichedArticle }>();
    for (const [id, fields] of entries) {
      const parsed = EnrichedArticleSchema.safeParse(JSON.parse(fields[1] ?? 'null'));
      // Entries written by an older, incompatible version are skipped, not fatal to a preview.
      if (!parsed.success) continue;
      latest.delete(parsed.data.article.id);
      latest.set(parsed.data.article.id, { at: Number(id.split('-')[0]), article: parsed.data });
    }
    return { from, to: now, articles: [...latest.values()] };
  }
}
