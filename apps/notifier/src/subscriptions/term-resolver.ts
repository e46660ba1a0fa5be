import type { ResolvedTerm } from '#contracts';
import type { Gazetteer } from '#knowledge';

export interface UnresolvedTerm {
  field: 'places' | 'actors';
  query: string;
  suggestions: { id: string; en: string; ar: string }[];
}

export type TermResolution = { ok: true; terms: ResolvedTerm[] } | { ok: false; unresolved: UnresolvedTerm[] };

/**
 * Turns the names a desk types ("Syria", «سوريا», "place:country:SY") into
 * canonical entities. Actors resolve among the same entities for now:
 * countries act in the news as states («روسيا تقصف…»).
 */
export class TermResolver {
  constructor(private readonly gazetteer: Gazetteer) {}

  resolve(field: 'places' | 'actors', queries: readonly string[]): TermResolution {
    const terms: ResolvedTerm[] = [];
    const unresolved: UnresolvedTerm[] = [];
    for (const query of queries) {
      const r = this.gazetteer.resolve(query);
      if (r.ok) {
        if (!terms.some((t) => t.id === r.place.id)) terms.push({ query, id: r.place.id, type: r.place.type, names: r.place.names });
      } else {
        unresolved.push({ field, query, suggestions: r.suggestions });
      }
    }
    return unresolved.length > 0 ? { ok: false, unresolved } : { ok: true, terms };
  }
}
