import type { ArticleEvent, Entity, Mention, PloverType, TextField } from '#contracts';
import { sentenceSpans, type SentenceSpan } from '#text';
import type { Casualties } from './casualties.js';
import type { TriggerHit } from './triggers/trigger-matcher.js';
import { cameoOf } from './plover.js';
import { PlaceTree, absorb, disagree, isRetelling, type Telling } from './retellings.js';
import { severityOf } from './severity.js';
import { segmentStories, storyAt } from './story-segmenter.js';
import { weaponModeOf } from './weapon-mode.js';

/** What the event extractor needs from the trigger lexicon, the casualty reader and the date resolver. */
export interface EventParts {
  triggers(text: string): TriggerHit[];
  casualties(sentence: string): Pick<Casualties, 'killed' | 'wounded' | 'arrested' | 'atLeast'>;
  date(sentence: string, publishedAt: Date | undefined): string | undefined;
}

export interface EventArticle {
  title: string;
  text: string;
  publishedAt?: string | undefined;
}

interface Located {
  entity: Entity;
  mention: Mention;
}

/** Persons and organisations act; a state acts as a whole («روسيا», «الروسية») only where no body of it is named. */
const isActor = (l: Located): boolean => l.entity.type !== 'LOCATION';
const isState = (l: Located): boolean => l.entity.category === 'country' && l.mention.form === 'name';

/**
 * Reporting verbs, with the «أن/إن» that opens what was reported: who speaks
 * («قال المرصد السوري إن …», «أعلنت الخارجية الإيطالية أن …») is not who acted.
 */
const REPORTED = /(?:^|\s)(?:و|ف)?(?:قال|قالت|أعلن|أعلنت|أفاد|أفادت|أكد|أكدت|ذكر|ذكرت|أضاف|أضافت|أشار|أشارت|صرح|صرحت|نقل|نقلت|أوضح|أوضحت|كشف|كشفت|said|announced|reported|stated)(?:\s|$)[^]*?(?:\s|^)(?:أن|إن|أنه|إنه|أنها|إنها|بأن|that)(?:\s|$)/u;

/**
 * Triggers that tell what someone suffered («مقتل», «استشهد», «أصيب»,
 * "were killed"): the actor named with them is the victim (target), and a
 * source only comes with «برصاص», «على يد», «بنيران», "by".
 */
const SUFFERED = /^(?:و|ف|ب|ل)?(?:مقتل|استشهاد|استشهد|استشهدت|إصابة|أصيب|أصيبت|سقوط|قضى|لقي|مصرع|killed|wounded|died)/u;
/** Triggers told from the defender's side: «تصدت», «التصدي», «صد هجوماً», "repelled". */
const DEFENDED = /^(?:و|ف|ل)?(?:ال)?(?:تصد|يتصد|تتصد|صد\s|صدت\s|repelled|repulsed)/u;
/** The attacker as what was repelled: «تصدت … لـ(هجوم) …», «صدت هجوماً لـ…». */
const REPELLED = /(?:^|\s)(?:ل|لـ|ل\S+\s+)$/u;
const AGENT_MARKER = /(?:برصاص|على يد|بنيران|بقصف|أطلقه|أطلقته|نفذه|نفذته|by)\s+(?:\S+\s+)?$/u;
const ARMED = new Set(['military', 'armed-group']);
/** Place precision: a town beats its district, a district its governorate, … (more ancestors = more specific). */
const depth = (e: Entity): number => e.ancestors.length + (e.category === 'site' || e.category === 'town' ? 10 : 0);
/** Words before a target, at most one word apart: «على (مواقع) …», «ضد», "against (the) …". */
const TARGET_MARKERS = /(?:^|\s)(?:على|ضد|باتجاه|نحو|against|on|at|targeting)\s+(?:\S+\s+)?$/u;
/**
 * What is hit, owned by the target: «مواقع للحوثيين», «مقرات تنظيم داعش»,
 * «دورية عسكرية تابعة للحوثيين», «اشتبكت مع عناصر داعش»; not a partner («بالتعاون مع حزب الله»).
 */
