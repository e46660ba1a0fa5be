import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NameTable, type Suggestion } from './name-lookup.js';
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
  private readonly table: NameTable<Place>;

  constructor(places: readonly Place[], version: string) {
    this.version = version;
    this.table = new NameTable(places, resolveRank);
  }

  static load(file = DEFAULT_PLACES_FILE): Gazetteer {
    const parsed = PlacesFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    return new Gazetteer(parsed.places, parsed.version);
  }

  get size(): number {
    return this.table.size;
  }

  places(): IterableIterator<Place> {
    return this.table.values();
  }

  get(id: string): Place | undefined {
    return this.table.get(id);
  }

  /**
   * Canonical ids of the places enclosing `id`, nearest first: the
   * administrative chain up to the country, then the country's regions
   * (Qalaat al-Madiq → As-Suqaylabiyah → Hama → Syria → Levant, Middle East, …).
   */
  ancestorsOf(id: string): string[] {
    const chain: string[] = [];
    let current = this.table.get(id);
    let regions = current?.regions ?? [];
    while (current?.parent && !chain.includes(current.parent)) {
      chain.push(current.parent);
      current = this.table.get(current.parent);
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
    const r = this.table.lookup(query);
    return r.ok ? { ok: true, place: r.item } : r;
  }
}
