import { describe, expect, it } from '@jest/globals';
import type { EnrichedArticle, Entity, Subscription } from '#contracts';
import { SubscriptionMatcher } from './subscription-matcher.js';

const text = 'وصل الوفد إلى دمشق. وقالت موسكو إن المحادثات مثمرة. وتواصل القصف قرب الحدود.';
const at = (surface: string) => {
  const start = text.indexOf(surface);
  const sentenceStart = text.lastIndexOf('.', start) + 1;
  const sentenceEnd = text.indexOf('.', start) + 1;
  return { field: 'text' as const, start, end: start + surface.length, text: surface, form: 'name' as const, sentence: { field: 'text' as const, start: sentenceStart, end: sentenceEnd } };
};
const damascus: Entity = {
  id: 'place:geonames:170654', type: 'LOCATION', category: 'capital', name: 'Damascus', nameAr: 'دمشق', confidence: 0.9,
  ancestors: ['place:country:SY'], mentions: [at('دمشق')],
};
const moscow: Entity = {
  id: 'place:geonames:524901', type: 'LOCATION', category: 'capital', name: 'Moscow', nameAr: 'موسكو', confidence: 0.9,
  ancestors: ['place:country:RU'], mentions: [at('موسكو')],
};
const article = (language = 'ar'): EnrichedArticle => ({
  article: {
    id: 'a-1', title: 'عنوان', text, language, languageOrigin: 'declared', source: {},
    ingestedAt: '2026-11-29T10:00:00.000Z', contentHash: 'a'.repeat(64),
  },
  entities: [damascus, moscow],
  events: [],
  enrichedAt: '2026-11-29T10:00:01.000Z',
  enricher: { version: 't', knowledgeBase: 't' },
});
const term = (id: string, en: string) => ({ query: en, id, type: 'country', names: { en, ar: en } });
const sub = (id: string, match: Partial<Subscription['match']>, status: Subscription['status'] = 'active'): Subscription => ({
  id, name: id, status,
  match: { places: [], actors: [], actorAffiliates: true, eventTypes: [], actorRole: 'either', keywords: [], languages: [], ...match },
  delivery: { webhook: { url: 'http://127.0.0.1:9/x', format: 'json' } },
  flow: {},
  createdAt: '2026-11-29T00:00:00.000Z',
});
const fired = (subs: Subscription[], a = article()) => new SubscriptionMatcher(subs).match(a).map((x) => x.subscription.id).sort();

