import type { Entity, Mention, TextField } from '#contracts';
import type { Gazetteer } from '#knowledge';
import { sentenceAround, sentenceSpans } from '#text';
import { PlaceMatcher } from './place-matcher.js';

export interface ArticleText {
  title: string;
  text: string;
}

/**
 * Entities of an article with every mention and the sentence it stands in.
 * Today: countries and capitals from the knowledge base.
 */
export class EntityExtractor {
  private readonly places: PlaceMatcher;

  constructor(private readonly gazetteer: Gazetteer) {
    this.places = new PlaceMatcher(gazetteer);
  }

  extract(article: ArticleText): Entity[] {
    const byId = new Map<string, Entity>();
    for (const field of ['title', 'text'] as const satisfies readonly TextField[]) {
      const value = article[field];
      const sentences = sentenceSpans(value);
      for (const hit of this.places.find(value)) {
        const sentence = sentenceAround(sentences, hit.start, hit.end);
        const mention: Mention = {
          field,
          start: hit.start,
          end: hit.end,
          surface: value.slice(hit.start, hit.end),
          form: hit.form,
          sentence: { field, start: sentence.start, end: sentence.end },
        };
        const entity = byId.get(hit.place.id);
        if (entity) {
          entity.mentions.push(mention);
        } else {
          byId.set(hit.place.id, {
            id: hit.place.id,
            kind: 'place',
            type: hit.place.type,
            names: hit.place.names,
            ancestors: this.gazetteer.ancestorsOf(hit.place.id),
            mentions: [mention],
          });
        }
      }
    }
    return [...byId.values()];
  }
}