const TARGET_HELD = /(?:^|\s)(?:[وبل]?(?:ال)?(?:مواقع|موقع|مقرات|مقر|تجمعات|تجمع|نقاط|نقطة|تمركزات|معاقل|معقل|آليات|دورية|دوريات|رتل|قافلة|عناصر|مسلحي|مقاتلي|قيادات|مخازن|مستودعات)(?:\s+\S+)?(?:\s+(?:تابعة|تابع|التابعة|التابع))?|(?<!(?:بالتعاون|بالتنسيق|بمشاركة|بدعم|بالاشتراك)\s)مع(?:\s+عناصر)?)\s+$/u;
/** Meetings and agreements: the counterpart after «مع» ("with") is the target, the other side the source. */
const MEETING = new Set<PloverType>(['CONSULT', 'AGREE', 'COOPERATE']);
const WITH = /(?:^|\s)(?:مع|with)\s+(?:\S+\s+){0,3}$/u;

/**
 * Events of an article, sentence by sentence: each trigger («قصف», «هجوم»,
 * "air strike") becomes an event of its PLOVER type, with
 * - source: the actor nearest the trigger, after it first in Arabic (verb,
 *   then subject: «قصفت الطائرات الروسية …»; «هجوم نفذه مسلحو …»), before it in English;
 * - target: another actor, preferring one after «على», «ضد», "against";
 * - place: the most specific place named in the sentence, else in the sentence before (same story);
 * - casualties and date read from the sentence (from the clause, in a round-up); severity and story attached.
 * The same happening is often told twice in a story: a later telling merges
 * into the first (retellings.ts; a plain repeat of type, source and place
 * too, unless figures or weapon disagree), and a headline's event stands
 * only when the text's first story has none of its type.
 */
export class EventExtractor {
  constructor(private readonly parts: EventParts) {}

  extract(article: EventArticle, entities: readonly Entity[]): ArticleEvent[] {
    const published = article.publishedAt === undefined ? undefined : new Date(article.publishedAt);
    const stories = segmentStories(article.text, entities);
    const events: ArticleEvent[] = [];
    const tellings = new Map<ArticleEvent, Telling>();
    const places = new PlaceTree(entities);
    // Every telling so far (`told`) and the event that now holds it (`now`, after merges), for plain repeats.
    const taken: { told: ArticleEvent; now: ArticleEvent }[] = [];
    // The text first: a headline restates the lead story's event, and the text's sentence carries it
    // with its arguments and casualties; the headline's event stands only where the text has none of its type.
    for (const field of ['text', 'title'] as const) {
      const value = article[field];
      const sentences = sentenceSpans(value);
      const located = entities.flatMap((entity) => entity.mentions.filter((m) => m.field === field).map((mention) => ({ entity, mention })));
      sentences.forEach((sentence, s) => {
        const sentenceText = value.slice(sentence.start, sentence.end);
        // A sentence opened as background («يذكر أن …», «وكانت القوات قد …») is background in every clause.
        if (BACKGROUND_SENTENCE.test(sentenceText)) return;
        const found = this.parts.triggers(sentenceText);
        // Each clause's own first trigger; a clause that tells a happening of its own is its evidence and its actors' scope.
        const told = clausesOf(sentenceText).flatMap((c) => {
          const inClause = found.filter((t) => t.start >= c.start && t.end <= c.end).map((t) => ({ ...t, start: t.start - c.start, end: t.end - c.start }));
          return mainTriggers(sentenceText.slice(c.start, c.end), inClause, field === 'title').map((t) => ({
            trigger: { ...t, start: t.start + c.start + sentence.start, end: t.end + c.start + sentence.start },
            clause: { start: c.start + sentence.start, end: c.end + sentence.start },
          }));
        });
        if (told.length === 0) return;
        const inSpan = (span: SentenceSpan) => located.filter((l) => l.mention.start >= span.start && l.mention.end <= span.end);
        // Stories divide the text; a title sentence has no sentence before it to borrow a place from.
        const before = field === 'text' && s > 0 && storyAt(stories, sentences[s - 1]!.start) === storyAt(stories, sentence.start) ? inSpan(sentences[s - 1]!) : [];
        const casualties = this.parts.casualties(sentenceText);
        const date = this.parts.date(sentenceText, published);
        const story = field === 'title' ? 0 : storyAt(stories, sentence.start);
        for (const { trigger, clause } of told) {
          if (field === 'title' && events.some((e) => e.story === 0 && e.type === trigger.type)) continue;
          const span = told.length > 1 ? clause : sentence;
          // Casualties are read from the clause too when the sentence tells several happenings.
          const figures = told.length > 1 ? this.parts.casualties(value.slice(clause.start, clause.end)) : casualties;
          const event = this.eventAt(trigger, inSpan(span), before, value, field, span, figures, date, story);
          const telling: Telling = {
            sentence: s,
            anaphoric: refersBack(value, span.start, trigger),
            reported: REPORTED.test(value.slice(span.start, trigger.start)),
            turns: TURNS.test(value.slice(span.start, span.end)),
            placeNamed: event.place !== undefined && inSpan(span).some((l) => l.entity.id === event.place),
          };
          // The same type, source and place told again in a later sentence is the same happening, unless it
          // gives other figures («مقتل 24» then «مقتل 18» in the same town) or names another weapon.
          const same = taken.find(({ told: t }) =>
            t.story === story && t.type === event.type && t.source === event.source && t.place === event.place && t.evidence.field === field
            && t.evidence.start < sentence.start && !disagree(t, event));
          // The newest earlier telling first: a retelling follows the happening it retells.
          const first = same?.now ?? (field === 'text' ? events.findLast((e) => isRetelling(e, tellings.get(e)!, event, telling, places)) : undefined);
          if (first !== undefined) {
            // The repeat or retelling adds what the first telling lacked (figures, a weapon, a more exact place).
            const merged = rescored(absorb(first, event, places), entities);
            events[events.indexOf(first)] = merged;
            tellings.set(merged, tellings.get(first)!);
            for (const t of taken) if (t.now === first) t.now = merged;
            taken.push({ told: event, now: merged });
            continue;
          }
          events.push(event);
          tellings.set(event, telling);
          taken.push({ told: event, now: event });
        }
      });
    }
    // In reading order: the headline, then the text.
    return withoutTotals(withStoryDates(events.sort((a, b) => (a.evidence.field === b.evidence.field ? a.evidence.start - b.evidence.start : a.evidence.field === 'title' ? -1 : 1))), places);
  }

