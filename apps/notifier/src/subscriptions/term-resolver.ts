import type { ResolvedTerm } from '#contracts';
import type { ActorRegistry, Gazetteer } from '#knowledge';

export interface UnresolvedTerm {
  field: 'places' | 'actors';
  query: string;
  suggestions: { id: string; en: string; ar: string }[];
}

export type TermResolution = { ok: true; terms: ResolvedTerm[] } | { ok: false; unresolved: UnresolvedTerm[] };

/**
 * Turns the names a desk types ("Syria", «سوريا», "Sergei Shoigu", an id)
 * into canonical entities. Places resolve in the gazetteer. Actors resolve in
 * the actor registry, and countries (and regions, as groups of states) count
 * as actors too: states act in the news («روسيا تقصف…»), and a country
 * catches its ministries and ministers.
 */
export class TermResolver {
  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly actors: ActorRegistry,
  ) {}

  resolve(field: 'places' | 'actors', queries: readonly string[]): TermResolution {
    const terms: ResolvedTerm[] = [];
    const unresolved: UnresolvedTerm[] = [];
    for (const query of queries) {
      const term = field === 'actors' ? this.actor(query) : this.place(query);
      if ('id' in term) {
        if (!terms.some((t) => t.id === term.id)) terms.push(term);
      } else {
        unresolved.push({ field, query, suggestions: term.suggestions });
      }
    }
    return unresolved.length > 0 ? { ok: false, unresolved } : { ok: true, terms };
  }

  private place(query: string): ResolvedTerm | { suggestions: UnresolvedTerm['suggestions'] } {
    const r = this.gazetteer.resolve(query);
    return r.ok ? { query, id: r.place.id, type: r.place.type, names: r.place.names } : { suggestions: r.suggestions };
  }

  private actor(query: string): ResolvedTerm | { suggestions: UnresolvedTerm['suggestions'] } {
    const a = this.actors.resolve(query);
    if (a.ok) return { query, id: a.actor.id, type: a.actor.type, names: a.actor.names };
    const p = this.gazetteer.resolve(query);
    if (p.ok && (p.place.type === 'country' || p.place.type === 'region')) {
      return { query, id: p.place.id, type: p.place.type, names: p.place.names };
    }
    return { suggestions: [...a.suggestions, ...(p.ok ? [] : p.suggestions)].slice(0, 5) };
  }
}
