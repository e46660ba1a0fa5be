import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ActorsFileSchema, type Actor } from './actor.js';
import { NameTable, type Suggestion } from './name-lookup.js';

export const DEFAULT_ACTORS_FILE = fileURLToPath(new URL('../data/actors.json', import.meta.url));

export type ActorResolution = { ok: true; actor: Actor } | { ok: false; suggestions: Suggestion[] };

/** Persons, governments, armed groups and international organisations, with their affiliations. */
export class ActorRegistry {
  readonly version: string;
  private readonly table: NameTable<Actor>;

  constructor(actors: readonly Actor[], version: string) {
    this.version = version;
    this.table = new NameTable(actors);
  }

  static load(file = DEFAULT_ACTORS_FILE): ActorRegistry {
    const parsed = ActorsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    return new ActorRegistry(parsed.actors, parsed.version);
  }

  actors(): IterableIterator<Actor> {
    return this.table.values();
  }

  get(id: string): Actor | undefined {
    return this.table.get(id);
  }

  /**
   * What an actor belongs to, nearest first: its organisations, then its
   * country (Sergei Shoigu → Russian Ministry of Defence → Russia), so a
   * subscription to Russia as an actor catches its ministry and minister.
   */
  affiliationsOf(id: string): string[] {
    const chain: string[] = [];
    let current = this.table.get(id);
    let country = current?.country ?? null;
    while (current?.parent && !chain.includes(current.parent)) {
      chain.push(current.parent);
      current = this.table.get(current.parent);
      country ??= current?.country ?? null;
    }
    return country === null ? chain : [...chain, country];
  }

  resolve(query: string): ActorResolution {
    const r = this.table.lookup(query);
    return r.ok ? { ok: true, actor: r.item } : r;
  }
}