  private eventAt(
    trigger: TriggerHit, here: readonly Located[], before: readonly Located[], value: string, field: TextField,
    sentence: SentenceSpan, casualties: Pick<Casualties, 'killed' | 'wounded' | 'arrested' | 'atLeast'>, date: string | undefined, story: number,
  ): ArticleEvent {
    const arabic = /[\u0600-\u06FF]/u.test(value.slice(trigger.start, trigger.end));
    // Speakers are not participants: drop what stands before a reporting verb's «أن» when the trigger follows it.
    const reported = REPORTED.exec(value.slice(sentence.start, trigger.start));
    const said = reported === null ? sentence.start : sentence.start + reported.index + reported[0].length;
    const heard = here.filter((l) => l.mention.start >= said || l.mention.start >= trigger.end);
    const bodies = heard.filter(isActor);
    const actors = bodies.length > 0 ? bodies : heard.filter(isState);
    const distance = (l: Located) => {
      const after = l.mention.start >= trigger.end;
      const gap = after ? l.mention.start - trigger.end : trigger.start - l.mention.end;
      // Arabic puts the subject after the verb; English before it.
      return gap + (after === arabic ? 0 : 40);
    };
    const markedBy = (l: Located, marker: RegExp) => marker.test(value.slice(Math.max(sentence.start, l.mention.start - 30), l.mention.start));
    const nearest = (list: readonly Located[]) => [...list].sort((a, b) => distance(a) - distance(b))[0];
    let source: Located | undefined;
    let target: Located | undefined;
    if (SUFFERED.test(value.slice(trigger.start, trigger.end))) {
      // What someone suffered: the victim nearest, the agent only where the text names one.
      source = actors.find((a) => markedBy(a, AGENT_MARKER));
      target = nearest(actors.filter((a) => a.entity.id !== source?.entity.id));
    } else if (DEFENDED.test(value.slice(trigger.start, trigger.end))) {
      // «تصدت وحدات الجيش لهجوم نفذه مسلحو …»: the defender is the subject and the target; the attacker,
      // named after «نفذه» or as the object of «لـ», the source.
      source = actors.find((a) => a.mention.start >= trigger.end && (markedBy(a, AGENT_MARKER) || markedBy(a, REPELLED)));
      target = nearest(actors.filter((a) => a.entity.id !== source?.entity.id && a.mention.start < (source?.mention.start ?? Infinity)));
    } else {
      // The target first, by its marker; the source is then the nearest other actor.
      // A meeting's counterpart comes after «مع» («مباحثات مع …»), or straight after a noun that carries its
      // agent as a pronoun («خلال لقائه باك ميونغ غوك»: he met Pak): the agent is then the sentence's subject.
      const counterpart = MEETING.has(trigger.type) && (/\S(?:ه|ها|هم|هما)$/u.test(value.slice(trigger.start, trigger.end)) && !/(?:ه|ها|هم|هما)$/u.test(trigger.phrase));
      const first = actors.filter((a) => a.mention.start >= trigger.end).sort((a, b) => a.mention.start - b.mention.start)[0];
      const marked = actors.find((a) => a.mention.start >= trigger.start && (markedBy(a, TARGET_MARKERS) || (MEETING.has(trigger.type) ? markedBy(a, WITH) : trigger.type === 'ASSAULT' && markedBy(a, TARGET_HELD))))
        ?? (counterpart ? first : undefined);
      source = nearest(actors.filter((a) => a.entity.id !== marked?.entity.id));
      target = marked ?? nearest(actors.filter((a) => a.entity.id !== source?.entity.id));
    }
    const places = (list: readonly Located[]) => list.filter((l) => l.entity.type === 'LOCATION' && l.mention.form === 'name' && l.entity.category !== 'region');
    // The sentence's own place; the sentence before lends one only when it names none.
    const own = places(here);
    const place = [...(own.length > 0 ? own : places(before))].sort((a, b) => depth(b.entity) - depth(a.entity))[0];

    const violent = trigger.type === 'ASSAULT';
    // The weapon is often named beside the trigger, not by it («مقتل 18 … في سقوط صاروخ»).
    const mode = violent ? weaponModeOf(value.slice(sentence.start, sentence.end), trigger.mode) : trigger.mode;
    const killed = violent ? casualties.killed : undefined;
    const wounded = violent ? casualties.wounded : undefined;
    const arrested = trigger.type === 'COERCE' || (violent && trigger.mode === 'abduct') ? casualties.arrested : undefined;
    const counted = killed !== undefined || wounded !== undefined || arrested !== undefined;
    const armedActor = [source, target].some((l) => l !== undefined && ARMED.has(l.entity.category));
    return {
      type: trigger.type,
      ...(mode ? { mode } : {}),
      // A mode read from the sentence decides the root (a car bomb is 18 even when «قصف» said 19).
      cameo: mode === trigger.mode ? cameoOf(trigger.type, mode, trigger.cameo) : cameoOf(trigger.type, mode),
      ...(source ? { source: source.entity.id } : {}),
      ...(target ? { target: target.entity.id } : {}),
      ...(place ? { place: place.entity.id } : {}),
      ...(killed !== undefined ? { killed } : {}),
      ...(wounded !== undefined ? { wounded } : {}),
      ...(arrested !== undefined ? { arrested } : {}),
      ...(counted && casualties.atLeast ? { atLeast: true } : {}),
      ...(date ? { date } : {}),
      severity: severityOf({ type: trigger.type, mode, killed, wounded, arrested, armedActor }),
      evidence: { field, start: sentence.start, end: sentence.end, text: value.slice(sentence.start, sentence.end) },
      story,
      // Half for a trigger in a sentence, more for each argument found beside it.
      confidence: Math.round((0.5 + (source ? 0.2 : 0) + (place ? 0.1 : 0) + (target ? 0.1 : 0)) * 100) / 100,
    };
  }
}

