import type { EntityType, Mention } from '#contracts';
import type { Actor, Place } from '#knowledge';

/** How a name was found; each way has its own confidence (see confidence.ts). */
export type NameSource = 'knowledge-base' | 'cued-place' | 'context-place' | 'adjective' | 'short-name' | 'tagger' | 'cued-person' | 'cued-org' | 'club' | 'quoted-region' | 'title' | 'english-capitals';

/** A name found in one field of an article, before names are grouped into entities. */
export interface NameHit {
  type: EntityType;
  /** Offsets in the field's original text. */
  start: number;
  end: number;
  form: Mention['form'];
  source: NameSource;
  /** What the knowledge base says it is; absent for names it does not know. */
  link?: { place: Place } | { actor: Actor };
  /** The title or role the text gives the name, as written («وزير الدفاع الروسي»). */
  role?: string;
  /** The country the title names (place id), e.g. from «الروسي» in «وزير الدفاع الروسي». */
  country?: string;
  /** The known actor the title names (actor id), e.g. the ministry in «وزيرة الخارجية الأمريكية …». */
  affiliation?: string;
  /** For a surname standing alone: the id of the unlinked person named in full earlier in the article. */
  coreferent?: string;
}

/** ANERcorp's labels for entity types. */
export const CONLL_TYPES: Record<EntityType, string> = { PERSON: 'PERS', ORG: 'ORG', LOCATION: 'LOC' };
const FROM_CONLL: Record<string, EntityType> = { PERS: 'PERSON', ORG: 'ORG', LOC: 'LOCATION' };
/** The entity type of a tagger label; MISC and unknown labels have none. */
export const entityTypeOfConll = (label: string): EntityType | undefined => FROM_CONLL[label];

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
