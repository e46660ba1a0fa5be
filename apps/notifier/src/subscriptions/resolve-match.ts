import type { CreateSubscription, Subscription } from '#contracts';
import type { TermResolver, UnresolvedTerm } from './term-resolver.js';

export type MatchResolution = { ok: true; match: Subscription['match'] } | { ok: false; unresolved: UnresolvedTerm[] };

/** A requested match with its place and actor names resolved to canonical ids, and its defaults filled in. */
export function resolveMatch(resolver: TermResolver, m: CreateSubscription['match']): MatchResolution {
  const places = resolver.resolve('places', m.places ?? []);
  const actors = resolver.resolve('actors', m.actors ?? []);
  if (!places.ok || !actors.ok) return { ok: false, unresolved: [...(places.ok ? [] : places.unresolved), ...(actors.ok ? [] : actors.unresolved)] };
  return {
    ok: true,
    match: {
      places: places.terms,
      actors: actors.terms,
      actorAffiliates: m.actorAffiliates ?? true,
      eventTypes: m.eventTypes ?? [],
      actorRole: m.actorRole ?? 'either',
      keywords: m.keywords ?? [],
      languages: m.languages ?? [],
      ...(m.minPlacePrecision !== undefined ? { minPlacePrecision: m.minPlacePrecision } : {}),
      ...(m.minSeverity !== undefined ? { minSeverity: m.minSeverity } : {}),
      ...(m.minConfidence !== undefined ? { minConfidence: m.minConfidence } : {}),
    },
  };
}

/** The sentence an unknown-terms answer gives: `no known place "Atlantis", actor "X"`. */
export const unresolvedMessage = (unresolved: readonly UnresolvedTerm[]): string =>
  `no known ${unresolved.map((u) => `${u.field.slice(0, -1)} "${u.query}"`).join(', ')}`;