/** Nouns that name a happening already told: «الهجوم», «التفجير», «الحادث», «الزيارة» (not «الطيران الحربي», which names who). */
const DEFINITE = /^[وف]?(?:[بلك]?ال|لل)(?:هجوم|هجمات|حادث|حادثة|انفجار|تفجير|تفجيرات|اعتداء|عملية|غارة|غارات|قصف|اشتباك|اشتباكات|مواجهات|معارك|كمين|اعتقال|اعتقالات|زيارة|لقاء|اجتماع|مباحثات|محادثات|اتفاق|مظاهرة|احتجاجات)(?:\s|$)/u;
const DEMONSTRATIVE = /(?:^|\s)(?:هذا|هذه|ذلك|تلك|هذان|هاتان)\s+$/u;
/**
 * A trigger that refers back to a happening already told: a definite verbal
 * noun («الهجوم», «والانفجار», «للغارات») or one after a demonstrative
 * («هذه الغارات»). Only ever used against an earlier event of the same
 * type (see isRetelling): alone it proves nothing, a lead says «القصف» too.
 */
const refersBack = (value: string, from: number, trigger: { start: number; end: number }): boolean =>
  DEFINITE.test(value.slice(trigger.start, trigger.end)) || DEMONSTRATIVE.test(value.slice(Math.max(from, trigger.start - 8), trigger.start));

