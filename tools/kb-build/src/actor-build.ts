/**
 * Builds Marsad's actors into libs/knowledge/data/actors.json: the hand-written
 * actors of actors.ts, state institutions per country (institutions.ts),
 * and persons, organisations and armed groups seeded from the event-coding
 * dictionaries.
 *
 * Sources (read at build time from ../shared/data/petrarch, MIT licence):
 *   english/Phoenix.Countries.actors.txt      persons with dated CAMEO roles (CountryInfo), national bodies
 *   english/Phoenix.International.actors.txt  international organisations and their office holders
 *   english/Phoenix.MilNonState.actors.txt    armed non-state groups
 *   arabic/actor_dict_ar_v4.txt               UniversalPetrarch Arabic actors (lemmatised, dated codes)
 *
 * Selection: persons with a role in a Middle East, North Africa, Central
 * Asia, Caucasus, Russia, US or European country (or an international
 * organisation), plus China's government, whose role ended after 2000 or is
 * open; organisations and armed groups of those countries; international
 * organisations. An Arabic entry joins an English one when they share a name
 * or, for persons of the same country, when their consonant skeletons agree
 * (arabic-latin.ts); otherwise it stands on its own. Hand entries keep their
 * ids and take in what the dictionaries add about the same actor.
 *
 * Precision guards: Arabic names are rewritten from lemmas to printed forms
 * (arabic-lemma.ts); single-word Arabic names are kept only where they are
 * names, not words; English synonyms with titles («PRESIDENT_PUTIN_») are
 * dropped; surnames become short names, matched only after a full name.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

import { fold } from '../../../libs/text/src/fold.js';
import { tokenize } from '../../../libs/text/src/tokenize.js';
import { ACTORS, type ActorSeed } from './actors.js';
import { surfaceForms, personName, isAdjective } from './arabic-lemma.js';
import { arabicSkeleton, latinSkeleton, romanise } from './arabic-latin.js';
import { countInCorpus } from './common-words.js';
import { institutions, type CountryInfo } from './institutions.js';
import { describeRole, phraseWords, readDictionary, splitCode, type CodedRole, type DictRecord } from './petrarch.js';
import { REGION_ISO3, ENGLISH_STOP_SURNAMES } from './actor-scope.js';

const require = createRequire(import.meta.url);

type ActorType = ActorSeed['type'];
const isPersonType = (t: ActorType) => t === 'person';

interface Candidate {
  id: string;
  type: ActorType;
  en: string;
  ar: string;
  aliasesEn: Set<string>;
  aliasesAr: Set<string>;
  shortEn: Set<string>;
  shortAr: Set<string>;
  formerEn: Set<string>;
  formerAr: Set<string>;
  country?: string;
  parent?: string;
  role?: string;
  roles: CodedRole[];
  sources: Set<string>;
  hand: boolean;
}

/** Merging key: folded, lower-cased, words only. */
const mergeKey = (s: string): string => tokenize(fold(s, true).text).map((t) => t.text).join(' ');
const ARABIC = /[\u0621-\u064A]/u;
const RECENT = '2000-01-01';

const seedToCandidate = (a: ActorSeed, hand: boolean, source: string): Candidate => ({
  id: a.id,
  type: a.type,
  en: a.en,
  ar: a.ar,
  aliasesEn: new Set([a.en, ...(a.aliasesEn ?? [])].filter((n) => n !== '' && !ARABIC.test(n))),
  aliasesAr: new Set([a.ar, ...(a.aliasesAr ?? [])].filter((n) => ARABIC.test(n))),
  shortEn: new Set(a.shortEn ?? []),
  shortAr: new Set(a.shortAr ?? []),
  formerEn: new Set(a.formerEn ?? []),
  formerAr: new Set(a.formerAr ?? []),
  ...(a.country ? { country: a.country } : {}),
  ...(a.parent ? { parent: a.parent } : {}),
  ...(a.role ? { role: a.role } : {}),
  roles: [],
  sources: new Set([source]),
  hand,
});

