import type { Entity, Mention, TextField } from '#contracts';
import type { Actor, ActorRegistry, Gazetteer } from '#knowledge';
import { foldKey, sentenceAround, sentenceSpans, type SentenceSpan } from '#text';
import { ActorMatcher } from './actor-matcher.js';
import { actorEntity, confidenceOf, entityTypeOfActor, placeEntity, unlinkedEntity, unlinkedId } from './entity-records.js';
import { overlaps, type NameHit } from './name-hit.js';
import { arabicReadings, prepareText, type PreparedText } from './phrase-index.js';
import { PlaceMatcher, isPlaceWord } from './place-matcher.js';
import { OrgCues } from './org-cues.js';
import { PersonCues, masculineNationalities } from './person-cues.js';
import { withClubs } from './club-names.js';
import { withQuotedRegions } from './quoted-regions.js';
import { withPlaceBounds } from './place-bounds.js';
import { englishNames } from './english-names.js';
import { withSurnameMentions } from './surname-mentions.js';
import { soleArmy, withArmyMentions } from './army-mentions.js';
import { taggedNames } from './tagged-names.js';
import type { NerTagger } from './tagger/ner-tagger.js';
import { titledNames } from './title-patterns.js';

export interface ArticleText {
  title: string;
  text: string;
}

export interface ExtractorOptions {
  /** The statistical tagger, for names the knowledge base lacks. Without it only known names and titled names are found. */
  tagger?: NerTagger;
  /** Folded words of person names: a one-word name after a title must be one (or be tagged a person). */
  personWords?: ReadonlySet<string>;
}

/** A name found in a field of an article. */
export interface FieldHit extends NameHit {
  field: TextField;
}

/** What an article's earlier fields (its title) tell the later ones. */
/** «قناة» before a known place is a canal («قناة السويس», «قناة بنما»), not a television channel. */
const CANAL = /(?:^|\s)[وبل]?(?:ال)?قناة\s+$/u;

interface ArticleState {
  /** Actors named in full: their short names count from the start of the next field. */
  actors: Set<Actor>;
  /** Unlinked persons named in full, by folded last word (null when two share it). */
  surnames: Map<string, string | null>;
}

/**
 * Entities of an article with every mention, the sentence it stands in and
 * a confidence. Names come from, in order of trust: the knowledge base
 * (linked places and actors, short names after full ones), titles and roles
 * («وزير الدفاع …»), the statistical tagger (Arabic), and capitalised runs
 * (English). A name one source found is
 * not taken again from a less trusted one; adjectives («الروسية») mark a
 * place as involved without taking the words from other names.
 */