/** Openings that turn to another happening: what follows is not a retelling of what came before. */
const TURNS = /^[\s،,]*(?:و)?(?:من جهة أخرى|من جهة ثانية|من جهة اخرى|من ناحية أخرى|من ناحية ثانية|من ناحية اخرى|في سياق آخر|في سياق منفصل|على صعيد آخر|على صعيد اخر|في تطور آخر|إلى ذلك|الى ذلك|في غضون ذلك|في الأثناء|في المقابل|وفي سياق متصل|في سياق متصل)/u;

/**
 * A lead often sums the story's happenings before telling them one by one:
 * «قتل 28 مدنياً في قصف جوي على محافظة حلب», then 21 in Manbij and 7 in
 * Deir Hafer. The sum is not a third happening: an ASSAULT whose killed
 * figure is the total of two to four later ASSAULTs of its story is dropped.
 */
function withoutTotals(events: ArticleEvent[], places: PlaceTree): ArticleEvent[] {
  return events.filter((lead, i) => {
    if (lead.type !== 'ASSAULT' || lead.killed === undefined || lead.evidence.field !== 'text') return true;
    // Told after the lead's sentence, inside its place: «قتل 10 في حلب، فيما قتل 4 في إدلب، بينما قتل 6 في حماة» is three.
    const inside = (e: ArticleEvent) => lead.place === undefined || (e.place !== undefined && places.within(e.place, lead.place));
    const later = events.slice(i + 1).filter((e) =>
      e.type === 'ASSAULT' && e.story === lead.story && e.evidence.field === 'text' && e.evidence.start >= lead.evidence.end && inside(e) && e.killed !== undefined && e.killed < lead.killed!);
    const sums = (from: number, left: number, taken: number): boolean =>
      left === 0 ? taken >= 2 : taken < 4 && later.slice(from).some((e, j) => e.killed! <= left && sums(from + j + 1, left - e.killed!, taken + 1));
    return !sums(0, lead.killed, 0);
  });
}

/**
 * A story dates its lead («قصف طيران التحالف ليلة أمس …») and tells the rest
 * without a date: an event whose sentence names no day takes the day of the
 * event told before it in the same story. The first undated events of a
 * story stay undated (the publication day is not assumed).
 */
function withStoryDates(events: ArticleEvent[]): ArticleEvent[] {
  const last = new Map<number, string>();
  return events.map((e) => {
    if (e.evidence.field !== 'text') return e;
    if (e.date !== undefined) {
      last.set(e.story, e.date);
      return e;
    }
    const date = last.get(e.story);
    return date === undefined ? e : { ...e, date };
  });
}

/** The severity of an event whose figures or actors a retelling completed. */
function rescored(event: ArticleEvent, entities: readonly Entity[]): ArticleEvent {
  const armedActor = [event.source, event.target].some((id) => id !== undefined && entities.some((e) => e.id === id && ARMED.has(e.category)));
  return {
    ...event,
    // The mode may come from the retelling: the root follows it (a car bomb is 18, an air strike 19).
    ...(event.mode !== undefined && event.type === 'ASSAULT' ? { cameo: cameoOf(event.type, event.mode) } : {}),
    severity: severityOf({ type: event.type, mode: event.mode, killed: event.killed, wounded: event.wounded, arrested: event.arrested, armedActor }),
  };
}

/**
 * Clauses a sentence joins with «فيما», «بينما», «في حين», «كما», «كذلك»:
 * a round-up tells one happening in each («قصفت قوات النظام …، فيما قضى
 * رجل …، بينما قصفت …»).
 */
const CLAUSE_BREAK = /(?:،\s*|\s)(?=(?:فيما|بينما|في حين|كما|كذلك|وكذلك)\s)/gu;
function clausesOf(sentence: string): { start: number; end: number }[] {
  const cuts = [0, ...[...sentence.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length), sentence.length];
  return cuts.slice(0, -1).map((start, i) => ({ start, end: cuts[i + 1]! }));
}