// ---------------------------------------------------------------- English names

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'de', 'van', 'von', 'der', 'la', 'le', 'da', 'do', 'dos', 'du', 'ad', 'as', 'ash', 'ar', 'an', 'az', 'ul', 'ud', 'wal']);
/** Words that make a synonym a title or a description, not a name. */
const TITLE_WORDS = new Set(
  ('PRESIDENT PRIME MINISTER MR MR. MRS MS DR DR. GENERAL GEN GEN. KING QUEEN PRINCE SHEIKH SHEIK EMIR AMIR SECRETARY CHIEF CHAIRMAN LEADER ' +
    'SPOKESMAN AMBASSADOR ENVOY COMMANDER COLONEL COL MAJOR LT LIEUTENANT ADMIRAL MARSHAL SENATOR GOVERNOR MAYOR JUDGE JUSTICE CHANCELLOR ' +
    'REGIME GOVERNMENT FORCES ARMY TROOPS RUSSIAN SYRIAN IRANIAN IRAQI TURKISH ISRAELI AMERICAN US U.S. FORMER DEPUTY FOREIGN DEFENSE DEFENCE SPEAKER AYATOLLAH CLERIC SIR LORD')
    .split(' '),
);
/** Words that make a name an organisation's. */
const ORG_WORDS = new Set(
  ('ARMY FORCES FORCE FRONT PARTY MOVEMENT BRIGADE BRIGADES BATTALION BATTALIONS COUNCIL MINISTRY DEPARTMENT ORGANIZATION ORGANISATION ' +
    'GROUP GROUPS COMMITTEE COMMISSION AGENCY OFFICE UNION LEAGUE ASSEMBLY PARLIAMENT COURT BANK FUND ALLIANCE COALITION CORPS GUARD GUARDS ' +
    'POLICE SERVICE SERVICES AUTHORITY INSTITUTE ASSOCIATION FEDERATION CONGRESS SENATE CABINET GOVERNMENT MILITIA MILITIAS JAISH JAYSH JABHAT ' +
    'HARAKAT LIWA LIWAA KATAIB KATAEB KATIBAT ANSAR TANZIM HIZB TALIBAN QAEDA QAIDA ISLAMIYA ISLAMIYYA BOARD PROGRAMME PROGRAM SECRETARIAT ' +
    'MISSION TRIBUNAL CENTER CENTRE NATIONS COMMUNITY ORGANIZATION DIRECTORATE INTELLIGENCE COMMAND SECURITY MUJAHIDEEN MUJAHIDIN SOLDIERS NETWORK CELLS')
    .split(' '),
);

