import { foldKey } from '#text';
import { editDistance } from './edit-distance.js';

/** Loose key for resolving what a person typed: folded, lower-cased, punctuation-free. */
export const lookupKey = (s: string): string =>
  foldKey(s, true)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export interface Suggestion {
  id: string;
  en: string;
  ar: string;
}

interface Named {
  id: string;
  names: { en: string; ar: string };
  aliases: { en: string[]; ar: string[] };
}

export type Lookup<T> = { ok: true; item: T } | { ok: false; suggestions: Suggestion[] };

/**
 * Knowledge-base entries by id and by every name a person might type, in
 * either language. Where names are shared, `rank` orders the candidates
 * (lowest first); unknown names get the closest known ones as suggestions.
 */
export class NameTable<T extends Named> {
  private readonly byId = new Map<string, T>();
  private readonly byName = new Map<string, T[]>();

  constructor(
    items: Iterable<T>,
    private readonly rank: (item: T) => number = () => 0,
  ) {
    for (const item of items) {
      this.byId.set(item.id, item);
      for (const name of [item.names.en, item.names.ar, ...item.aliases.en, ...item.aliases.ar]) {
        const key = lookupKey(name);
        const list = this.byName.get(key) ?? [];
        if (!list.includes(item)) list.push(item);
        this.byName.set(key, list);
      }
    }
    for (const list of this.byName.values()) list.sort((a, b) => rank(a) - rank(b));
  }

  get size(): number {
    return this.byId.size;
  }

  values(): IterableIterator<T> {
    return this.byId.values();
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  /** A canonical id, or a name in English or Arabic. */
  lookup(query: string): Lookup<T> {
    const byId = this.byId.get(query.trim());
    if (byId) return { ok: true, item: byId };
    const key = lookupKey(query);
    const hit = this.byName.get(key)?.[0];
    if (hit) return { ok: true, item: hit };
    return { ok: false, suggestions: this.suggest(key) };
  }

  /** Prefix matches first, then small edit distances; rank breaks ties. */
  private suggest(key: string, limit = 5): Suggestion[] {
    const max = Math.max(2, Math.floor(key.length / 3));
    const scored: { item: T; distance: number }[] = [];
    for (const [name, items] of this.byName) {
      const distance = name.startsWith(key) && key.length >= 3 ? 0.5 : editDistance(key, name, max);
      if (distance <= max) scored.push({ item: items[0]!, distance });
    }
    scored.sort((a, b) => a.distance - b.distance || this.rank(a.item) - this.rank(b.item));
    const seen = new Set<string>();
    const out: Suggestion[] = [];
    for (const { item } of scored) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      out.push({ id: item.id, en: item.names.en, ar: item.names.ar });
      if (out.length === limit) break;
    }
    return out;
  }
}
