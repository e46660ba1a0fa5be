import type { Entity, Mention, TextField } from '#contracts';
import type { Actor, ActorRegistry, Gazetteer } from '#knowledge';
import { sentenceAround, sentenceSpans } from '#text';
import { ActorMatcher } from './actor-matcher.js';
import { prepareText } from './phrase-index.js';
import { PlaceMatcher } from './place-matcher.js';

export interface ArticleText {
  title: string;
  text: string;
}

/**
 * Entities of an article with every mention and the sentence it stands in:
 * places (with their hierarchy) and, given an actor registry, actors (with
 * their affiliations, short names resolved within the article).
 */
export class EntityExtractor {
  private readonly places: PlaceMatcher;
  private readonly actorMatcher: ActorMatcher | undefined;

  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly actors?: ActorRegistry,
  ) {
    this.places = new PlaceMatcher(gazetteer);
    this.actorMatcher = actors ? new ActorMatcher(actors) : undefined;
  }

  extract(article: ArticleText): Entity[] {
    const byId = new Map<string, Entity>();
    const seenActors = new Set<Actor>();
    for (const field of ['title', 'text'] as const satisfies readonly TextField[]) {
      const value = article[field];
      const sentences = sentenceSpans(value);
      const mention = (start: number, end: number, form: Mention['form']): Mention => {
        const sentence = sentenceAround(sentences, start, end);
        return { field, start, end, surface: value.slice(start, end), form, sentence: { field, start: sentence.start, end: sentence.end } };
      };
      const add = (id: string, make: () => Omit<Entity, 'mentions'>, m: Mention) => {
        const entity = byId.get(id);
        if (entity) entity.mentions.push(m);
        else byId.set(id, { ...make(), mentions: [m] });
      };
      // Folded and split once; places, actors and short names all search it.
      const prepared = prepareText(value);
      const actorHits = this.actorMatcher?.find(prepared, seenActors) ?? [];
      // A place inside an actor's name is part of the name: «قوات سوريا الديمقراطية» is the SDF, not Syria.
      const insideActor = (start: number, end: number) => actorHits.some((a) => a.start <= start && end <= a.end);
      for (const hit of this.places.find(prepared)) {
        if (insideActor(hit.start, hit.end)) continue;
        const { place } = hit;
        add(place.id, () => ({ id: place.id, kind: 'place', type: place.type, names: place.names, ancestors: this.gazetteer.ancestorsOf(place.id) }), mention(hit.start, hit.end, hit.form));
      }
      for (const hit of actorHits) {
        const { actor } = hit;
        seenActors.add(actor);
        add(actor.id, () => ({ id: actor.id, kind: 'actor', type: actor.type, names: actor.names, ancestors: this.actors!.affiliationsOf(actor.id) }), mention(hit.start, hit.end, hit.via === 'short' ? 'short' : 'name'));
      }
    }
    return [...byId.values()];
  }
}