function titleWord(w: string, first: boolean): string {
  return w
    .split('-')
    .map((part, i) => {
      const lower = part.toLowerCase();
      if (!(first && i === 0) && PARTICLES.has(lower) && i === 0) return lower;
      if (PARTICLES.has(lower) && i === 0 && !first) return lower;
      // Keep acronyms and initials as written: «U.N.», «V.».
      if (/^[A-Z]\.$/.test(part) || (/^[A-Z]{2,5}$/.test(part) && !/[AEIOU]/.test(part))) return part;
      return lower.replace(/(^|')(\p{L})/gu, (_m, p: string, c: string) => `${p}${c.toUpperCase()}`);
    })
    .join('-');
}

/** «BASHAR_AL_ASSAD_» → "Bashar al Assad" (hyphenation is free in matching: tokens only). */
export function englishName(phrase: string): string | undefined {
  const words = phraseWords(phrase.replace(/[{}]/g, ''));
  if (words.length === 0 || words.some((w) => /[^A-Za-z.'-]/.test(w))) return undefined;
  return words.map((w, i) => titleWord(w, i === 0)).join(' ');
}

/** "Bashar al Assad" and "Bashar Al Assad": both capitalisations are printed. */
const withCapitalisedParticles = (name: string): string[] => {
  const cap = name.replace(/(^|[\s-])(al|el)(?=[\s-])/g, (_m, p: string, a: string) => `${p}${a[0]!.toUpperCase()}${a.slice(1)}`);
  return cap === name ? [name] : [name, cap];
};

const hasTitle = (phrase: string): boolean => phraseWords(phrase).some((w) => TITLE_WORDS.has(w.toUpperCase()));
const looksLikeOrg = (phrase: string): boolean => phraseWords(phrase).some((w) => w.split('-').some((p) => ORG_WORDS.has(p.toUpperCase())));

/** Distinctive words of a name: what a synonym must share to be the same organisation. */
const ORG_STOP = new Set(['THE', 'OF', 'AL', 'EL', 'AND', 'FOR', 'IN', 'ON', 'AR', 'AS', 'ASH', 'WAL', 'WA', 'A', 'AN', ...ORG_WORDS]);
const distinctive = (phrase: string): Set<string> =>
  new Set(phraseWords(phrase).flatMap((w) => w.toUpperCase().split('-')).filter((w) => w.length > 2 && !ORG_STOP.has(w)));

// ---------------------------------------------------------------- roles and countries

interface CountryTable {
  iso2Of: Map<string, string>;
  info: Map<string, CountryInfo>;
}

function countryTable(): CountryTable {
  const countries = require('world-countries/countries.json') as {
    cca2: string;
    cca3: string;
    independent: boolean | null;
    name: { common: string };
    demonyms?: { eng?: { m: string } };
    translations: Record<string, { common: string } | undefined>;
  }[];
  const iso2Of = new Map<string, string>();
  const info = new Map<string, CountryInfo>();
  for (const c of countries) {
    iso2Of.set(c.cca3, c.cca2);
    info.set(c.cca2, { cca2: c.cca2, en: c.name.common, ar: c.translations['ara']?.common ?? '', demonym: c.demonyms?.eng?.m ?? '' });
  }
  // CAMEO codes that are not ISO 3166: Palestine, Kosovo, Serbia's old code, Romania's.
  iso2Of.set('PSE', 'PS');
  iso2Of.set('KSV', 'XK');
  iso2Of.set('ROM', 'RO');
  return { iso2Of, info };
}

const isRecent = (r: CodedRole): boolean => r.to === undefined || r.to >= RECENT;
const byRecency = (a: CodedRole, b: CodedRole) => (b.to ?? '9999').localeCompare(a.to ?? '9999') || (b.from ?? '').localeCompare(a.from ?? '');

function roleText(r: CodedRole): string {
  const what = describeRole(r.code) || r.code;
  const span = r.from || r.to ? ` (${r.from?.slice(0, 4) ?? ''}–${r.to?.slice(0, 4) ?? ''})` : '';
  return `${what}${span}`;
}

/** In scope: a role of a country of the desk's region, any IGO role, or China's government. */
function inScope(r: CodedRole): boolean {
  const { country, sectors } = splitCode(r.code);
  if (country === undefined) return sectors[0] === 'IGO' || sectors[0] === 'IMG';
  if (country === 'CHN') return sectors[0] === 'GOV' && sectors.length === 1;
  return REGION_ISO3.has(country);
}

/** Bodies kept from the dictionaries: state, armed, political; not media or firms, whose names are often ordinary phrases («الشرق الأوسط»). */
const ORG_SECTORS_KEPT = (code: string): boolean => {
  const { country, sectors } = splitCode(code);
  if (country === undefined) return ['IGO', 'IMG'].includes(sectors[0] ?? '');
  return sectors.length > 0 && !sectors.some((s) => ['MED', 'BUS', 'CVL', 'EDU', 'HLH', 'REF', 'AGR', 'ENV', 'LAB', 'DEV'].includes(s));
};

function typeFromCode(code: string, phrase: string): ActorType {
  const { country, sectors } = splitCode(code);
  const s = new Set(sectors);
  if (country === undefined && s.has('IGO')) return 'igo';
  if (s.has('REB') || s.has('INS') || s.has('SEP') || s.has('UAF') || country === undefined && s.has('IMG')) return 'armed-group';
  if (s.has('MIL')) return 'military';
  if (s.has('GOV') || s.has('SPY')) return /MINISTRY|DEPARTMENT/i.test(phrase) ? 'ministry' : 'government';
  return 'organisation';
}

// ---------------------------------------------------------------- slugs

const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

// ---------------------------------------------------------------- the build

export interface ActorBuildStats {
  counts: Record<string, number>;
  linked: number;
  bytes: number;
}

/** What the actor build needs of the places: their ids (for countries) and every name and adjective (which no surname may be). */
export interface PlaceNames {
  ids: ReadonlySet<string>;
  names: readonly string[];
}

export function writeActors(places: PlaceNames, shared: string, outFile: string): ActorBuildStats {
  const placeIds = places.ids;
  // «سعودي», «روسي», «بغداد»: the last word of a lemmatised name may be a place or its adjective, never a surname.
  const placeWords = new Set(places.names.flatMap((n) => [keyOf(n), keyOf(n.replace(/^ال/u, ''))]));
  const countries = countryTable();
  const commonArabic = arabicCommonWords(shared);
  const actors: Candidate[] = [];
  const byId = new Map<string, Candidate>();
  const byKey = new Map<string, Candidate[]>();
  let skippedAmbiguous = 0;
  /** Ids of candidates merged into another actor → that actor's id, for parents. */
  const redirect = new Map<string, string>([
    ['actor:org:us-mod', 'actor:org:pentagon'],
    ['actor:org:us-mofa', 'actor:org:us-state-department'],
  ]);

  const index = (c: Candidate) => {
    for (const n of [...c.aliasesEn, ...c.aliasesAr, ...c.formerEn, ...c.formerAr]) {
      const k = mergeKey(n);
      if (k === '') continue;
      const list = byKey.get(k) ?? [];
      if (!list.includes(c)) list.push(c);
      byKey.set(k, list);
    }
  };
  const insert = (c: Candidate) => {
    let id = c.id;
    for (let n = 2; byId.has(id); n++) id = `${c.id}-${c.country?.toLowerCase() ?? n}${byId.has(`${c.id}-${c.country?.toLowerCase()}`) ? `-${n}` : ''}`;
    c.id = id;
    actors.push(c);
    byId.set(id, c);
    index(c);
  };
  const mergeInto = (into: Candidate, c: Candidate) => {
    for (const [a, b] of [
      [into.aliasesEn, c.aliasesEn],
      [into.aliasesAr, c.aliasesAr],
      [into.shortEn, c.shortEn],
      [into.shortAr, c.shortAr],
      [into.formerEn, c.formerEn],
      [into.formerAr, c.formerAr],
    ] as const)
      for (const n of b) a.add(n);
    if (into.ar === '' || (!ARABIC.test(into.ar) && c.ar !== '')) into.ar = c.ar;
    if (!/[A-Za-z]/.test(into.en) && /[A-Za-z]/.test(c.en)) into.en = c.en;
    into.country ??= c.country;
    into.parent ??= c.parent;
    if (into.roles.length === 0) into.roles = c.roles;
    if (into.role === undefined && c.role !== undefined) into.role = c.role;
    for (const s of c.sources) into.sources.add(s);
    index(into);
  };
  /** Adds a candidate, or merges it into the one actor of its kind and country that shares a name. */
  const add = (c: Candidate, link?: () => Candidate | undefined): 'added' | 'merged' | 'ambiguous' => {
    const same = byId.get(c.id);
    const found = new Set<Candidate>();
    for (const n of [...c.aliasesEn, ...c.aliasesAr, ...c.formerEn, ...c.formerAr]) {
      for (const o of byKey.get(mergeKey(n)) ?? []) {
        if (isPersonType(o.type) !== isPersonType(c.type)) continue;
        if (o.country !== undefined && c.country !== undefined && o.country !== c.country) continue;
        found.add(o);
      }
    }
    if (same && isPersonType(same.type) === isPersonType(c.type) && (found.size === 0 || found.has(same))) found.clear(), found.add(same);
    if (found.size === 0) {
      const linked = link?.();
      if (linked) found.add(linked);
    }
    if (found.size === 1) {
      const into = [...found][0]!;
      if (!byId.has(c.id)) redirect.set(c.id, into.id);
      mergeInto(into, c);
      return 'merged';
    }
    if (found.size > 1) {
      skippedAmbiguous++;
      return 'ambiguous';
    }
    insert(c);
    return 'added';
  };

  // 1. Hand-written actors, then state institutions per country.
  for (const a of ACTORS) insert(seedToCandidate(a, true, 'Marsad'));
  for (const a of institutions(countries.info)) add(seedToCandidate(a, true, 'Marsad'));

  // 2. Phoenix (English).
  const englishDir = resolve(shared, 'petrarch/english');
  const english: { rec: DictRecord; file: string }[] = [
    ...readDictionary(resolve(englishDir, 'Phoenix.Countries.actors.txt')).map((rec) => ({ rec, file: 'countries' })),
    ...readDictionary(resolve(englishDir, 'Phoenix.International.actors.txt')).map((rec) => ({ rec, file: 'international' })),
    ...readDictionary(resolve(englishDir, 'Phoenix.MilNonState.actors.txt')).map((rec) => ({ rec, file: 'milnonstate' })),
  ];
  let englishAdded = 0;
  for (const { rec, file } of english) {
    const c = englishCandidate(rec, file, countries);
    if (c && add(c) === 'added') englishAdded++;
  }

  // 3. UniversalPetrarch (Arabic), linked to the English where the same actor.
  const skeletons = new Map<string, Candidate[]>();
  for (const c of actors) {
    if (c.type !== 'person' || c.country === undefined) continue;
    for (const n of c.aliasesEn) {
      const k: string = `${c.country} ${latinSkeleton(n)}`;
      const list: Candidate[] = skeletons.get(k) ?? [];
      if (!list.includes(c)) list.push(c);
      skeletons.set(k, list);
    }
  }
  const arabicRecords = readDictionary(resolve(shared, 'petrarch/arabic/actor_dict_ar_v4.txt'));
  const properNames = new Set([...countries.info.values()].map((i) => i.ar).filter((n) => n !== '' && !n.startsWith('ال')));
  const arabicCandidates = arabicRecords.map((rec) => arabicCandidate(rec, countries, properNames, commonArabic)).filter((c): c is Candidate => c !== undefined);
  // Only attested variants beyond the preferred form of each organisation name.
  const variantKeys = new Set(arabicCandidates.flatMap((c) => [...c.aliasesAr].map((n) => keyOf(n))));
  const attested = countInCorpus(resolve(shared, 'news-unlabelled'), variantKeys, 6, (text) => tokenize(fold(text).text).map((t) => t.text));
  let linked = 0;
  let arabicAdded = 0;
  for (const c of arabicCandidates) {
    if (c.type !== 'person') {
      // A rewritten organisation name is kept only in the forms news prints: the rewrite guesses, the corpus confirms.
      const seen = [...c.aliasesAr].filter((n) => (attested.get(keyOf(n)) ?? 0) > 0 && !GENERIC_ARABIC.has(n));
      if (seen.length === 0) continue;
      c.aliasesAr = new Set(seen);
      c.ar = seen[0]!;
      c.en = seen[0]!;
    }
    const skeleton = `${c.country} ${arabicSkeleton(c.ar)}`;
    const r = add(c, () => {
      if (c.type !== 'person' || c.country === undefined) return undefined;
      const hits = skeletons.get(skeleton) ?? [];
      return hits.length === 1 ? hits[0] : undefined;
    });
    if (r === 'merged' && c.type === 'person') linked++;
    if (r === 'added') arabicAdded++;
  }

  // 4. Parents from the latest role: a defence post → the ministry of defence, government → the government, military → the army.
  for (const c of actors) {
    if (c.parent !== undefined || c.country === undefined || c.roles.length === 0) continue;
    const sectors = new Set(splitCode(c.roles[0]!.code).sectors);
    const cc = c.country.toLowerCase();
    const parent =
      sectors.has('GOV') && sectors.has('MIL') ? `actor:org:${cc}-mod` : sectors.has('GOV') ? `actor:org:${cc}-government` : sectors.has('MIL') && c.type === 'person' ? `actor:org:${cc}-army` : undefined;
    const resolved = (id: string) => byId.get(redirect.get(id) ?? id);
    const existing = parent === undefined ? undefined : resolved(parent) ?? (parent.endsWith('-mod') ? resolved(`actor:org:${cc}-government`) : undefined);
    if (existing && existing !== c) c.parent = existing.id;
  }

  // 5. Checks, short names, output.
  const out = actors
    .map((c) => finish(c, commonArabic, placeWords))
    .filter((a): a is NonNullable<typeof a> => a !== undefined)
    .filter((a) => a.aliases.en.length + a.aliases.ar.length > 0);
  const ids = new Set(out.map((a) => a.id));
  for (const a of out) {
    if (a.parent !== null && !ids.has(a.parent)) a.parent = redirect.get(a.parent) ?? a.parent;
    if (a.parent !== null && !ids.has(a.parent)) throw new Error(`${a.id}: unknown parent ${a.parent}`);
    if (a.country !== null && !placeIds.has(a.country)) a.country = null;
  }
  out.sort((a, b) => a.id.localeCompare(b.id));
  const attribution = [
    'Actors: written for Marsad; seeded from the Phoenix actor dictionaries (Open Event Data Alliance, petrarch2, MIT licence, (c) 2014 Open Event Data Alliance)',
    'and the UniversalPetrarch Arabic actor dictionary (Open Event Data Alliance, UniversalPetrarch, MIT licence).',
  ];
  const text = `{"version":"actors-2","attribution":${JSON.stringify(attribution)},"actors":[\n${out.map((a) => JSON.stringify(a)).join(',\n')}\n]}\n`;
  writeFileSync(outFile, text);
  const counts: Record<string, number> = {};
  for (const a of out) counts[a.type] = (counts[a.type] ?? 0) + 1;
  process.stdout.write(
    `wrote ${out.length} actors to ${outFile} (${(text.length / 1024).toFixed(0)} KiB): ${JSON.stringify(counts)}; ` +
      `${englishAdded} from Phoenix, ${arabicAdded} Arabic-only, ${linked} Arabic persons linked to English, ${skippedAmbiguous} ambiguous skipped\n`,
  );
  return { counts, linked, bytes: Buffer.byteLength(text) };
}

const keyOf = (s: string): string => tokenize(fold(s).text).map((t) => t.text).join(' ');

// ---------------------------------------------------------------- English candidates

function englishCandidate(rec: DictRecord, file: string, countries: CountryTable): Candidate | undefined {
  const recent = rec.roles.filter(isRecent);
  if (rec.roles.length === 0 || recent.length === 0) return undefined;
  const scoped = recent.filter(inScope).sort(byRecency);
  if (scoped.length === 0 || scoped.length < recent.length / 2) return undefined;
  const latest = scoped[0]!;
  const { country: iso3 } = splitCode(latest.code);
  const country = iso3 ? countries.iso2Of.get(iso3) : undefined;
  if (iso3 && !country) return undefined;
  const org = looksLikeOrg(rec.primary);
  // Persons are the CountryInfo and IGOrulers records; other records are bodies when their name says so.
  const person = !org && /CountryInfo|IGOrulers/.test(rec.comment);
  if (!person && !org && file !== 'milnonstate') return undefined;
  if (!person && !ORG_SECTORS_KEPT(latest.code)) return undefined;
  // The non-state file also lists individuals (ABU_HAFS_AL_URDUNI_) under their group's code.
  if (!person && !org && /^(ABU|ABD|ABDUL|ABDEL|MOHAMMED|MOHAMMAD|MUHAMMAD|AHMED|AHMAD|ALI|OMAR|SHEIKH|MULLAH|MAULANA)_/.test(rec.primary)) return undefined;
  const primary = englishName(rec.primary);
  if (!primary || hasTitle(rec.primary)) return undefined;
  const type: ActorType = person ? 'person' : typeFromCode(latest.code, rec.primary);
  const aliases = new Set<string>();
  const short = new Set<string>();
  const main = distinctive(rec.primary);
  for (const phrase of [rec.primary, ...rec.synonyms]) {
    const paren = /\(([A-Z]{3,6})\)/.exec(phrase)?.[1];
    if (paren && !person) aliases.add(paren);
    const name = englishName(phrase);
    if (!name || hasTitle(phrase)) continue;
    const words = name.split(' ');
    if (person) {
      if (words.length === 1) {
        if (name.length >= 3) short.add(name);
        continue;
      }
      // A synonym of a person must share the surname: Phoenix folds relatives and aides into some records.
      if (phrase !== rec.primary && !sharesWord(phrase, rec.primary)) continue;
    } else {
      const own = distinctive(phrase);
      const acronym = /^[A-Z]{3,6}$/.test(phraseWords(phrase).join(''));
      if (phrase !== rec.primary && !acronym && ![...own].some((w) => main.has(w))) continue;
      if (words.length === 1 && !acronym && name.length < 4) continue;
    }
    for (const n of withCapitalisedParticles(name)) aliases.add(n);
  }
  if (aliases.size === 0) return undefined;
  return dictionaryCandidate('Phoenix', {
    id: actorIdOf(type, slug(primary)),
    type,
    en: primary,
    ar: '',
    aliasesEn: aliases,
    shortEn: short,
    ...(country ? { country } : {}),
    role: roleText(latest),
    roles: scoped.slice(0, 4),
  });
}

/** A candidate from one dictionary entry: the names and roles it gives, no others. */
function dictionaryCandidate(
  source: string,
  given: Pick<Candidate, 'id' | 'type' | 'en' | 'ar' | 'roles'> & Partial<Pick<Candidate, 'aliasesEn' | 'aliasesAr' | 'shortEn' | 'country' | 'role'>>,
): Candidate {
  return {
    aliasesEn: new Set(), aliasesAr: new Set(), shortEn: new Set(), shortAr: new Set(), formerEn: new Set(), formerAr: new Set(),
    ...given,
    sources: new Set([source]),
    hand: false,
  };
}

/** Generated ids: `actor:person:…`, `actor:group:…` (armed groups), `actor:igo:…`, else `actor:org:…`. */
const actorIdOf = (type: string, slugged: string): string =>
  `actor:${type === 'person' ? 'person' : type === 'armed-group' ? 'group' : type === 'igo' ? 'igo' : 'org'}:${slugged}`;

const sharesWord = (a: string, b: string): boolean => {
  const wa = new Set(phraseWords(a).flatMap((w) => w.toUpperCase().split('-')).filter((w) => w.length > 2 && !PARTICLES.has(w.toLowerCase())));
  return phraseWords(b).flatMap((w) => w.toUpperCase().split('-')).some((w) => wa.has(w));
};

// ---------------------------------------------------------------- Arabic candidates

/** First words of lemmas that name an organisation. */
const ARABIC_ORG_HEADS = new Set(
  ('قوة وزارة حزب مجلس حكومة جيش وكالة محكمة منظمة حركة اتحاد جبهة جماعة هيئة لجنة جهاز سلاح مؤسسة مخابرات قيادة سلطة برلمان ' +
    'صندوق تنظيم كتائب كتيبة ألوية تيار ائتلاف الحرس حرس الحشد حشد مفوضية ديوان الديوان استخبار تجمع جمعية هلال حلف مجموعة').split(' '),
);
/** First words of lemmas that are titles or descriptions («رئيس_وزير_»), or places. */
const ARABIC_SKIP_HEADS = new Set(
  ('رئيس وزير وزيرة نائب أمين سفير مسؤول متحدث مستشار قائد ضابط جندي مواطن لاجئ صحافي مصدر متمرد عسكري منطقة مدينة عاصمة محافظة ' +
    'ولاية إقليم جمهورية دولة شعب جزيرة أرض بيت سفارة شركة بنك صحيفة جريدة وسيلة إعلام قاعدة ملك أمير شيخ شيخة جنرال دكتور لواء عاهل ' +
    'مدير زعيم رئاسة إدارة نظام مكتب قضاء ل آلوكالة معارضة شرطة جامعة محطة مطار ميناء مستشفى شرق غرب شمال جنوب حاكم مخيم سجن').split(' '),
);

function arabicCandidate(rec: DictRecord, countries: CountryTable, properNames: ReadonlySet<string>, common: ReadonlySet<string>): Candidate | undefined {
  const words = phraseWords(rec.primary).map((w) => w.replace(/[\u0670\u0640]/gu, ''));
  if (words.length === 0 || rec.roles.length === 0) return undefined;
  const recent = rec.roles.filter(isRecent);
  const scoped = recent.filter(inScope).sort(byRecency);
  if (scoped.length === 0) return undefined;
  const latest = scoped[0]!;
  const { country: iso3, sectors } = splitCode(latest.code);
  // A bare country code (سوري [SYR]) is a place, and a bare sector (جيش [MIL]) a generic noun.
  if (sectors.length === 0 || (iso3 === undefined && sectors[0] !== 'IGO')) return undefined;
  const country = iso3 ? countries.iso2Of.get(iso3) : undefined;
  if (iso3 && !country) return undefined;
  const head = words[0]!;
  if (ARABIC_SKIP_HEADS.has(head)) return undefined;
  // Lemmas with a lone preposition («أمين_عام_ل_أمة_المتحدة») or odd spellings («جيش_ألرب») cannot be rewritten reliably.
  if (words.some((w) => w.length < 2 || /^(أل|الل)/u.test(w))) return undefined;
  const org = ARABIC_ORG_HEADS.has(head);
  if (org && !ORG_SECTORS_KEPT(latest.code)) return undefined;
  let names: string[];
  let type: ActorType;
  if (org) {
    type = typeFromCode(latest.code, head === 'وزارة' ? 'MINISTRY' : '');
    if (head === 'جيش' || head === 'قوة' || head === 'سلاح') type = type === 'armed-group' ? type : 'military';
    names = surfaceForms(words, { isProperName: (w) => properNames.has(w) || !common.has(w) && !isCommonNoun(w) });
  } else {
    // A person: two to five words, none a title.
    if (words.length < 2 || words.length > 5) return undefined;
    if (words.some((w) => ARABIC_SKIP_HEADS.has(w) || ARABIC_ORG_HEADS.has(w))) return undefined;
    // Given names do not take the article, and a name is not a string of common words.
    if (head.startsWith('ال') || words.every((w) => common.has(keyOf(w)))) return undefined;
    // Newspapers and firms sit in the dictionary as if persons («نيويورك_تايمز» [USAMED]).
    if (sectors.some((x) => x === 'MED' || x === 'BUS')) return undefined;
    type = 'person';
    names = [personName(words)];
  }
  const [first] = names;
  if (!first) return undefined;
  // Single words: only names, never words (حماس aside, which is written by hand).
  if (first.split(' ').length === 1) return undefined;
  const latin = romanise(first);
  return dictionaryCandidate('UniversalPetrarch', {
    id: actorIdOf(type, slug(latin) || 'x'),
    type,
    en: first,
    ar: first,
    aliasesAr: new Set(names),
    ...(country ? { country } : {}),
    role: roleText(latest),
    roles: scoped.slice(0, 4),
  });
}

/** Nouns in organisation lemmas that take the article (دفاع, أمن, تحرير …): any word the lemma list uses as a common noun. */
const COMMON_NOUNS = new Set(
  ('دفاع أمن تحرير خارجية داخلية عدل مالية صحة تعليم تربية إعلام نفط طاقة زراعة عمل اقتصاد تجارة صناعة نقل اتصال سياحة ثقافة ' +
    'شباب رياضة بيئة إسكان مياه كهرباء أوقاف شؤون تعاون وحدة إنقاذ إصلاح تنمية عدالة نور وفد دعوة جهاد مقاومة ثورة إنقاذ مستقبل ' +
    'استخبار أمة شعب شورى نواب شيوخ وزراء قضاء استقلال حرية بعث كتائب أركان حدود سواحل طوارئ حرس عمال فلاحين إخوان مسلمين أنصار شريعة').split(' '),
);
/** Names the dictionary ties to one country that many countries' bodies share: not linked. */
const GENERIC_ARABIC = new Set(
  ['وزارة الداخلية', 'مجلس الشعب', 'الجيش الشعبي', 'الحزب الديمقراطي', 'الحزب الجمهوري', 'الحزب الإسلامي', 'الحركة الشعبية', 'الحزب الاشتراكي',
    'قوات التحالف', 'قوات تحالف', 'قوة التحالف', 'قوة تحالف', 'القوات الدولية', 'المحكمة الدولية', 'مجلس التعاون', 'الحزب الوطني الديمقراطي',
    'الاتحاد الاشتراكي', 'مجلس الشورى', 'الحكومة', 'الجيش', 'القوات الأمنية', 'قوات الأمن', 'اللجنة الرباعية', 'المجلس الوطني الاتحادي'],
);
const isCommonNoun = (w: string): boolean => COMMON_NOUNS.has(w.replace(/^ال/u, ''));

// ---------------------------------------------------------------- common words and the finished record

/**
 * Arabic words that are mostly not names: tokens ANERcorp's training part
 * tags O at least twice and more often than as a name.
 */
function arabicCommonWords(shared: string): Set<string> {
  const o = new Map<string, number>();
  const named = new Map<string, number>();
  for (const line of readFileSync(resolve(shared, 'anercorp/train.txt'), 'utf8').split('\n')) {
    const [token, tag] = line.trim().split(/\s+/);
    if (!token || !tag) continue;
    const k = keyOf(token);
    const m = tag === 'O' ? o : named;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [k, n] of o) if (n >= 2 && n > (named.get(k) ?? 0)) out.add(k);
  return out;
}

function finish(c: Candidate, commonArabic: ReadonlySet<string>, placeWords: ReadonlySet<string>) {
  const aliasesAr = [...c.aliasesAr, ...c.formerAr];
  const aliasesEn = [...c.aliasesEn, ...c.formerEn];
  if (!c.hand) {
    // Surnames for within-article coreference: last word, three letters or more, not a common word.
    if (c.type === 'person') {
      for (const n of c.aliasesAr) {
        const words = n.split(' ');
        const last = words.at(-1)!;
        // «آل ثاني», «بن سلمان»: a family or father's name is not a surname on its own.
        if (['آل', 'بن', 'ابن', 'أبو', 'ابو', 'بنت', 'عبد'].includes(words.at(-2) ?? '')) continue;
        if (n.includes(' ') && last.replace(/^ال/u, '').length >= 3 && !commonArabic.has(keyOf(last)) && !commonArabic.has(keyOf(last.replace(/^ال/u, '')))) c.shortAr.add(last);
      }
      for (const n of c.aliasesEn) {
        const last = n.split(' ').at(-1)!;
        if (n.includes(' ') && last.length >= 3 && /^\p{Lu}/u.test(last) && !ENGLISH_STOP_SURNAMES.has(last.toLowerCase())) c.shortEn.add(last);
      }
    }
    for (const s of [...c.shortEn]) if (s.length < 3 || ENGLISH_STOP_SURNAMES.has(s.toLowerCase())) c.shortEn.delete(s);
    for (const s of [...c.shortAr]) if (s.replace(/^ال/u, '').length < 3 || commonArabic.has(keyOf(s)) || placeWords.has(keyOf(s))) c.shortAr.delete(s);
    for (const s of [...c.shortEn]) if (placeWords.has(keyOf(s))) c.shortEn.delete(s);
  }
  const uniqSorted = (xs: Iterable<string>) => [...new Set(xs)].sort();
  return {
    id: c.id,
    type: c.type,
    names: { en: c.en, ar: c.ar || c.en },
    aliases: { en: uniqSorted(aliasesEn), ar: uniqSorted(aliasesAr) },
    shortNames: { en: uniqSorted(c.shortEn), ar: uniqSorted(c.shortAr) },
    formerNames: { en: uniqSorted(c.formerEn), ar: uniqSorted(c.formerAr) },
    parent: c.parent ?? null,
    country: c.country === undefined ? null : `place:country:${c.country}`,
    ...(c.role === undefined ? {} : { role: c.role }),
    ...(c.roles.length === 0 ? {} : { roles: c.roles }),
  };
}
