import type { Redis } from 'ioredis';
import { EnrichedArticleSchema, type EnrichedArticle } from '#contracts';
import { redisKey } from '#redis';

/** A preview reads the window at most this often; previews in between share the read. */
const WINDOW_CACHE_MS = 10_000;
const PAGE = 500;

type Window = { from: number; to: number; articles: { at: number; article: EnrichedArticle }[] };

/**
 * The window previews run over: the latest enriched articles, in a Redis
 * stream capped at MARSAD_PREVIEW_WINDOW_ARTICLES entries (approximately, so
 * trimming stays cheap) and read no further back than the window's days.
 * Stream ids are arrival times, so the time bound is a range read.
 * Memory: entries × the size of an enriched article (typically 5–20 kB).
 */
export class RecentArticles {
  private readonly key: string;
  private cached: { at: number; window: Promise<Window> } | undefined;

  constructor(
    private readonly redis: Redis,
    private readonly namespace: string,
    private readonly maxArticles: number,
    private readonly days: number,
  ) {
    this.key = redisKey(namespace, 'preview', 'articles');
  }

  /** Adds a version of an article once: a replayed record is not news again. */
  async add(article: EnrichedArticle): Promise<void> {
    if (this.maxArticles === 0) return;
    const seen = redisKey(this.namespace, 'preview', 'seen', article.article.contentHash);
    if ((await this.redis.set(seen, '1', 'EX', this.days * 86_400, 'NX')) !== 'OK') return;
    try {
      await this.redis.xadd(this.key, 'MAXLEN', '~', this.maxArticles, '*', 'a', JSON.stringify(article));
    } catch (error) {
      // Not added: not seen either, so the record's retry adds it.
      await this.redis.del(seen).catch(() => undefined);
      throw error;
    }
  }

  /**
   * The window's articles, oldest first, each article once (its latest
   * version), with the time it arrived. Read in pages, and shared by the
   * previews of the next few seconds: a preview costs one read of the
   * window however many desks tune their queries at once.
   */
  window(now = Date.now()): Promise<Window> {
    if (this.cached && now - this.cached.at < WINDOW_CACHE_MS) return this.cached.window;
    const window = this.read(now);
    this.cached = { at: now, window };
    window.catch(() => (this.cached = undefined));
    return window;
  }

  private async read(now: number): Promise<Window> {
    const from = now - this.days * 86_400_000;
    const latest = new Map<string, { at: number; article: EnrichedArticle }>();
    for (let start = String(from); ; ) {
      const entries = await this.redis.xrange(this.key, start, '+', 'COUNT', PAGE);
      for (const [id, fields] of entries) {
        const parsed = EnrichedArticleSchema.safeParse(JSON.parse(fields[1] ?? 'null'));
        // Entries written by an older, incompatible version are skipped, not fatal to a preview.
        if (!parsed.success) continue;
        latest.delete(parsed.data.article.id);
        latest.set(parsed.data.article.id, { at: Number(id.split('-')[0]), article: parsed.data });
      }
      if (entries.length < PAGE) break;
      start = `(${entries.at(-1)![0]}`;
    }
    return { from, to: now, articles: [...latest.values()] };
  }
}