describe('SubscriptionMatcher', () => {
  it('matches a place through the places inside it, and explains with the evidence sentence', () => {
    const [alert] = new SubscriptionMatcher([sub('sub_syria', { places: [term('place:country:SY', 'Syria')] })]).match(article());
    expect(alert!.alertId).toBe('sub_syria:a-1:article');
    expect(alert!.matches).toEqual([
      expect.objectContaining({
        via: 'place', term: 'place:country:SY',
        entity: { id: damascus.id, type: 'LOCATION', category: 'capital', name: 'Damascus', nameAr: 'دمشق' },
        mention: expect.objectContaining({ text: 'دمشق' }),
        evidence: expect.objectContaining({ text: 'وصل الوفد إلى دمشق.' }),
      }),
    ]);
  });

  it('does not fire for places the article does not touch', () => {
    expect(fired([sub('sub_iraq', { places: [term('place:country:IQ', 'Iraq')] })])).toEqual([]);
  });

  it('requires every kind of term given (a place AND a keyword), any term within a kind', () => {
    const subs = [
      sub('sub_both', { places: [term('place:country:IQ', 'Iraq'), term('place:country:RU', 'Russia')], keywords: ['القصف'] }),
      sub('sub_wrong_word', { places: [term('place:country:RU', 'Russia')], keywords: ['زلزال'] }),
    ];
    expect(fired(subs)).toEqual(['sub_both']);
  });

  it('matches keywords on folded words with Arabic clitics, not inside other words', () => {
    expect(fired([sub('sub_kw', { keywords: ['قصف'] })])).toEqual(['sub_kw']);
    expect(fired([sub('sub_kw', { keywords: ['صف'] })])).toEqual([]);
    expect(fired([sub('sub_kw', { keywords: ['المحادثات مثمرة'] })])).toEqual(['sub_kw']);
  });

  it('filters by language', () => {
    const s = sub('sub_en', { places: [term('place:country:SY', 'Syria')], languages: ['en'] });
    expect(fired([s])).toEqual([]);
    expect(fired([s], article('en'))).toEqual(['sub_en']);
  });

  it('holds event-type subscriptions until the article carries events', () => {
    expect(fired([sub('sub_ev', { places: [term('place:country:SY', 'Syria')], eventTypes: ['ASSAULT'] })])).toEqual([]);
  });

  it('matches an actor by its id, and actors affiliated to it, never places inside it', () => {
    const shoigu: Entity = {
      id: 'actor:person:sergei-shoigu', type: 'PERSON', category: 'person', name: 'Sergei Shoigu', nameAr: 'سيرغي شويغو', confidence: 0.9,
      ancestors: ['actor:org:ru-mod', 'place:country:RU'], mentions: [at('موسكو')],
    };
    const withShoigu = { ...article(), entities: [damascus, moscow, shoigu] };
    const subs = [
      sub('sub_russia', { actors: [term('place:country:RU', 'Russia')] }),
      sub('sub_mod', { actors: [term('actor:org:ru-mod', 'Russian MoD')] }),
      sub('sub_syria_actor', { actors: [term('place:country:SY', 'Syria')] }),
    ];
    expect(fired(subs, withShoigu)).toEqual(['sub_mod', 'sub_russia']);
    // Without an affiliated actor, Moscow (a place in Russia) does not make Russia an actor here.
    expect(fired(subs)).toEqual([]);
  });

  it('matches a person the knowledge base lacks through the body his title names', () => {
    const deputy: Entity = {
      id: 'unlinked:person:الكسندر_فومين', type: 'PERSON', category: 'unlinked', name: 'ألكسندر فومين', nameAr: 'ألكسندر فومين', confidence: 0.88,
      role: 'نائب وزير الدفاع الروسي', country: 'place:country:RU', ancestors: ['actor:org:ru-mod', 'place:country:RU'], mentions: [at('موسكو')],
    };
    const subs = [sub('sub_russia', { actors: [term('place:country:RU', 'Russia')] }), sub('sub_syria_actor', { actors: [term('place:country:SY', 'Syria')] })];
    expect(fired(subs, { ...article(), entities: [damascus, deputy] })).toEqual(['sub_russia']);
  });

  describe('event subscriptions', () => {
    const evidence = { field: 'text' as const, start: 20, end: 51, text: 'وقالت موسكو إن المحادثات مثمرة.' };
    const strike: EnrichedArticle['events'][number] = {
      type: 'ASSAULT', mode: 'aerial', cameo: '19', source: 'place:country:RU', target: 'actor:group:x', place: 'place:geonames:170654',
      killed: 3, severity: 80, evidence, story: 0, confidence: 0.9,
    };
    const talks: EnrichedArticle['events'][number] = { type: 'CONSULT', cameo: '04', source: 'place:country:RU', severity: 10, evidence: { ...evidence, start: 0, end: 19, text: 'وصل الوفد إلى دمشق.' }, story: 0, confidence: 0.7 };
    const withEvents = () => ({ ...article(), events: [strike, talks] });

    it('fires once per event of its types, with the event and its evidence, keyed by the event', () => {
      const alerts = new SubscriptionMatcher([sub('sub_assault', { eventTypes: ['ASSAULT'] })]).match(withEvents());
      expect(alerts.map((a) => a.alertId)).toEqual(['sub_assault:a-1:ev-ASSAULT-text-20']);
      expect(alerts[0]!.matches[0]).toMatchObject({ via: 'event', term: 'ASSAULT', event: { type: 'ASSAULT', source: 'place:country:RU', killed: 3 }, evidence: { text: evidence.text } });
    });

    it('puts places and actors on the event: its place inside a wanted place, its actor in the wanted role', () => {
      const syria = { places: [term('place:country:SY', 'Syria')] };
      const russia = { actors: [term('place:country:RU', 'Russia')] };
      expect(fired([
        sub('sub_in_syria', { eventTypes: ['ASSAULT'], ...syria }),
        sub('sub_russia_source', { eventTypes: ['ASSAULT'], ...russia, actorRole: 'source' }),
        sub('sub_russia_target', { eventTypes: ['ASSAULT'], ...russia, actorRole: 'target' }),
        sub('sub_in_moscow', { eventTypes: ['ASSAULT'], places: [term('place:geonames:524901', 'Moscow')] }),
        sub('sub_protest', { eventTypes: ['PROTEST'] }),
      ], withEvents())).toEqual(['sub_in_syria', 'sub_russia_source']);
    });

    it('filters on severity, and a floor alone means any type', () => {
      expect(fired([sub('sub_severe', { minSeverity: 50 }), sub('sub_too_severe', { minSeverity: 90 })], withEvents())).toEqual(['sub_severe']);
      expect(fired([sub('sub_any', { minSeverity: 5 })], withEvents())).toEqual(['sub_any', 'sub_any']);
    });
  });

  describe('subscription controls', () => {
    const syria: Entity = {
      id: 'place:country:SY', type: 'LOCATION', category: 'country', name: 'Syria', nameAr: 'سوريا', confidence: 0.82,
      ancestors: [], mentions: [at('دمشق')],
    };
    const onlyCountry = () => ({ ...article(), entities: [syria, moscow] });
    const syriaTerm = term('place:country:SY', 'Syria');

    it('matches nothing while paused, nor articles that arrived before it listened (a replay after resuming)', () => {
      expect(fired([sub('sub_paused', { places: [syriaTerm] }, 'paused')])).toEqual([]);
      const since = (iso: string) => ({ ...sub('sub_new', { places: [syriaTerm] }), activeSince: iso });
      // The test article was ingested at 10:00.
      expect(fired([since('2026-11-29T10:00:01.000Z')])).toEqual([]);
      expect(fired([since('2026-11-29T09:59:59.000Z')])).toEqual(['sub_new']);
    });

    it('ignores place mentions coarser than the precision floor', () => {
      const province = sub('sub_precise', { places: [syriaTerm], minPlacePrecision: 'town' });
      expect(fired([province], onlyCountry())).toEqual([]);
      // Damascus (a capital, town precision) inside Syria passes the floor.
      expect(fired([province])).toEqual(['sub_precise']);
    });

    it('ignores entities found with less confidence than asked', () => {
      expect(fired([sub('sub_sure', { places: [syriaTerm], minConfidence: 0.95 })])).toEqual([]);
      expect(fired([sub('sub_sure', { places: [syriaTerm], minConfidence: 0.5 })])).toEqual(['sub_sure']);
    });

    it('can match an actor alone, without those affiliated to it', () => {
      const shoigu: Entity = {
        id: 'actor:person:sergei-shoigu', type: 'PERSON', category: 'person', name: 'Sergei Shoigu', nameAr: 'سيرغي شويغو', confidence: 0.9,
        ancestors: ['actor:org:ru-mod', 'place:country:RU'], mentions: [at('موسكو')],
      };
      const withShoigu = { ...article(), entities: [damascus, shoigu] };
      const russia = [term('place:country:RU', 'Russia')];
      expect(fired([sub('sub_all', { actors: russia }), sub('sub_alone', { actors: russia, actorAffiliates: false })], withShoigu)).toEqual(['sub_all']);
    });

    it("gives article alerts the severity of the article's worst event", () => {
      const event: EnrichedArticle['events'][number] = {
        type: 'ASSAULT', cameo: '19', severity: 72, evidence: { field: 'text', start: 0, end: 19, text: 'وصل الوفد إلى دمشق.' }, story: 0, confidence: 0.8,
      };
      const [alert] = new SubscriptionMatcher([sub('sub_syria', { places: [syriaTerm] })]).match({ ...article(), events: [event] });
      expect(alert).toMatchObject({ kind: 'alert', severity: 72 });
      expect(new SubscriptionMatcher([sub('sub_syria', { places: [syriaTerm] })]).match(article())[0]!.severity).toBe(0);
    });
  });
});
