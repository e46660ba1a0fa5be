import { UNLINKED_PREFIX, type Entity, type EntityType } from '#contracts';
import type { Actor, ActorRegistry, Gazetteer, Place } from '#knowledge';
import { phraseKey } from './phrase-index.js';
import { CONFIDENCE } from './confidence.js';
import type { NameHit, NameSource } from './name-hit.js';

type EntityHead = Omit<Entity, 'mentions'>;

const ARABIC = /[\u0621-\u064A]/u;

export const entityTypeOfActor = (actor: Actor): EntityType => (actor.type === 'person' ? 'PERSON' : 'ORG');

export function placeEntity(place: Place, gazetteer: Gazetteer): EntityHead {
  const ancestors = gazetteer.ancestorsOf(place.id);
  const country = place.type === 'country' || place.type === 'region' ? undefined : ancestors.find((id) => id.startsWith('place:country:'));
  return {
    id: place.id,
    type: 'LOCATION',
    category: place.type,
    name: place.names.en,
    nameAr: place.names.ar,
    ...(country ? { country } : {}),
    ancestors,
    ...(place.lat !== null && place.lon !== null ? { lat: place.lat, lon: place.lon } : {}),
    confidence: CONFIDENCE.knowledgeBase,
  };
}

export function actorEntity(actor: Actor, registry: ActorRegistry): EntityHead {
  // Actors seeded from one dictionary may lack a name in the other language:
  // show the Arabic where no English exists, and no Arabic rather than English as Arabic.
  const latin = /[A-Za-z]/.test(actor.names.en);
  return {
    id: actor.id,
    type: entityTypeOfActor(actor),
    category: actor.type,
    name: latin ? actor.names.en : actor.names.ar,
    nameAr: ARABIC.test(actor.names.ar) ? actor.names.ar : '',
    ...(actor.country ? { country: actor.country } : {}),
    ancestors: registry.affiliationsOf(actor.id),
    ...(actor.role ? { role: actor.role } : {}),
    confidence: CONFIDENCE.knowledgeBase,
  };
}

/**
 * A name the knowledge base does not know. Its id is the folded name, so
 * the same name twice in an article (or in two articles) is one entity.
 */
export function unlinkedEntity(hit: NameHit, surface: string): EntityHead {
  const name = surface.trim();
  const arabic = ARABIC.test(name);
  return {
    id: unlinkedId(hit.type, phraseKey(name).replaceAll(' ', '_')),
    type: hit.type,
    category: 'unlinked',
    name,
    nameAr: arabic ? name : '',
    ...(hit.country ? { country: hit.country } : {}),
    ancestors: [],
    ...(hit.role ? { role: hit.role } : {}),
    confidence: confidenceOf(hit.source, hit.type),
  };
}

/** `unlinked:person:رايم_بردي_دويشنبييف`: the type and the folded words of the name. */
export const unlinkedId = (type: EntityType, key: string): string => `${UNLINKED_PREFIX}${type.toLowerCase()}:${key}`;

/** The confidence of each way of finding a name but the tagger's, which depends on the type (confidence.ts). */
const CONFIDENCE_BY_SOURCE: Record<Exclude<NameSource, 'tagger'>, number> = {
  'knowledge-base': CONFIDENCE.knowledgeBase,
  'cued-place': CONFIDENCE.cuedPlace,
  'context-place': CONFIDENCE.contextPlace,
  adjective: CONFIDENCE.adjective,
  'short-name': CONFIDENCE.shortName,
  title: CONFIDENCE.titledName,
  'cued-person': CONFIDENCE.cuedPerson,
  'cued-org': CONFIDENCE.cuedOrg,
  club: CONFIDENCE.club,
  'quoted-region': CONFIDENCE.quotedRegion,
  'english-capitals': CONFIDENCE.englishCapitals,
};

export function confidenceOf(source: NameSource, type: EntityType): number {
  return source === 'tagger' ? CONFIDENCE.tagger[type] : CONFIDENCE_BY_SOURCE[source];
}
