import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ActorsFileSchema, type Actor } from './actor.js';
import { lookupKey, suggestNames, type Suggestion } from './name-lookup.js';

export const DEFAULT_ACTORS_FILE = fileURLToPath(new URL('../data/actors.json', import.meta.url));

export type ActorResolution = { ok: true; actor: Actor } | { ok: false; suggestions: Suggestion[] };

/** Persons, governments, armed groups and international organisations, with their affiliations. */
export class ActorRegistry {
  readonly version: string;
  private readonly byId = new Map<string, Actor>();
  private readonly byName = new Map<string, Actor[]>();

  constructor(actors: readonly Actor[], version: string) {
    this.version = version;
    for (const a of actors) {
      this.byId.set(a.id, a);
      for (const name of [a.names.en, a.names.ar, ...a.aliases.en, ...a.aliases.ar]) {
        const key = lookupKey(name);
        const list = this.byName.get(key) ?? [];
        if (!list.includes(a)) list.push(a);
        this.byName.set(key, list);
      }
    }
  }

  static load(file = DEFAULT_ACTORS_FILE): ActorRegistry {
    const parsed = ActorsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    return new ActorRegistry(parsed.actors, parsed.version);
  }

  actors(): IterableIterator<Actor> {
    return this.byId.values();
  }

  get(id: string): Actor | undefined {
    return this.byId.get(id);
  }

  /**
   * What an actor belongs to, nearest first: its organisations, then its
   * country (Sergei Shoigu → Russian Ministry of Defence → Russia), so a
   * subscription to Russia as an actor catches its ministry and minister.
   */
  affiliationsOf(id: string): string[] {
    const chain: string[] = [];
    let current = this.byId.get(id);
    let country = current?.country ?? null;
    while (current?.parent && !chain.includes(current.parent)) {
      chain.push(current.parent);
      current = this.byId.get(current.parent);
      country ??= current?.country ?? null;
    }
    return country === null ? chain : [...chain, country];
  }

  resolve(query: string): ActorResolution {
    const byId = this.byId.get(query.trim());
    if (byId) return { ok: true, actor: byId };
    const key = lookupKey(query);
    const hit = this.byName.get(key)?.[0];
    if (hit) return { ok: true, actor: hit };
    return { ok: false, suggestions: suggestNames(key, this.byName, () => 0) };
  }
}