/**
 * Words just before a trigger that say it did not (yet) happen, or that it
 * only describes someone: a plan or expectation («من المتوقع أن يلتقي»,
 * «سيتم التحقيق»), an attempt or purpose («حاولوا التفاوض», «من أجل
 * السيطرة»), a negation («لم تصدر»), or a relative clause («التي تسيطر على
 * قطاع غزة»). On the gold these were most of the false events.
 */
const NOT_AN_EVENT_BEFORE = new RegExp(
  `(?:^|[\\s«"(])(?:${[
    'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان',
    'سوف', 'سيتم', 'ستتم', 'من المتوقع أن', 'من المقرر أن', 'من المنتظر أن', 'يعتزم', 'تعتزم', 'ينوي', 'تنوي', 'يريد', 'تريد',
    'حاول', 'حاولت', 'حاولوا', 'محاولة', 'محاولات', 'محاولته', 'محاولتها', 'محاولتهم', 'سعى إلى', 'سعت إلى', 'سعوا إلى', 'يسعى إلى', 'تسعى إلى', 'بهدف', 'ضرورة', 'مكافحة', 'وسط', 'آلاف', 'الآلاف', 'مئات', 'من أجل', 'لأجل', 'لم', 'لن', 'لا', 'عدم', 'دون', 'يمكن', 'إمكانية', 'احتمال',
    // Not "that" or "to": "said that an air strike killed …" reports one.
    'will', 'would', 'could', 'may', 'might', 'plans to', 'planned', 'expected to', 'not', 'no', 'who', 'which',
  ].join('|')})(?:\\s+\\S+)?\\s+$`,
  'u',
);

/** Words that put what follows in the plans: «من المقرر أن», «على أن», «يعتزم», «سوف». */
const PLANNED = /(?:^|\s)(?:من المقرر أن|من المتوقع أن|من المنتظر أن|على أن|يعتزم|تعتزم|ينوي|تنوي|سوف|سيتم|ستتم)(?:\s+\S+)?\s+$/u;
const NEGATED = /(?:^|\s)(?:لم|لن|لا|عدم|دون)(?:\s+\S+)?\s+$/u;

/**
 * Verbs in the future («سيقاتل») or the imperfect («يقاتل داعش في الحسكة»)
 * describe what goes on or will, not a reported happening; news reports
 * happenings in the perfect («قاتل», «قصفت») or by a verbal noun («القصف»).
 * Only the «ي» imperfect is caught: «ت» also opens verbal nouns («تفجير»,
 * «تظاهرة») that report happenings.
 */
const DESCRIBES = /^(?:[وف])?(?:س[يت]|ي)/u;

/**
 * Background rather than news: a sentence opened by «يذكر أن» («it is
 * recalled that»), «الجدير بالذكر», «مؤخراً», or told in the pluperfect
 * («وكانت الوزارة قد كشفت …») recalls what happened before the story.
 */
const RECALLING = '(?:يذكر|يشار إلى|الجدير بالذكر|جدير بالذكر|من المعروف|من الجدير بالذكر)\\s+(?:أن|ان|إن|بأن)|مؤخرا|مؤخراً';
const PLUPERFECT = '(?:كان|كانت|كانوا)\\s+(?:\\S+\\s+){0,6}قد';
const BACKGROUND = new RegExp(`^[\\s،,]*(?:و|ف)?(?:${RECALLING})(?:\\s|$)|(?:^|\\s)(?:و)?${PLUPERFECT}\\s`, 'u');

/**
 * An item of an enumerated list («2 - حادث إطلاق النار على دورية …», «- المعرف
 * (حزام ناسف)»): statements list the charges, plots and past incidents
 * behind what they announce; the announcement is the news, not each item.
 */
const LIST_ITEM = /^[\s\u200f\u200e]*(?:[0-9\u0660-\u0669]{1,2}\s*[-–.)]|[-–•*])\s/u;

/** BACKGROUND's openings, for a whole sentence: its later clauses («…، كما سعت …») share them. */
const BACKGROUND_SENTENCE = new RegExp(`^[\\s،,]*(?:و|ف)?(?:${RECALLING}|${PLUPERFECT})(?:\\s|$)`, 'u');

