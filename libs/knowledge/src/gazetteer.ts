import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { foldKey } from '#text';
import { editDistance } from './edit-distance.js';
import { PlacesFileSchema, type Place } from './place.js';

/** The built knowledge base shipped with the project (see tools/kb-build). */
export const DEFAULT_PLACES_FILE = fileURLToPath(new URL('../data/places.json', import.meta.url));

export type Resolution =
  | { ok: true; place: Place }
  | { ok: false; suggestions: { id: string; en: string; ar: string }[] };

/** Rank for choosing among places that share a name: the country, then its capital. */
const TYPE_RANK: Record<Place['type'], number> = { country: 0, capital: 1 };

/** Loose key for resolving what a person typed: folded, lower-cased, punctuation-free. */
const lookupKey = (s: string): string =>
  foldKey(s, true)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Places with English and Arabic names, their hierarchy and coordinates.
 * Loaded once at boot; every query after that is a map lookup.
 */
export class Gazetteer {
  readonly version: string;
  private readonly byId = new Map<string, Place>();
  private readonly byName = new Map<string, Place[]>();

  constructor(places: readonly Place[], version: string) {
    this.version = version;
    for (const p of places) this.byId.set(p.id, p);
    for (const p of places) {
      for (const name of [p.names.en, p.names.ar, ...p.aliases.en, ...p.aliases.ar]) {
        const key = lookupKey(name);
        const list = this.byName.get(key) ?? [];
        if (!list.includes(p)) list.push(p);
        this.byName.set(key, list);
      }
    }
    for (const list of this.byName.values()) list.sort((a, b) => TYPE_RANK[a.type] - TYPE_RANK[b.type]);
  }

  static load(file = DEFAULT_PLACES_FILE): Gazetteer {
    const parsed = PlacesFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    return new Gazetteer(parsed.places, parsed.version);
  }

  get size(): number {
    return this.byId.size;
  }

  places(): IterableIterator<Place> {
    return this.byId.values();
  }

  get(id: string): Place | undefined {
    return this.byId.get(id);
  }

  /** Canonical ids of the places enclosing `id`, nearest first. */
  ancestorsOf(id: string): string[] {
    const chain: string[] = [];
    let parent = this.byId.get(id)?.parent ?? null;
    while (parent !== null && !chain.includes(parent)) {
      chain.push(parent);
      parent = this.byId.get(parent)?.parent ?? null;
    }
    return chain;
  }

  /**
   * Resolves a name a person typed ("Syria", "سوريا", "syrie"?) or a canonical
   * id. Where several places share the name, the country wins over its capital.
   * Unknown names come back with the closest known names as suggestions.
   */
  resolve(query: string): Resolution {
    const byId = this.byId.get(query.trim());
    if (byId) return { ok: true, place: byId };
    const key = lookupKey(query);
    const hit = this.byName.get(key)?.[0];
    if (hit) return { ok: true, place: hit };
    return { ok: false, suggestions: this.suggest(key) };
  }

  private suggest(key: string, limit = 5): { id: string; en: string; ar: string }[] {
    const max = Math.max(2, Math.floor(key.length / 3));
    const scored: { place: Place; distance: number }[] = [];
    for (const [name, places] of this.byName) {
      const distance = name.startsWith(key) && key.length >= 3 ? 0.5 : editDistance(key, name, max);
      if (distance <= max) scored.push({ place: places[0]!, distance });
    }
    scored.sort((a, b) => a.distance - b.distance || TYPE_RANK[a.place.type] - TYPE_RANK[b.place.type]);
    const seen = new Set<string>();
    const out: { id: string; en: string; ar: string }[] = [];
    for (const { place } of scored) {
      if (seen.has(place.id)) continue;
      seen.add(place.id);
      out.push({ id: place.id, en: place.names.en, ar: place.names.ar });
      if (out.length === limit) break;
    }
    return out;
  }
}