export class EntityExtractor {
  private readonly places: PlaceMatcher;
  private readonly actorMatcher: ActorMatcher | undefined;
  private readonly personCues: PersonCues | undefined;
  private readonly orgCues = new OrgCues();
  private readonly nationalities: ReadonlySet<string>;
  /** Folded Arabic adjectives of countries («التركي», «الإثيوبية») → the country's place id. */
  private readonly countryOfAdjective = new Map<string, string>();

  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly actors?: ActorRegistry,
    private readonly options: ExtractorOptions = {},
  ) {
    this.places = new PlaceMatcher(gazetteer);
    this.actorMatcher = actors ? new ActorMatcher(actors) : undefined;
    this.nationalities = masculineNationalities(gazetteer);
    for (const place of gazetteer.places()) {
      if (place.type !== 'country') continue;
      for (const a of place.adjectives?.ar ?? []) this.countryOfAdjective.set(foldKey(a), place.id);
    }
    this.personCues = options.tagger ? new PersonCues(gazetteer, options.personWords ?? new Set()) : undefined;
  }

  extract(article: ArticleText): Entity[] {
    const byId = new Map<string, Entity>();
    const { hits, sentences } = this.collect(article);
    for (const hit of hits) {
      const value = article[hit.field];
      const head = this.headOf(hit, value, byId);
      const m = mentionOf(hit, value, sentences[hit.field]);
      const entity = byId.get(head.id);
      if (entity) {
        entity.mentions.push(m);
        entity.confidence = Math.max(entity.confidence, confidenceOf(hit.source, hit.type));
        if (entity.role === undefined && hit.role !== undefined) entity.role = hit.role;
        if (entity.country === undefined && hit.country !== undefined) entity.country = hit.country;
        if (entity.ancestors.length === 0 && hit.affiliation !== undefined && this.actors) entity.ancestors = [hit.affiliation, ...this.actors.affiliationsOf(hit.affiliation)];
      } else {
        byId.set(head.id, { ...head, confidence: confidenceOf(hit.source, hit.type), mentions: [m] });
      }
    }
    return [...byId.values()];
  }

  /** Every name the extractor accepts in an article, in text order per field, with how it was found (the evaluation scores these). */
  names(article: ArticleText): FieldHit[] {
    return this.collect(article).hits;
  }

  private collect(article: ArticleText): { hits: FieldHit[]; sentences: Record<TextField, SentenceSpan[]> } {
    const state: ArticleState = { actors: new Set(), surnames: new Map() };
    const sentences = { title: sentenceSpans(article.title), text: sentenceSpans(article.text) };
    const hits = (['title', 'text'] as const).flatMap((field) => this.namesIn(field, article[field], sentences[field], state));
    return { hits, sentences };
  }

  private namesIn(field: TextField, value: string, sentences: readonly SentenceSpan[], state: ArticleState): FieldHit[] {
    // Folded and split once; every matcher searches it.
    const prepared = prepareText(value);
    // Bounds first, then no place over any part of an actor's name: «التحالف الدولي بقيادة الولايات المتحدة» is
    // the coalition, though «الولايات المتحدة الأميركية» starts inside it.
    const bounded = withPlaceBounds(this.knownNames(prepared, state.actors, value), prepared);
    const actorNames = bounded.filter((h) => h.link !== undefined && 'actor' in h.link);
    const known = bounded.filter((h) => h.type !== 'LOCATION' || h.form === 'adjective' || !actorNames.some((a) => overlaps(a, h)));
    // A place word alone («ومحيط») is not a place, whatever the tagger thinks.
    const tagged = this.options.tagger ? taggedNames(this.options.tagger, value, sentences, { ...(this.personCues ? { cues: this.personCues } : {}), orgCues: this.orgCues, personWords: this.options.personWords ?? new Set() }).filter((h) => h.type !== 'LOCATION' || !isPlaceWord(value.slice(h.start, h.end))) : [];
    for (const h of tagged) if (h.source === 'cued-person') withCueCountry(h, value, known);
    const titled = titledNames(value, prepared, { known, tagged, personWords: this.options.personWords ?? new Set() });
    // A place inside a longer organisation or person name the tagger or a
    // title found is part of that name: «ريال مدريد», «جامعة دمشق» (on
    // ANERcorp dev this is worth two points of LOC precision).
    const found = [...titled, ...tagged, ...englishNames(value, sentences)];
    // So is a place an organisation's head names: «نادي قطر» is the club.
    const swallowed = (h: NameHit) =>
      h.type === 'LOCATION' && h.form === 'name' &&
      found.some((n) => n.type !== 'LOCATION' && n.start <= h.start && h.end <= n.end && (n.end - n.start > h.end - h.start || (n.source === 'cued-org' && !CANAL.test(value.slice(Math.max(0, n.start - 8), n.start)))));
    const accepted = known.filter((h) => !swallowed(h));
    const taken = accepted.filter((h) => h.form !== 'adjective');
    for (const hit of found) {
      if (taken.some((t) => overlaps(t, hit))) continue;
      accepted.push(hit);
      taken.push(hit);
    }
    const named = withSurnameMentions(value, prepared, withQuotedRegions(withClubs(accepted, value, prepared, this.nationalities), value), state.surnames);
    for (const h of named) if (h.link && 'actor' in h.link) state.actors.add(h.link.actor);
    // A bare «الجيش» is the one army the article names, wherever in the field it names it.
    const all = withArmyMentions(prepared, named, soleArmy(state.actors));
    return all.sort((a, b) => a.start - b.start).map((h) => ({ ...h, field }));
  }

  /** Knowledge-base names: actors first, then places not inside an actor's name («قوات سوريا الديمقراطية» is the SDF, not Syria). */
  private knownNames(prepared: PreparedText, seenActors: ReadonlySet<Actor>, value: string): NameHit[] {
    // «جيش الاحتلال التركي», «قوات الدفاع الوطني الإثيوبية»: another state's adjective right after a state
    // body's name makes it that state's body, not the one the knowledge base means.
    const otherState = (h: { actor: Actor; end: number }) => {
      const next = /^\s+(\S+)/u.exec(value.slice(h.end, h.end + 40))?.[1];
      const country = next === undefined ? undefined : this.countryOfAdjective.get(foldKey(next));
      return country !== undefined && h.actor.country !== null && country !== h.actor.country;
    };
    const actorHits = (this.actorMatcher?.find(prepared, seenActors) ?? []).filter((h) => !otherState(h));
    const hits: NameHit[] = actorHits.map((h) => ({
      type: entityTypeOfActor(h.actor),
      start: h.start,
      end: h.end,
      form: h.via,
      source: h.via === 'short' ? 'short-name' : 'knowledge-base',
      link: { actor: h.actor },
    }));
    for (const h of this.places.find(prepared)) {
      if (actorHits.some((a) => a.start <= h.start && h.end <= a.end)) continue;
      hits.push({ type: 'LOCATION', start: h.start, end: h.end, form: h.form, source: h.form === 'adjective' ? 'adjective' : h.byContext ? 'context-place' : h.cued ? 'cued-place' : 'knowledge-base', link: { place: h.place } });
    }
    return hits;
  }

  /**
   * The entity a name belongs to. Unlinked names are keyed by their folded
   * words, so repeats in an article are one entity; a clitic-led repeat
   * («وبوش» after «بوش») joins the entity already there.
   */
  private headOf(hit: FieldHit, value: string, known: ReadonlyMap<string, Entity>): Omit<Entity, 'mentions'> {
    if (hit.link && 'place' in hit.link) return placeEntity(hit.link.place, this.gazetteer);
    if (hit.link) return actorEntity(hit.link.actor, this.actors!);
    const owner = hit.coreferent === undefined ? undefined : known.get(hit.coreferent);
    if (owner) return owner;
    const head = unlinkedEntity(hit, value.slice(hit.start, hit.end));
    if (hit.affiliation !== undefined && this.actors) head.ancestors = [hit.affiliation, ...this.actors.affiliationsOf(hit.affiliation)];
    const [first, ...rest] = head.id.slice(unlinkedId(hit.type, '').length).split('_');
    for (const reading of arabicReadings(first!).slice(1)) {
      const existing = known.get(unlinkedId(hit.type, [reading, ...rest].join('_')));
      if (existing) return existing;
    }
    return head;
  }
}

/** The country a person's cue names («البرازيلي كارلوس كوريا»: Brazil), from the knowledge base's adjectives inside it. */
function withCueCountry(hit: NameHit, value: string, known: readonly NameHit[]): void {
  if (hit.role === undefined) return;
  const roleStart = value.lastIndexOf(hit.role, hit.start);
  for (const k of known) {
    if (k.start < roleStart || k.end > hit.start || !k.link || !('place' in k.link) || k.link.place.type !== 'country') continue;
    hit.country = k.link.place.id;
  }
}

function mentionOf(hit: FieldHit, value: string, sentences: readonly SentenceSpan[]): Mention {
  const sentence = sentenceAround(sentences, hit.start, hit.end);
  return {
    field: hit.field,
    start: hit.start,
    end: hit.end,
    text: value.slice(hit.start, hit.end),
    form: hit.form,
    sentence: { field: hit.field, start: sentence.start, end: sentence.end },
  };
}