/** Statements news reports in the present as often as in the past («روسيا تدعو», «يطالب», «تدين»): the imperfect is the act. */
const SAID_IN_THE_PRESENT = new Set<PloverType>(['REQUEST', 'ACCUSE', 'SUPPORT', 'REJECT', 'THREATEN']);

/**
 * The triggers of a sentence that report its events: none that a plan,
 * attempt, negation or relative clause governs, and of the rest only the
 * first — a news sentence reports one happening and names the others as
 * its cause or context («مقتل 20 إرهابيا إثر استهداف مقر لتجمع العناصر»).
 */
function mainTriggers(sentence: string, triggers: readonly TriggerHit[], headline = false): TriggerHit[] {
  const ordered = [...triggers].sort((a, b) => a.start - b.start);
  // A cause or occasion («بعد هجوم الشهر الماضي», «إثر استهداف …»), a purpose («لطرد المسلحين») or a
  // confrontation that is not a fight («التصدي لممارسات إيران») is not the sentence's happening: the next trigger may be.
  // A repulse is a fight when an attack is named with it («تصدت … لهجوم», «صد هجوماً»).
  const repelsNothing = (t: TriggerHit) =>
    DEFENDED.test(sentence.slice(t.start, t.end)) && !/هجوم/u.test(t.phrase) && !ordered.some((o) => o !== t && o.type === 'ASSAULT' && o.start >= t.end && o.start - t.end <= 40);
  const first = ordered.find((t) => !asCause(sentence, t) && !asPurpose(sentence, t) && !repelsNothing(t));
  if (first === undefined || BACKGROUND.test(sentence.slice(0, first.start)) || LIST_ITEM.test(sentence)) return [];
  // What governs the first trigger governs the sentence: «لم يشن … غارات» reports no strike.
  const before = sentence.slice(Math.max(0, first.start - 40), first.start);
  // Headlines tell past happenings in the present («خادم الحرمين يستقبل وزير الخارجية»).
  // «سيطرت», «سيارة مفخخة», «وسيط» begin with «سي» themselves: no future there.
  const imperfect = !headline && DESCRIBES.test(sentence.slice(first.start, first.end)) && !/^(?:ال)?س/u.test(first.phrase);
  const describes = !SAID_IN_THE_PRESENT.has(first.type) && imperfect;
  // A meeting to come («على أن يلتقي دي ميستورا الأسد اليوم», «من المقرر أن يزور») is news all the same:
  // an agreement to meet (PLOVER AGREE, CAMEO 036).
  if (first.type === 'CONSULT' && (PLANNED.test(before) || imperfect) && (PLANNED.test(before) || !NOT_AN_EVENT_BEFORE.test(before))) {
    // Not under a relative clause, an attempt or a negation («لافروف الذي يزور دمشق», «حاول أن يلتقي»); a visit's mode stays with visits.
    const { mode: _visit, ...meeting } = first;
    return [{ ...meeting, type: 'AGREE', cameo: '036' }];
  }
  const governed = NOT_AN_EVENT_BEFORE.test(before) || describes;
  return governed ? [] : [first];
}

/** Words that make what follows the cause or occasion of something else. */
const CAUSE_BEFORE = /(?:^|\s)(?:و)?(?:بعد|عقب|إثر|اثر|جراء|بسبب|نتيجة|منذ|على خلفية)\s+(?:\S+\s+)?$/u;
const asCause = (sentence: string, t: TriggerHit): boolean => CAUSE_BEFORE.test(sentence.slice(Math.max(0, t.start - 30), t.start));

/**
 * «لطرد», «لتحرير», «لاستهداف»: «لـ» on a verbal noun says what something is
 * for, not what happened; but after «تعرض» (underwent) or «تصدى» (repelled)
 * it names what happened («تعرضت البلدة لقصف»).
 */
const UNDERWENT = /(?:^|\s)[وف]?(?:تعرض|تعرضت|تعرضوا|يتعرض|تتعرض|يتعرضون|تصدى|تصدت|تصدوا|يتصدى|تتصدى)(?:\s+\S+){0,8}\s+$/u;
const asPurpose = (sentence: string, t: TriggerHit): boolean =>
  /^[وف]?ل(?!ل)/u.test(sentence.slice(t.start, t.end)) && !/^ل/u.test(t.phrase) && t.type !== 'AGREE'
  && !UNDERWENT.test(sentence.slice(Math.max(0, t.start - 90), t.start));
