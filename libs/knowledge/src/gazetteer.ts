import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lookupKey, suggestNames, type Suggestion } from './name-lookup.js';
import { PlacesFileSchema, type Place } from './place.js';

/** The built knowledge base shipped with the project (see tools/kb-build). */
export const DEFAULT_PLACES_FILE = fileURLToPath(new URL('../data/places.json', import.meta.url));

export type Resolution =
  | { ok: true; place: Place }
  | { ok: false; suggestions: Suggestion[] };

/**
 * Which place a typed name means when several share it: the broadest. A desk
 * that subscribes to "Hama" wants the governorate, which holds the city, its
 * countryside and Qalaat al-Madiq.
 */
const RESOLVE_RANK: Record<Place['type'], number> = { country: 0, region: 1, admin1: 2, admin2: 3, capital: 4, town: 5, site: 6 };
const resolveRank = (p: Place): number => RESOLVE_RANK[p.type] + (p.type === 'town' ? (p.seat ?? 4) / 10 : 0);

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
    for (const list of this.byName.values()) list.sort((a, b) => resolveRank(a) - resolveRank(b));
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

  /**
   * Canonical ids of the places enclosing `id`, nearest first: the
   * administrative chain up to the country, then the country's regions
   * (Qalaat al-Madiq → As-Suqaylabiyah → Hama → Syria → Levant, Middle East, …).
   */
  ancestorsOf(id: string): string[] {
    const chain: string[] = [];
    let current = this.byId.get(id);
    let regions = current?.regions ?? [];
    while (current?.parent && !chain.includes(current.parent)) {
      chain.push(current.parent);
      current = this.byId.get(current.parent);
      if (current?.regions) regions = current.regions;
    }
    return [...chain, ...regions.filter((r) => r !== id)];
  }

  /**
   * Resolves a name a person typed ("Syria", «سوريا», "Hama") or a canonical
   * id. Where several places share the name, the broadest wins (see RESOLVE_RANK).
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

  private suggest(key: string): Suggestion[] {
    return suggestNames(key, this.byName, resolveRank);
  }
}
